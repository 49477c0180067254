"""Layout rules on small PDFs drawn here: labels inside running text, line-item tables by column
geometry, party blocks with field lines, German total wording and the amount due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pymupdf

from tasks.extract import extract_document
from tasks.extract._labels import find_labels
from tests.tasks.extract.pdfs import pdf_bytes, read_drawn, write


def _letter(title: str) -> pymupdf.Document:
    """A German letter: sender line above the address window, party blocks with field lines,
    the title with number and date inline, and the German totals block."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, title, fontsize=14)
    write(page, 50, 100, "Verkäufer:")
    write(page, 50, 112, "Nummer")
    write(page, 140, 112, ": 549910")
    write(page, 50, 124, "Globale Nummer: 4000001123452 (GTIN)")
    write(page, 50, 136, "Lieferant GmbH")
    write(page, 50, 148, "Lieferantenstraße 20")
    write(page, 50, 160, "USt.-Id.-Nr. : DE123456789")
    write(page, 50, 190, "Käufer:")
    write(page, 50, 202, "Nummer")
    write(page, 140, 202, ": GE2020211")
    write(page, 50, 214, "Kunden AG Mitte")
    write(page, 50, 226, "Kundenstraße 15")
    write(page, 300, 400, "Rechnungssumme ohne USt.")
    write(page, 500, 400, "473,00")
    write(page, 300, 414, "Steuerbetrag")
    write(page, 470, 414, "EUR")
    write(page, 500, 414, "56,87")
    write(page, 300, 428, "Bruttosumme")
    write(page, 500, 428, "529,87")
    write(page, 300, 442, "Erhaltene Anzahlungen")
    write(page, 500, 442, "-29,87")
    write(page, 300, 456, "Zahlbetrag")
    write(page, 500, 456, "500,00")
    return doc


def test_number_and_date_inside_a_title_line() -> None:
    # A non-breaking space between the words must not matter.
    invoice = read_drawn(_letter("Handelsrechnung Nr.\u00a0471102 vom 05.03.2018"))
    assert invoice.invoice_number == "471102"
    assert invoice.issue_date == dt.date(2018, 3, 5)
    assert invoice.evidence["issue_date"].source.endswith("+date cue")


def test_number_after_a_bracketed_type_in_the_title() -> None:
    invoice = read_drawn(
        _letter("Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. RK-7 vom 16.09.2018")
    )
    assert invoice.invoice_number == "RK-7"
    assert invoice.issue_date == dt.date(2018, 9, 16)


def test_german_totals_wording_and_amount_due() -> None:
    invoice = read_drawn(_letter("Rechnung Nr. 10045 vom 01.02.2024"))
    assert invoice.net_total == Decimal("473.00")
    assert invoice.tax_total == Decimal("56.87")
    assert invoice.grand_total == Decimal("529.87")
    assert invoice.amount_due == Decimal("500.00")
    assert invoice.currency == "EUR"


def test_party_blocks_skip_their_field_lines() -> None:
    invoice = read_drawn(_letter("Rechnung Nr. 10045 vom 01.02.2024"))
    assert invoice.seller.name == "Lieferant GmbH"
    assert invoice.buyer.name == "Kunden AG Mitte"


def test_amount_due_defaults_to_the_grand_total() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, "Acme Ltd", fontsize=14)
    write(page, 50, 100, "Invoice No. A-17 dated 5 March 2026")
    write(page, 300, 300, "Subtotal")
    write(page, 500, 300, "100.00")
    write(page, 300, 314, "VAT 20%")
    write(page, 500, 314, "20.00")
    write(page, 300, 328, "Total")
    write(page, 500, 328, "120.00")
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "A-17"
    assert invoice.issue_date == dt.date(2026, 3, 5)
    assert invoice.amount_due == Decimal("120.00")
    assert invoice.evidence["amount_due"].source == "arithmetic:grand total"


def _table_doc(header: list[tuple[float, str]], rows: list[list[tuple[float, str]]]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 50, "Alpenblick AG", fontsize=14)
    write(page, 350, 80, "Rechnung Nr. CH-2024-9")
    write(page, 350, 94, "Datum: 12.04.2024")
    y = 200.0
    for x, text in header:
        write(page, x, y, text)
    for row in rows:
        y += 14
        for x, text in row:
            write(page, x, y, text)
    y += 30
    write(page, 330, y, "Zwischensumme")
    write(page, 500, y, "1'300.00")
    write(page, 330, y + 14, "MwSt. 8.1%")
    write(page, 500, y + 14, "105.30")
    write(page, 330, y + 28, "Total CHF")
    write(page, 500, y + 28, "1'405.30")
    return pdf_bytes(doc)


def test_table_with_position_column_and_currency_in_the_header() -> None:
    header = [(50, "#"), (80, "Bezeichnung"), (300, "Menge"), (360, "Preis"), (470, "Betrag CHF")]
    rows = [
        [(50, "1"), (80, "Beratung Netzwerk"), (310, "4"), (360, "150.00"), (490, "600.00")],
        [(80, "vor Ort, Zürich")],
        [(50, "2"), (80, "Router Modell X"), (310, "2"), (360, "350.00"), (490, "700.00")],
    ]
    extraction = extract_document(
        _table_doc(header, rows), filename="t.pdf", max_bytes=10_000_000, max_pages=10
    )
    invoice = extraction.invoice
    assert invoice is not None
    got = [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines]
    assert got == [
        ("Beratung Netzwerk vor Ort, Zürich", Decimal(4), Decimal("150.00"), Decimal("600.00")),
        ("Router Modell X", Decimal(2), Decimal("350.00"), Decimal("700.00")),
    ]
    assert invoice.net_total == Decimal("1300.00")
    assert invoice.grand_total == Decimal("1405.30")
    assert invoice.currency == "CHF"
    assert invoice.evidence["lines"].confidence == 0.9  # rows check out and add up
    assert "line items do not add up to the net total" not in invoice.warnings


def test_table_header_wrapped_over_two_lines_and_notes_between_items() -> None:
    header = [(50, "Pos"), (100, "Beschreibung"), (300, "Einzelpreis"), (380, "Menge"),
              (470, "Positions-")]  # fmt: skip
    rows = [
        [(470, "betrag")],
        [(50, "1"), (100, "Kunstrasen"), (300, "325.00"), (390, "4"), (490, "1300.00")],
        [(50, "KR3M"), (100, "grün 3m")],
        [(100, "Bruttopreis : 340.00")],
    ]
    invoice = extract_document(
        _table_doc(header, rows), filename="t.pdf", max_bytes=10_000_000, max_pages=10
    ).invoice
    assert invoice is not None
    got = [(i.description, i.quantity, i.net_amount) for i in invoice.lines]
    assert got == [("Kunstrasen grün 3m", Decimal(4), Decimal("1300.00"))]


def test_labels_are_found_anywhere_and_the_longest_wins() -> None:
    found = [(start, m.field, m.end) for start, m in find_labels("total ht 12,00 total ttc 14,00")]
    assert found == [(0, "net_total", 8), (15, "grand_total", 24)]
    assert [m.field for _, m in find_labels("due date:")] == ["due_date"]
    assert [m.field for _, m in find_labels("kaufer/leistungsempfanger:")] == ["buyer", "buyer"]


def test_item_whose_amount_is_printed_a_line_lower() -> None:
    header = [(50, "Pos"), (100, "Produkt"), (300, "Nettopreis"), (380, "Menge"),
              (470, "Nettobetrag")]  # fmt: skip
    rows = [
        [(50, "1"), (100, "Trennblätter A4"), (300, "65.00"), (390, "20")],
        [(490, "1300.00")],
    ]
    invoice = extract_document(
        _table_doc(header, rows), filename="t.pdf", max_bytes=10_000_000, max_pages=10
    ).invoice
    assert invoice is not None
    got = [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines]
    assert got == [("Trennblätter A4", Decimal(20), Decimal("65.00"), Decimal("1300.00"))]


def test_tax_label_with_its_rate_takes_the_value_to_the_right() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, "Muster GmbH", fontsize=14)
    write(page, 50, 100, "Rechnung Nr. RE-1002 vom 05.03.2026")
    write(page, 340, 300, "Nettobetrag")
    write(page, 500, 300, "300,00 €")
    write(page, 340, 314, "MwSt. 19 %")
    write(page, 500, 314, "57,00 €")
    write(page, 340, 328, "Gesamtbetrag")
    write(page, 500, 328, "367,00 €")
    invoice = read_drawn(doc)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("300.00"), Decimal("57.00"), Decimal("367.00"),
    )  # fmt: skip
    assert "net total plus tax does not equal the grand total" in invoice.warnings
