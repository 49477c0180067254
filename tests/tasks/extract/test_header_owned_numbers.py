"""Invoice number labels the seller calls its own ("Unsere Rechnungsnummer", "Notre numéro de
facture", "Sales ledger ref."), and a label in running text or a footer line below a label,
which never give the number."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tasks.extract._labels import match_label
from tasks.extract._parse import fold
from tests.tasks.extract.pdfs import a4_page, header_grid, read_drawn, write, write_totals


@pytest.mark.parametrize(
    "label",
    [
        "Unsere Rechnungsnummer",
        "Unsere Rechnungs-Nr.",
        "Notre numéro de facture",
        "Nuestro número de factura",
        "Nostro numero fattura",
        "Ons factuurnummer",
        "Sales ledger ref.",
        "Our ledger no.",
    ],
)
def test_a_number_label_of_our_own_is_read_whole(label: str) -> None:
    found = match_label(fold(label))
    assert found is not None
    assert (found.field, found.end) == ("invoice_number", len(fold(label)))


def test_a_sales_ledger_reference_left_of_its_value_is_the_number() -> None:
    doc, page = header_grid(
        [("Sales ledger ref.", "W34972"), ("Date of this invoice", "2026-10-25")]
    )
    write_totals(page)
    assert read_drawn(doc).invoice_number == "W34972"


def _footer_page(sentence: str, footer: str) -> Invoice:
    """A page whose only mention of the number is `sentence`, with `footer` printed below."""
    doc, page = a4_page()
    write(page, 40, 40, "Schiffsausrüstung Kieler Förde GmbH", fontsize=12)
    write(page, 40, 52, "Kiellinie 220, 24106 Kiel", fontsize=8)
    write(page, 40, 140, "Dr. Henrike Staalsen-Broder", fontsize=10)
    write(page, 40, 152, "Düsternbrooker Weg 58, 24105 Kiel", fontsize=10)
    write(page, 330, 70, "Rechnung", fontsize=16)
    write(page, 330, 90, "Datum 12.03.2026", fontsize=9)
    write_totals(page)
    write(page, 40, 760, sentence, fontsize=8)
    write(page, 40, 778, footer, fontsize=7)
    return read_drawn(doc)


def test_a_label_in_a_sentence_never_takes_the_footer_below() -> None:
    invoice = _footer_page(
        "Zahlbar bis 2026-04-12 per Überweisung mit der Belegnummer als Verwendungszweck.",
        "24106 Kiel · Kiellinie 220 · Schiffsausrüstung Kieler Förde GmbH",
    )
    assert invoice.invoice_number is None


def test_a_label_never_takes_a_number_deep_in_the_line_below() -> None:
    invoice = _footer_page(
        "Please state the invoice number",
        "Schiffsausrüstung Kieler Förde GmbH · Kiellinie 220 · 24106 Kiel",
    )
    assert invoice.invoice_number is None


def test_a_value_opening_the_line_below_its_label_is_still_read() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 330, 70, "Invoice", fontsize=16)
    write(page, 330, 100, "Invoice number", fontsize=8)
    write(page, 330, 112, "INV-4471 of 12.03.2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).invoice_number == "INV-4471"


def test_a_street_named_in_one_word_below_a_label_is_no_number() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 330, 70, "Rechnung", fontsize=16)
    write(page, 330, 100, "Rechnungsnummer", fontsize=8)
    write(page, 330, 112, "Hafenstraße 33, 47119 Duisburg", fontsize=8)
    write_totals(page)
    assert read_drawn(doc).invoice_number is None
