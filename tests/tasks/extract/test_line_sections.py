"""Line-item tables whose column names we do not know, read by arithmetic, and tables in
sections: a final account with numbered positions grouped by trade, each trade closed by a
subtotal whose label reaches over the price column; a rental with date columns; a price
printed under the second word of its header; an amount header qualified by "excl. btw"; a
description name printed after the amount's ("Total concepto")."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tests.tasks.extract.pdfs import read_drawn, write

Cell = tuple[float, str, bool]
"""x, text, and whether the text ends at x (right-aligned) rather than starts there."""


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    write(page, 40, 40, "Baufirma Kessler GmbH", fontsize=12)
    write(page, 40, 80, "Rechnung", fontsize=16)
    write(page, 40, 100, "Rechnungsnr. 2026-0412", fontsize=8)
    write(page, 40, 112, "Datum 14.09.2026", fontsize=8)
    return page


def _cells(page: pymupdf.Page, y: float, cells: list[Cell], size: float = 8) -> None:
    for x, text, right in cells:
        width = pymupdf.get_text_length(text, fontsize=size) if right else 0
        write(page, x - width, y, text, fontsize=size)


def _lines(doc: pymupdf.Document) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    invoice = read_drawn(doc)
    return [(i.description, i.quantity, i.net_amount) for i in invoice.lines]


@pytest.mark.parametrize(
    "label", ["Subtotal section {}", "Suma capítulo {}", "Zwischensumme Gewerk {}", "Somme lot {}"]
)
def test_a_final_account_in_trades_with_subtotals_and_unknown_column_names(label: str) -> None:
    doc = pymupdf.open()
    page = _page(doc)
    header = [(40, "Item no.", False), (80, "Work item", False), (358, "Count", False),
              (388, "Measure", False), (429, "Cost per unit", False),
              (507, "Net line value", False)]  # fmt: skip
    _cells(page, 260, header)
    trades = (
        ("01", "Strip-out", [("Take up floor finishes, hall", "18.99", "m²", "16.05", "304.79"),
                             ("Remove wall tiling, kitchen", "35.71", "m²", "12.96", "462.80")],
         "767.59"),
        ("02", "Tiling", [("Wall tiling 300x600, hall", "29.69", "m²", "67.82", "2,013.58"),
                          ("Silicone sealing, hall", "21.53", "m", "6.08", "130.90"),
                          ("Tradesman, hall", "5", "h", "60.59", "302.95")],
         "2,447.43"),
    )  # fmt: skip
    y = 278.0
    for number, trade, rows, subtotal in trades:
        _cells(page, y, [(40, number, False), (80, trade, False)])
        y += 11
        for k, (text, quantity, unit, price, amount) in enumerate(rows, start=1):
            _cells(page, y, [(40, f"{number}.{k:02d}", False), (80, text, False),
                             (380, quantity, True), (388, unit, False), (475, price, True),
                             (555, amount, True)])  # fmt: skip
            y += 11
        _cells(page, y, [(340, label.format(number), False), (555, subtotal, True)])
        y += 14
    _cells(page, y + 10, [(402, "Total net", False), (555, "3,215.02", True)])
    _cells(page, y + 22, [(402, "VAT 20%", False), (555, "643.00", True)])
    _cells(page, y + 34, [(402, "Total due", False), (555, "3,858.02", True)])
    assert _lines(doc) == [
        ("Take up floor finishes, hall", Decimal("18.99"), Decimal("304.79")),
        ("Remove wall tiling, kitchen", Decimal("35.71"), Decimal("462.80")),
        ("Wall tiling 300x600, hall", Decimal("29.69"), Decimal("2013.58")),
        ("Silicone sealing, hall", Decimal("21.53"), Decimal("130.90")),
        ("Tradesman, hall", Decimal("5"), Decimal("302.95")),
    ]


def test_a_rental_with_date_columns_and_unnamed_days_and_day_rate() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Bezeichnung der Leistung", False), (238, "Mietbeginn", False),
                       (302, "Mietende", False), (362, "Miettage", False),
                       (411, "Tagesmiete EUR", False), (510, "G-Preis EUR", False)])  # fmt: skip
    rows = (("Minibagger 1,8 t", "02.03.2026", "06.03.2026", "5", "89,00", "445,00"),
            ("Rüttelplatte", "02.03.2026", "03.03.2026", "2", "35,50", "71,00"))  # fmt: skip
    for k, (text, start, end, days, rate, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, text, False), (238, start, False), (302, end, False),
                                    (392, days, True), (470, rate, True),
                                    (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(411, "Summe netto", False), (555, "516,00", True)])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines] == [
        ("Minibagger 1,8 t", Decimal("5"), Decimal("89.00"), Decimal("445.00")),
        ("Rüttelplatte", Decimal("2"), Decimal("35.50"), Decimal("71.00")),
    ]


def test_numbers_that_do_not_multiply_out_name_no_quantity_column() -> None:
    """A measure and a reference number under unknown names: neither is a quantity or price
    when no pair of them gives the amounts."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Beschreibung", False), (300, "Gewicht", False),
                       (380, "Lager", False), (510, "Betrag EUR", False)])  # fmt: skip
    rows = (("Palette Ziegel", "12", "7", "480,00"), ("Palette Mörtel", "9", "3", "215,00"))
    for k, (text, weight, store, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, text, False), (330, weight, True),
                                    (400, store, True), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(411, "Summe netto", False), (555, "695,00", True)])
    invoice = read_drawn(doc)
    assert [(i.description, i.unit_price, i.net_amount) for i in invoice.lines] == [
        ("Palette Ziegel", None, Decimal("480.00")),
        ("Palette Mörtel", None, Decimal("215.00")),
    ]
    assert all(i.quantity in (None, Decimal(1)) for i in invoice.lines)


def test_a_price_printed_under_the_second_word_of_its_header() -> None:
    """ "Prix par | unité": the prices stand under "unité", found by quantity x price."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Langues", False), (100, "Produit", False),
                       (339, "Mots / unités", False), (417, "Prix par", False),
                       (447, "unité", False), (513, "Montant net", False)])  # fmt: skip
    rows = (("DE>FR", "Relecture", "5", "36,77", "183,85"),
            ("FR>IT", "Traduction plaquette", "7 671", "0,163", "1 250,37"))  # fmt: skip
    for k, (pair, text, words, rate, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, pair, False), (100, text, False), (385, words, True),
                                    (465, rate, True), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(417, "Total HT", False), (555, "1 434,22", True)])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.unit_price) for i in invoice.lines] == [
        ("Relecture", Decimal("5"), Decimal("36.77")),
        ("Traduction plaquette", Decimal("7671"), Decimal("0.163")),
    ]


def test_an_amount_header_qualified_by_excl_btw_keeps_short_amounts() -> None:
    """ "Regelbedrag excl. btw": "btw" is part of the amount's name, not a VAT column, so a
    short amount right-aligned under it is still the line's amount."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Omschrijving", False), (326, "Aantal", False),
                       (384, "Prijs", False), (436, "Code", False),
                       (476, "Regelbedrag excl.", False), (542, "btw", False)])  # fmt: skip
    rows = (("Koffie met gebak", "101", "7,05", "A", "712,05"),
            ("Lunchbuffet per persoon", "101", "18,30", "A", "1.848,30"))  # fmt: skip
    for k, (text, qty, price, code, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, text, False), (340, qty, True), (420, price, True),
                                    (440, code, False), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(436, "Totaal excl. btw", False), (555, "2.560,35", True)])
    assert _lines(doc) == [
        ("Koffie met gebak", Decimal("101"), Decimal("712.05")),
        ("Lunchbuffet per persoon", Decimal("101"), Decimal("1848.30")),
    ]


def test_a_description_name_after_the_amount_name_is_part_of_it() -> None:
    """ "Denominación ... Total concepto": the description is the column left of the amount."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Ref. fabricante", False), (140, "Denominación", False),
                       (359, "Cdad.", False), (423, "Precio base", False),
                       (502, "Total concepto", False)])  # fmt: skip
    rows = (("ALL-Y-C", "JetBrains All Products Pack", "10", "723,13 EUR", "7.231,30 EUR"),
            ("SRV-H", "Instalación de licencias", "5", "124,47 EUR", "622,35 EUR"))  # fmt: skip
    for k, (code, text, qty, price, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, code, False), (140, text, False), (380, qty, True),
                                    (465, price, True), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(359, "Total antes de IVA", False), (555, "7.853,65 EUR", True)])
    assert _lines(doc) == [
        ("JetBrains All Products Pack", Decimal("10"), Decimal("7231.30")),
        ("Instalación de licencias", Decimal("5"), Decimal("622.35")),
    ]


def test_a_price_column_left_of_the_quantity_is_told_by_its_fractions() -> None:
    """ "Satz | Teile" under names we do not know: the column of whole numbers is the
    quantity, the one with fractions the price, whichever stands left."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Bezeichnung", False), (330, "Satz", False),
                       (400, "Teile", False), (510, "G-Preis", False)])  # fmt: skip
    rows = (("Schrauben M8", "0,45", "200", "90,00"), ("Muttern M8", "0,30", "100", "30,00"))
    for k, (text, price, parts, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(40, text, False), (360, price, True),
                                    (420, parts, True), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(400, "Summe netto", False), (555, "120,00", True)])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.unit_price) for i in invoice.lines] == [
        ("Schrauben M8", Decimal("200"), Decimal("0.45")),
        ("Muttern M8", Decimal("100"), Decimal("0.30")),
    ]


def test_parts_and_labour_sections_of_one_item_each_under_their_own_headers() -> None:
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(40, "Teile-Nr.", False), (118, "Bezeichnung", False),
                       (330, "Mge.", False), (420, "Stückpreis", False),
                       (510, "G-Preis", False)])  # fmt: skip
    row = [(350, "1", True), (470, "89,41", True), (555, "89,41", True)]
    _cells(page, 236, [(40, "0986494", False), (118, "Bremsbeläge vorn", False), *row])
    _cells(page, 250, [(380, "Summe Teile", False), (555, "89,41", True)])
    _cells(page, 270, [(40, "Arbeitslohn", False)])
    _cells(page, 286, [(40, "Arb.-Pos.", False), (118, "Bezeichnung", False),
                       (330, "Zeit", False), (420, "Satz", False),
                       (510, "G-Preis", False)])  # fmt: skip
    row = [(350, "1,5", True), (470, "96,00", True), (555, "144,00", True)]
    _cells(page, 302, [(40, "74084", False), (118, "Bremsen vorn erneuern", False), *row])
    _cells(page, 316, [(380, "Summe Arbeitslohn", False), (555, "144,00", True)])
    _cells(page, 340, [(380, "Summe netto", False), (555, "233,41", True)])
    _cells(page, 352, [(380, "MwSt. 19 %", False), (555, "44,35", True)])
    _cells(page, 364, [(380, "Gesamtbetrag", False), (555, "277,76", True)])
    assert _lines(doc) == [
        ("Bremsbeläge vorn", Decimal("1"), Decimal("89.41")),
        ("Bremsen vorn erneuern", Decimal("1.5"), Decimal("144.00")),
    ]


def test_a_narrow_quantity_right_aligned_into_the_price_column() -> None:
    """ "Wörter" and "Preis/Wort" headers left-aligned over right-aligned numbers: a short
    count ("5") has its centre past the middle between the headers, in the price's column."""
    doc = pymupdf.open()
    page = _page(doc)
    _cells(page, 220, [(100, "Beschreibung", False), (321, "Wörter", False),
                       (418, "Preis/Wort", False), (511, "Betrag netto", False)])  # fmt: skip
    rows = (("Übersetzung Handbuch", "9.160", "0,145", "1.328,20"),
            ("Lektorat", "5", "36,77", "183,85"))  # fmt: skip
    for k, (text, words, rate, amount) in enumerate(rows):
        _cells(page, 238 + 12 * k, [(100, text, False), (385, words, True),
                                    (465, rate, True), (555, amount, True)])  # fmt: skip
    _cells(page, 280, [(418, "Summe netto", False), (555, "1.512,05", True)])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.unit_price) for i in invoice.lines] == [
        ("Übersetzung Handbuch", Decimal("9160"), Decimal("0.145")),
        ("Lektorat", Decimal("5"), Decimal("36.77")),
    ]
