"""A column name qualified by a word printed right before it ("Berechnete Menge", "Gelieferte
Anzahl"): one header cell, so a right-aligned quantity with its unit ("1 Mess.") under the
wide header stays in the quantity column."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from tasks.extract._columns import header_cells
from tasks.extract._layout import page_words
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 8.5) -> None:
    """Text right-aligned at `x1`."""
    write(page, x1 - pymupdf.get_text_length(text, fontsize=size), y, text, fontsize=size)


def test_a_qualifying_word_joins_the_column_name_after_it() -> None:
    doc, page = a4_page()
    for x, text in ((40, "Leistung oder Ware"), (338, "Berechnete Menge"), (465, "Satz")):
        write(page, x, 100, text, fontsize=7.5, fontname="hebo")
    words = page_words(page)
    kinds = [(kind, cell.text) for kind, cell in header_cells(words, 0, 0)]
    doc.close()
    assert ("quantity", "Berechnete Menge") in kinds


def test_a_quantity_under_a_qualified_quantity_header_is_read() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Schornsteinfegermeister Kaminski", fontsize=13, fontname="hebo")
    write(page, 40, 64, "Lindenweg 4 · 79098 Freiburg · USt-IdNr. DE 294 117 553", fontsize=7)
    write(page, 420, 58, "Rechnung", fontsize=15, fontname="hebo")
    write(page, 340, 104, "Rechnungsnummer", fontsize=8.5)
    write(page, 500, 104, "KS-2026-731", fontsize=8.5, fontname="hebo")
    write(page, 340, 117, "Rechnungsdatum", fontsize=8.5)
    write(page, 500, 117, "14.09.2026", fontsize=8.5, fontname="hebo")
    for x, text in ((40, "Leistung oder Ware"), (338, "Berechnete Menge"), (465, "Satz")):
        write(page, x, 280, text, fontsize=7.5, fontname="hebo")
    write(page, 518, 280, "Zeilenwert", fontsize=7.5, fontname="hebo")
    rows = [
        ("Kehren eines Einzelzugs", "4 Zug", "58,50", "234,00"),
        ("Abgaswegeüberprüfung mit Messung", "1 Mess.", "35,54", "35,54"),
        ("Rauchprobe am Schornstein", "1 Probe", "30,87", "30,87"),
    ]
    for k, (text, quantity, price, amount) in enumerate(rows):
        y = 298 + 16 * k
        write(page, 40, y, text, fontsize=8.5)
        _right(page, 405, y, quantity)
        _right(page, 480, y, price)
        _right(page, 555, y, amount)
    for k, (label, value) in enumerate(
        [("Summe ohne MwSt.", "300,41 €"), ("zzgl. MwSt. 19 %", "57,08 €"),
         ("Summe inkl. MwSt.", "357,49 €")]
    ):  # fmt: skip
        write(page, 330, 370 + 14 * k, label, fontsize=8.5)
        _right(page, 555, 370 + 14 * k, value)
    invoice = read_drawn(doc)
    assert [(line.quantity, line.net_amount) for line in invoice.lines] == [
        (Decimal(4), Decimal("234.00")),
        (Decimal(1), Decimal("35.54")),
        (Decimal(1), Decimal("30.87")),
    ]
