"""A label of another day that an invoice word shares ("Rechnungs-/Lieferdatum", "Invoice &
delivery date") dates the invoice: its one date is the issue date."""

from __future__ import annotations

import datetime

import pytest

from tests.tasks.extract.pdfs import header_grid, read_drawn, write_totals


@pytest.mark.parametrize(
    "label",
    ["Rechnungs-/Lieferdatum", "Rechnungs- und Lieferdatum", "Rechnungs- u. Leistungsdatum",
     "Invoice/delivery date", "Invoice & supply date", "Invoice and delivery date",
     "Factuur-/leverdatum", "Factuur- en leverdatum"],
)  # fmt: skip
def test_an_invoice_word_sharing_a_delivery_date_label_dates_the_invoice(label: str) -> None:
    doc, page = header_grid(
        [("Invoice no.", "4711"), (label, "03.03.2026"), ("Payment due", "02.04.2026")]
    )
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.due_date == datetime.date(2026, 4, 2)
    assert invoice.invoice_number == "4711"


def test_an_invoice_word_sharing_an_address_label_dates_nothing() -> None:
    doc, page = header_grid(
        [("Invoice no.", "4711"), ("Rechnungs-/Lieferanschrift", "Lager Nord"),
         ("Lieferdatum", "03.03.2026"), ("Payment due", "02.04.2026")]
    )  # fmt: skip
    write_totals(page)
    assert read_drawn(doc).issue_date is None
