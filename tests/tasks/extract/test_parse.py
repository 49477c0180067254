"""Amounts, dates and currencies as invoices in six languages print them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tasks.extract._parse import currencies, find_money, parse_date, to_decimal


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("£4,222.82", "4222.82"),
        ("36.180,68 €", "36180.68"),
        ("Fr. 6\u00a0240,38", "6240.38"),
        ("CHF 1'234.50", "1234.50"),
        ("€ 11.753,92", "11753.92"),
        ("-88,50 €", "-88.50"),
        ("USD 2,208.30", "2208.30"),
        ("IVA 21% 1.234,56", "1234.56"),
    ],
)
def test_find_money_reads_either_decimal_separator(text: str, amount: str) -> None:
    found = find_money(text)
    assert found is not None
    assert found[0] == Decimal(amount)


def test_percentages_and_dates_are_not_amounts() -> None:
    assert find_money("VAT 20.00%") is None
    assert find_money("05.03.2026") is None


def test_quantities_follow_the_documents_decimal_separator() -> None:
    assert to_decimal("1.000", ",") == Decimal(1000)
    assert to_decimal("2,5", ",") == Decimal("2.5")
    assert to_decimal("1,5", ".") == Decimal("1.5")


@pytest.mark.parametrize(
    "text",
    [
        "05.03.2026", "5 March 2026", "05/03/2026", "2026-03-05", "5. März 2026", "5 mars 2026",
        "5 de marzo de 2026", "5 marzo 2026", "5 maart 2026", "March 5, 2026", "05-Mar-2026",
    ],
)  # fmt: skip
def test_parse_date_reads_local_formats(text: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert found[0] == dt.date(2026, 3, 5)


def test_month_first_only_when_asked() -> None:
    assert parse_date("03/04/2026", month_first=True) == (dt.date(2026, 3, 4), "03/04/2026")
    assert parse_date("13/04/2026", month_first=True) == (dt.date(2026, 4, 13), "13/04/2026")
    assert parse_date("1er février 2026") == (dt.date(2026, 2, 1), "1er février 2026")


def test_currencies_from_codes_and_symbols() -> None:
    found = [code for code, _ in currencies("£5 · 3 € · CHF 4 · Fr. 2 · US$ 9 · IBAN CH93")]
    assert found == ["GBP", "EUR", "CHF", "CHF", "USD"]
