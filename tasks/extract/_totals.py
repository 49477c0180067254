"""Totals by label and arithmetic: the consistent (net, tax, grand) triple, the amount due,
line items checked against the net total, and missing totals derived with lower confidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final

from core.models import Evidence, Invoice
from tasks.extract._hits import Found, Hit, collect
from tasks.extract._layout import PageLayout
from tasks.extract._parse import decimal_mark, find_money
from tasks.extract._table import Table

TOTALS: Final = ("net_total", "tax_total", "grand_total")


def money_parser(hint: str | None) -> Callable[[str], Decimal | None]:
    def parse(text: str) -> Decimal | None:
        found = find_money(text, hint)
        return found[0] if found else None

    return parse


def decimal_hint(layouts: Sequence[PageLayout]) -> str | None:
    marks: Counter[str] = Counter()
    for layout in layouts:
        for segment in layout.segments:
            found = find_money(segment.text)
            mark = decimal_mark(found[1]) if found else None
            if mark:
                marks[mark] += 1
    return marks.most_common(1)[0][0] if marks else None


def choose_totals(
    hits: list[Hit], layouts: Sequence[PageLayout], hint: str | None
) -> tuple[dict[str, Found], list[str]]:
    parse = money_parser(hint)
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


def set_amount_due(
    invoice: Invoice, hits: list[Hit], layouts: Sequence[PageLayout], hint: str | None
) -> None:
    """The labelled amount due, else the grand total (nothing prepaid is shown)."""
    due = collect(hits, layouts, "amount_due", money_parser(hint))
    due.sort(key=lambda f: (-f.confidence, -f.segment.page, -f.segment.y0))
    if due:
        invoice.amount_due = due[0].value
        invoice.evidence["amount_due"] = due[0].evidence()
    elif invoice.grand_total is not None:
        derive(invoice, "amount_due", invoice.grand_total, 0.6, "arithmetic:grand total")


def derive(invoice: Invoice, field: str, value: Decimal, confidence: float, source: str) -> None:
    setattr(invoice, field, value)
    invoice.evidence[field] = Evidence(confidence=confidence, source=source, text=str(value))


def check_lines(invoice: Invoice, table: Table) -> None:
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


def fill_missing_totals(invoice: Invoice) -> None:
    net, tax, grand = invoice.net_total, invoice.tax_total, invoice.grand_total
    if net is None and invoice.lines and all(line.net_amount is not None for line in invoice.lines):
        net = sum((line.net_amount or Decimal(0) for line in invoice.lines), Decimal(0))
        derive(invoice, "net_total", net, 0.6, "arithmetic:sum of lines")
    if grand is None and net is not None and tax is not None:
        derive(invoice, "grand_total", net + tax, 0.6, "arithmetic:net+tax")
    elif tax is None and net is not None and grand is not None:
        derive(invoice, "tax_total", grand - net, 0.6, "arithmetic:grand-net")
    elif net is None and tax is not None and grand is not None:
        derive(invoice, "net_total", grand - tax, 0.6, "arithmetic:grand-tax")
