"""Line items whose rows take two lines, on small PDFs drawn here: the description, then a line
of "<quantity> [unit] x <price>" with the line amount beside it. The quantity and the unit price
come from that line and the description from the line above it, in a bold or the same font."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from tasks.extract._items import rate_cells
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _two_line_rows(
    rows: list[tuple[str, str, str]],
    totals: list[tuple[str, str]],
    *,
    bold: bool,
    header: tuple[str, str] = ("Service provided", "Net line value EUR"),
) -> pymupdf.Document:
    doc, page = a4_page()
    write(page, 40, 50, "Northwind Pest Control Ltd", fontsize=12)
    write(page, 40, 62, "7 Quay Road, Cork T12 X7YZ", fontsize=8)
    write(page, 400, 50, "Invoice", fontsize=16)
    write(page, 40, 120, "Billed to", fontsize=8)
    write(page, 40, 132, "Harbour Grain Terminal", fontsize=10)
    write(page, 330, 120, "Invoice no.", fontsize=8)
    write(page, 420, 120, "3878/26", fontsize=8)
    write(page, 330, 132, "Invoice date", fontsize=8)
    write(page, 420, 132, "25.12.2026", fontsize=8)
    write(page, 40, 200, header[0], fontsize=7.5, fontname="hebo")
    write(page, 555 - 4 * len(header[1]), 200, header[1], fontsize=7.5, fontname="hebo")
    y = 222.0
    for description, rate, amount in rows:
        write(page, 40, y, description, fontsize=9, fontname="hebo" if bold else "helv")
        write(page, 60, y + 13, rate, fontsize=8.5)
        write(page, 555 - 5 * len(amount), y + 13, amount, fontsize=8.5)
        y += 33
    for k, (label, value) in enumerate(totals):
        write(page, 330, y + 14 * k, label, fontsize=9)
        write(page, 500, y + 14 * k, value, fontsize=9)
    return doc


def _items(
    doc: pymupdf.Document,
) -> list[tuple[str | None, Decimal | None, Decimal | None, Decimal | None]]:
    invoice = read_drawn(doc)
    return [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines]


def test_a_bold_description_over_its_quantity_and_price_line() -> None:
    """The quantity line is no description and "1 report" is no carried-forward "Report"."""
    doc = _two_line_rows(
        [("Harris hawk flying visit, gull deterrence", "6 visit \u00d7 214.35", "1,286.10"),
         ("Nest and egg removal under licence", "7 nest \u00d7 57.62", "403.34"),
         ("Pigeon proofing survey with report", "1 report \u00d7 312.95", "312.95")],
        [("Goods and services net", "2,002.39"), ("VAT 23% on net", "460.55"),
         ("Total payable incl. VAT", "2,462.94")],
        bold=True,
    )  # fmt: skip
    assert _items(doc) == [
        ("Harris hawk flying visit, gull deterrence", Decimal(6), Decimal("214.35"),
         Decimal("1286.10")),
        ("Nest and egg removal under licence", Decimal(7), Decimal("57.62"), Decimal("403.34")),
        ("Pigeon proofing survey with report", Decimal(1), Decimal("312.95"), Decimal("312.95")),
    ]  # fmt: skip


def test_a_description_in_the_rows_font_is_not_added_to_the_item_above() -> None:
    """Set in the same font, the next description would read as more of the item above; its
    own quantity line under it takes it back."""
    doc = _two_line_rows(
        [("Dachbegehung mit Falkenattrappe", "9 Std. \u00e0 76,66", "689,94"),
         ("Monatliches Vogelprotokoll", "1 Monat x 49,96 \u20ac", "49,96")],
        [("Nettobetrag", "739,90"), ("MwSt. 19 %", "140,58"), ("Gesamtbetrag", "880,48")],
        bold=False,
        header=("Leistung", "Betrag EUR"),
    )  # fmt: skip
    assert _items(doc) == [
        ("Dachbegehung mit Falkenattrappe", Decimal(9), Decimal("76.66"), Decimal("689.94")),
        ("Monatliches Vogelprotokoll", Decimal(1), Decimal("49.96"), Decimal("49.96")),
    ]


def test_quantity_and_price_lines_in_many_shapes() -> None:
    """Units, currency signs, "@" and "à", a price per unit; the product must be the amount."""
    hits = [("6 visit \u00d7 214.35", "1286.10", "."), ("3,5 ora \u00d7 89,60", "313.60", ","),
            ("2 pcs @ EUR 1,250.00", "2500.00", "."), ("5 m2 x 12,50 \u20ac/m2", "62.50", ","),
            ("4 h * 80.00", "320.00", ".")]  # fmt: skip
    for text, amount, hint in hits:
        cells = rate_cells({"description": text.split()}, Decimal(amount), hint)
        assert cells is not None, text
        assert cells["description"] == []
    misses = [("6 visit \u00d7 214.35", "1286.20"), ("Widget 2 x 5.00", "10.00"),
              ("Pigeon survey", "312.95")]  # fmt: skip
    for text, amount in misses:
        assert rate_cells({"description": text.split()}, Decimal(amount), ".") is None, text
    own = {"description": ["2", "x", "5.00"], "quantity": ["2"]}
    assert rate_cells(own, Decimal("10.00"), ".") is None  # the row has its own quantity


def test_a_quantity_and_unit_column_named_with_a_slash() -> None:
    """ "Menge / Einheit" heads one column printing "53 l" right-aligned, not a quantity column
    and a unit column; the price under "Satz" is found by quantity x price = amount."""
    doc, page = a4_page()
    write(page, 40, 50, "Schiffsausruestung Nord GmbH", fontsize=12)
    write(page, 400, 50, "Rechnung", fontsize=16)
    write(page, 40, 120, "Yachtcharter Schlei GmbH", fontsize=10)
    write(page, 330, 120, "Rechnungsnummer 342797", fontsize=8)
    write(page, 330, 132, "Rechnungsdatum 24.11.2026", fontsize=8)
    for x, name in [(40, "Leistung"), (345, "Menge / Einheit"), (465, "Satz"),
                    (495, "Nettobetrag EUR")]:  # fmt: skip
        write(page, x, 200, name, fontsize=8, fontname="hebo")
    rows = [("Schiffsdiesel geliefert", "53 l", "1,82", "96,46"),
            ("Antifouling dunkelblau", "3 Dose", "104,96", "314,88"),
            ("Festmacherleine geflochten", "85 m", "8,25", "701,25")]  # fmt: skip
    for k, (text, count, price, amount) in enumerate(rows):
        y = 220 + 16 * k
        write(page, 40, y, text, fontsize=9)
        write(page, 400 - pymupdf.get_text_length(count, fontsize=9), y, count, fontsize=9)
        write(page, 480 - pymupdf.get_text_length(price, fontsize=9), y, price, fontsize=9)
        write(page, 555 - pymupdf.get_text_length(amount, fontsize=9), y, amount, fontsize=9)
    for k, (label, value) in enumerate([("Nettowert", "1.112,59"), ("MwSt. 19 %", "211,39"),
                                        ("Gesamtbetrag", "1.323,98")]):  # fmt: skip
        write(page, 330, 300 + 14 * k, label, fontsize=9)
        write(page, 500, 300 + 14 * k, value, fontsize=9)
    assert _items(doc) == [
        ("Schiffsdiesel geliefert", Decimal(53), Decimal("1.82"), Decimal("96.46")),
        ("Antifouling dunkelblau", Decimal(3), Decimal("104.96"), Decimal("314.88")),
        ("Festmacherleine geflochten", Decimal(85), Decimal("8.25"), Decimal("701.25")),
    ]
