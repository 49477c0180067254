"""Three page layouts of the thirteenth fresh evaluation slice (`evalset_fresh13.py`): an
optician's invoice with its totals at the left and its number only under a barcode at the foot, a
builders' merchant's trade-account invoice listing the counter slips of the month by day, and a
florist's invoice that names the recipient at the top and the billed customer only under the
table; and the table rows the slice's layouts share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh10_layouts import _quantity
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh10 import Fresh10Line
    from evalset_fresh13 import Fresh13Sample

TEAL: Final = (0.05, 0.4, 0.42)
PETAL: Final = (0.62, 0.16, 0.36)


def cells(s: Fresh13Sample, ln: Fresh10Line) -> tuple[str, ...]:
    """Description, quantity with its unit, unit price and amount of one line."""
    return (ln.description, _quantity(s, ln.quantity, ln.unit), s.price_text(ln.unit_price),
            s.number_text(ln.net_amount))  # fmt: skip


def table(c: Canvas, s: Fresh13Sample, y: float, cols: Sequence[tuple[float, str]],
          heads: Sequence[str], row: Callable[[int, Fresh10Line], Sequence[str]], *,
          step: float = 16, size: float = 8.5) -> float:  # fmt: skip
    """A shaded header and one row per line; returns the y under the last row."""
    y = _head(c, y, cols, heads)
    for k, ln in enumerate(s.lines):
        _row(c, y, cols, row(k, ln), size=size)
        y += step
    return y


def plain(c: Canvas, s: Fresh13Sample, y: float, *, step: float = 16) -> float:
    """The table most layouts print: description, quantity with unit, unit price, amount."""
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount"))
    return table(c, s, y, cols, heads, lambda k, ln: cells(s, ln), step=step)


# The left-hand (odd) EAN digit patterns: seven modules per digit, 1 a bar.
_EAN: Final = ("0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111",
               "0111011", "0110111", "0001011")  # fmt: skip


def bars(c: Canvas, number: str, x0: float, y: float, *, width: float, height: float) -> None:
    """A barcode of the number's digits between two guard patterns, `width` wide from x0."""
    modules = "101" + "".join(_EAN[int(d)] for d in number if d.isdigit()) + "101"
    step = width / len(modules)
    for k, bit in enumerate(modules):
        if bit == "1":
            c.page.draw_rect((x0 + k * step, y, x0 + (k + 1) * step, y + height), color=None,
                             fill=(0, 0, 0))  # fmt: skip


def draw_barcode(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """An optician's invoice to an employer: the practice in colour at the top left, the title,
    dates and currency at the top right (no number there), the customer, the table, the totals
    at the LEFT under it, and the invoice number printed only under a barcode at the foot."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=16, color=TEAL, bold=True)
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 100, s.title, size=17, bold=True, align="right")
    _pairs(c, 345, 120, facts(s)[1:], width=210, size=8.5)
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 345, 170, size=8)
    y = plain(c, s, 214)
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 40, 250)
    c.text(40, y + 8, s.w("pay").format(due=s.date_text(s.due)), size=8.5)
    c.text(555, 690, s.w("number"), size=7.5, bold=True, align="right")
    bars(c, s.number, 355, 698, width=200, height=36)
    c.text(455 - REGULAR.text_length(s.number, fontsize=10) / 2, 748, s.number, size=10)
    c.text(40, 748, s.w("quote"), size=8)
    _small_print(c, s, 795)


def draw_counterslips(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A builders' merchant's trade-account invoice: the merchant and the title, the account
    holder and the facts, then one line per item collected at the counter with its day and
    counter slip, up to twenty lines, and the totals."""
    c = _page(doc)
    c.text(40, 54, s.seller.name, size=12, bold=True)
    c.text(40, 67, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7)  # fmt: skip
    c.text(555, 96, s.title, size=13, bold=True, align="right")
    _party(c, 40, 96, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 330, 114, (*facts(s), (s.w("account"), s.refs["account"])), width=225,
           size=8)  # fmt: skip
    _original(c, s, 40, 186, size=8)
    count = len(s.lines)
    cols = ((40, "left"), (92, "left"), (140, "left"), (396, "right"), (402, "left"),
            (490, "right"), (555, "right"))  # fmt: skip

    def row(k: int, ln: Fresh10Line) -> tuple[str, ...]:
        day = s.issue - dt.timedelta(days=1 + (count - k) * 27 // count)
        return (s.date_text(day), f"{4100 + 13 * k + s.index}", ln.description,
                s.quantity_text(ln.quantity), ln.unit, s.price_text(ln.unit_price),
                s.number_text(ln.net_amount))  # fmt: skip

    y = table(c, s, 210, cols, (s.w("day"), s.w("ticket"), s.w("desc"), s.w("qty"), "",
                                s.w("price"), s.w("amount")), row, step=13, size=7.5)  # fmt: skip
    finish(c, s, y)


def draw_deliverto(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A florist's invoice: the shop's name in colour, the recipient the flowers went to at the
    top left, the facts at the right, the table and the totals, and the customer who pays only
    under them."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=16, color=PETAL, bold=True)
    c.text(40, 72, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(555, 58, s.title, size=16, bold=True, align="right")
    _party(c, 40, 108, s.w("deliver"), s.refs["recipient"], s.buyer.address, size=9.5)
    _pairs(c, 330, 108, facts(s), width=225, size=8.5)
    _original(c, s, 330, 166, size=8)
    y = plain(c, s, 200)
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 330, 555)
    _party(c, 40, y + 24, s.w("billto"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)
