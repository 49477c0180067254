"""Arithmetic per currency, tax lines, service periods, identity and duplicate rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core.models import DocumentStatus, Party, Severity, TaxLine
from core.quality import DuplicateCandidate
from expectations import validate_invoice
from tests.factories import make_invoice

TODAY = dt.date(2026, 11, 26)


def _rules(invoice, **kwargs):  # type: ignore[no-untyped-def]
    return [i.rule for i in validate_invoice(invoice, today=TODAY, **kwargs).issues]


def test_rounding_tolerance_follows_the_currency_minor_unit() -> None:
    jpy = make_invoice(currency="JPY", net_total=Decimal(1000), tax_total=Decimal(100),
                       grand_total=Decimal(1101), lines=[])  # fmt: skip
    assert _rules(jpy) == []
    assert _rules(jpy.model_copy(update={"grand_total": Decimal(1102)})) == ["arithmetic.totals"]
    bhd = make_invoice(currency="BHD", net_total=Decimal("10.000"), tax_total=Decimal("1.000"),
                       grand_total=Decimal("11.002"), lines=[])  # fmt: skip
    assert _rules(bhd) == ["arithmetic.totals"]
    assert _rules(bhd.model_copy(update={"grand_total": Decimal("11.001")})) == []


def test_each_tax_line_is_rate_times_base() -> None:
    good = TaxLine(category="S", rate=Decimal(19), basis=Decimal("100.00"), amount=Decimal("19.00"))
    bad = TaxLine(category="S", rate=Decimal(7), basis=Decimal("50.00"), amount=Decimal("5.00"))
    report = validate_invoice(make_invoice(tax_breakdown=[good, bad]), today=TODAY)
    assert [i.rule for i in report.issues] == ["arithmetic.tax_rate"]
    assert "7 % of 50.00 is 3.50" in report.issues[0].message
    assert _rules(make_invoice(tax_breakdown=[TaxLine(rate=Decimal(19))])) == []


def test_service_period_backwards_is_an_error_and_far_away_a_warning() -> None:
    backwards = make_invoice(service_period_start=dt.date(2026, 3, 1),
                             service_period_end=dt.date(2026, 2, 1))  # fmt: skip
    report = validate_invoice(backwards, today=TODAY)
    assert [(i.rule, i.severity) for i in report.issues] == [
        ("dates.service_period", Severity.ERROR)
    ]
    old = make_invoice(service_period_start=dt.date(2024, 1, 1))
    assert [(i.rule, i.severity) for i in validate_invoice(old, today=TODAY).issues] == [
        ("dates.service_period", Severity.WARNING)
    ]


@pytest.mark.parametrize(
    ("vat_id", "valid"),
    [
        ("DE136695976", True), ("DE136695977", False), ("IT00743110157", True),
        ("IT00743110158", False), ("ESA28015865", True), ("ESA28015866", False),
        ("NL004495445B01", True), ("NL004495446B01", False), ("BE0403019261", True),
        ("BE0403019262", False), ("FR40303265045", True), ("FR41303265045", False),
        ("ATU13585627", True), ("ATU13585628", False), ("EL094259216", True),
        ("US 84-1234567", True),  # no VAT format known for the country: not judged
    ],
)  # fmt: skip
def test_vat_ids_are_checked_per_country(vat_id: str, valid: bool) -> None:
    invoice = make_invoice(seller=Party(name="S", vat_id=vat_id))
    assert (_rules(invoice) == []) is valid
    if not valid:
        report = validate_invoice(invoice, today=TODAY)
        assert report.status is DocumentStatus.NEEDS_REVIEW  # an error by default
        lenient = validate_invoice(invoice, today=TODAY, identity_severity=Severity.WARNING)
        assert lenient.status is DocumentStatus.VALID


def test_iban_checksum_and_iso_4217_currency() -> None:
    good = make_invoice(seller=Party(name="S", iban="DE89 3704 0044 0532 0130 00"))
    assert _rules(good) == []
    bad = make_invoice(seller=Party(name="S", iban="DE89 3704 0044 0532 0130 01"))
    assert _rules(bad) == ["identity.iban"]
    report = validate_invoice(make_invoice(currency="XYZ"), today=TODAY)
    assert [i.rule for i in report.issues] == ["identity.currency"]
    assert report.status is DocumentStatus.NEEDS_REVIEW


def _seen(**overrides: object) -> DuplicateCandidate:
    values: dict[str, object] = {
        "document_id": "d0", "file": "first.pdf", "invoice_number": "INV-2026-0042",
        "seller_name": "Nordlicht Handel GmbH", "seller_vat_id": "DE 136 695 976",
        "currency": "EUR", "grand_total": Decimal("119.00"), "issue_date": dt.date(2026, 3, 5),
    }  # fmt: skip
    values.update(overrides)
    return DuplicateCandidate(**values)  # type: ignore[arg-type]


def test_duplicates_by_number_and_likely_by_amount_and_date() -> None:
    invoice = make_invoice()
    assert _rules(invoice, duplicates=[_seen()]) == ["duplicate.number"]
    assert _rules(invoice, duplicates=[_seen(invoice_number="OTHER")]) == ["duplicate.likely"]
    assert _rules(invoice, duplicates=[_seen(seller_vat_id="DE811569869")]) == []
    assert _rules(invoice, duplicates=[_seen(invoice_number="X", currency="USD")]) == []
    assert _rules(invoice, duplicates=None) == []


def test_a_credit_note_is_never_a_duplicate_of_its_invoice() -> None:
    credit = make_invoice(type_code="381")
    assert _rules(credit, duplicates=[_seen()]) == []
    assert _rules(credit, duplicates=[_seen(type_code="381")]) == ["duplicate.number"]
    assert _rules(make_invoice(), duplicates=[_seen(type_code="381")]) == []
