"""Four page layouts of the twenty-second fresh evaluation slice (`evalset_fresh22.py`), each
modelled on a real-world invoice style: a tree surgeon's invoice with the facts in the left
column under the firm's address, a roofer's invoice with a ruled label and value grid of its
facts, a taxidermist's invoice with a three-column header, and a ceramics studio's tableware
invoice with the facts under the title at the left (the other three are in
`evalset_fresh22_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import seller_block
from evalset_fresh22_pages import draw_borehole, draw_courtreport, draw_fencing, facts, noted
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh22 import Fresh22Sample

FOREST: Final = (0.13, 0.35, 0.16)
SLATE: Final = (0.22, 0.27, 0.33)
UMBER: Final = (0.42, 0.26, 0.13)
COBALT: Final = (0.1, 0.25, 0.55)
SHADE: Final = (0.9, 0.91, 0.93)


def fitted_party(c: Canvas, x: float, y: float, label: str, name: str, address: Sequence[str],
                 *, width: float, size: float = 9.5) -> float:  # fmt: skip
    """A party whose bold name is shrunk to fit `width`: label, name, address; returns the y
    under it."""
    c.text(x, y, label, size=7.5, bold=True)
    c.text(x, y + 14, name, size=fitted(name, width, size), bold=True)
    y += 14
    for line in address:
        y += size + 2
        c.text(x, y, line, size=size)
    return y + 14


def draw_treesurgeon(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A tree surgeon's invoice: the firm in forest green at the top left with the facts under
    its address in the same column, the title at the top right, the customer and the site of the
    works in the right column, and the tree works with the number of each tree in a first
    column."""
    c = _page(doc)
    y = seller_block(c, s, 40, 56, color=FOREST)
    coloured(c, 555, 58, s.title, size=fitted(s.title, 230, 15), color=FOREST, bold=True,
             align="right")  # fmt: skip
    c.page.draw_line((40, y - 4), (270, y - 4), color=FOREST, width=0.8)
    end = _pairs(c, 40, y + 10, facts(s), width=230, size=8.5, step=14)
    _original(c, s, 40, end + 2, size=8)
    right = _party(c, 330, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(330, right, s.w("site"), size=7.5, bold=True)
    c.text(330, right + 13, ", ".join(s.buyer.address), size=9)
    noted(c, s, 240, "tree", at=90, first=True)


def draw_roofer(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A roofer's invoice: the firm in slate at the top left and the title at the right, the
    customer, under it a small ruled grid of the facts (shaded label cells, value cells beside
    them), the property roofed at the right, then the materials and the labour each under a
    heading of its own."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=SLATE)
    c.text(555, 58, s.title, size=fitted(s.title, 230, 16), bold=True, align="right")
    end = _party(c, 40, 126, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    top = end - 2
    for k, (label, value) in enumerate(facts(s)):
        row = top + 18 * k
        c.page.draw_rect((40, row, 170, row + 18), color=None, fill=SHADE)
        c.text(45, row + 12.5, label, size=fitted(label, 120, 8))
        c.text(176, row + 12.5, value, size=9, bold=True)
    c.page.draw_rect((40, top, 300, top + 54), color=SLATE, width=0.6)
    for row in (top + 18, top + 36):
        c.page.draw_line((40, row), (300, row), color=SLATE, width=0.4)
    c.page.draw_line((170, top), (170, top + 54), color=SLATE, width=0.4)
    _party(c, 340, 126, s.w("property"), s.buyer.address[0], s.buyer.address[1:], size=9.5)
    _original(c, s, 40, top + 70, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, top + 96, cols, (s.w("desc"), s.w("qty"), s.w("price"),
                                  f"{s.w('amount')} {s.currency}"))  # fmt: skip
    for section, group in groupby(s.lines, key=lambda ln: ln.section):
        coloured(c, 40, y, s.w(section), size=9, color=SLATE, bold=True)
        y += 15
        for ln in group:
            _row(c, y, cols, cells(s, ln), size=8.5)
            y += 15
        y += 5
    finish(c, s, y - 5)


def draw_taxidermy(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A taxidermist's invoice: the studio's name in umber over a rule and the title under it,
    then three columns: the studio's address, VAT number and bank at the left, the facts in a
    frame in the middle and the customer at the right; the mounts with the specimen's tag
    number in a column of their own."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 515, 17), color=UMBER,
             bold=True)  # fmt: skip
    c.page.draw_line((40, 66), (555, 66), color=UMBER, width=1.2)
    c.text(40, 96, s.title, size=fitted(s.title, 515, 14), bold=True)
    y = 126.0
    for line in (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}", s.w("bank"),
                 s.seller.iban):  # fmt: skip
        c.text(40, y, line, size=7, bold=line == s.w("bank"))
        y += 11
    c.page.draw_rect((200, 114, 372, 176), color=UMBER, width=0.8)
    c.text(208, 127, s.w("details"), size=7.5, bold=True)
    for k, (label, value) in enumerate(facts(s)):
        c.text(208, 143 + 13 * k, label, size=fitted(label, 100, 7.5))
        c.text(364, 143 + 13 * k, value, size=8, bold=True, align="right")
    fitted_party(c, 388, 126, s.w("customer"), s.buyer.name, s.buyer.address, width=167,
                 size=9)  # fmt: skip
    _original(c, s, 200, 192, size=8)
    noted(c, s, 228, "tag", at=330, first=False)


def draw_tableware(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A ceramics studio's tableware invoice to a restaurant: the studio in cobalt at the top
    left, the title under it at the left with the facts as "label: value" lines under the title,
    the invoice address and the delivery address side by side under those, and a long table of
    article codes, tableware per glaze, pieces, price and amount."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=COBALT)
    coloured(c, 40, 132, s.title, size=fitted(s.title, 515, 18), color=COBALT, bold=True)
    y = 152.0
    for label, value in facts(s):
        width = c.text(40, y, f"{label}:", size=8.5)
        c.text(40 + width + 6, y, value, size=8.5, bold=True)
        y += 13
    _original(c, s, 300, 152, size=8)
    _party(c, 40, y + 14, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _party(c, 300, y + 14, s.w("deliver"), s.buyer.name, s.buyer.address, size=9)
    noted(c, s, y + 92, "code", at=95, first=True, desc="ware", step=14)


DRAW: Final = {"treesurgeon": draw_treesurgeon, "roofer": draw_roofer,
               "taxidermy": draw_taxidermy, "tableware": draw_tableware,
               "borehole": draw_borehole, "fencing": draw_fencing,
               "courtreport": draw_courtreport}  # fmt: skip
