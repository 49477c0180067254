"""Arithmetic: lines sum to the net total, net + tax = gross, each tax line is rate x base.

Differences of up to one minor unit of the invoice's currency are rounding, not errors."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from core.models import Invoice, Severity, ValidationIssue
from expectations._common import RuleContext, issue, tolerance


def lines_sum_to_net(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    amounts = [line.net_amount for line in invoice.lines]
    if invoice.net_total is None or not amounts or any(a is None for a in amounts):
        return
    total = sum((a for a in amounts if a is not None), Decimal(0))
    if abs(total - invoice.net_total) > tolerance(invoice.currency):
        yield issue(
            "arithmetic.lines_sum",
            Severity.ERROR,
            f"line items sum to {total}, but net_total is {invoice.net_total}",
            "lines",
            "net_total",
        )


def net_plus_tax_is_gross(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    net, tax, gross = invoice.net_total, invoice.tax_total, invoice.grand_total
    if net is None or tax is None or gross is None:
        return
    if abs(net + tax - gross) > tolerance(invoice.currency):
        yield issue(
            "arithmetic.totals",
            Severity.ERROR,
            f"net_total {net} + tax_total {tax} = {net + tax}, but grand_total is {gross}",
            "net_total",
            "tax_total",
            "grand_total",
        )


def tax_lines_match_rate(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    """Each tax line's amount is its rate times its base (skipped when there is no breakdown)."""
    limit = tolerance(invoice.currency)
    for number, line in enumerate(invoice.tax_breakdown, start=1):
        if line.rate is None or line.basis is None or line.amount is None:
            continue
        expected = line.basis * line.rate / Decimal(100)
        if abs(expected - line.amount) > limit:
            yield issue(
                "arithmetic.tax_rate",
                Severity.ERROR,
                f"tax line {number}: {line.rate} % of {line.basis} is "
                f"{_rounded(expected, limit)}, but the tax amount is {line.amount}",
                "tax_breakdown",
            )


def _rounded(value: Decimal, step: Decimal) -> Decimal:
    """`value` to the currency's minor unit, or as it is when it has too many digits for that."""
    try:
        return value.quantize(step)
    except InvalidOperation:
        return value
