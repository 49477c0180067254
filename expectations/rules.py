"""Per-invoice business rules over the domain model.

Each rule has an id, a severity and a message naming the fields and values involved. Any error
makes the invoice `needs_review`; warnings keep it `valid`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Final

from core.models import DocumentStatus, Invoice, Severity, ValidationIssue, ValidationReport

TOLERANCE: Final = Decimal("0.01")

Rule = Callable[[Invoice, dt.date], Iterator[ValidationIssue]]


def _issue(rule: str, severity: Severity, message: str, *fields: str) -> ValidationIssue:
    return ValidationIssue(rule=rule, severity=severity, message=message, fields=list(fields))


def required_fields(invoice: Invoice, _today: dt.date) -> Iterator[ValidationIssue]:
    for field in ("invoice_number", "issue_date", "grand_total"):
        if getattr(invoice, field) is None:
            yield _issue(f"required.{field}", Severity.ERROR, f"{field} was not found", field)
    if invoice.currency is None:
        yield _issue("required.currency", Severity.WARNING, "currency was not found", "currency")
    if not invoice.seller.name:
        yield _issue("required.seller", Severity.WARNING, "seller name was not found", "seller")


def lines_sum_to_net(invoice: Invoice, _today: dt.date) -> Iterator[ValidationIssue]:
    amounts = [line.net_amount for line in invoice.lines]
    if invoice.net_total is None or not amounts or any(a is None for a in amounts):
        return
    total = sum((a for a in amounts if a is not None), Decimal(0))
    if abs(total - invoice.net_total) > TOLERANCE:
        yield _issue(
            "arithmetic.lines_sum",
            Severity.ERROR,
            f"line items sum to {total}, but net_total is {invoice.net_total}",
            "lines",
            "net_total",
        )


def net_plus_tax_is_gross(invoice: Invoice, _today: dt.date) -> Iterator[ValidationIssue]:
    net, tax, gross = invoice.net_total, invoice.tax_total, invoice.grand_total
    if net is None or tax is None or gross is None:
        return
    if abs(net + tax - gross) > TOLERANCE:
        yield _issue(
            "arithmetic.totals",
            Severity.ERROR,
            f"net_total {net} + tax_total {tax} = {net + tax}, but grand_total is {gross}",
            "net_total",
            "tax_total",
            "grand_total",
        )


def dates_in_order(invoice: Invoice, today: dt.date) -> Iterator[ValidationIssue]:
    issued, due = invoice.issue_date, invoice.due_date
    if issued is not None and issued > today:
        yield _issue(
            "dates.future_issue",
            Severity.ERROR,
            f"issue_date {issued} is in the future (today is {today})",
            "issue_date",
        )
    if issued is not None and due is not None and due < issued:
        yield _issue(
            "dates.due_before_issue",
            Severity.ERROR,
            f"due_date {due} is before issue_date {issued}",
            "due_date",
            "issue_date",
        )


RULES: Final[tuple[Rule, ...]] = (
    required_fields,
    lines_sum_to_net,
    net_plus_tax_is_gross,
    dates_in_order,
)


def validate_invoice(invoice: Invoice, *, today: dt.date | None = None) -> ValidationReport:
    """Run every rule; errors make the invoice `needs_review`, warnings keep it `valid`."""
    today = today or dt.date.today()
    issues = [issue for rule in RULES for issue in rule(invoice, today)]
    status = (
        DocumentStatus.NEEDS_REVIEW
        if any(issue.severity is Severity.ERROR for issue in issues)
        else DocumentStatus.VALID
    )
    return ValidationReport(status=status, issues=issues)
