"""Four page layouts of the ninth fresh evaluation slice (`evalset_fresh9.py`), each modelled on a
real-world invoice style: a veterinary clinic's invoice, a venue hire invoice with the deposit
deducted, a managed IT services invoice with a framed fact box and a tradesman's pre-printed pad
filled in by hand (the other three are in `evalset_fresh9_pages.py`). Every one prints the
number, both dates, both parties, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh7_pages import wrapped_head
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import (
    coloured,
    draw_chauffeur,
    draw_laundry,
    draw_vintner,
    facts,
    finish,
)
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh9 import Fresh9Sample

TEAL: Final = (0.0, 0.45, 0.45)
PLUM: Final = (0.38, 0.14, 0.3)
WHITE: Final = (1.0, 1.0, 1.0)
FORM: Final = (0.12, 0.28, 0.6)  # the pad's pre-printed blue
INK: Final = (0.05, 0.08, 0.3)  # the pen
HAND: Final = pymupdf.Font("tiit")


def _cells(c: Canvas, x: float, y: float, cells: Sequence[tuple[str, str]], width: float, *,
           boxed: bool = True) -> None:  # fmt: skip
    """A row of cells, each a small label above its value."""
    for k, (label, value) in enumerate(cells):
        left = x + k * width
        if boxed:
            c.box((left, y - 10, left + width - 4, y + 18))
        c.text(left + 5, y, label, size=6.5)
        c.text(left + 5, y + 13, value, size=9, bold=True)


def draw_veterinary(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A veterinary clinic's invoice: a coloured edge, the clinic top left, the owner at the
    right, the facts and the patient as grids of labels above values, then day of treatment |
    treatment | quantity | unit | price | amount and the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 14, 842), color=None, fill=TEAL)
    c.text(40, 55, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 69 + 10 * k, line, size=8)
    _party(c, 340, 55, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 145, s.title, size=16, bold=True)
    _cells(c, 40, 172, facts(s), 129)
    c.page.draw_rect((40, 200, 555, 230), color=None, fill=(0.88, 0.95, 0.95))
    _cells(c, 40, 211, ((s.w("patient"), s.refs["pet"]), (s.w("species"), s.refs["species"]),
                        (s.w("chip"), s.refs["chip"])), 172, boxed=False)  # fmt: skip
    _original(c, s, 40, 250, size=8)
    cols = ((40, "left"), (105, "left"), (395, "right"), (403, "left"), (490, "right"),
            (555, "right"))  # fmt: skip
    y = _head(c, 274, cols, (s.w("visit"), s.w("desc"), s.w("qty"), "", s.w("price"),
                             s.w("amount")))  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (s.date_text(ln.day), ln.description, s.quantity_text(ln.quantity),
                          ln.unit, s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 15
    finish(c, s, y)


def draw_venue(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A venue's hire invoice: the house centred on top, number and dates in white on a coloured
    band, the hirer and the event, the hire items, the totals, then the deposit received and the
    balance still to pay."""
    c = _page(doc)
    _centred(c, 58, s.seller.name, size=17, bold=True)
    _centred(c, 74, " \u00b7 ".join(s.seller.address), size=8)
    c.page.draw_rect((0, 96, 595, 140), color=None, fill=PLUM)
    for k, (label, value) in enumerate(facts(s)[:3]):
        coloured(c, 40 + 180 * k, 112, label, size=7, color=WHITE)
        coloured(c, 40 + 180 * k, 129, value, size=10.5, color=WHITE, bold=True)
    c.text(40, 172, s.title, size=15, bold=True)
    _original(c, s, 40, 188, size=8)
    _party(c, 40, 210, s.w("customer"), s.buyer.name, s.buyer.address)
    event_day = dt.date.fromisoformat(s.refs["event_day"])
    _pairs(c, 330, 224, ((s.w("event"), s.refs["event"]),
                         (s.w("event_date"), s.date_text(event_day)),
                         (s.w("currency"), s.currency)), width=225, size=8)  # fmt: skip
    cols = ((40, "left"), (370, "right"), (378, "left"), (480, "right"), (555, "right"))
    y = _head(c, 290, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 16
    c.rule(40, y - 10, 555)
    y = sums(c, s, y + 8, 330, 555)
    if s.instalments:
        day, amount = s.instalments[0]
        c.text(330, y, s.w("deposit").format(date=s.date_text(day)), size=8.5)
        c.text(555, y, s.money_text(-amount), size=8.5, align="right")
        c.rule(330, y + 5, 555, width=0.4)
        c.text(330, y + 18, s.w("balance"), size=9.5, bold=True)
        c.text(555, y + 18, s.money_text(s.grand - amount), size=9.5, bold=True, align="right")
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def _two_lines(label: str) -> tuple[str, ...]:
    """A label broken into two lines after its middle word (one word stays on one line)."""
    words = label.split()
    half = (len(words) + 1) // 2
    return (" ".join(words[:half]), " ".join(words[half:])) if len(words) > 1 else (label,)


def draw_managed(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A managed IT services invoice: the provider top left with the customer under it, a framed
    fact box at the right whose labels run over two lines, then service | seats or devices | per
    seat and month | amount and the totals."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 69 + 10 * k, line, size=8)
    start = dt.date.fromisoformat(s.refs["start"])
    end = s.issue.replace(day=1) - dt.timedelta(1)
    rows = (
        *facts(s)[:3],
        (s.w("contract"), s.refs["contract"]),
        (s.w("period"), f"{s.date_text(start)} \u2013 {s.date_text(end)}"),
        facts(s)[3],
    )
    c.box((345, 36, 555, 36 + 23 * len(rows) + 4))
    y = 50.0
    for label, value in rows:
        for k, part in enumerate(_two_lines(label)):
            c.text(352, y + 8 * k, part, size=6.5)
        c.text(548, y + 3, value, size=8.5, bold=True, align="right")
        y += 23
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(40, 222, s.title, size=16, bold=True)
    _original(c, s, 40, 238, size=8)
    cols = ((40, "left"), (375, "right"), (383, "left"), (478, "right"), (555, "right"))
    y = wrapped_head(c, 262, cols, (s.w("desc"), s.w("units"), "", s.w("per_month"),
                                    s.w("amount")), width=70)  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 15
    finish(c, s, y)


def _ink(c: Canvas, x: float, y: float, text: str, *, size: float = 11,
         align: str = "left") -> None:  # fmt: skip
    """Filled in by hand: a handwriting-like italic in pen colour."""
    left = x - HAND.text_length(text, fontsize=size) if align == "right" else x
    c.page.insert_text((left, y), text.encode("cp1252").decode("latin-1"), fontsize=size,
                       fontname="tiit", color=INK)  # fmt: skip


def _form_box(c: Canvas, rect: tuple[float, float, float, float], label: str) -> None:
    c.page.draw_rect(rect, color=FORM, width=0.7)
    coloured(c, rect[0] + 4, rect[1] + 8, label, size=6, color=FORM, bold=True)


PAD_ROWS: Final = 12  # the ruled rows the pad's grid has, filled or not


def draw_padform(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A tradesman's duplicate pad: the firm and the boxes pre-printed in blue with abbreviated
    labels, the pad number in red, a ruled grid of twelve rows (qty | description | each |
    amount) and total boxes; what the tradesman wrote is in a pen-coloured italic."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=15, color=FORM, bold=True)
    coloured(c, 40, 72, " \u00b7 ".join(s.seller.address), size=8, color=FORM)
    coloured(c, 40, 83, f"{s.w('vat_id')} {s.seller.vat_id}", size=8, color=FORM)
    coloured(c, 555, 58, s.title, size=18, color=FORM, bold=True, align="right")
    _form_box(c, (425, 70, 555, 100), s.w("inv_abbr"))
    coloured(c, 548, 94, s.number, size=14, color=(0.75, 0.1, 0.1), bold=True, align="right")
    _form_box(c, (40, 115, 300, 195), s.w("cust_abbr"))
    _ink(c, 50, 138, s.buyer.name)
    for k, line in enumerate(s.buyer.address):
        _ink(c, 50, 155 + 15 * k, line)
    _form_box(c, (315, 115, 432, 145), s.w("date_abbr"))
    _ink(c, 325, 139, s.date_text(s.issue))
    _form_box(c, (438, 115, 555, 145), s.w("due_abbr"))
    _ink(c, 448, 139, s.date_text(s.due))
    _form_box(c, (315, 151, 555, 195), s.w("job"))
    _ink(c, 325, 175, s.buyer.address[0])
    _ink(c, 325, 189, s.currency, size=9)
    if s.credit_note:
        _ink(c, 40, 214, f"{s.w('original')} {s.refs['original']}", size=10)
    grid = (40.0, 85.0, 385.0, 470.0, 555.0)
    top, step = 226.0, 20.0
    c.page.draw_rect((40, top, 555, top + 16), color=FORM, fill=(0.9, 0.93, 0.98), width=0.7)
    for x, label in zip(grid, (s.w("qty"), s.w("desc"), s.w("price"), s.w("amount")),
                        strict=False):  # fmt: skip
        coloured(c, x + 4, top + 11, label, size=7, color=FORM, bold=True)
    bottom = top + 16 + step * PAD_ROWS
    for k in range(PAD_ROWS + 1):
        c.page.draw_line((40, top + 16 + step * k), (555, top + 16 + step * k), color=FORM,
                         width=0.4)  # fmt: skip
    for x in grid:
        c.page.draw_line((x, top), (x, bottom), color=FORM, width=0.6)
    for k, ln in enumerate(s.lines):
        y = top + 16 + step * k + 14
        _ink(c, 78, y, s.quantity_text(ln.quantity), size=10.5, align="right")
        _ink(c, 92, y, ln.description, size=10.5)
        _ink(c, 463, y, s.price_text(ln.unit_price), size=10.5, align="right")
        _ink(c, 548, y, s.number_text(ln.net_amount), size=10.5, align="right")
    totals: tuple[tuple[str, Decimal], ...] = (
        (s.w("net"), s.net), (s.w("tax").format(rate=s.rate_text), s.tax),
        (s.w("grand"), s.grand))  # fmt: skip
    for k, (label, value) in enumerate(totals):
        y = bottom + 8 + 24 * k
        c.page.draw_rect((385, y, 555, y + 22), color=FORM, width=0.7)
        coloured(c, 380, y + 14, label, size=7.5, color=FORM, bold=k == 2, align="right")
        _ink(c, 548, y + 16, s.money_text(value), size=11.5, align="right")
    c.page.draw_line((40, bottom + 66), (240, bottom + 66), color=FORM, width=0.6)
    coloured(c, 40, bottom + 76, s.w("sign"), size=6.5, color=FORM)
    coloured(c, 40, 770, s.w("pay").format(due=s.date_text(s.due)), size=7.5, color=FORM)
    coloured(c, 40, 790, f"IBAN {s.seller.iban}", size=7.5, color=FORM)


DRAW: Final = {"veterinary": draw_veterinary, "venue": draw_venue, "managed": draw_managed,
               "padform": draw_padform, "vintner": draw_vintner,
               "chauffeur": draw_chauffeur, "laundry": draw_laundry}  # fmt: skip
