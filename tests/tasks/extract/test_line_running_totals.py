"""A running-total column right of the amounts is never the line's amount, and numbers inside
a description ("Pallet 120 x 80 cm") stay in it when the description's header is split into
a named and an unnamed cell."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 9) -> None:
    width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
    write(page, x1 - width, y, text, fontsize=size)


def _lines(invoice: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    return [
        (line.description, line.quantity, line.net_amount)
        for line in invoice.lines  # type: ignore[attr-defined]
    ]


def _billed(page: pymupdf.Page, title: str) -> None:
    write(page, 40, 50, "Nordhang Winterdienst GmbH", fontsize=14)
    write(page, 40, 62, "Talstraße 4, 6020 Innsbruck", fontsize=8)
    write(page, 40, 100, title, fontsize=18)
    write(page, 40, 130, "No. WD-2026-118")
    write(page, 300, 130, "Date 14.02.2026")


_ROWS = (
    ("Salt spread, car park, 03.01.", "2", "45.00", "90.00"),
    ("Snow cleared by loader, 07.01.", "3.5", "80.00", "280.00"),
    ("Footpaths swept, 12.01.", "4", "30.50", "122.00"),
    ("Snow cleared by loader, 19.01.", "1.5", "80.00", "120.00"),
)


@pytest.mark.parametrize(
    ("names", "after"),
    [
        (("Service", "Hours", "Rate", "Value", "Cumulative total"), "Subtotal"),
        (("Leistung", "Std.", "Satz", "Betrag", "Saldo Summe"), "Zwischensumme"),
        (("Prestation", "Heures", "Taux", "Valeur", "Cumul total"), "Sous-total"),
    ],
)
def test_the_amount_is_the_column_a_running_total_sums_up(
    names: tuple[str, ...], after: str
) -> None:
    doc, page = a4_page()
    _billed(page, "Invoice")
    for x, name in zip((40, 300, 360, 420, 480), names, strict=True):
        write(page, x, 200, name, fontsize=9)
    running = Decimal(0)
    for k, (text, quantity, rate, value) in enumerate(_ROWS):
        running += Decimal(value)
        write(page, 40, 218 + 14 * k, text, fontsize=9)
        for x1, number in zip((330, 390, 450, 555), (quantity, rate, value, f"{running:.2f}"),
                              strict=True):  # fmt: skip
            _right(page, x1, 218 + 14 * k, number)
    for k, (label, amount) in enumerate(((after, "612.00"), ("VAT 20 %", "122.40"),
                                         ("Total", "734.40"))):  # fmt: skip
        write(page, 330, 300 + 16 * k, label, fontsize=9)
        _right(page, 555, 300 + 16 * k, amount)
    assert _lines(read_drawn(doc)) == [
        (text, Decimal(quantity), Decimal(value)) for text, quantity, _, value in _ROWS
    ]


def test_numbers_inside_a_description_under_a_split_header_stay_in_it() -> None:
    doc, page = a4_page()
    _billed(page, "Invoice")
    # "Description of" is the description's name; "goods" a cell of its own beside it
    for x, name in ((40, "Description of"), (112, "goods"), (330, "Qty"), (400, "Price"),
                    (500, "Amount")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    rows = (("Euro pallet 120 x 80 cm, heat treated", "10", "12.00", "120.00"),
            ("Stretch film 500 mm, 23 my", "4", "9.50", "38.00"),
            ("Corner boards", "20", "0.60", "12.00"))  # fmt: skip
    for k, (text, quantity, price, amount) in enumerate(rows):
        write(page, 40, 218 + 14 * k, text, fontsize=9)
        for x1, number in zip((350, 430, 530), (quantity, price, amount), strict=True):
            _right(page, x1, 218 + 14 * k, number)
    for k, (label, amount) in enumerate((("Subtotal", "170.00"), ("VAT 20 %", "34.00"),
                                         ("Total", "204.00"))):  # fmt: skip
        write(page, 330, 280 + 16 * k, label, fontsize=9)
        _right(page, 530, 280 + 16 * k, amount)
    assert _lines(read_drawn(doc)) == [
        (text, Decimal(quantity), Decimal(amount)) for text, quantity, _, amount in rows
    ]


def test_two_rows_and_a_running_total_are_two_items_with_their_own_amounts() -> None:
    doc, page = a4_page()
    _billed(page, "Fattura")
    for x, name in zip((40, 300, 360, 420, 490), ("Descrizione", "Ore", "Tariffa", "Importo",
                                                  "Importo cumulato"), strict=True):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    rows = (("Sgombero neve, cortile 05.01.", "2", "60,00", "120,00", "120,00"),
            ("Spargimento sale, 09.01.", "1,5", "40,00", "60,00", "180,00"))  # fmt: skip
    for k, (text, *numbers) in enumerate(rows):
        write(page, 40, 218 + 14 * k, text, fontsize=9)
        for x1, number in zip((330, 390, 450, 555), numbers, strict=True):
            _right(page, x1, 218 + 14 * k, number)
    for k, (label, amount) in enumerate((("Imponibile", "180,00"), ("IVA 22 %", "39,60"),
                                         ("Totale", "219,60"))):  # fmt: skip
        write(page, 330, 270 + 16 * k, label, fontsize=9)
        _right(page, 555, 270 + 16 * k, amount)
    assert _lines(read_drawn(doc)) == [
        ("Sgombero neve, cortile 05.01.", Decimal("2"), Decimal("120.00")),
        ("Spargimento sale, 09.01.", Decimal("1.5"), Decimal("60.00")),
    ]
