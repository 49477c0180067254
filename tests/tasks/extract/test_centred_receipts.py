"""Narrow simplified invoices: a buyer named under a caption without any address, items whose
description stands on its own line (sizes and numbers in it) over "quantity unit x price" and
the amount, units spelled out ("1 forfait x 13,00"); and a table whose amount column is named
"Nettowert Position"."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _simplified(caption: str, name: str, items: list[tuple[str, str, str]]) -> object:
    doc, page = a4_page()
    write(page, 200, 60, "Northgate Bicycle Works Ltd", fontsize=14)
    write(page, 215, 78, "8 Harbour Road, Leeds LS1 4AB", fontsize=8)
    write(page, 230, 90, "VAT reg. GB 284 7731 62", fontsize=8)
    write(page, 240, 125, "Simplified Invoice", fontsize=12)
    write(page, 170, 148, "Receipt number", fontsize=8)
    write(page, 380, 148, "NB-55120", fontsize=8)
    write(page, 170, 161, "Issued on", fontsize=8)
    write(page, 380, 161, "14/03/2026", fontsize=8)
    write(page, 170, 200, caption, fontsize=8)
    write(page, 170, 212, name, fontsize=9)
    y = 250
    net = Decimal(0)
    for description, times, amount in items:
        write(page, 170, y, description, fontsize=9)
        write(page, 180, y + 11, times, fontsize=8)
        write(page, 404, y + 11, amount, fontsize=9)
        net += Decimal(amount)
        y += 28
    tax = (net * Decimal("0.2")).quantize(Decimal("0.01"))
    for label, value in [("Net value", net), ("VAT 20%", tax), ("Amount payable", net + tax)]:
        y += 13
        write(page, 170, y, label, fontsize=9)
        write(page, 404, y, f"{value:.2f}", fontsize=9)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Invoice made out to", "Mr Tobias Wrenfield"),
        ("Abgerechnet an", "Kulturverein Lindenhof e.V."),
        ("Facture établie pour", "Mme Odile Carrasco"),
        ("Issued to", "Riverside Rowing Club"),
    ],
)
def test_a_name_under_a_buyer_caption_without_address_is_the_buyer(caption: str, name: str):
    invoice = _simplified(caption, name, [("Saddle repair", "1 job x 18.00", "18.00")])
    assert invoice.buyer is not None
    assert invoice.buyer.name == name


def test_a_description_with_sizes_over_its_quantity_line_is_one_item():
    invoice = _simplified(
        "Invoice made out to",
        "Mr Tobias Wrenfield",
        [
            ("Tube 26 x 2.10 Schrader", "2 pc x 6.50", "13.00"),
            ("Wheel truing, front", "1 service x 16.00", "16.00"),
        ],
    )
    got = [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines]
    assert got == [
        ("Tube 26 x 2.10 Schrader", Decimal(2), Decimal("6.50"), Decimal("13.00")),
        ("Wheel truing, front", Decimal(1), Decimal("16.00"), Decimal("16.00")),
    ]


def test_a_position_word_after_the_amount_name_keeps_the_amount_column():
    doc, page = a4_page()
    write(page, 40, 50, "Rechnung", fontsize=18)
    write(page, 360, 50, "Blitzblank Reinigung GmbH", fontsize=10)
    write(page, 360, 62, "Hafenweg 3, 28195 Bremen", fontsize=8)
    write(page, 40, 100, "Rechnungsempfänger", fontsize=8)
    write(page, 40, 112, "Praxis Dr. Olsen", fontsize=9)
    write(page, 40, 124, "Am Wall 12", fontsize=9)
    write(page, 40, 136, "28195 Bremen", fontsize=9)
    write(page, 340, 112, "Rechnungs-Nr.", fontsize=8)
    write(page, 480, 112, "R-2026-0417", fontsize=8)
    write(page, 340, 124, "Datum", fontsize=8)
    write(page, 480, 124, "05.05.2026", fontsize=8)
    header = [(40, "Pos."), (70, "Leistung"), (350, "Stunden"), (420, "Satz"),
              (480, "Betrag Position")]  # fmt: skip
    for x, text in header:
        write(page, x, 200, text, fontsize=8)
    right = 480 + pymupdf.get_text_length("Betrag Position", fontsize=8)  # amounts end there
    rows = [("Unterhaltsreinigung, Mo 04.05.", "3", "30,00", "90,00"),
            ("Fensterreinigung, Mi 06.05.", "2,5", "34,00", "85,00")]  # fmt: skip
    y = 218
    for number, (description, hours, rate, amount) in enumerate(rows, start=1):
        write(page, 40, y, str(number), fontsize=9)
        write(page, 70, y, description, fontsize=9)
        write(page, 350, y, hours, fontsize=9)
        write(page, 420, y, rate, fontsize=9)
        write(page, right - pymupdf.get_text_length(amount, fontsize=9), y, amount, fontsize=9)
        y += 14
    for label, value in [("Summe netto", "175,00"), ("USt. 19 %", "33,25"),
                         ("Gesamtbetrag", "208,25")]:  # fmt: skip
        y += 14
        write(page, 340, y, label, fontsize=9)
        write(page, right - pymupdf.get_text_length(value, fontsize=9), y, value, fontsize=9)
    invoice = read_drawn(doc)
    got = [(i.description, i.quantity, i.net_amount) for i in invoice.lines]
    assert got == [
        ("Unterhaltsreinigung, Mo 04.05.", Decimal(3), Decimal("90.00")),
        ("Fensterreinigung, Mi 06.05.", Decimal("2.5"), Decimal("85.00")),
    ]
