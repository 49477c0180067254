"""Three page layouts of the twenty-fourth fresh evaluation slice (`evalset_fresh24.py`): a
mobile dog groomer's invoice with its totals on a tinted panel, a seed merchant's long invoice
with column rules, and a party-hire firm's invoice with three header columns; plus what the
other layouts share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh23_pages import closing, day
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh24 import Fresh24Sample

COAT: Final = (0.55, 0.3, 0.55)
PANEL: Final = (0.96, 0.92, 0.96)
FIELD: Final = (0.27, 0.4, 0.13)
RED: Final = (0.78, 0.15, 0.2)


def header(c: Canvas, s: Fresh24Sample, color: tuple[float, ...]) -> None:
    """The seller at the top left (in `color`) and the title at the right."""
    seller_block(c, s, 40, 56, color=color)
    coloured(c, 555, 58, s.title, size=fitted(s.title, 240, 15), color=color, bold=True,
             align="right")  # fmt: skip


def draw_groomer(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A mobile dog groomer's invoice: the groomer in heather at the top left and the title at
    the right, the owner billed at the left with the dogs groomed under the address, the facts
    at the right, the grooms, and the totals on a tinted rounded panel at the right."""
    c = _page(doc)
    header(c, s, COAT)
    end = _party(c, 40, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('dogs')}: {s.refs['dogs']}", size=9, bold=True)
    _column(c, 330, 136, facts(s), width=225)
    _original(c, s, 330, 182, size=8)
    y = charges(c, s, end + 36, step=18)
    c.rule(40, y - 9, 555)
    c.page.draw_rect((320, y + 2, 563, y + 52), color=None, fill=PANEL, radius=0.15)
    sums(c, s, y + 17, 330, 553)
    closing(c, s, y)


def draw_seedmerchant(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A seed merchant's invoice to a farm: the merchant in field green at the top left and
    the title at the right, the farm at the left and the facts at the right, a long table of
    seed per delivery note with thin rules between its columns, the early-order discount and
    the totals."""
    c = _page(doc)
    header(c, s, FIELD)
    _party(c, 40, 128, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 132, facts(s), width=225)
    _original(c, s, 330, 178, size=8)
    top = 206.0
    y = charges(c, s, top + 12, step=14.5)
    for x in (342, 412, 492):
        c.page.draw_line((x, top), (x, y - 9), color=FIELD, width=0.4)
    finish(c, s, y)


def draw_bouncycastle(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A party-hire firm's invoice: the firm in red at the top left and the title at the right,
    then three columns: the customer billed, where the equipment was delivered with the day of
    the party, and the facts; the hire items and the totals."""
    c = _page(doc)
    header(c, s, RED)
    _party(c, 40, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(262, 132, s.w("delivery"), size=7.5, bold=True)
    c.text(262, 146, s.refs["venue"], size=fitted(s.refs["venue"], 125, 9), bold=True)
    c.text(262, 160, s.buyer.address[-1], size=9)
    c.text(262, 178, f"{s.w('event')}: {day(s, 'event')}", size=8)
    _column(c, 395, 136, facts(s), width=160, size=8)
    _original(c, s, 395, 182, size=7.5)
    y = charges(c, s, 222, step=17)
    finish(c, s, y)
