"""Four page layouts of the twenty-fifth fresh evaluation slice (`evalset_fresh25.py`), each
modelled on a real-world invoice style: a hedge-laying and walling contractor's invoice with
the total double-underlined, a furniture-restoration workshop's serif invoice with the facts on
a tinted card, a thatcher's invoice with a roof mark and a unit column, and a stained-glass
studio's invoice with a strip of coloured glass (the other three are in
`evalset_fresh25_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh23_pages import closing
from evalset_fresh24_pages import header
from evalset_fresh25_pages import (
    draw_audiologist,
    draw_funeral,
    draw_shearing,
    serif,
)

if TYPE_CHECKING:
    from evalset_fresh25 import Fresh25Sample

MOSS: Final = (0.25, 0.38, 0.18)
WALNUT: Final = (0.35, 0.2, 0.1)
CARD: Final = (0.95, 0.93, 0.88)
STRAW: Final = (0.8, 0.62, 0.25)
LEAD: Final = (0.2, 0.22, 0.3)
GLASS: Final = ((0.7, 0.1, 0.15), (0.1, 0.3, 0.7), (0.85, 0.65, 0.1), (0.15, 0.5, 0.25),
                (0.5, 0.2, 0.55))  # fmt: skip


def draw_hedgelayer(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A hedge-laying and dry-stone walling contractor's invoice: the contractor in moss green
    at the top left and the title at the right, the farm billed with the parcel worked under
    its address, the facts at the right, the work by the metre, and the totals with the amount
    due double-underlined as a bookkeeper would."""
    c = _page(doc)
    header(c, s, MOSS)
    end = _party(c, 40, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('field')}: {s.refs['field']}", size=9)
    _column(c, 330, 136, facts(s), width=225)
    _original(c, s, 330, 182, size=8)
    y = charges(c, s, end + 34, step=18)
    c.rule(40, y - 9, 555)
    below = sums(c, s, y + 10, 330, 555) - 10
    for gap in (0, 2.2):
        c.page.draw_line((450, below + gap), (555, below + gap), color=(0, 0, 0), width=0.6)
    closing(c, s, y)


def draw_restorer(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A furniture-restoration workshop's invoice set in a serif: the workshop's name in walnut
    italic at the top left over its address, the title at the right over the facts on a tinted
    card, the customer under the letterhead with the piece restored, the work with hairlines
    between the rows and the totals."""
    c = _page(doc)
    serif(c, 40, 66, s.seller.name, size=fitted(s.seller.name, 270, 19), italic=True,
          color=WALNUT)  # fmt: skip
    y = 70.0
    for line in (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"):
        y += 11
        serif(c, 40, y, line, size=8.5)
    serif(c, 555, 66, s.title, size=fitted(s.title, 230, 14), bold=True, align="right")
    c.page.draw_rect((322, 84, 563, 132), color=None, fill=CARD)
    _column(c, 330, 100, facts(s), width=225)
    _original(c, s, 330, 146, size=8)
    end = _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    serif(c, 40, end + 2, f"{s.w('piece')}: {s.refs['piece']}", size=10, italic=True)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = _head(c, end + 36, cols, heads)
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln))
        c.page.draw_line((40, y + 6), (555, y + 6), color=(0.7, 0.7, 0.7), width=0.25)
        y += 19
    finish(c, s, y)


def _roof(c: pymupdf.Page, x: float, y: float) -> None:
    """A small drawn thatched roof: a straw triangle over a dark wall."""
    c.draw_polyline([(x, y + 24), (x + 22, y), (x + 44, y + 24), (x, y + 24)], color=None,
                    fill=STRAW, closePath=True)  # fmt: skip
    c.draw_rect((x + 8, y + 24, x + 36, y + 38), color=None, fill=(0.3, 0.25, 0.2))


def draw_thatcher(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A thatcher's invoice: a roof mark beside the firm at the top left and the title at the
    right, the customer with the roof worked on under the address, the facts at the right, the
    work with the quantity and its unit in columns of their own, and the totals."""
    c = _page(doc)
    _roof(c.page, 40, 42)
    seller_block(c, s, 94, 56, color=(0.45, 0.32, 0.1))
    coloured(c, 555, 58, s.title, size=fitted(s.title, 200, 15), color=(0.45, 0.32, 0.1),
             bold=True, align="right")  # fmt: skip
    end = _party(c, 40, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('property')}: {s.buyer.address[0]}", size=9, bold=True)
    _column(c, 330, 136, facts(s), width=225)
    _original(c, s, 330, 182, size=8)
    cols = ((40, "left"), (370, "right"), (378, "left"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("unit"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = _head(c, end + 36, cols, heads)
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 18
    finish(c, s, y)


def draw_stainedglass(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A stained-glass studio's invoice: the studio at the top left over a strip of coloured
    glass panes across the page, the title in lead grey at the left under it, the customer at
    the left and the facts at the right, the work under an outlined table head, and the
    totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=LEAD)
    for k in range(20):
        x = 40 + k * 25.75
        c.page.draw_rect((x, 108, x + 23.5, 116), color=LEAD, fill=GLASS[k % 5], width=0.8)
    coloured(c, 40, 144, s.title, size=fitted(s.title, 500, 16), color=LEAD, bold=True)
    end = _party(c, 40, 170, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 174, facts(s), width=225)
    _original(c, s, 330, 220, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = end + 36
    c.page.draw_rect((40, y - 11, 555, y + 5), color=LEAD, width=1)
    _row(c, y, cols, heads, size=7.5, bold=True)
    y += 19
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln))
        y += 18
    finish(c, s, y)


DRAW: Final = {"hedgelayer": draw_hedgelayer, "restorer": draw_restorer,
               "thatcher": draw_thatcher, "stainedglass": draw_stainedglass,
               "shearing": draw_shearing, "funeral": draw_funeral,
               "audiologist": draw_audiologist}  # fmt: skip
