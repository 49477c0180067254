"""Header fields on small PDFs drawn here: an invoice number printed as digit groups with a
word space ("2608 29478") read whole, never glued to a year after it; a date under a "dated"
word that continues a label of another document (an order, the invoice this one supersedes)
never taken for the issue date; "Date of bill" as an issue date label; a document word with a
reference word ("Documentkenmerk") as an invoice number label; and the last day to pay printed
only in a closing sentence about the amount reaching the seller."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _grid(row: list[tuple[str, str]], footer: str = "") -> Invoice:
    """A seller, a buyer, a row of labels with each value under its label, and totals."""
    doc, page = a4_page()
    write(page, 40, 58, "Kestrel Survey Partners Ltd", fontsize=14, fontname="hebo")
    write(page, 40, 72, "2 Ship Quay, Bristol BS1 4QA", fontsize=8)
    write(page, 420, 58, "Invoice", fontsize=16, fontname="hebo")
    write(page, 40, 110, "Bill to", fontsize=8)
    write(page, 40, 122, "Thornbury Dental Group Ltd", fontsize=9)
    write(page, 40, 133, "18 Castle Street, Shrewsbury", fontsize=9)
    x = 40.0
    for key, value in row:
        write(page, x, 200, key, fontsize=7)
        write(page, x, 214, value, fontsize=9)
        x += 95
    for y, label, amount in [(400, "Net", "100.00"), (414, "VAT 20%", "20.00"),
                             (428, "Total to pay", "120.00")]:  # fmt: skip
        write(page, 330, y, label, fontsize=9)
        write(page, 500, y, amount, fontsize=9)
    if footer:
        write(page, 40, 470, footer, fontsize=8)
    return read_drawn(doc)


@pytest.mark.parametrize("label", ["Bill reference", "Invoice no.", "Documentkenmerk"])
def test_a_number_printed_in_digit_groups_is_read_whole(label: str) -> None:
    invoice = _grid([(label, "2608 29478"), ("Date of bill", "7 August 2026")])
    assert invoice.invoice_number == "2608 29478"
    assert invoice.issue_date == dt.date(2026, 8, 7)


def test_a_year_after_a_number_is_not_glued_to_it() -> None:
    invoice = _grid([("Invoice no.", "48213 2026"), ("Invoice date", "7 August 2026")])
    assert invoice.invoice_number == "48213"


@pytest.mark.parametrize("label", ["Documentkenmerk", "Document identifier", "Belegkennung"])
def test_a_document_word_with_a_reference_word_numbers_the_invoice(label: str) -> None:
    invoice = _grid([(label, "SN202686782"), ("Date", "16/05/2026")])
    assert invoice.invoice_number == "SN202686782"


@pytest.mark.parametrize(
    ("row", "issued"),
    [
        ([("Your order dated", "22 July 2026"), ("Our document number", "172/26"),
          ("Document dated", "21 September 2026")], dt.date(2026, 9, 21)),
        ([("Ihre Bestellung vom", "22.07.2026"), ("Rechnungsnr.", "172/26"),
          ("vom", "21.09.2026")], dt.date(2026, 9, 21)),
        ([("Bill reference", "FV/839/01/2026"), ("Supersedes invoice", "FV/206/12/2025"),
          ("dated", "16/12/2025"), ("Date of bill", "16/01/2026")], dt.date(2026, 1, 16)),
        ([("Vervangt factuur", "FV/516/12/2025"), ("d.d.", "22-12-2025"),
          ("Factuurnummer", "FV/408/01/2026"), ("d.d.", "24-01-2026")], dt.date(2026, 1, 24)),
    ],
)  # fmt: skip
def test_a_date_of_another_document_is_not_the_issue_date(
    row: list[tuple[str, str]], issued: dt.date
) -> None:
    assert _grid(row).issue_date == issued


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Please make sure the amount reaches us by 1 October 2026.", dt.date(2026, 10, 1)),
        ("Merci de veiller à ce que le montant nous parvienne le 14 août 2026 au plus tard.",
         dt.date(2026, 8, 14)),
        ("Rogamos que el importe nos llegue como tarde el 2 de febrero de 2026.",
         dt.date(2026, 2, 2)),
        ("Vi preghiamo di far pervenire l'importo entro il 25 febbraio 2026.",
         dt.date(2026, 2, 25)),
    ],
)  # fmt: skip
def test_the_last_day_to_pay_in_a_closing_sentence(sentence: str, due: dt.date) -> None:
    invoice = _grid([("Invoice no.", "INV-4471"), ("Invoice date", "01/01/2026")], sentence)
    assert invoice.due_date == due


def test_a_date_key_after_an_order_value_is_still_the_issue_date() -> None:
    doc, page = a4_page()
    write(page, 40, 58, "Kestrel Survey Partners Ltd", fontsize=14, fontname="hebo")
    write(page, 420, 58, "Invoice INV-4471", fontsize=16, fontname="hebo")
    write(page, 40, 122, "Thornbury Dental Group Ltd", fontsize=9)
    write(page, 40, 200, "Order: PO-1234", fontsize=9)
    write(page, 200, 200, "Date: 07.08.2026", fontsize=9)
    write(page, 330, 428, "Total to pay", fontsize=9)
    write(page, 500, 428, "120.00", fontsize=9)
    assert read_drawn(doc).issue_date == dt.date(2026, 8, 7)
