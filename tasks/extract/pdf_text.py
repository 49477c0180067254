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
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from core.models import Evidence, ExtractorInfo, Invoice
from tasks.extract._labels import (
    CREDIT_RE,
    GENERIC_LABELS,
    INVOICE_RE,
    PARTY_FIELDS,
    find_labels,
    match_label,
    party_label,
)
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import (
    currencies,
    decimal_mark,
    find_money,
    fold,
    parse_date,
)
from tasks.extract._parties import Parties, find_parties
from tasks.extract._table import Table, find_table, read_rows

PDF_RULES: Final = ExtractorInfo(name="pdf-rules", version="0.3.0")
TOTALS: Final = ("net_total", "tax_total", "grand_total")


@dataclass
class Hit:
    """A label found in a segment; `rest` is the text after it (up to the next label)."""

    field: str
    segment: Segment
    label: str
    rest: str
    start: int = 0
    """Where the label starts in the segment's text: 0 for a label that opens the segment."""
    ends_segment: bool = False


@dataclass
class Found:
    value: Any
    confidence: float
    source: str
    segment: Segment
    text: str

    def evidence(self, confidence: float | None = None, source: str | None = None) -> Evidence:
        return Evidence(
            confidence=round(min(max(confidence or self.confidence, 0.0), 1.0), 3),
            source=source or self.source,
            page=self.segment.page,
            bbox=self.segment.bbox,
            text=self.text,
        )


def find_hits(layouts: Sequence[PageLayout], tables: dict[int, Table]) -> list[Hit]:
    """Labels anywhere in the text (not only where a segment starts), in reading order."""
    hits = []
    for layout in layouts:
        table = tables.get(layout.number)
        for segment in layout.segments:
            if table and table.header_line <= segment.line <= table.last_line:
                continue
            found = find_labels(segment.folded)
            for index, (start, match) in enumerate(found):
                stop = found[index + 1][0] if index + 1 < len(found) else len(segment.text)
                rest = segment.text[match.end : stop].strip(" :#\t-\u2013")
                label = segment.text[start : match.end].strip()
                after = segment.text[match.end : match.end + 2].strip()
                if start and fold(label) in GENERIC_LABELS and not after.startswith(":"):
                    continue  # "data", "total" inside running text are words, not labels
                tail = segment.text[match.end :]
                if match.field in PARTY_FIELDS and not party_label(tail):
                    continue  # "Lieferant GmbH" is a name, not the label "Lieferant"
                # "Total CHF" | 1'405.30, "MwSt. 19 %" | 57,00: the value may be right of it
                ends = find_money(tail) is None and parse_date(tail) is None
                hits.append(Hit(match.field, segment, label, rest, start, ends))
    return hits


def value_candidates(hit: Hit, layout: PageLayout) -> list[tuple[Segment, str, str, float]]:
    """(segment, text, where, confidence): inline, then right on the line, then just below."""
    found = []
    inside = 0.0 if hit.start == 0 else 0.15  # a label inside running text is less sure
    if hit.rest:
        found.append((hit.segment, hit.rest, "inline", 0.9 - inside))
    label = hit.segment
    if hit.ends_segment:
        right = sorted(
            (s for s in layout.lines[label.line] if s.x0 >= label.x1 - 1), key=lambda s: s.x0
        )
        for segment in right:  # the first value right of the label, up to the next label
            if match_label(segment.folded) is not None:
                break
            found.append((segment, segment.text, "right", 0.9 - inside))
    if hit.start:
        return found
    for line in layout.lines[label.line + 1 : label.line + 4]:
        below = [
            s
            for s in line
            if s.y0 - label.y1 < label.height * 2.2
            and min(s.x1, label.x1) - max(s.x0, label.x0) > 0
        ]
        if below:
            if match_label(below[0].folded) is None:
                found.append((below[0], below[0].text, "below", 0.85))
            break
    return found


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


def _money(hint: str | None) -> Callable[[str], Decimal | None]:
    def parse(text: str) -> Decimal | None:
        found = find_money(text, hint)
        return found[0] if found else None

    return parse


def _date(month_first: bool) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        found = parse_date(text, month_first=month_first)
        return found[0] if found else None

    return parse


def collect(
    hits: list[Hit], layouts: Sequence[PageLayout], field: str, parse: Callable[[str], Any]
) -> list[Found]:
    """Every value a label of `field` points at, best first (then top to bottom)."""
    found = []
    for hit in hits:
        if hit.field != field:
            continue
        for segment, text, _where, confidence in value_candidates(
            hit, page_of(layouts, hit.segment.page)
        ):
            value = parse(text)
            if value is not None:
                if hit.label.lower().strip(" .:") in GENERIC_LABELS:
                    confidence -= 0.15
                source = f"label:{hit.label.rstrip(':')}"
                found.append(Found(value, confidence, source, segment, text.strip()))
                break
    return sorted(found, key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))


def _decimal_hint(layouts: Sequence[PageLayout]) -> str | None:
    marks: Counter[str] = Counter()
    for layout in layouts:
        for segment in layout.segments:
            found = find_money(segment.text)
            mark = decimal_mark(found[1]) if found else None
            if mark:
                marks[mark] += 1
    return marks.most_common(1)[0][0] if marks else None


def _totals(
    hits: list[Hit], layouts: Sequence[PageLayout], hint: str | None
) -> tuple[dict[str, Found], list[str]]:
    parse = _money(hint)
    candidates = {f: collect(hits, layouts, f, parse) for f in (*TOTALS, "amount_due")}
    # Totals sit at the end: among equally sure candidates prefer the lowest on the last page.
    for values in candidates.values():
        values.sort(key=lambda f: (-f.confidence, -f.segment.page, -f.segment.y0))
    warnings: list[str] = []
    grands = candidates["grand_total"] or candidates["amount_due"]
    chosen: dict[str, Found] = {}
    for grand in grands:
        for net in candidates["net_total"]:
            for tax in candidates["tax_total"]:
                if net.value + tax.value == grand.value:
                    chosen = {"net_total": net, "tax_total": tax, "grand_total": grand}
                    break
            if chosen:
                break
        if chosen:
            break
    if chosen:
        for found in chosen.values():
            found.confidence = min(1.0, found.confidence + 0.08)
            found.source += "+arithmetic"
        return chosen, warnings
    fallback = {
        "net_total": candidates["net_total"],
        "tax_total": candidates["tax_total"],
        "grand_total": grands,
    }
    for name, values in fallback.items():
        if values:
            chosen[name] = values[0]
    net, tax, grand = (chosen.get(name) for name in TOTALS)
    if net and tax and grand:
        warnings.append("net total plus tax does not equal the grand total")
        for found in chosen.values():
            found.confidence *= 0.6
    return chosen, warnings


_DATE_CUE: Final = re.compile(
    r"^\s*(?:vom|von|du|del|dal|dated|of|from|van|d\.d\.|dd\.?|datum|date|data|fecha)\s*:?\s*",
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
        after = hit.rest[hit.rest.find(number) + len(number) :]
        cue = _DATE_CUE.match(after)
        if cue:
            day = parse_date(after[cue.end() :], month_first=month_first)
            if day is not None and after[cue.end() :].lstrip().startswith(day[1][:2]):
                source = f"label:{hit.label.rstrip(':')}+date cue"
                found.append(Found(day[0], 0.8, source, hit.segment, hit.segment.text))
    return found


def _amount_due(
    invoice: Invoice, hits: list[Hit], layouts: Sequence[PageLayout], hint: str | None
) -> None:
    """The labelled amount due, else the grand total (nothing prepaid is shown)."""
    due = collect(hits, layouts, "amount_due", _money(hint))
    due.sort(key=lambda f: (-f.confidence, -f.segment.page, -f.segment.y0))
    if due:
        invoice.amount_due = due[0].value
        invoice.evidence["amount_due"] = due[0].evidence()
    elif invoice.grand_total is not None:
        _derive(invoice, "amount_due", invoice.grand_total, 0.6, "arithmetic:grand total")


def _derive(invoice: Invoice, field: str, value: Decimal, confidence: float, source: str) -> None:
    setattr(invoice, field, value)
    invoice.evidence[field] = Evidence(confidence=confidence, source=source, text=str(value))


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


def _type_code(layout: PageLayout) -> tuple[str, Evidence | None, set[int]]:
    """381 when a title says credit note; also the ids of the title segments (not parties)."""
    titles: set[int] = set()
    code, evidence = "380", None
    for segment in layout.segments:
        prominent = segment.size >= layout.body_size * 1.2 or segment.bold
        if not prominent or len(segment.folded.split()) > 5:
            continue
        credit = CREDIT_RE.match(segment.folded)
        title = credit or INVOICE_RE.match(segment.folded)
        if title:
            rest = segment.folded[title.end() :]
            if match_label(segment.folded) or len(rest.split()) > 2:
                continue
            titles.add(id(segment))
            if credit and evidence is None:
                code = "381"
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
    hint = _decimal_hint(layouts)
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
    totals, warnings = _totals(hits, layouts, hint)
    invoice.warnings.extend(warnings)
    for name, found in totals.items():
        setattr(invoice, name, found.value)
        invoice.evidence[name] = found.evidence()
    _amount_due(invoice, hits, layouts, hint)
    table = next(iter(tables.values()), None)
    if table and table.items:
        invoice.lines = table.items
        _check_lines(invoice, table)
    _fill_missing_totals(invoice)
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


def _check_lines(invoice: Invoice, table: Table) -> None:
    amounts = [line.net_amount for line in invoice.lines if line.net_amount is not None]
    consistent = all(
        line.quantity is None
        or line.unit_price is None
        or line.net_amount is None
        or abs(line.quantity * line.unit_price - line.net_amount) <= Decimal("0.01")
        for line in invoice.lines
    )
    total = sum(amounts, Decimal(0))
    adds_up = invoice.net_total is None or total == invoice.net_total
    confidence = 0.9 if consistent and adds_up else 0.6
    if not adds_up:
        invoice.warnings.append("line items do not add up to the net total")
    if not consistent:
        invoice.warnings.append("a line item's quantity times unit price differs from its amount")
    invoice.evidence["lines"] = Evidence(
        confidence=confidence, source=f"table:{table.header_text}", page=table.page,
        bbox=table.bbox, text=table.header_text,
    )  # fmt: skip


def _fill_missing_totals(invoice: Invoice) -> None:
    net, tax, grand = invoice.net_total, invoice.tax_total, invoice.grand_total
    if net is None and invoice.lines and all(line.net_amount is not None for line in invoice.lines):
        net = sum((line.net_amount or Decimal(0) for line in invoice.lines), Decimal(0))
        _derive(invoice, "net_total", net, 0.6, "arithmetic:sum of lines")
    if grand is None and net is not None and tax is not None:
        _derive(invoice, "grand_total", net + tax, 0.6, "arithmetic:net+tax")
    elif tax is None and net is not None and grand is not None:
        _derive(invoice, "tax_total", grand - net, 0.6, "arithmetic:grand-net")
    elif net is None and tax is not None and grand is not None:
        _derive(invoice, "net_total", grand - tax, 0.6, "arithmetic:grand-tax")


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
