"""Three page layouts of the twelfth fresh evaluation slice (`evalset_fresh12.py`): a coffee
subscription's invoice with its summary box above the table, a decorating wholesaler's invoice
under a dark banner with a long table and a chimney sweep's invoice under its inspection record;
plus the line table the slice's layouts share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh10_layouts import _quantity
from evalset_fresh11_layouts import fitted
from evalset_fresh12_text import WORDING
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh12 import Fresh12Sample

NIGHT: Final = (0.13, 0.2, 0.3)
WHITE: Final = (1.0, 1.0, 1.0)


def table(c: Canvas, s: Fresh12Sample, y: float, *, x0: float = 40, x1: float = 555,
          step: float = 16) -> float:  # fmt: skip
    """The shaded header and one row per line (description, quantity with its unit, price,
    amount), each row over a hairline; returns the y under the last row."""
    cols = ((x0, "left"), (x1 - 150, "right"), (x1 - 75, "right"), (x1, "right"))
    y = _head(c, y, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), x0=x0, x1=x1)
    for ln in s.lines:
        _row(c, y, cols, (ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        c.rule(x0, y + 5, x1, width=0.2)
        y += step
    return y


def _letterhead(c: Canvas, s: Fresh12Sample) -> None:
    """The seller at the top left, the title at the top right."""
    c.text(40, 58, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 72 + 10 * k, line, size=7.5)
    c.text(555, 60, s.title, size=17, bold=True, align="right")


def draw_totalsfirst(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A coffee subscription's invoice: the roaster and the title, the subscriber and the facts,
    then a framed summary box with the totals (and the loyalty discount) and the due date, and
    only then the table of the month's deliveries."""
    c = _page(doc)
    _letterhead(c, s)
    _party(c, 40, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 340, 118, (*facts(s), (s.w("account"), s.refs["account"])), width=215, size=8.5)
    _original(c, s, 40, 192, size=8)
    rows = 3 + 2 * bool(s.allowance)
    bottom = 232 + 14 * rows
    c.page.draw_rect((40, 206, 555, bottom), color=(0.2, 0.2, 0.2), width=1.2)
    c.text(52, 222, s.w("summary"), size=10, bold=True)
    sums(c, s, 240, 52, 300)
    c.text(543, 240, s.w("due"), size=8, align="right")
    c.text(543, 258, s.date_text(s.due), size=13, bold=True, align="right")
    y = table(c, s, bottom + 36)
    c.rule(40, y - 9, 555)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.rule(40, 785, 555, width=0.3)
    c.text(40, 795, f"{s.w('bank')}: IBAN {s.seller.iban}", size=6.5)


def draw_banner(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A decorating wholesaler's invoice: a dark banner across the top with the merchant, its
    address and the title in white, the customer and the facts under it, a long table of
    products in their sizes and the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 92), color=None, fill=NIGHT)
    coloured(c, 40, 42, s.seller.name, size=fitted(s.seller.name, 270, 15), color=WHITE, bold=True)
    coloured(c, 40, 58, " \u00b7 ".join(s.seller.address), size=8, color=WHITE)
    coloured(c, 40, 70, f"{s.w('vat_id')} {s.seller.vat_id}", size=8, color=WHITE)
    coloured(
        c, 555, 46, s.title, size=fitted(s.title, 215, 20), color=WHITE, bold=True, align="right"
    )
    _party(c, 40, 120, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 340, 120, (*facts(s), (s.w("account"), s.refs["account"])), width=215, size=8.5)
    _original(c, s, 40, 196, size=8)
    y = table(c, s, 222, step=15)
    finish(c, s, y)


def draw_sweep(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A chimney sweep's invoice: the sweep and the title, the customer and the facts, the record
    of the appliances inspected and their result, then the charges and the totals."""
    c = _page(doc)
    _letterhead(c, s)
    _party(c, 40, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 340, 118, facts(s), width=215, size=8.5)
    _original(c, s, 340, 176, size=8)
    appliances = WORDING[s.lang]["appliances"].split("|")[: len(s.lines) % 3 + 1]
    bottom = 222 + 13 * len(appliances) + 18
    c.page.draw_rect((40, 200, 555, bottom), color=(0.4, 0.4, 0.4), width=0.6)
    c.text(50, 214, s.w("inspected"), size=8.5, bold=True)
    for k, name in enumerate(appliances):
        c.text(60, 228 + 13 * k, f"[x]  {name}", size=8.5)
    c.text(545, 228, s.w("result"), size=8.5, bold=True, align="right")
    y = table(c, s, bottom + 30)
    finish(c, s, y)
