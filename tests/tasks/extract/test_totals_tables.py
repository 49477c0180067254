"""Totals by arithmetic and line items by geometry, on small PDFs drawn here: totals whose
labels name no known phrase, several VAT rates without a tax total, a grid of totals under a
header row, tables running over two pages with carried-forward lines, article-number and EAN
columns, wrapped headers, tables without a header we can read, credit notes printed negative."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tasks.extract._roles import total_role
from tests.tasks.extract.pdfs import read_drawn, write


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    return doc.new_page(width=595, height=842)


def _head(page: pymupdf.Page, title: str = "Invoice") -> None:
    write(page, 40, 50, "Brightwater Supplies Ltd", fontsize=14)
    write(page, 40, 100, title, fontsize=18)
    write(page, 40, 130, "Invoice No. BW-20931")
    write(page, 300, 130, "Date: 2026-04-14")


def _totals(doc: pymupdf.Document) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    invoice = read_drawn(doc)
    return invoice.net_total, invoice.tax_total, invoice.grand_total


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Goods value", "net_total"),
        ("Warenwert netto", "net_total"),
        ("Total marchandises HT", "net_total"),
        ("Base imponible total", "net_total"),
        ("Totale merce", "net_total"),
        ("Goederen excl. btw", "net_total"),
        ("Rechnungssumme ohne USt.", "net_total"),
        ("VAT at 20%", "tax_total"),
        ("Umsatzsteuer gesamt", "tax_total"),
        ("Total TVA", "tax_total"),
        ("Total cuota IVA", "tax_total"),
        ("Totaal btw", "tax_total"),
        ("Total incl. VAT", "grand_total"),
        ("Bruttosumme", "grand_total"),
        ("Total TTC", "grand_total"),
        ("Balance due", "amount_due"),
        ("Net à régler", "amount_due"),
        ("Líquido a pagar", "amount_due"),
        ("Netto a pagare", "amount_due"),
        ("Totaal te voldoen", "amount_due"),
        ("Carried forward", "carry"),
        ("Übertrag", "carry"),
        ("À reporter", "carry"),
        ("Suma y sigue", "carry"),
        ("Riporto", "carry"),
        ("Erhaltene Anzahlungen", "paid"),
        ("Gesamtbetrag der Abschläge", "adjust"),
        ("Bench pH meter", None),
    ],
)
def test_totals_words_name_their_role_by_concept(label: str, role: str | None) -> None:
    assert total_role(label) == role


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("ref. article", "code"),
        ("art.-nr.", "code"),
        ("item code", "code"),
        ("code ean", "code"),
        ("codice art.", "code"),
        ("article", "description"),
        ("artikelbeschreibung", "description"),
        ("each", "unit_price"),
        ("prezzo un.", "unit_price"),
        ("value", "net_amount"),
        ("wert", "net_amount"),
        ("aliq.", "tax_rate"),
    ],
)
def test_column_names_in_many_wordings(header: str, kind: str) -> None:
    assert match_column(header) == kind


def test_wrapped_header_cells_may_add_qualifiers() -> None:
    assert match_column("positions- betrag ohne ust.", wrapped=True) == "net_amount"
    assert match_column("preis/ einheit", wrapped=True) == "unit_price"
    assert match_column("positions- betrag ohne ust.") is None


def _item_table(page: pymupdf.Page, y: float, rows: list[tuple[str, str, str, str]]) -> float:
    write(page, 40, y, "Description", fontsize=8)
    write(page, 300, y, "Qty", fontsize=8)
    write(page, 380, y, "Unit price", fontsize=8)
    write(page, 480, y, "Amount", fontsize=8)
    for description, quantity, price, amount in rows:
        y += 18
        write(page, 40, y, description, fontsize=9)
        write(page, 300, y, quantity, fontsize=9)
        write(page, 380, y, price, fontsize=9)
        write(page, 480, y, amount, fontsize=9)
    return y


def test_totals_with_unknown_labels_are_chosen_by_arithmetic_and_end_the_table() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page)
    y = _item_table(page, 220, [("Bench pH meter", "2", "100.00", "200.00"),
                                ("Wash bottle 500 ml", "4", "12.50", "50.00")])  # fmt: skip
    write(page, 360, y + 30, "Merchandise", fontsize=9)
    write(page, 480, y + 30, "250.00", fontsize=9)
    write(page, 360, y + 48, "Levy 20%", fontsize=9)
    write(page, 480, y + 48, "50.00", fontsize=9)
    write(page, 360, y + 66, "To settle", fontsize=9)
    write(page, 480, y + 66, "300.00", fontsize=9)
    invoice = read_drawn(doc)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("250.00"), Decimal("50.00"), Decimal("300.00"),
    )  # fmt: skip
    assert [line.description for line in invoice.lines] == ["Bench pH meter", "Wash bottle 500 ml"]


def test_several_vat_rates_without_a_tax_total_add_up_to_the_tax() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page, "Rechnung")
    y = _item_table(page, 220, [("Kaffee", "10", "10,00", "100,00"),
                                ("Tasse", "5", "20,00", "100,00")])  # fmt: skip
    rows = (("Zwischensumme", "200,00"), ("MwSt. 7 %", "7,00"), ("MwSt. 19 %", "19,00"),
            ("Gesamtbetrag", "226,00"))  # fmt: skip
    for k, (label, value) in enumerate(rows):
        write(page, 360, y + 30 + 18 * k, label, fontsize=9)
        write(page, 480, y + 30 + 18 * k, value, fontsize=9)
    assert _totals(doc) == (Decimal("200.00"), Decimal("26.00"), Decimal("226.00"))


def test_a_grid_of_totals_under_a_header_row_takes_its_last_row() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page)
    y = _item_table(page, 220, [("Widget", "1", "100.00", "100.00"),
                                ("Gadget", "1", "50.00", "50.00")])  # fmt: skip
    y += 60
    for x, name in ((60, "Net"), (200, "VAT"), (330, "Rate"), (460, "Gross")):
        write(page, x, y, name, fontsize=8)
    grid = (("100.00", "7.00", "7 %", "107.00"), ("50.00", "10.00", "20 %", "60.00"),
            ("150.00", "17.00", "", "167.00"))  # fmt: skip
    for row in grid:
        y += 14
        for x, text in zip((60, 200, 330, 460), row, strict=True):
            if text:
                write(page, x, y, text, fontsize=9)
    assert _totals(doc) == (Decimal("150.00"), Decimal("17.00"), Decimal("167.00"))


def test_a_table_over_two_pages_with_carried_forward_lines() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page)
    y = _item_table(page, 220, [("Item one", "1", "10.00", "10.00"),
                                ("Item two", "2", "10.00", "20.00")])  # fmt: skip
    write(page, 360, y + 20, "Carried forward", fontsize=9)
    write(page, 480, y + 20, "30.00", fontsize=9)
    write(page, 480, 800, "Page 1 of 2", fontsize=7)
    page = _page(doc)
    write(page, 40, 50, "Brightwater Supplies Ltd · Invoice BW-20931", fontsize=8)
    write(page, 40, 100, "Description", fontsize=8)
    write(page, 300, 100, "Qty", fontsize=8)
    write(page, 380, 100, "Unit price", fontsize=8)
    write(page, 480, 100, "Amount", fontsize=8)
    write(page, 360, 118, "Brought forward", fontsize=9)
    write(page, 480, 118, "30.00", fontsize=9)
    write(page, 40, 136, "Item three", fontsize=9)
    write(page, 300, 136, "4", fontsize=9)
    write(page, 380, 136, "5.00", fontsize=9)
    write(page, 480, 136, "20.00", fontsize=9)
    for k, (label, value) in enumerate((("Subtotal", "50.00"), ("VAT 20%", "10.00"),
                                        ("Total", "60.00"))):  # fmt: skip
        write(page, 360, 170 + 18 * k, label, fontsize=9)
        write(page, 480, 170 + 18 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert [(line.description, line.net_amount) for line in invoice.lines] == [
        ("Item one", Decimal("10.00")), ("Item two", Decimal("20.00")),
        ("Item three", Decimal("20.00")),
    ]  # fmt: skip
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("50.00"), Decimal("10.00"), Decimal("60.00"),
    )  # fmt: skip


def test_article_number_and_ean_columns_stay_out_of_the_description() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page, "Facture")
    for x, name in ((40, "Réf. article"), (110, "Code EAN"), (200, "Article"), (380, "Qté"),
                    (430, "PU HT"), (500, "Montant")):  # fmt: skip
        write(page, x, 220, name, fontsize=8)
    for k, (ref, ean, name, qty, price, amount) in enumerate((
        ("CV-0112", "3041813987932", "Vin rouge 75 cl", "6", "8,00", "48,00"),
        ("CV-0318", "3045439797128", "Sel de Guérande", "2", "3,50", "7,00"),
    )):  # fmt: skip
        y = 238 + 16 * k
        for x, text in zip((40, 110, 200, 380, 430, 500), (ref, ean, name, qty, price, amount),
                           strict=True):  # fmt: skip
            write(page, x, y, text, fontsize=9)
    for k, (label, value) in enumerate((("Total HT", "55,00"), ("TVA 20 %", "11,00"),
                                        ("Net à payer", "66,00"))):  # fmt: skip
        write(page, 400, 300 + 16 * k, label, fontsize=9)
        write(page, 500, 300 + 16 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert [(line.description, line.quantity) for line in invoice.lines] == [
        ("Vin rouge 75 cl", Decimal("6")), ("Sel de Guérande", Decimal("2")),
    ]  # fmt: skip
    assert invoice.grand_total == Decimal("66.00")


def test_a_header_wrapped_over_several_lines() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page, "Rechnung")
    write(page, 480, 210, "Positions-", fontsize=8)
    write(page, 480, 219, "betrag", fontsize=8)
    for x, name in ((40, "Pos"), (80, "Beschreibung"), (300, "Menge"), (380, "Einzelpreis")):
        write(page, x, 224, name, fontsize=8)
    write(page, 480, 229, "ohne USt.", fontsize=8)
    write(page, 40, 250, "1", fontsize=9)
    write(page, 80, 250, "Trennblätter A4", fontsize=9)
    write(page, 300, 250, "20", fontsize=9)
    write(page, 380, 250, "9,90", fontsize=9)
    write(page, 480, 250, "198,00", fontsize=9)
    write(page, 360, 290, "Nettobetrag", fontsize=9)
    write(page, 480, 290, "198,00", fontsize=9)
    write(page, 360, 306, "USt. 19 %", fontsize=9)
    write(page, 480, 306, "37,62", fontsize=9)
    write(page, 360, 322, "Bruttosumme", fontsize=9)
    write(page, 480, 322, "235,62", fontsize=9)
    invoice = read_drawn(doc)
    assert [(line.description, line.quantity, line.net_amount) for line in invoice.lines] == [
        ("Trennblätter A4", Decimal("20"), Decimal("198.00"))
    ]
    assert invoice.tax_total == Decimal("37.62")


def test_rows_without_a_readable_header_are_found_by_their_shape() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page)
    for x, name in ((40, "Wotsit"), (300, "Thingummy"), (380, "Whatsit"), (480, "Gizmo")):
        write(page, x, 220, name, fontsize=8)
    rows = (("Copper pipe 15 mm", "3", "4.50", "13.50"), ("Elbow joint", "10", "0.80", "8.00"))
    for k, (name, qty, price, amount) in enumerate(rows):
        for x, text in zip((40, 300, 380, 480), (name, qty, price, amount), strict=True):
            write(page, x, 240 + 16 * k, text, fontsize=9)
    for k, (label, value) in enumerate((("Subtotal", "21.50"), ("VAT 20%", "4.30"),
                                        ("Total", "25.80"))):  # fmt: skip
        write(page, 380, 300 + 16 * k, label, fontsize=9)
        write(page, 480, 300 + 16 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert [(line.description, line.quantity, line.unit_price) for line in invoice.lines] == [
        ("Copper pipe 15 mm", Decimal("3"), Decimal("4.50")),
        ("Elbow joint", Decimal("10"), Decimal("0.80")),
    ]


def test_a_credit_note_printed_negative_is_read_with_positive_amounts() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page, "Credit Note")
    y = _item_table(page, 220, [("Returned kettle", "1", "40.00", "-40.00")])
    for k, (label, value) in enumerate((("Subtotal", "-40.00"), ("VAT 20%", "-8.00"),
                                        ("Total", "-48.00"))):  # fmt: skip
        write(page, 360, y + 30 + 18 * k, label, fontsize=9)
        write(page, 480, y + 30 + 18 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.type_code == "381"
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("40.00"), Decimal("8.00"), Decimal("48.00"),
    )  # fmt: skip
    assert [line.net_amount for line in invoice.lines] == [Decimal("40.00")]


def test_a_correction_keeps_its_minus_signs() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page, "Rechnungskorrektur")
    y = _item_table(page, 220, [("Zitronensäure", "-5", "1,00", "-5,00")])
    for k, (label, value) in enumerate((("Nettobetrag", "-5,00"), ("USt. 19 %", "-0,95"),
                                        ("Bruttosumme", "-5,95"))):  # fmt: skip
        write(page, 360, y + 30 + 18 * k, label, fontsize=9)
        write(page, 480, y + 30 + 18 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.type_code == "384"
    assert invoice.grand_total == Decimal("-5.95")


def test_shipping_between_tax_and_total_still_adds_up() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _head(page)
    y = _item_table(page, 220, [("Desk lamp", "2", "25.00", "50.00")])
    rows = (("Subtotal", "50.00"), ("Sales Tax 8%", "4.00"), ("Shipping", "6.50"),
            ("Total", "60.50"))  # fmt: skip
    for k, (label, value) in enumerate(rows):
        write(page, 360, y + 30 + 18 * k, label, fontsize=9)
        write(page, 480, y + 30 + 18 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("50.00"), Decimal("4.00"), Decimal("60.50"),
    )  # fmt: skip
    assert not any("does not equal" in warning for warning in invoice.warnings)
