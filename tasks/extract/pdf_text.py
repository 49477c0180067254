"""Layout-aware rules that read an invoice from a PDF's text layer.

Labels from dictionaries in six languages (`_labels`) are found in the positioned text
(`_layout`); each value is taken from the same piece of text, the piece to its right on the same
line, or the piece below it. Totals are cross-checked by arithmetic, line items read from the
table by column geometry, and every field carries its `Evidence`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, Final

from core.models import Evidence, ExtractorInfo, Invoice
from tasks.extract._hits import Found, Hit, collect, find_hits
from tasks.extract._labels import (
    CORRECTION_RE,
    CREDIT_RE,
    INVOICE_RE,
    SELF_BILLING,
    TYPE_CODES,
    match_label,
)
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import (
    currencies,
    parse_date,
)
from tasks.extract._parties import Parties, find_parties
from tasks.extract._table import find_table, read_rows
from tasks.extract._totals import (
    check_lines,
    choose_totals,
    decimal_hint,
    fill_missing_totals,
    set_amount_due,
)

PDF_RULES: Final = ExtractorInfo(name="pdf-rules", version="0.4.0")


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


def _dates_after_numbers(hits: list[Hit], month_first: bool) -> list[Found]:
    """ "Rechnung Nr. 471102 vom 05.03.2018", "Invoice 42 dated 5 March 2026": the date that
    follows an invoice number with a cue word is the issue date."""
    found = []
    for hit in hits:
        if hit.field != "invoice_number" or not hit.rest:
            continue
        number = _invoice_number(hit.rest)
        if number is None:
            continue
        text = hit.segment.text  # the cue may itself be a label word ("de fecha")
        after = text[text.find(number, hit.start) + len(number) :]
        cue = _DATE_CUE.match(after)
        if cue:
            day = parse_date(after[cue.end() :], month_first=month_first)
            if day is not None and after[cue.end() :].lstrip().startswith(day[1][:2]):
                source = f"label:{hit.label.rstrip(':')}+date cue"
                found.append(Found(day[0], 0.8, source, hit.segment, hit.segment.text))
    return found


def _currency(
    layouts: Sequence[PageLayout], totals: dict[str, Found]
) -> tuple[str, Evidence] | None:
    scores: Counter[str] = Counter()
    where: dict[str, tuple[Segment, str]] = {}
    for found in totals.values():
        for code, printed in currencies(found.text):
            scores[code] += 3
            where.setdefault(code, (found.segment, printed))
    for layout in layouts:
        for segment in layout.segments:
            for code, printed in currencies(segment.text):
                scores[code] += 1
                where.setdefault(code, (segment, printed))
    if not scores:
        return None
    code, score = scores.most_common(1)[0]
    segment, printed = where[code]
    confidence = 0.9 if score >= 3 else 0.7
    kind = "code" if printed == code else "symbol"
    return code, Evidence(
        confidence=confidence, source=f"{kind}:{printed}", page=segment.page,
        bbox=segment.bbox, text=segment.text,
    )  # fmt: skip


_NUMBER_NEXT: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)*(?:n\s*\.?\s*°|n\.|no\.|nr\.|#|nummer|number|numero)\s*\S*\d"
)
"""A number label right after a title: "Rechnungskorrektur Nr. RK21012345"."""


def _named_type(
    folded: str, printed: re.Match[str] | None, correction: bool, credit: bool
) -> str | None:
    """The type code a title names: a code printed in brackets, self-billing, a corrected
    invoice, a credit note; None for a plain invoice."""
    if printed and printed.group(1) in TYPE_CODES:
        return printed.group(1)
    if SELF_BILLING.search(folded):
        return "389"
    if correction:
        return "384"
    return "381" if credit else None


def _type_code(layout: PageLayout) -> tuple[str, Evidence | None, set[int]]:
    """The type code a title names (380 by default); also the ids of the title segments."""
    titles: set[int] = set()
    code, evidence = "380", None
    for segment in layout.segments:
        prominent = segment.size >= layout.body_size * 1.2 or segment.bold
        if not prominent:
            continue
        correction = CORRECTION_RE.match(segment.folded)
        credit = CREDIT_RE.match(segment.folded)
        title = correction or credit or INVOICE_RE.match(segment.folded)
        if title:
            rest = segment.folded[title.end() :]
            label = match_label(segment.folded)
            # A subject line "Gutschrift Nr. 42 vom 1. März 2026" names the type too.
            numbered = (label is not None and label.field == "invoice_number") or bool(
                _NUMBER_NEXT.match(rest)
            )
            if not numbered and (label or len(rest.split()) > 2 or len(segment.folded.split()) > 5):
                continue
            titles.add(id(segment))
            printed = re.search(r"\((\d{2,3})\)", segment.folded[: title.end() + 40])
            named = _named_type(segment.folded, printed, correction is not None, credit is not None)
            if named and evidence is None:
                code = named
                evidence = Evidence(
                    confidence=0.9, source=f"title:{segment.text}", page=segment.page,
                    bbox=segment.bbox, text=segment.text,
                )  # fmt: skip
    return code, evidence, titles


def parse_invoice(layouts: Sequence[PageLayout]) -> Invoice | None:
    """The invoice the pages show, or None when no invoice fields are recognisable."""
    if not layouts:
        return None
    tables = {}
    for layout in layouts:
        table = find_table(layout)
        if table:
            tables[layout.number] = table
            break
    hint = decimal_hint(layouts)
    for table in tables.values():
        read_rows(table, page_of(layouts, table.page), hint)
    hits = find_hits(layouts, tables)
    usd = any(
        code == "USD"
        for layout in layouts
        for s in layout.segments
        for code, _ in currencies(s.text)
    )
    invoice = Invoice(extractor=PDF_RULES)
    numbers = collect(hits, layouts, "invoice_number", _invoice_number)
    issued = collect(hits, layouts, "issue_date", _date(usd))
    due = collect(hits, layouts, "due_date", _date(usd))
    issued = sorted(
        issued + _dates_after_numbers(hits, usd),
        key=lambda f: (-f.confidence, f.segment.page, f.segment.y0),
    )
    if numbers:
        invoice.invoice_number = numbers[0].value
        invoice.evidence["invoice_number"] = numbers[0].evidence()
    if issued:
        invoice.issue_date = issued[0].value
        invoice.evidence["issue_date"] = issued[0].evidence()
    if due:
        invoice.due_date = due[0].value
        invoice.evidence["due_date"] = due[0].evidence()
    totals, warnings = choose_totals(hits, layouts, hint)
    invoice.warnings.extend(warnings)
    for name, found in totals.items():
        setattr(invoice, name, found.value)
        invoice.evidence[name] = found.evidence()
    set_amount_due(invoice, hits, layouts, hint)
    table = next(iter(tables.values()), None)
    if table and table.items:
        invoice.lines = table.items
        check_lines(invoice, table)
    fill_missing_totals(invoice)
    if not _recognisable(invoice):
        return None
    currency = _currency(layouts, totals)
    if currency:
        invoice.currency, invoice.evidence["currency"] = currency
    invoice.type_code, type_evidence, titles = _type_code(layouts[0])
    if type_evidence:
        invoice.evidence["type_code"] = type_evidence
    used = {id(f.segment) for f in (*numbers, *issued, *due, *totals.values())} | titles
    parties = find_parties(layouts, hits, table, used)
    _apply_parties(invoice, parties)
    invoice.confidence = _overall(invoice)
    return invoice


def _recognisable(invoice: Invoice) -> bool:
    found = [
        invoice.invoice_number is not None,
        invoice.issue_date is not None,
        invoice.grand_total is not None or invoice.net_total is not None,
    ]
    return sum(found) >= 2


def _apply_parties(invoice: Invoice, parties: Parties) -> None:
    invoice.seller = parties.seller
    invoice.buyer = parties.buyer
    invoice.evidence.update(parties.evidence)


KEY_FIELDS: Final = (
    "invoice_number", "issue_date", "currency", "grand_total", "net_total", "tax_total",
    "seller.name", "buyer.name",
)  # fmt: skip


def _overall(invoice: Invoice) -> float:
    scores = [invoice.evidence[f].confidence if f in invoice.evidence else 0.0 for f in KEY_FIELDS]
    score = sum(scores) / len(scores)
    if invoice.warnings:
        score *= 0.8
    return round(score, 3)


__all__ = ["PDF_RULES", "parse_invoice"]
