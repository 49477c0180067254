"""Four page layouts of the nineteenth fresh evaluation slice (`evalset_fresh19.py`), each
modelled on a real-world invoice style: a lift maintenance contractor's invoice with a
right-aligned key column and a ruled reference band, a fire-extinguisher servicing firm's invoice
with a two-column grid of ruled fact cells, a pool maintenance firm's invoice with its facts in a
strip at the foot, and a vending operator's invoice with its facts on one line under the title
(the other three are in `evalset_fresh19_pages.py`). Every one prints the number, both dates,
both parties, the currency, the lines and the three totals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh19_pages import (
    captioned,
    charges,
    draw_blindfit,
    draw_bookkeeping,
    draw_farrier,
    seller_block,
)
from generate import BOLD

if TYPE_CHECKING:
    from evalset_fresh19 import Fresh19Sample

STEEL: Final = (0.2, 0.28, 0.4)
SIGNAL: Final = (0.75, 0.1, 0.08)
POOL: Final = (0.05, 0.45, 0.6)
TILE: Final = (0.9, 0.96, 0.98)
MINT: Final = (0.1, 0.45, 0.3)


def draw_liftservice(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A lift maintenance contractor's invoice: the firm in steel blue at the top left, a key
    column at the right (labels right-aligned against their values), the customer and the title,
    a band between two rules naming the maintenance contract and the installation, the charges."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=STEEL)
    rows = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)))  # fmt: skip
    for k, (label, value) in enumerate(rows):
        c.text(452, 56 + 14 * k, label, size=8, align="right")
        c.text(460, 56 + 14 * k, value, size=8.5, bold=True)
    _party(c, 40, 124, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(555, 140, s.title, size=fitted(s.title, 230, 15), bold=True, align="right")
    _original(c, s, 340, 160, size=8)
    c.rule(40, 196, 555, width=0.8)
    c.text(40, 210, f"{s.w('contract')} {s.refs['contract']}", size=9, bold=True)
    c.text(250, 210, f"{s.w('lift')} {s.refs['lift']} \u2013 {s.buyer.address[0]}", size=9)
    c.rule(40, 218, 555, width=0.8)
    y = charges(c, s, 250)
    finish(c, s, y)


def draw_extinguishers(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A fire-extinguisher servicing firm's invoice: the title in signal red at the top left over
    a two-by-two grid of ruled cells (number, date, due date, next inspection), the firm
    right-aligned at the top right and the customer under it, the premises inspected, the checks
    and refills with the contract reduction under them."""
    c = _page(doc)
    coloured(c, 40, 62, s.title, size=fitted(s.title, 280, 16), color=SIGNAL, bold=True)
    grid = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)), (s.w("next"), s.refs["next"]))  # fmt: skip
    c.box((40, 76, 300, 140))
    c.page.draw_line((170, 76), (170, 140), color=(0.2, 0.2, 0.2), width=0.5)
    c.page.draw_line((40, 108), (300, 108), color=(0.2, 0.2, 0.2), width=0.5)
    for k, (caption, value) in enumerate(grid):
        captioned(c, 46 + 130 * (k % 2), 86 + 32 * (k // 2), caption, value, size=9)
    seller_block(c, s, 555, 56, align="right")
    _party(c, 340, 120, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 40, 156, size=8)
    c.text(40, 200, f"{s.w('premises')}: {', '.join(s.buyer.address)}", size=9, bold=True)
    y = charges(c, s, 236)
    finish(c, s, y)


def draw_poolvisit(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A pool maintenance firm's invoice: the firm in pool blue over a tiled stripe, the title at
    the right, the customer and the pool, the visits and chemicals, the totals, and the number,
    dates and currency only in a tinted strip of captioned cells at the foot."""
    c = _page(doc)
    seller_block(c, s, 40, 58, color=POOL)
    c.page.draw_rect((40, 104, 555, 108), color=None, fill=TILE)
    c.text(555, 58, s.title, size=fitted(s.title, 230, 14), bold=True, align="right")
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(340, 144, f"{s.w('pool')}: {s.refs['pool']}", size=9)
    _original(c, s, 340, 160, size=8)
    y = charges(c, s, 226)
    c.rule(40, y - 9, 555)
    sums(c, s, y + 10, 330, 555)
    c.page.draw_rect((40, 706, 555, 746), color=None, fill=TILE)
    strip = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("due"), s.date_text(s.due)), (s.w("currency"), s.currency))  # fmt: skip
    for k, (caption, value) in enumerate(strip):
        captioned(c, 50 + 130 * k, 720, caption, value, size=9)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_vending(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A vending operator's invoice to the host of its machines: the operator in mint at the
    top left, the customer at the right, the title and under it one reference line with the
    number, date and due date, where the machines stand, then a refill per machine and product
    (the machine's code in the line)."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=MINT)
    _party(c, 340, 56, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, 150, s.title, size=fitted(s.title, 400, 16), bold=True)
    parts = [f"{s.w('number')} {s.number}", f"{s.w('date')} {s.date_text(s.issue)}",
             f"{s.w('due')} {s.date_text(s.due)}"]  # fmt: skip
    x = 40.0
    for part in parts:
        c.text(x, 168, part, size=8.5)
        x += BOLD.text_length(part, fontsize=8.5) + 18
    _original(c, s, 40, 184, size=8)
    c.text(40, 204, f"{s.w('site')}: {s.buyer.name}, {s.buyer.address[0]}", size=8.5)
    y = charges(c, s, 232, step=14)
    finish(c, s, y)


DRAW: Final = {"liftservice": draw_liftservice, "extinguishers": draw_extinguishers,
               "poolvisit": draw_poolvisit, "vending": draw_vending, "blindfit": draw_blindfit,
               "bookkeeping": draw_bookkeeping, "farrier": draw_farrier}  # fmt: skip
