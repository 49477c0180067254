"""A tax summary table closing the invoice ("VAT rate | Net | VAT | Gross", one row per rate)
under the item table, on small PDFs drawn here: its header ends the items, its rows are no
items, and the totals are read from it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.models import Invoice
from tasks.extract._tax_summary import caption_kind
from tests.tasks.extract.pdfs import a4_page, read_drawn, write

_ITEMS = [
    ("Filter cartridge", "2", "40,00", "80,00"),
    ("Technician labour", "3", "50,00", "150,00"),
]


def _summary(header: tuple[str, ...], rows: list[tuple[str, ...]], closing: str) -> Invoice:
    """A page with a seller, a buyer, a number and a date, a table of two items (230,00), and
    a tax summary with `header` over `rows`, then `closing` beside the sum due."""
    doc, page = a4_page()
    write(page, 40, 50, "Lakeside Wellness Service", fontsize=14)
    write(page, 40, 90, "Invoice", fontsize=18)
    write(page, 40, 120, "Invoice No. WS-2027-118", fontsize=9)
    write(page, 40, 134, "Date: 14.06.2027", fontsize=9)
    write(page, 40, 170, "Hotel Seeblick Spa", fontsize=10)
    write(page, 40, 182, "Uferweg 3, 6900 Bregenz", fontsize=10)
    for x, text in [(40, "Work done"), (300, "Qty"), (380, "Price"), (480, "Amount")]:
        write(page, x, 240, text, fontsize=8)
    for index, (text, qty, price, amount) in enumerate(_ITEMS):
        y = 258 + 16 * index
        for x, cell in [(40, text), (300, qty), (380, price), (480, amount)]:
            write(page, x, y, cell, fontsize=9)
    columns = (40, 160, 300, 440)
    for x, text in zip(columns, header, strict=True):
        write(page, x, 320, text, fontsize=8)
    for index, row in enumerate(rows):
        for x, cell in zip(columns, row, strict=True):
            write(page, x, 336 + 14 * index, cell, fontsize=9)
    y = 340 + 14 * len(rows) + 20
    write(page, 300, y, closing, fontsize=10)
    write(page, 440, y, rows[-1][-1] if len(rows) == 1 else "271,00 €", fontsize=10)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "header",
    [
        ("Aliquota IVA", "Prestazioni nette", "Importo IVA 20%", "Lordo"),
        ("VAT rate", "Taxable amount", "VAT", "Gross"),
        ("Btw-tarief", "Grondslag", "Btw-bedrag", "Bruto"),
        ("Tipo IVA", "Base imponible", "Cuota IVA", "Total"),
    ],
)
def test_a_tax_summary_row_is_no_item_and_gives_the_totals(header: tuple[str, ...]) -> None:
    invoice = _summary(header, [("20 %", "230,00 €", "46,00 €", "276,00 €")], "Sum due")
    assert [line.net_amount for line in invoice.lines] == [Decimal("80.00"), Decimal("150.00")]
    assert invoice.net_total == Decimal("230.00")
    assert invoice.tax_total == Decimal("46.00")
    assert invoice.grand_total == Decimal("276.00")


def test_a_tax_summary_of_two_rates_sums_its_rows() -> None:
    rows = [("20 %", "180,00 €", "36,00 €", "216,00 €"), ("10 %", "50,00 €", "5,00 €", "55,00 €")]
    header = ("Taux TVA", "Base HT", "Montant TVA", "Montant TTC")
    invoice = _summary(header, rows, "Somme due")
    assert len(invoice.lines) == 2
    assert invoice.net_total == Decimal("230.00")
    assert invoice.tax_total == Decimal("41.00")
    assert invoice.grand_total == Decimal("271.00")


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("Aliquota IVA", "rate"),
        ("MwSt.-Satz", "rate"),
        ("Taux TVA", "rate"),
        ("Prestazioni nette", "net"),
        ("Bemessungsgrundlage", "net"),
        ("Base HT", "net"),
        ("Importo IVA 22%", "tax"),
        ("Umsatzsteuer 8.1 % darauf", "tax"),
        ("Lordo", "gross"),
        ("Bruto", "gross"),
        ("Montant TTC", "gross"),
        ("Description", None),
        ("Quantity", None),
    ],
)
def test_tax_summary_captions_name_their_column(caption: str, kind: str | None) -> None:
    assert caption_kind(caption) == kind
