"""Per-invoice business rules over the domain model.

Each rule has an id (`arithmetic.totals`, `dates.due_before_issue`, `identity.vat_id`,
`duplicate.number`, ...), a severity and a message naming the fields and values involved.
Any error makes the invoice `needs_review`; warnings keep it `valid`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Final

from core.models import DocumentStatus, Invoice, Severity, ValidationIssue, ValidationReport
from core.quality import DuplicateCandidate
from core.settings import get_settings
from expectations._common import Rule, RuleContext, issue
from expectations.arithmetic import lines_sum_to_net, net_plus_tax_is_gross, tax_lines_match_rate
from expectations.dates import due_not_before_issue, issue_date_not_in_future, service_period_sane
from expectations.duplicates import duplicates
from expectations.identity import currency_is_iso_4217, ibans_valid, vat_ids_valid


def required_fields(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    for field in ("invoice_number", "issue_date", "grand_total"):
        if getattr(invoice, field) is None:
            yield issue(f"required.{field}", Severity.ERROR, f"{field} was not found", field)
    if invoice.currency is None:
        yield issue("required.currency", Severity.WARNING, "currency was not found", "currency")
    if not invoice.seller.name:
        yield issue("required.seller", Severity.WARNING, "seller name was not found", "seller")


RULES: Final[tuple[Rule, ...]] = (
    required_fields,
    lines_sum_to_net,
    net_plus_tax_is_gross,
    tax_lines_match_rate,
    issue_date_not_in_future,
    due_not_before_issue,
    service_period_sane,
    currency_is_iso_4217,
    vat_ids_valid,
    ibans_valid,
    duplicates,
)


def status_of(issues: Sequence[ValidationIssue]) -> DocumentStatus:
    if any(found.severity is Severity.ERROR for found in issues):
        return DocumentStatus.NEEDS_REVIEW
    return DocumentStatus.VALID


def validate_invoice(
    invoice: Invoice,
    *,
    today: dt.date | None = None,
    duplicates: Sequence[DuplicateCandidate] | None = None,
    identity_severity: Severity | None = None,
) -> ValidationReport:
    """Run every rule; errors make the invoice `needs_review`, warnings keep it `valid`.

    `duplicates` are the earlier invoices that may be the same bill (see
    `expectations.lookup.stored_duplicates`); None skips the duplicate rules."""
    context = RuleContext(
        today=today or dt.date.today(),
        duplicates=duplicates,
        identity_severity=identity_severity or Severity(get_settings().quality_identity_severity),
    )
    issues = [found for rule in RULES for found in rule(invoice, context)]
    return ValidationReport(status=status_of(issues), issues=issues)
