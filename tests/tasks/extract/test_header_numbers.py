"""Invoice numbers on small PDFs drawn here: a number printed in the title line, a bill's
reference behind leader dots, a running number above its value, a reference number in a ruled
grid, and a reference label losing to an invoice label."""

from __future__ import annotations

import pymupdf

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _page(title: str, header: list[tuple[float, float, str]], *, size: float = 16) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 40, "Fairbairn Building Contractors Ltd", fontsize=12)
    write(page, 40, 52, "22 Cowgate, Edinburgh EH1 1JT", fontsize=8)
    write(page, 40, 120, "Brightwater Community Trust", fontsize=10)
    write(page, 40, 132, "3 Albion Street, Hull HU1 3TG", fontsize=10)
    for x, y, text in header:
        write(page, x, y, text, fontsize=9)
    if title:
        write(page, 40, 215, title, fontsize=size, fontname="hebo")
    write_totals(page)
    return read_drawn(doc)


_FACTS = [(330, 130, "Contract no."), (330, 140, "733-2025"), (330, 160, "Billing date"),
          (330, 170, "19/09/2026")]  # fmt: skip


def test_the_number_in_a_large_title_line_is_the_invoice_number() -> None:
    for title, number in [
        ("Final Account No. 2026/1218", "2026/1218"),
        ("Décompte final n° 2026/5185", "2026/5185"),
        ("Eindafrekening nr. 2026-353", "2026-353"),
        ("Certificación final n.º 2026/1395", "2026/1395"),
    ]:
        invoice = _page(title, _FACTS)
        assert invoice.invoice_number == number, title
        assert invoice.evidence["invoice_number"].source.startswith("title:")


def test_a_large_line_numbering_another_thing_is_not_the_invoice_number() -> None:
    invoice = _page("Order No. 4711", _FACTS)
    assert invoice.invoice_number != "4711"


def test_a_number_in_body_type_is_no_title() -> None:
    invoice = _page("Final Account No. 2026/1218", _FACTS, size=9)
    assert invoice.invoice_number is None


def test_a_bill_reference_behind_leader_dots() -> None:
    header = [(310, 100, "Bill reference ................................ CAT-263774"),
              (310, 114, "Invoice issued ............................ 8 Apr 2026")]  # fmt: skip
    invoice = _page("Invoice", header)
    assert invoice.invoice_number == "CAT-263774"


def test_a_running_number_above_its_value() -> None:
    header = [(420, 100, "N. progressivo"), (420, 110, "SR-2026/5484"),
              (420, 130, "Fatturato il"), (420, 140, "2026-11-20")]  # fmt: skip
    assert _page("Fattura", header).invoice_number == "SR-2026/5484"


def test_a_reference_number_in_a_ruled_grid() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Lingua Pannonia Kft.", fontsize=12)
    write(page, 40, 52, "Andrássy út 66, 1062 Budapest", fontsize=8)
    write(page, 40, 151, "Invoice", fontsize=20, fontname="hebo")
    rows = [("Reference no.", "LP-2026-002"), ("Your reference no.", "PO-4471"),
            ("Billing date", "13/11/26"), ("Job no.", "P263407")]  # fmt: skip
    for index, (key, value) in enumerate(rows):
        y = 190 + 16 * index
        write(page, 45, y, key, fontsize=7.5)
        write(page, 155, y, value, fontsize=8.5, fontname="hebo")
        page.draw_line(pymupdf.Point(40, y + 5), pymupdf.Point(300, y + 5))
    page.draw_line(pymupdf.Point(150, 178), pymupdf.Point(150, 255))
    write(page, 300, 400, "Amount before tax")
    write(page, 480, 400, "100,00")
    write(page, 300, 414, "Total amount due")
    write(page, 480, 414, "127,00")
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "LP-2026-002"


def test_an_invoice_label_wins_over_a_reference_number() -> None:
    header = [(330, 100, "Reference no.: R-778"), (330, 114, "Invoice no.: INV-2026-17"),
              (330, 128, "Date: 19.09.2026")]  # fmt: skip
    assert _page("Invoice", header).invoice_number == "INV-2026-17"
