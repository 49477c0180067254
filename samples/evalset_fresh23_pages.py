"""Three page layouts of the twenty-third fresh evaluation slice (`evalset_fresh23.py`): an organ
builder's restoration invoice inside a double page border, a ship chandler's invoice to a yacht
owner with the vessel line and a striped table, and an escape-room venue's team event invoice
with the event in a sentence under the title; plus what the other layouts share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh23 import Fresh23Sample

WALNUT: Final = (0.36, 0.2, 0.1)
HARBOUR: Final = (0.05, 0.23, 0.42)
STRIPE: Final = (0.93, 0.95, 0.98)
PLUM: Final = (0.4, 0.12, 0.38)


def day(s: Fresh23Sample, key: str) -> str:
    """A date the layout keeps in `refs` (ISO), printed in the sample's date style."""
    return s.date_text(dt.date.fromisoformat(s.refs[key]))


def closing(c: Canvas, s: Fresh23Sample, y: float, *, x: float = 40) -> None:
    """The payment line and the small print at the foot of the page (from `x`)."""
    c.text(x, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    if x == 40:
        _small_print(c, s, 795)


def draw_organ(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """An organ builder's restoration invoice inside a double page border: the workshop's name
    in walnut at the top left over its address, the title at the right, the parish or
    foundation billed at the left with the instrument restored under it, the facts at the
    right, the restoration stages and the totals."""
    c = _page(doc)
    c.page.draw_rect((24, 24, 571, 818), color=WALNUT, width=1.4)
    c.page.draw_rect((29, 29, 566, 813), color=WALNUT, width=0.5)
    seller_block(c, s, 44, 62, color=WALNUT)
    coloured(c, 551, 62, s.title, size=fitted(s.title, 240, 14), color=WALNUT, bold=True,
             align="right")  # fmt: skip
    end = _party(c, 44, 136, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(44, end, f"{s.w('instrument')}: {s.refs['instrument']}", size=8.5)
    _column(c, 350, 140, facts(s), width=201)
    _original(c, s, 350, 186, size=8)
    y = charges(c, s, end + 40, step=18)
    finish(c, s, y)


def draw_chandler(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """A ship chandler's invoice to a yacht owner: the chandler in harbour blue at the top left
    and the title at the right, the owner billed at the left and the facts at the right, then
    one line naming the yacht, its flag and its berth between two rules, a table whose rows are
    striped, and the amount due in a frame."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=HARBOUR)
    coloured(c, 555, 58, s.title, size=fitted(s.title, 230, 15), color=HARBOUR, bold=True,
             align="right")  # fmt: skip
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 134, facts(s), width=225)
    _original(c, s, 330, 180, size=8)
    c.page.draw_line((40, 204), (555, 204), color=HARBOUR, width=0.6)
    c.page.draw_line((40, 222), (555, 222), color=HARBOUR, width=0.6)
    ship = (f"{s.w('vessel')}: {s.refs['vessel']}    {s.w('flag')}: {s.refs['flag']}    "
            f"{s.w('berth')}: {s.refs['berth']}")  # fmt: skip
    c.text(40, 216, ship, size=8.5, bold=True)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 254, cols, (s.w("desc"), s.w("qty"), s.w("price"),
                             f"{s.w('amount')} {s.currency}"))  # fmt: skip
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 11, 555, y + 5), color=None, fill=STRIPE)
        _row(c, y, cols, cells(s, ln), size=8.5)
        y += 16
    c.rule(40, y - 9, 555)
    end = sums(c, s, y + 10, 330, 555)
    c.page.draw_rect((322, end - 25, 561, end - 7), color=HARBOUR, width=0.9)
    closing(c, s, end)


def draw_escape(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """An escape-room venue's invoice for a company team event: the venue in plum at the top
    left, the title under it with one sentence naming the day of the event and the team size,
    the company billed at the left and the facts at the right, the games, the room and the food,
    and the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=PLUM)
    coloured(c, 40, 128, s.title, size=fitted(s.title, 515, 17), color=PLUM, bold=True)
    c.text(40, 146, f"{s.w('event')} {day(s, 'event')} \u2013 {s.w('players')}: "
                    f"{s.refs['players']}", size=9)  # fmt: skip
    _party(c, 40, 178, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 182, facts(s), width=225)
    _original(c, s, 330, 228, size=8)
    y = charges(c, s, 268, step=17)
    finish(c, s, y)
