"""The header fields of an invoice read from positioned text: its number, issue and due
dates (and which way slashed dates read), and the type code its title names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from core.models import Evidence
from tasks.extract._captioned import captioned_numbers
from tasks.extract._date_checks import (
    consistent,
    invoice_dated_first,
    opens_period,
    outside_items,
    supplied_issue,
    tax_point_issued,
)
from tasks.extract._equated import equated_dates
from tasks.extract._folio import folio_numbers
from tasks.extract._hits import Found, Hit, collect
from tasks.extract._keyed_dates import keyed_date, letter_date
from tasks.extract._labels import BARE_INVOICE_RE, find_labels, match_label
from tasks.extract._last_numbers import case_numbers, document_numbers
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._lone_date import lone_date
from tasks.extract._numbered_titles import headline, numbered_title_line
from tasks.extract._numbers import (
    DATE_CUE,
    bare_word,
    identifier,
    invoice_number_value,
    invoice_numbers,
    short_no,
    years_last,
)
from tasks.extract._other_dated import own_dates
from tasks.extract._paired_numbers import paired_numbers
from tasks.extract._parse import currencies, fold, parse_date, slash_order
from tasks.extract._rotated import rotated_numbers
from tasks.extract._separated import separated
from tasks.extract._split_labels import joined_labels, qualified_dates
from tasks.extract._table import Table
from tasks.extract._terms import due_by_terms
from tasks.extract._title_numbers import self_named_numbers, title_numbers
from tasks.extract._titles import (
    AMBIGUOUS_CREDIT,
    CORRECTION_RE,
    CREDIT_FOR,
    CREDIT_RE,
    CREDIT_SEARCH,
    CREDITS_INVOICE,
    INVOICE_RE,
    SELF_BILLING,
    TYPE_CODES,
    TYPED_RES,
    described_credit,
)
from tasks.extract._unkeyed_numbers import unkeyed_numbers


def _date(month_first: bool) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        found = parse_date(text, month_first=month_first)
        if found is None or opens_period(text, found[1]):
            return None  # "01.08.2026 - 30.08.2026": a period, neither issued nor due
        return found[0]

    return parse


def _dates_after_numbers(
    hits: list[Hit], layouts: Sequence[PageLayout], month_first: bool
) -> list[Found]:
    """ "Rechnung Nr. 471102 vom 05.03.2018", "Invoice 42 dated 5 March 2026": the date that
    follows an invoice number with a cue word is the issue date (also when the cue ends the
    line and the date opens the next one)."""
    found = []
    for hit in hits:
        if hit.field != "invoice_number" or not hit.rest:
            continue
        number = (identifier if bare_word(hit) or short_no(hit) else invoice_number_value)(hit.rest)
        if number is None:
            continue
        text = hit.segment.text  # the cue may itself be a label word ("de fecha")
        after = text[text.find(number, hit.start) + len(number) :]
        after = _MORE_GROUPS.sub("", after, count=1)  # "Nr. KS 2026 632 vom": the whole run
        cue = DATE_CUE.match(after) or _PIECE_DATE.match(after)
        if not cue:
            continue
        segment, after = hit.segment, after[cue.end() :]
        if not after.strip():
            layout = page_of(layouts, segment.page)
            below = layout.lines[segment.line + 1] if segment.line + 1 < len(layout.lines) else []
            if not below or abs(below[0].x0 - segment.x0) > segment.height * 2:
                continue
            segment, after = below[0], below[0].text
        day = parse_date(after, month_first=month_first)
        if day is not None and after.lstrip().startswith(day[1][:2]):
            source = f"label:{hit.label.rstrip(':')}+date cue"
            found.append(Found(day[0], 0.8, source, segment, segment.text))
    return found


_PIECE_DATE: Final = re.compile(r"^\s+[\u00b7\u2022|\u2013\u2014-]\s+(?=\d)")
"""A separator between a number and a date opening the next piece of a header strip:
"Invoice INV-4711 · 3 March 2026", "Rechnung 4711 | 03.03.2026"."""
_MORE_GROUPS: Final = re.compile(r"^(?: \d{2,}){1,3}(?= )")
"""The further digit groups of a number printed in spaced groups ("KS 2026 632")."""


_ENGLISH: Final = frozenset(
    {
        "invoice", "inv", "date", "dated", "due", "issue", "issued", "number", "no", "ref",
        "reference", "id", "bill", "billing", "payment", "pay", "payable", "by", "on", "total",
        "amount", "balance", "subtotal", "sub", "net", "tax", "vat", "sales", "gst", "grand",
        "before", "including", "excl", "incl", "to", "from", "customer", "order", "account",
        "sold", "credit", "note", "memo",
    }
)  # fmt: skip
"""Label words of English invoices, the only ones that may write slashed dates month first."""


def _month_first(layouts: Sequence[PageLayout], hits: list[Hit]) -> bool:
    """Whether slashed dates read month first: as the document's own unambiguous slashed dates
    show, else only for a US-dollar document whose labels are English."""
    for layout in layouts:
        for segment in layout.segments:
            if "/" in segment.text:
                order = slash_order(segment.text)
                if order is not None:
                    return order
    usd = any(
        code == "USD"
        for layout in layouts
        for segment in layout.segments
        for code, _ in currencies(segment.text)
    )
    if not usd:
        return False
    words = [w for hit in hits for w in re.findall(r"[a-z]{2,}", fold(hit.label))]
    english = sum(w in _ENGLISH for w in words)
    return english > len(words) - english


_NUMBER_NEXT: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)*(?:n\s*\.?\s*°|n\.|no\.|nr\.|#|nummer|number|numero)\s*\S*\d"
)
"""A number label right after a title: "Rechnungskorrektur Nr. RK21012345"."""


def _named_type(
    folded: str, printed: re.Match[str] | None, correction: bool, credit: bool, typed: str | None
) -> str | None:
    """The type code a title names: a code printed in brackets, self-billing, a corrected
    invoice, a credit note, another named type (hire, prepayment, ...); None for a plain
    invoice."""
    if printed and printed.group(1) in TYPE_CODES:
        return printed.group(1)
    if SELF_BILLING.search(folded):
        return "389"
    if correction:
        return "384"
    return "381" if credit else typed


def _numbered(text: str) -> bool:
    """Whether a number label follows in a title: "Buchungshilfe - KEINE Rechnung Nr. 471102"."""
    return any(
        m.field == "invoice_number" and not BARE_INVOICE_RE.fullmatch(text[start : m.end])
        for start, m in find_labels(text)
    )


def title_type(layout: PageLayout) -> tuple[str, Evidence | None, set[int]]:
    """The type code a title names (380 by default); also the ids of the title segments."""
    titles: set[int] = set()
    code, evidence = "380", None
    described: Segment | None = None  # a credit-note title with a description after it
    for segment in layout.segments:
        prominent = (
            segment.size >= layout.body_size * 1.2
            or segment.bold
            or (segment.text.isupper() and len(segment.words) <= 4)
        )
        folded = segment.folded
        typed = next(((c, m) for c, r in TYPED_RES.items() if (m := r.match(folded))), None)
        correction = CORRECTION_RE.match(folded)
        credit = CREDIT_RE.match(folded)
        title = correction or credit or (typed[1] if typed else None) or INVOICE_RE.match(folded)
        if not title and prominent and len(segment.words) <= 4:
            # a qualified title: "Licence Credit Memo", "Werkstatt-Gutschrift"
            credit = _trailing(CREDIT_SEARCH, folded) or _trailing(_CREDIT_WORD, folded)
            title = credit or _trailing(_INVOICE_SEARCH, folded)
        if not title:
            continue
        # "Credit note no. CN-77 of 03/03/2026" in small type: a title line at any size
        lead = bool(correction or credit) and numbered_title_line(
            layout, segment, folded[title.end() :]
        )
        if (
            (correction or credit or typed)
            and not lead
            and (segment.size < layout.body_size * 0.95 or _caption_row(layout, segment))
        ):
            continue  # "Vehículo | Salida | Devolución": a box's captions, not a title
        alone = title.end() >= len(folded.rstrip(" :")) and segment.y0 < layout.height * 0.4
        if not (prominent or alone or lead):  # a title in body type stands alone high up
            continue
        rest = folded[title.end() :]
        label = match_label(folded)
        if (
            label
            and label.field == "invoice_number"
            and BARE_INVOICE_RE.fullmatch(folded[: label.end])
        ):
            label = None  # the title word itself, not a number label
        printed = re.search(r"\((\d{2,3})\)", folded[: title.end() + 40])
        # A subject line "Gutschrift Nr. 42 vom 1. März 2026" names the type too, and so
        # does a title with the type code printed: "Schlussrechnung Bau (877)".
        numbered = (
            (label is not None and label.field == "invoice_number")
            or bool(_NUMBER_NEXT.match(rest))
            or (printed is not None and printed.group(1) in TYPE_CODES)
            or (typed is not None and _numbered(rest))
            or _numbered_piece(folded, title.end())
            or lead
        )
        if not numbered and (
            label
            or len(rest.split()) > 2
            or len(folded.split()) > 5
            or (  # "ABONO MENSUAL" in body type: a pass, unlike a title "Abono parcial"
                credit
                and described_credit(credit.group(), rest)
                and not (segment.size >= layout.body_size * 1.2 or segment.bold)
            )
        ):
            if credit and prominent and not label and len(rest.split()) <= 5:
                described = described or segment  # "Abono servicio de chófer"
            continue
        if not (credit or correction):  # "Factura de abono", "Sales invoice (credit)"
            credit = CREDIT_SEARCH.search(folded, title.end()) or _CREDIT_TAIL.fullmatch(rest)
            if (
                credit
                and described_credit(credit.group(), folded[credit.end() :])
                and not folded[: credit.start()].endswith("de ")
            ):
                credit = None  # "Factura abono mensual" bills a pass; "Factura de abono" credits
        titles.add(id(segment))
        dated = numbered and parse_date(rest) is not None
        if typed and typed[0] in _WEAK_TYPES and not (printed or dated):
            typed = None  # "Hire Invoice" alone is a commercial invoice
        named = _named_type(
            folded, printed, correction is not None, credit is not None, typed and typed[0]
        )
        if named and evidence is None:
            code = named
            evidence = Evidence(
                confidence=0.9, source=f"title:{segment.text}", page=segment.page,
                bbox=segment.bbox, text=segment.text,
            )  # fmt: skip
    if code == "384" and _calls_itself_credit(layout):
        code = "381"
    if evidence is None and described is not None and _credit_described(layout, described):
        # a credit word opening a described title, the text calling the document so too
        code, evidence = "381", Evidence(
            confidence=0.8, source=f"title:{described.text}", page=described.page,
            bbox=described.bbox, text=described.text,
        )  # fmt: skip
        titles.add(id(described))
    return code, evidence, titles


_WEAK_TYPES: Final = frozenset({"387"})
"""Types a title word names only loosely: a "hire invoice" or "Mietrechnung" is a commercial
invoice (380) unless it prints the code or reads as an e-invoice viewer's subject line, the
type's name before the number and the date ("Mietrechnung Nr. 9314110911 vom 01.10.2018")."""
_INVOICE_SEARCH: Final = re.compile(rf"(?<![a-z0-9]){INVOICE_RE.pattern}")
_CREDIT_WORD: Final = re.compile(r"(?<![a-z])credit(?![a-z])")
"""The word "credit" ending a short title: "Hire Credit", "Final Account Credit"."""
_CREDIT_TAIL: Final = re.compile(r"\W*(?:credit|crediting|storno)\W*")
"""The word "credit" alone after a title word: "Fee Note Credit", "Invoice - Credit"."""
_SELF_CREDIT: Final = re.compile(
    rf"(?<![a-z])(?:this|diese[rs]?|cette|cet|esta|este|questa|questo|deze|dit)\s+"
    rf"(?:{CREDIT_RE.pattern})"
)
"""A document naming itself a credit note in its text: "Diese Gutschrift bezieht sich auf"."""


_PIECE_CUT: Final = re.compile(r"\s+[\u00b7\u2022|\u2013\u2014/]\s+|\s+-\s+")
"""A separator between the pieces of a header strip: "Creditnota X · Nummer 0677 · Datum"."""


def _numbered_piece(folded: str, end: int) -> bool:
    """Whether a title ends its piece of a header strip within three words and a later piece
    holds a number label: "Creditnota asbestinventarisatie · Nummer factuur AS 2027 0677"."""
    cut = _PIECE_CUT.search(folded, end)
    return (
        cut is not None
        and len(folded[end : cut.start()].split()) <= 3
        and _numbered(folded[cut.end() :])
    )


def _caption_row(layout: PageLayout, segment: Segment) -> bool:
    """Whether `segment` is one of a row of captions in body type or smaller: two or more other
    pieces of its line set in its size and weight, without digits (the heads of a box's
    columns). A title stands out of its line; a caption is one of its kind."""
    if segment.size >= layout.body_size * 1.2:
        return False
    peers = [
        s
        for s in layout.lines[segment.line]
        if s is not segment
        and abs(s.size - segment.size) < 0.3
        and s.bold == segment.bold
        and not any(c.isdigit() for c in s.text)
    ]
    return len(peers) >= 2


def _trailing(pattern: re.Pattern[str], folded: str) -> re.Match[str] | None:
    """A title word that ends a short title after a qualifier: "Licence Credit Memo"."""
    matches = list(pattern.finditer(folded))
    found = matches[-1] if matches else None
    if found is None or found.start() == 0 or found.end() < len(folded.rstrip(" :.")):
        return None
    return found


def _credit_described(layout: PageLayout, title: Segment) -> bool:
    """Whether a credit word opening a described title names the document: the text calls it
    a credit note or says it corrects or refunds an invoice, or the description opens with a
    preposition ("Credit note for", "Nota di credito per") after an unambiguous credit word."""
    if _calls_itself_credit(layout):
        return True
    if any(CREDITS_INVOICE.search(s.folded) for s in layout.segments if s is not title):
        return True
    credit = CREDIT_RE.match(title.folded)
    if credit is None or AMBIGUOUS_CREDIT.match(credit.group()):
        return False
    # the page's headline opening with the credit word: "Avoir destruction de nid"
    return headline(layout, title) or CREDIT_FOR.match(title.folded, credit.end()) is not None


def _calls_itself_credit(layout: PageLayout) -> bool:
    """Whether a document titled a correction speaks of itself as a credit note."""
    return any(_SELF_CREDIT.search(segment.folded) for segment in layout.segments)


def read_header(
    layouts: Sequence[PageLayout], hits: list[Hit], tables: dict[int, Table] | None = None
) -> tuple[list[Found], list[Found], list[Found]]:
    """Candidates for the invoice number, the issue date and the due date, each best first."""
    table = (tables or {}).get(layouts[0].number) if layouts else None
    hits = separated(hits)
    hits = own_dates(layouts, equated_dates(qualified_dates(joined_labels(layouts, hits))))
    month_first = _month_first(layouts, hits)
    numbers = invoice_numbers(hits, layouts) + title_numbers(layouts)
    numbers.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    if not numbers:
        numbers = (
            rotated_numbers(layouts)
            or captioned_numbers(hits, layouts)
            or self_named_numbers(layouts)
            or folio_numbers(layouts, hits)
            or paired_numbers(hits, layouts)
            or document_numbers(layouts)
            or case_numbers(hits, layouts)
            or unkeyed_numbers(layouts, hits, table.header_line if table else None)
        )
    numbers = years_last(numbers)  # "Invoice no. 2026": a year alone is no number
    issued = collect(hits, layouts, "issue_date", _date(month_first))
    issued += _dates_after_numbers(hits, layouts, month_first)
    due = collect(hits, layouts, "due_date", _date(month_first))
    issued, due = tax_point_issued(issued, due)
    top = table.header_line if table else None
    if not issued:
        issued = keyed_date(layouts, hits, month_first, top)
    if not issued:
        issued = letter_date(layouts, hits, month_first, top)
    if not issued:
        issued = supplied_issue(hits, layouts, _date(month_first))
    if not issued:
        issued = lone_date(layouts, hits, month_first, top, due)
    issued = outside_items(issued, tables or {})
    issued.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    issued = invoice_dated_first(issued)
    if issued and not due:
        due = due_by_terms(layouts, issued[0])
    issued, due = consistent(issued, due)
    return numbers, issued, due


__all__ = ["read_header", "title_type"]
