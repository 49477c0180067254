"""Invoice-number labels built from a reference, identifier or number word and a word for the
bill (a note, a statement, a charge, a collection, a settlement) in either order, perhaps after
"our", in en, de, fr, es, it and nl; and the German phrasings of the settlement day and of the
last day for the money to come in, on small PDFs drawn here."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(title: str, rows: list[tuple[str, str]]) -> Invoice:
    """A seller line, a title, key/value rows on the right, a buyer block and totals."""
    doc, page = a4_page()
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, 50, 90, title, fontsize=18)
    for i, (key, value) in enumerate(rows):
        write(page, 330, 90 + 14 * i, key)
        write(page, 490, 90 + 14 * i, value)
    write(page, 50, 300, "Tischlerei Oltmanns")
    write(page, 50, 312, "Deichweg 5, 26506 Norden")
    totals = ("100,00 EUR", "19,00 EUR", "119,00 EUR")
    for y, label, value in zip((420, 434, 448), ("Net", "VAT 19 %", "Total"), totals, strict=True):
        write(page, 300, y, label)
        write(page, 470, y, value)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("title", "label", "number"),
    [
        ("Facture", "Référence de la note", "MR/2611/0757"),
        ("Facture", "Notre n° de relevé", "PC 65515"),
        ("Factura", "Referencia de cargo", "T27-2485"),
        ("Factura", "Nuestro n.º de cobro", "617.26"),
        ("Fattura", "Riferimento addebito", "W 92168 27"),
        ("Fattura", "Nostro n. di conto", "MR/2607/2873"),
        ("Factuur", "Notakenmerk", "PC 86299"),
        ("Factuur", "Ons afrekeningsnr.", "T26-5341"),
        ("Rechnung", "Unsere Abrechnungsnr.", "T26-7463"),
        ("Invoice", "Our billing no.", "W 65497 26"),
        ("Facture", "Réf. du relevé", "RL-4471"),
        ("Invoice", "Statement no.", "ST-20931"),
    ],
)  # fmt: skip
def test_a_reference_or_number_word_with_a_bill_word_labels_the_number(
    title: str, label: str, number: str
) -> None:
    invoice = _page(title, [(label, number), ("Date", "08.10.2026")])
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Nostro n. di conto corrente", "000012345678"),
        ("Référence du relevé d'identité bancaire", "30004-01234"),
        ("N° de note de crédit", "NC-2231"),
    ],
)
def test_a_bank_account_or_another_note_is_not_the_invoice_number(label: str, value: str) -> None:
    invoice = _page("Fattura", [(label, value), ("Fattura n.", "FT-0077"), ("Data", "08.10.2026")])
    assert invoice.invoice_number == "FT-0077"


@pytest.mark.parametrize(
    ("issue_label", "due_label"),
    [
        ("Tag der Abrechnung", "Zahlungseingang erwartet"),
        ("Abgerechnet am", "Ausgleich bis"),
        ("Datum der Rechnungsstellung", "Zu überweisen bis"),
        ("Abrechnungstag", "Begleichung spätestens am"),
        ("Tag der Abrechnung", "Geldeingang bis"),
    ],
)
def test_german_settlement_and_money_in_labels_read_the_dates(
    issue_label: str, due_label: str
) -> None:
    invoice = _page(
        "Rechnung",
        [("Rechnungsnr.", "T26-7463"), (issue_label, "8. Oktober 2026"), (due_label, "28.10.2026")],
    )
    assert invoice.issue_date == dt.date(2026, 10, 8)
    assert invoice.due_date == dt.date(2026, 10, 28)
