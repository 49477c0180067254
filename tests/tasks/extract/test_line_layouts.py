"""More line-item layouts on small PDFs drawn here: a till receipt that prints the quantity and
price before the description, a hotel folio whose table has no quantity column, a description
wrapped onto a line that ends in a colon or starting left of its centred header, quantities
printed with their unit joined ("3,5h", "2x") or before the description ("2 x Schrauben"), a
note right above the first item, two tables on one page; and more column names."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tasks.extract._details import wrapped_label
from tasks.extract._parse import fold
from tests.tasks.extract.pdfs import read_drawn, write


def _page(doc: pymupdf.Document, title: str, width: float = 595) -> pymupdf.Page:
    page = doc.new_page(width=width, height=842)
    write(page, 20, 40, "Hotel Seeblick GmbH", fontsize=12)
    write(page, 20, 80, title, fontsize=16)
    write(page, 20, 100, "Rechnungsnr. 2026-0815", fontsize=8)
    write(page, 20, 112, "Datum 14.09.2026", fontsize=8)
    return page


def _lines(doc: pymupdf.Document) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    invoice = read_drawn(doc)
    return [(i.description, i.quantity, i.net_amount) for i in invoice.lines]


def test_a_receipt_printing_quantity_and_price_before_the_description() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Kassenbon", width=240)
    write(page, 16, 180, "2 x 3,50 Cappuccino", fontsize=8)
    write(page, 195, 180, "7,00", fontsize=8)
    write(page, 16, 192, "1 x 4,20 Apfelstrudel", fontsize=8)
    write(page, 195, 192, "4,20", fontsize=8)
    write(page, 16, 215, "Summe", fontsize=9)
    write(page, 190, 215, "11,20", fontsize=9)
    assert _lines(doc) == [
        ("Cappuccino", Decimal("2"), Decimal("7.00")),
        ("Apfelstrudel", Decimal("1"), Decimal("4.20")),
    ]


def test_a_folio_with_dates_and_amounts_but_no_quantity_column() -> None:
    """ "Datum | Leistung | Betrag EUR": each line one service."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    for x, text in ((40, "Datum"), (110, "Leistung"), (500, "Betrag EUR")):
        write(page, x, 220, text, fontsize=8)
    rows = (("12.09.2026", "Übernachtung Doppelzimmer", "145,00"),
            ("12.09.2026", "Frühstück", "18,00"))  # fmt: skip
    for k, (day, text, amount) in enumerate(rows):
        write(page, 40, 240 + 14 * k, day, fontsize=9)
        write(page, 110, 240 + 14 * k, text, fontsize=9)
        write(page, 545 - 5 * len(amount), 240 + 14 * k, amount, fontsize=9)
    for k, (label, value) in enumerate((("Nettobetrag", "163,00"), ("MwSt. 7 %", "11,41"),
                                        ("Gesamtbetrag", "174,41"))):  # fmt: skip
        write(page, 360, 300 + 16 * k, label, fontsize=9)
        write(page, 500, 300 + 16 * k, value, fontsize=9)
    assert _lines(doc) == [
        ("Übernachtung Doppelzimmer", Decimal("1"), Decimal("145.00")),
        ("Frühstück", Decimal("1"), Decimal("18.00")),
    ]


def test_a_description_wrapped_onto_a_line_ending_in_a_colon() -> None:
    """ "Künstlerische Gestaltung" / "(Stunde):" is one description, the colon that introduces
    a note is not part of it ("Heiße Luft pro Liter:"); a "Label: value" line is no part."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    for x, text in ((60, "Menge"), (120, "Produkt"), (346, "Preis"), (421, "Gesamtbetrag")):
        write(page, x, 220, text, fontsize=10)
    rows = (
        (("Künstlerische Gestaltung", "(Stunde):"), "1,00", "160,00", "160,00"),
        (("Heiße Luft pro Liter:", "Lieferzeit: sofort"), "200,00", "0,10", "20,00"),
    )
    y = 240.0
    for texts, quantity, price, amount in rows:
        write(page, 60, y, quantity, fontsize=10)
        write(page, 346, y, price, fontsize=10)
        write(page, 421, y, amount, fontsize=10)
        for k, text in enumerate(texts):
            write(page, 120, y + 13 * k, text, fontsize=10)
        y += 32
    for k, (label, value) in enumerate((("Nettobetrag", "180,00"), ("MwSt. 19 %", "34,20"),
                                        ("Gesamtbetrag", "214,20"))):  # fmt: skip
        write(page, 300, y + 20 + 16 * k, label, fontsize=10)
        write(page, 421, y + 20 + 16 * k, value, fontsize=10)
    assert _lines(doc) == [
        ("Künstlerische Gestaltung (Stunde)", Decimal("1"), Decimal("160.00")),
        ("Heiße Luft pro Liter", Decimal("200"), Decimal("20.00")),
    ]


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [("(Stunde):", True), ("and parts:", True), ("Weitere Eigenschaften:", False),
     ("Lieferzeit: sofort", False), ("(a): b:", False)],
)  # fmt: skip
def test_wrapped_label(text: str, wrapped: bool) -> None:
    assert wrapped_label(text) is wrapped


def test_a_description_starting_left_of_its_centred_header_keeps_its_first_words() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    header = ((40, "Pos."), (150, "Bezeichnung"), (360, "Menge"), (420, "Einzelpreis"),
              (510, "Gesamt"))  # fmt: skip
    for x, text in header:
        write(page, x, 220, text, fontsize=8)
    rows = (("1", "Schraubenset Edelstahl", "2", "10,00", "20,00"),
            ("2", "Holzleim wasserfest", "1", "35,50", "35,50"))  # fmt: skip
    for k, row in enumerate(rows):
        for x, text in zip((42, 70, 365, 430, 545 - 5 * len(row[4])), row, strict=True):
            write(page, x, 240 + 14 * k, text, fontsize=9)
    for k, (label, value) in enumerate((("Nettobetrag", "55,50"), ("MwSt. 19 %", "10,55"),
                                        ("Gesamtbetrag", "66,05"))):  # fmt: skip
        write(page, 360, 300 + 16 * k, label, fontsize=9)
        write(page, 500, 300 + 16 * k, value, fontsize=9)
    assert _lines(doc) == [
        ("Schraubenset Edelstahl", Decimal("2"), Decimal("20.00")),
        ("Holzleim wasserfest", Decimal("1"), Decimal("35.50")),
    ]


def test_quantities_printed_with_their_unit_or_times_sign_joined() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    for x, text in ((40, "Leistung"), (360, "Menge"), (420, "Preis"), (510, "Betrag")):
        write(page, x, 220, text, fontsize=8)
    rows = (("Montage Küche", "3,5h", "60,00", "210,00"), ("Schrauben", "2x", "4,50", "9,00"),
            ("Dübel", "10pcs", "0,20", "2,00"))  # fmt: skip
    for k, row in enumerate(rows):
        for x, text in zip((40, 362, 420, 545 - 5 * len(row[3])), row, strict=True):
            write(page, x, 240 + 14 * k, text, fontsize=9)
    for k, (label, value) in enumerate((("Nettobetrag", "221,00"), ("MwSt. 19 %", "41,99"),
                                        ("Gesamtbetrag", "262,99"))):  # fmt: skip
        write(page, 360, 300 + 16 * k, label, fontsize=9)
        write(page, 500, 300 + 16 * k, value, fontsize=9)
    assert _lines(doc) == [
        ("Montage Küche", Decimal("3.5"), Decimal("210.00")),
        ("Schrauben", Decimal("2"), Decimal("9.00")),
        ("Dübel", Decimal("10"), Decimal("2.00")),
    ]


def test_a_quantity_printed_before_the_description() -> None:
    """ "2 x Schrauben" under the description, no quantity column: the quantity when it times
    the price gives the amount."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    for x, text in ((40, "Leistung"), (420, "Preis"), (510, "Betrag")):
        write(page, x, 220, text, fontsize=8)
    rows = (("2 x Schrauben M6", "4,50", "9,00"), ("1 x Anfahrt", "35,00", "35,00"),
            ("Entsorgung", "15,00", "15,00"))  # fmt: skip
    for k, row in enumerate(rows):
        for x, text in zip((40, 420, 545 - 5 * len(row[2])), row, strict=True):
            write(page, x, 240 + 14 * k, text, fontsize=9)
    for k, (label, value) in enumerate((("Nettobetrag", "59,00"), ("MwSt. 19 %", "11,21"),
                                        ("Gesamtbetrag", "70,21"))):  # fmt: skip
        write(page, 360, 300 + 16 * k, label, fontsize=9)
        write(page, 500, 300 + 16 * k, value, fontsize=9)
    assert _lines(doc) == [
        ("Schrauben M6", Decimal("2"), Decimal("9.00")),
        ("Anfahrt", Decimal("1"), Decimal("35.00")),
        ("Entsorgung", Decimal("1"), Decimal("15.00")),
    ]


@pytest.mark.parametrize(
    ("header", "kind"),
    [("GP", "net_amount"), ("Ges.-Preis", "net_amount"), ("Gesamtpr.", "net_amount"),
     ("Imponibile", "net_amount"), ("Base imponible", "net_amount"), ("PT HT", "net_amount"),
     ("Summe netto", "net_amount"), ("Totaal excl. btw", "net_amount"),
     ("Einzelpr.", "unit_price"), ("Servizio", "description"), ("Dienst", "description")],
)  # fmt: skip
def test_more_column_names_in_six_languages(header: str, kind: str) -> None:
    assert match_column(fold(header)) == kind


def test_a_note_right_above_the_first_item_is_not_its_description() -> None:
    """A note across the table, or a "Label: value" line, set close above the first row
    begins no description."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    for x, text in ((40, "Bezeichnung"), (360, "Menge"), (420, "Preis"), (510, "Betrag")):
        write(page, x, 220, text, fontsize=8)
    write(
        page, 40, 238, "Wir berechnen Ihnen die Lieferung vom 02.09.2026 wie vereinbart", fontsize=9
    )
    write(page, 40, 249, "Lieferschein: 4711", fontsize=9)
    rows = (("Schrauben M6", "2", "4,50", "9,00"), ("Anfahrt", "1", "35,00", "35,00"))
    for k, row in enumerate(rows):
        for x, text in zip((40, 365, 420, 545 - 5 * len(row[3])), row, strict=True):
            write(page, x, 260 + 14 * k, text, fontsize=9)
    for k, (label, value) in enumerate((("Nettobetrag", "44,00"), ("MwSt. 19 %", "8,36"),
                                        ("Gesamtbetrag", "52,36"))):  # fmt: skip
        write(page, 360, 310 + 16 * k, label, fontsize=9)
        write(page, 500, 310 + 16 * k, value, fontsize=9)
    assert _lines(doc) == [
        ("Schrauben M6", Decimal("2"), Decimal("9.00")),
        ("Anfahrt", Decimal("1"), Decimal("35.00")),
    ]


@pytest.mark.parametrize("subtotals", [True, False])
def test_two_tables_on_one_page_each_under_its_own_header(subtotals: bool) -> None:
    """Hardware, then services under a header with other column names: the items of both."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    tables = (
        ("Hardware", ("Artikel", "Menge", "Einzelpreis", "Betrag"),
         (("Notebook 14 Zoll", "2", "800,00", "1.600,00"), ("Dockingstation", "2", "150,00",
                                                            "300,00")), "1.900,00"),
        ("Dienstleistungen", ("Leistung", "Stunden", "Stundensatz", "Betrag"),
         (("Einrichtung", "3", "90,00", "270,00"), ("Schulung", "2", "90,00", "180,00")),
         "450,00"),
    )  # fmt: skip
    y = 200.0
    for title, header, rows, total in tables:
        write(page, 40, y, title, fontsize=10, fontname="hebo")
        for x, text in zip((40, 360, 420, 510), header, strict=True):
            write(page, x, y + 18, text, fontsize=8, fontname="hebo")
        y += 36
        for row in rows:
            for x, text in zip((40, 365, 430, 545 - 5 * len(row[3])), row, strict=True):
                write(page, x, y, text, fontsize=9)
            y += 14
        if subtotals:
            write(page, 360, y + 4, "Zwischensumme", fontsize=9)
            write(page, 545 - 5 * len(total), y + 4, total, fontsize=9)
            y += 18
        y += 16
    for k, (label, value) in enumerate((("Nettobetrag", "2.350,00"), ("MwSt. 19 %", "446,50"),
                                        ("Gesamtbetrag", "2.796,50"))):  # fmt: skip
        write(page, 360, y + 16 * k, label, fontsize=9)
        write(page, 500, y + 16 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Notebook 14 Zoll", Decimal("2"), Decimal("1600.00")),
        ("Dockingstation", Decimal("2"), Decimal("300.00")),
        ("Einrichtung", Decimal("3"), Decimal("270.00")),
        ("Schulung", Decimal("2"), Decimal("180.00")),
    ]
    assert invoice.net_total == Decimal("2350.00")
