"""Per-invoice business rules: each failure names its rule, severity and values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.models import DocumentStatus, LineItem, Severity
from expectations import validate_invoice
from tests.factories import make_invoice

TODAY = dt.date(2026, 11, 26)


def _rules(report: object) -> list[str]:
    return [issue.rule for issue in report.issues]  # type: ignore[attr-defined]


def test_a_consistent_invoice_is_valid() -> None:
    report = validate_invoice(make_invoice(), today=TODAY)
    assert report.status is DocumentStatus.VALID
    assert report.issues == []


def test_lines_that_do_not_sum_to_net_need_review() -> None:
    invoice = make_invoice(
        lines=[LineItem(description="x", net_amount=Decimal("99.98"))],
    )
    report = validate_invoice(invoice, today=TODAY)
    assert report.status is DocumentStatus.NEEDS_REVIEW
    assert _rules(report) == ["arithmetic.lines_sum"]
    assert "99.98" in report.issues[0].message and "100.00" in report.issues[0].message


def test_a_one_cent_rounding_difference_is_tolerated() -> None:
    invoice = make_invoice(grand_total=Decimal("119.01"))
    assert validate_invoice(invoice, today=TODAY).status is DocumentStatus.VALID


def test_net_plus_tax_not_gross_needs_review() -> None:
    report = validate_invoice(make_invoice(grand_total=Decimal("120.00")), today=TODAY)
    assert _rules(report) == ["arithmetic.totals"]
    assert report.issues[0].fields == ["net_total", "tax_total", "grand_total"]


def test_swapped_dates_and_future_dates_need_review() -> None:
    swapped = make_invoice(issue_date=dt.date(2026, 4, 4), due_date=dt.date(2026, 3, 5))
    assert _rules(validate_invoice(swapped, today=TODAY)) == ["dates.due_before_issue"]
    future = make_invoice(issue_date=dt.date(2027, 1, 1), due_date=None)
    assert _rules(validate_invoice(future, today=TODAY)) == ["dates.future_issue"]


def test_missing_key_fields_are_errors_and_missing_currency_a_warning() -> None:
    report = validate_invoice(
        make_invoice(invoice_number=None, grand_total=None, currency=None), today=TODAY
    )
    assert report.status is DocumentStatus.NEEDS_REVIEW
    severities = {issue.rule: issue.severity for issue in report.issues}
    assert severities == {
        "required.invoice_number": Severity.ERROR,
        "required.grand_total": Severity.ERROR,
        "required.currency": Severity.WARNING,
    }


def test_warnings_alone_keep_an_invoice_valid() -> None:
    report = validate_invoice(make_invoice(currency=None), today=TODAY)
    assert report.status is DocumentStatus.VALID
    assert _rules(report) == ["required.currency"]
