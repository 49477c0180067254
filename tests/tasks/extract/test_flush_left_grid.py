"""A form's ruled grid: header cells flush left in their boxes ("Qty", "Each", "Value"), the
numbers flush right in the same boxes, nearer the next header than their own; and short
header names printed on forms ("Detail", "Per stuk", "Cód. artículo")."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 10) -> None:
    width = pymupdf.get_text_length(text, fontname="tiit", fontsize=size)
    write(page, x1 - width, y, text, fontsize=size, fontname="tiit")


def _form(page: pymupdf.Page, names: tuple[str, str, str, str]) -> None:
    write(page, 40, 50, "Harbour Plumbing & Heating Ltd", fontsize=15, fontname="hebo")
    write(page, 40, 66, "7 Orchard Close, Reading RG4 5BT", fontsize=8)
    write(page, 40, 78, "VAT reg. GB 331 0942 17", fontsize=8)
    write(page, 440, 50, "INVOICE", fontsize=18, fontname="hebo")
    write(page, 400, 80, "Invoice no. 8657", fontsize=9)
    write(page, 400, 94, "Date 16/08/2026", fontsize=9)
    # cells boxed by rules at x = 38 | 82 | 375 | 457 | 540; names flush left in their box
    for x0, x1 in ((38, 82), (82, 375), (375, 457), (457, 540)):
        page.draw_rect(pymupdf.Rect(x0, 220, x1, 340), color=(0.2, 0.3, 0.7), width=0.5)
    for x, name in zip((42, 86, 379, 461), names, strict=True):
        write(page, x, 232, name, fontsize=7, fontname="hebo")
    rows = [("1", "Call-out charge", "68.71", "68.71"),
            ("3", "Sealant and fixings", "11.56", "34.68"),
            ("9", "Copper pipe 15 mm", "7.64", "68.76")]  # fmt: skip
    for k, (qty, text, each, value) in enumerate(rows):
        y = 250 + 20 * k
        _right(page, 78, y, qty)
        write(page, 90, y, text, fontsize=10, fontname="tiit")
        _right(page, 453, y, each)
        _right(page, 536, y, value)
    for k, (label, amount) in enumerate((("Charges before VAT", "172.15"),
                                         ("VAT on charges 20%", "34.43"),
                                         ("Amount incl. VAT", "206.58"))):  # fmt: skip
        write(page, 330, 400 + 20 * k, label, fontsize=8)
        _right(page, 536, 400 + 20 * k, amount)


@pytest.mark.parametrize(
    "names",
    [
        ("Qty", "Details", "Each", "Value"),
        ("Aant.", "Specificatie", "Per stuk", "Waarde"),
        ("Qté", "Détail", "P.U.", "Valeur"),
    ],
)
def test_numbers_flush_right_in_boxes_with_names_flush_left_go_to_their_own_columns(
    names: tuple[str, str, str, str],
) -> None:
    doc, page = a4_page()
    _form(page, names)
    invoice = read_drawn(doc)
    lines = [(li.description, li.quantity, li.unit_price, li.net_amount) for li in invoice.lines]
    assert lines == [
        ("Call-out charge", Decimal(1), Decimal("68.71"), Decimal("68.71")),
        ("Sealant and fixings", Decimal(3), Decimal("11.56"), Decimal("34.68")),
        ("Copper pipe 15 mm", Decimal(9), Decimal("7.64"), Decimal("68.76")),
    ]


def test_a_table_with_centred_names_keeps_the_halfway_split() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Harbour Plumbing & Heating Ltd", fontsize=15, fontname="hebo")
    write(page, 400, 80, "Invoice no. 8657", fontsize=9)
    write(page, 400, 94, "Date 16/08/2026", fontsize=9)
    for x, name in ((40, "Description"), (330, "Qty"), (410, "Price"), (500, "Amount")):
        write(page, x, 232, name, fontsize=8, fontname="hebo")
    rows = (("Valve", "2", "10.00", "20.00"), ("Fitting", "4", "2.50", "10.00"))
    for k, (text, qty, price, amount) in enumerate(rows):
        write(page, 40, 250 + 16 * k, text, fontsize=9)
        for x1, value in ((345, qty), (435, price), (530, amount)):
            _right(page, x1, 250 + 16 * k, value, 9)
    write(page, 330, 320, "Total due", fontsize=9)
    _right(page, 530, 320, "30.00", 9)
    invoice = read_drawn(doc)
    assert [(li.quantity, li.unit_price, li.net_amount) for li in invoice.lines] == [
        (Decimal(2), Decimal("10.00"), Decimal("20.00")),
        (Decimal(4), Decimal("2.50"), Decimal("10.00")),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("detail", "description"),
        ("specificatie", "description"),
        ("desc.", "description"),
        ("per stuk", "unit_price"),
        ("pro stuck", "unit_price"),
        ("per unit", "unit_price"),
        ("c/u", "unit_price"),
        ("cad.", "unit_price"),
        ("per pezzo", "unit_price"),
        ("cod. articulo", "code"),
        ("codigo de articulo", "code"),
        ("cod. prodotto", "code"),
    ],
)
def test_short_form_names_of_description_and_price_columns(name: str, kind: str) -> None:
    assert match_column(name) == kind
