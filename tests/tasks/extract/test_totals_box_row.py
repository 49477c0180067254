"""Totals in a row of boxes across the page (net | tax | amount due), each box with its caption
at the top left and its value at the bottom right: a value takes the caption of its own box,
not the nearer caption of the next box, and a tax caption naming its base ("Tax 8 % on net
charges") names the tax."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._roles import tax_on_base
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _boxes(captions: tuple[str, str, str], values: tuple[str, str, str]) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 52, "Bayside Mobile Welding LLC", fontsize=14)
    write(page, 40, 66, "4410 Harbor Blvd, Houston, TX 77011", fontsize=8)
    write(page, 40, 130, "Client", fontsize=8)
    write(page, 40, 142, "Channel Dredging Co.", fontsize=10)
    write(page, 40, 154, "1800 Clinton Drive, Houston, TX 77020", fontsize=10)
    write(page, 330, 100, "Invoice", fontsize=16)
    write(page, 330, 130, "Invoice no.", fontsize=8.5)
    write(page, 470, 130, "BW-58120", fontsize=8.5)
    write(page, 330, 143, "Invoice date", fontsize=8.5)
    write(page, 470, 143, "2026-10-25", fontsize=8.5)
    for x, text in ((40, "Service"), (360, "Qty"), (420, "Rate"), (500, "Amount")):
        write(page, x, 200, text, fontsize=8)
    rows = (("Welding gas and consumables", "1", "57.09", "57.09"),
            ("Steel plate cut to size", "12", "46.44", "557.28"))  # fmt: skip
    for index, row in enumerate(rows):
        for x, text in zip((40, 360, 420, 500), row, strict=True):
            write(page, x, 216 + 14 * index, text, fontsize=8)
    for index, (caption, value) in enumerate(zip(captions, values, strict=True)):
        left = 40 + 175 * index
        page.draw_rect(pymupdf.Rect(left, 300, left + 160, 350), color=(0.5, 0.5, 0.5))
        write(page, left + 8, 316, caption, fontsize=8)
        width = pymupdf.get_text_length(value, fontname="helvetica", fontsize=11)
        write(page, left + 152 - width, 340, value, fontsize=11)
    return read_drawn(doc)


def test_a_tax_caption_naming_its_base_over_its_own_box_names_the_tax() -> None:
    invoice = _boxes(
        ("Charges before tax", "Tax 8.25% on net charges", "Balance to settle"),
        ("$614.37", "$50.69", "$665.06"),
    )
    assert invoice.net_total == Decimal("614.37")
    assert invoice.tax_total == Decimal("50.69")
    assert invoice.grand_total == Decimal("665.06")


def test_a_tax_and_its_base_on_one_line_stay_base_then_tax() -> None:
    """Guard: "VAT 20% on net 100.00 20.00" prints the base, then the tax, on one line."""
    doc, page = a4_page()
    write(page, 40, 52, "Kestrel Office Supplies Ltd", fontsize=14)
    write(page, 40, 66, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 130, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 142, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 100, "Invoice", fontsize=16)
    write(page, 330, 130, "Invoice no. KL-40215", fontsize=8.5)
    write(page, 330, 143, "Invoice date 2026-05-04", fontsize=8.5)
    write(page, 300, 400, "VAT 20% on net", fontsize=9)
    write(page, 420, 400, "100.00", fontsize=9)
    write(page, 480, 400, "20.00", fontsize=9)
    write(page, 300, 414, "Total due", fontsize=9)
    write(page, 480, 414, "120.00", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.net_total == Decimal("100.00")
    assert invoice.tax_total == Decimal("20.00")


@pytest.mark.parametrize(
    "label",
    ["Tax 8.25% on net charges", "VAT on net amount", "MwSt. 19 % auf Nettobetrag",
     "TVA 20 % sur HT", "IVA 21 % sobre base imponible", "IVA 22% su imponibile",
     "BTW 21% over netto", "Btw op diensten"],
)  # fmt: skip
def test_a_tax_word_then_its_base_names_the_tax(label: str) -> None:
    assert tax_on_base(label)


@pytest.mark.parametrize(
    "label", ["Charges before tax", "Net amount", "Tax base", "Total excl. VAT", "VAT", "Net"]
)
def test_a_net_caption_or_a_bare_tax_word_names_no_tax_on_a_base(label: str) -> None:
    assert not tax_on_base(label)
