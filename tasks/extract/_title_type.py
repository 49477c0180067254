"""The type code an invoice's title names: a code printed in brackets, self-billing, a
corrected invoice, a credit note (also a credit word opening a described title when the text
calls the document so), another named type; 380 for a plain invoice."""

from __future__ import annotations

import re
from typing import Final

from core.models import Evidence
from tasks.extract._labels import BARE_INVOICE_RE, find_labels, match_label
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._numbered_titles import headline, numbered_title_line
from tasks.extract._parse import parse_date
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


__all__ = ["title_type"]
