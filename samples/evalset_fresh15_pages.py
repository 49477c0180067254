"""Three page layouts of the fifteenth fresh evaluation slice (`evalset_fresh15.py`): a bicycle
workshop's invoice under a boxed repair-ticket number, a co-working space's monthly membership
invoice with its facts in ruled rows and a striped table, and a driving school's lesson-package
invoice with its number in the heading and the learner in a box; and the stacked facts the
slice's layouts share."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, plain, table
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh15 import Fresh15Sample

BLACK: Final = (0.0, 0.0, 0.0)
STRIPE: Final = (0.95, 0.95, 0.97)


def stacked(c: Canvas, x: float, y: float, rows: Sequence[tuple[str, str]], *,
            color: tuple[float, ...] = BLACK) -> float:  # fmt: skip
    """Each label small with its value under it in bold, one pair under the other; returns the
    y under the last."""
    for label, value in rows:
        coloured(c, x, y, label, size=7, color=color)
        coloured(c, x, y + 13, value, size=10, color=color, bold=True)
        y += 30
    return y


def draw_repairticket(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A bicycle workshop's invoice: the workshop at the top left, the repair-ticket number large
    in a heavy box at the top right with the bicycle and its frame number under it, the title and
    the facts at the left, the customer, then part or work code, description, quantity, price
    and amount per line."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 320, 15), bold=True)
    c.text(40, 70, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.page.draw_rect((395, 88, 555, 146), color=BLACK, width=1.8)
    c.text(404, 102, s.w("ticket"), size=8, bold=True)
    c.text(404, 132, s.refs["ticket"], size=24, bold=True)
    c.text(395, 162, f"{s.w('bike')}: {s.refs['bike']}", size=8)
    c.text(395, 174, f"{s.w('frame')} {s.refs['frame']}", size=8)
    c.text(40, 104, s.title, size=17, bold=True)
    _pairs(c, 40, 124, facts(s), width=220, size=8.5)
    _party(c, 40, 190, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 300, 200, size=8)
    cols = ((40, "left"), (88, "left"), (420, "right"), (485, "right"), (555, "right"))
    heads = ("", s.w("desc"), s.w("qty"), s.w("price"), s.w("amount"))
    y = table(c, s, 262, cols, heads, lambda k, ln: (ln.code, *cells(s, ln)))
    finish(c, s, y)


def draw_coworking(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A co-working space's monthly membership invoice: the space and the title on top, the
    month billed as a heading, the member at the left and the facts as ruled rows at the right,
    then a table with striped rows and the totals with an annual member's discount."""
    c = _page(doc)
    c.text(40, 62, s.seller.name, size=fitted(s.seller.name, 300, 18), bold=True)
    c.text(40, 76, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 62, s.title, size=13, bold=True, align="right")
    start = s.issue.replace(day=1)
    end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    c.text(40, 112, f"{s.w('period')}: {s.date_text(start)} \u2013 {s.date_text(end)}", size=12,
           bold=True)  # fmt: skip
    _party(c, 40, 140, s.w("member"), s.buyer.name, s.buyer.address, size=9.5)
    y = 144.0
    for label, value in facts(s):
        c.text(330, y, label, size=8.5)
        c.text(555, y, value, size=8.5, bold=True, align="right")
        c.rule(330, y + 5, 555, width=0.3)
        y += 17
    _original(c, s, 330, y + 6, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 246, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 11, 555, y + 5), color=None, fill=STRIPE)
        _row(c, y, cols, cells(s, ln))
        y += 16
    finish(c, s, y)


def draw_lessonpack(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A driving school's invoice: the school at the top left, a heading of the title and the
    number with no label, the dates and currency at the right, the payer and the learner in a
    box, the lessons and the totals, and the days the lessons were driven under them."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 320, 14), bold=True)
    c.text(40, 70, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, 80, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)
    c.text(40, 120, f"{s.title} {s.number}", size=18, bold=True)
    _pairs(c, 330, 106, facts(s)[1:], width=225, size=8.5)
    _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((330, 146, 555, 212), color=(0.45, 0.45, 0.45), width=0.6)
    c.text(338, 160, s.w("pupil"), size=7.5, bold=True)
    c.text(338, 174, s.refs["learner"], size=10, bold=True)
    _pairs(c, 338, 190, ((s.w("licence"), s.refs["licence"]),
                         (s.w("instructor"), s.refs["instructor"])), width=209, size=8,
           step=12)  # fmt: skip
    _original(c, s, 40, 226, size=8)
    y = plain(c, s, 252)
    finish(c, s, y)
    days = [s.date_text(s.issue - dt.timedelta(days=4 * k + 2)) for k in range(5, 0, -1)]
    c.text(40, y + 84, f"{s.w('log')}: {', '.join(days)}", size=8)
