"""The header fields of an invoice read from positioned text: its number, issue and due
dates (and which way slashed dates read), and the type code its title names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from core.models import Evidence
from tasks.extract._hits import Found, Hit, collect, value_candidates
from tasks.extract._labels import BARE_INVOICE_RE, find_labels, match_label
from tasks.extract._layout import PageLayout, page_of
from tasks.extract._parse import currencies, fold, parse_date, slash_order
from tasks.extract._titles import (
    CORRECTION_RE,
    CREDIT_RE,
    CREDIT_SEARCH,
    INVOICE_RE,
    SELF_BILLING,
    TYPE_CODES,
    TYPED_RES,
)


def _invoice_number(text: str) -> str | None:
    for token in text.split():
        token = token.strip(",;:()[]")
        if (
            len(token) >= 2
            and any(c.isdigit() for c in token)
            and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/._]*", token)
        ):
            date = parse_date(token)
            if date is None or date[1] != token:
                return token
    return None


_AMOUNT_SHAPE: Final = re.compile(r"[-\u2212]?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}")


def _identifier(text: str) -> str | None:
    """The value of a bare invoice word ("Unsere Rechnung: SO-64589", "Factuur 2026.86111"):
    only a first token shaped like an identifier (a digit in it, not a date or an amount),
    alone or followed by a date cue, so that a title word never takes a stray number."""
    tokens = text.split()
    if not tokens:
        return None
    token = tokens[0].strip(",;:()[]")
    if (
        len(token) < 3
        or not any(c.isdigit() for c in token)
        or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-/._]*", token)
        or _AMOUNT_SHAPE.fullmatch(token)
        or parse_date(token) is not None
        or (len(token) == 4 and token.isdigit() and 1990 <= int(token) <= 2100)  # a year
    ):
        return None
    if len(tokens) > 1 and not _DATE_CUE.match(" ".join(tokens[1:])):
        return None
    return token


def _bare(hit: Hit) -> bool:
    """Whether a hit is a bare invoice word ("Rechnung", "Factuur"), not a number label."""
    return hit.field == "invoice_number" and BARE_INVOICE_RE.fullmatch(fold(hit.label)) is not None


def _short_no(hit: Hit) -> bool:
    """A number sign alone ("Nr.", "No.", "N°"), which also cites laws: "§ 4 Nr. 14 UStG"."""
    return hit.field == "invoice_number" and fold(hit.label).strip(" .:") in {"n°", "nr", "no"}


def _numbers(hits: list[Hit], layouts: Sequence[PageLayout]) -> list[Found]:
    """Invoice numbers by label, best first; a bare invoice word ("Rechnung:", "Factuur") or
    number sign ("Nr.") points at its value only when that is shaped like an identifier, and
    counts less than a number label."""
    bare = [h for h in hits if _bare(h) or _short_no(h)]
    labelled = [h for h in hits if h.field == "invoice_number" and h not in bare]
    found = collect(labelled, layouts, "invoice_number", _invoice_number)
    for item in collect(bare, layouts, "invoice_number", _identifier):
        item.confidence -= 0.1
        found.append(item)
    return sorted(found, key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))


def _date(month_first: bool) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        found = parse_date(text, month_first=month_first)
        return found[0] if found else None

    return parse


_DATE_CUE: Final = re.compile(
    r"^\s*(?:vom|von|du|del|dal|dated|of|from|van|d\.d\.|dd\.?|datum|date|data|fecha"
    r"|de\s+fecha|en\s+date\s+du|in\s+data|con\s+data|issued\s+on)\s*:?\s*",
    re.IGNORECASE,
)


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
        number = (_identifier if _bare(hit) or _short_no(hit) else _invoice_number)(hit.rest)
        if number is None:
            continue
        text = hit.segment.text  # the cue may itself be a label word ("de fecha")
        after = text[text.find(number, hit.start) + len(number) :]
        cue = _DATE_CUE.match(after)
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
        if not title:
            continue
        alone = title.end() >= len(folded.rstrip(" :")) and segment.y0 < layout.height * 0.4
        if not (prominent or alone):  # a title in body type stands alone high on the page
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
        )
        if not numbered and (label or len(rest.split()) > 2 or len(folded.split()) > 5):
            continue
        if not (credit or correction):  # "Factura de abono", "Sales invoice (credit)"
            credit = CREDIT_SEARCH.search(folded, title.end())
        titles.add(id(segment))
        named = _named_type(
            folded, printed, correction is not None, credit is not None, typed and typed[0]
        )
        if named and evidence is None:
            code = named
            evidence = Evidence(
                confidence=0.9, source=f"title:{segment.text}", page=segment.page,
                bbox=segment.bbox, text=segment.text,
            )  # fmt: skip
    return code, evidence, titles


_PLACE: Final = re.compile(r"^[^\W\d][\w .'-]{0,30},?\s*(?:(?:den|le|el|il|on)\s+)?$")
"""What may precede a letter's date: "Berlin, den", "Paris, le"."""


def _letter_date(layouts: Sequence[PageLayout], hits: list[Hit], month_first: bool) -> list[Found]:
    """An issue date printed without a label, as letters do: the only date in the upper part of
    the first page standing alone (or after its place, "Berlin, 24. Januar 2014") that no label
    points at."""
    layout = layouts[0]
    labels = [h for h in hits if h.segment.page == layout.number and not _bare(h)]
    pointed = {id(s) for hit in labels for s, *_ in value_candidates(hit, layout)}
    pointed |= {id(hit.segment) for hit in labels}
    found: dict[Any, Found] = {}
    for segment in layout.segments:
        if segment.y0 > layout.height * 0.45 or id(segment) in pointed:
            continue
        day = parse_date(segment.text, month_first=month_first)
        if day is None:
            continue
        before, _, after = segment.text.partition(day[1])
        if after.strip(" .") or (before.strip() and not _PLACE.match(before.strip())):
            continue
        found.setdefault(day[0], Found(day[0], 0.55, "unlabelled date", segment, segment.text))
    return list(found.values()) if len(found) == 1 else []


_DAYS = r"(?:days?|tage?n?|werktage?n?|jours?|dias|giorni|gg\.?|dagen|werkdagen)"
_FROM_ISSUE = (
    r"(?:from|after)\s+(?:the\s+)?invoice\s+date|(?:nach|ab)\s+rechnungs(?:datum|erhalt)"
    r"|date\s+de\s+(?:la\s+)?facture|fecha\s+(?:de\s+)?(?:la\s+)?factura|d\.\s?f\.|data\s+fattura"
    r"|na\s+factuurdatum"
)
_TERMS_LABEL = (
    r"(?:payment\s+)?terms|zahlungsziel|zahlungsbedingungen|conditions?\s+de\s+(?:paiement|reglement)"
    r"|condiciones\s+de\s+pago|forma\s+de\s+pago|(?:termini|condizioni)\s+di\s+pagamento"
    r"|betalings?(?:termijn|voorwaarden)|betaaltermijn"
)
_TERMS: Final = re.compile(
    rf"(?<![a-z])(?:net(?:to)?\s*(\d{{1,3}})(?![.,]?\d)(?:\s*{_DAYS})?"
    r"|(?:within|innerhalb(?:\s+von)?|binnen|dans\s+(?:les|un\s+delai\s+de)|sous|a|entro|en"
    rf"|dentro\s+de|in|payable\s+in)\s+(\d{{1,3}})\s*{_DAYS}"
    rf"|(\d{{1,3}})\s*{_DAYS}(?=\s*(?:net(?:to)?|rein|fin\s+de\s+mois|{_FROM_ISSUE}))"
    rf"|(?:{_TERMS_LABEL})\s*:?\s*(\d{{1,3}})\s*{_DAYS})(?![a-z])"
)
"""Payment terms in days: "Net 30", "zahlbar innerhalb 14 Tagen", "à 30 jours", "30 días"."""
_PAYING: Final = re.compile(
    r"pay|terms|zahl|paiement|reglement|regler|payable|pago|pagar|pagamento|condizioni"
    r"|betaling|betalen|betaal|voorwaarden|conditions|condiciones|due|fallig|echeance"
    r"|vencimiento|scadenza|vervalt"
)
_MONTH_END: Final = re.compile(
    r"\s*(?:net(?:to)?\s*)?(?:fin\s+de\s+mois|end\s+of\s+(?:the\s+)?month|ende\s+des\s+monats"
    r"|fine\s+mese|fin\s+de\s+mes|einde\s+(?:van\s+de\s+)?maand)"
)
_DISCOUNT: Final = re.compile(r"skonto|discount|escompte|descuento|pronto\s*pago|sconto|korting")


def _due_by_terms(layouts: Sequence[PageLayout], issued: Found) -> list[Found]:
    """A due date from payment terms counted from the issue date, when none is printed; a
    discount period ("3 % Skonto innerhalb 10 Tagen") is not the term."""
    for layout in layouts:
        for segment in layout.segments:
            folded = segment.folded
            if not _PAYING.search(folded):
                continue
            for match in _TERMS.finditer(folded):
                clause = re.split(r"[,;.]\s", folded[: match.start()])[-1]
                if _DISCOUNT.search(clause):
                    continue
                days = int(next(g for g in match.groups() if g))
                if not 0 < days <= 180:
                    continue
                due = issued.value + dt.timedelta(days=days)
                if _MONTH_END.match(folded, match.end()):  # "45 jours fin de mois"
                    following = (due.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
                    due = following - dt.timedelta(days=1)
                source = f"terms:{days} days after the issue date"
                return [Found(due, min(issued.confidence, 0.6), source, segment, segment.text)]
    return []


def read_header(
    layouts: Sequence[PageLayout], hits: list[Hit]
) -> tuple[list[Found], list[Found], list[Found]]:
    """Candidates for the invoice number, the issue date and the due date, each best first."""
    month_first = _month_first(layouts, hits)
    numbers = _numbers(hits, layouts)
    issued = collect(hits, layouts, "issue_date", _date(month_first))
    issued += _dates_after_numbers(hits, layouts, month_first)
    if not issued:
        issued = _letter_date(layouts, hits, month_first)
    due = collect(hits, layouts, "due_date", _date(month_first))
    issued.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    if issued and not due:
        due = _due_by_terms(layouts, issued[0])
    return numbers, issued, due


__all__ = ["read_header", "title_type"]
