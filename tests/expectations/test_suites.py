"""The batch suite over a table of invoices: what passes, what flags the batch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.settings import Settings
from expectations.suites import BatchInvoice, check_batch
from tests.factories import make_invoice


def _batch(*invoices):  # type: ignore[no-untyped-def]
    return [BatchInvoice("acme", f"d{n}", inv) for n, inv in enumerate(invoices)]


def test_a_clean_batch_passes(settings: Settings) -> None:
    outcome = check_batch(
        _batch(make_invoice(), make_invoice(invoice_number="B")), settings=settings
    )
    assert not outcome.flagged and outcome.failed == 0 and outcome.evaluated == 11


def test_thresholds_come_from_settings(settings: Settings) -> None:
    strict = settings.model_copy(
        update={"quality_allowed_currencies": ["CHF"], "quality_max_amount": Decimal(100)}
    )
    outcome = check_batch(_batch(make_invoice()), settings=strict)
    failed = {(r.expectation, tuple(r.columns)) for r in outcome.failed_expectations}
    assert failed == {
        ("expect_column_values_to_be_in_set", ("currency",)),
        ("expect_column_values_to_be_between", ("grand_total",)),
    }


def test_completeness_and_line_arithmetic_flag_the_batch(settings: Settings) -> None:
    outcome = check_batch(
        _batch(
            make_invoice(),
            make_invoice(invoice_number=None, issue_date=None, due_date=dt.date(2026, 1, 1)),
            make_invoice(
                invoice_number="C", net_total=Decimal("90.00"), tax_total=Decimal("29.00")
            ),
        ),
        settings=settings,
    )
    failed = {r.columns[0] for r in outcome.failed_expectations}
    assert failed == {"invoice_number", "issue_date", "lines_gap"}
    (missing,) = [r for r in outcome.results if r.columns == ["invoice_number"] and not r.success]
    assert missing.observed["unexpected_count"] == 1
