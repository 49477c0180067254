"""Three page layouts of the twenty-second fresh evaluation slice (`evalset_fresh22.py`): a
borehole driller's invoice with its header split by a vertical rule, a fencing contractor's
invoice with the customer and the facts in two framed boxes side by side, and a court reporting
service's invoice whose framed caption holds the case heard and the invoice facts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh19_pages import charges, seller_block
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh22 import Fresh22Sample

OCHRE: Final = (0.55, 0.36, 0.05)
PINE: Final = (0.05, 0.3, 0.25)
NAVY: Final = (0.08, 0.14, 0.35)


def facts(s: Fresh22Sample) -> tuple[tuple[str, str], ...]:
    """Number, issue date and due date, each with its label."""
    return ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)))  # fmt: skip


def _column(c: Canvas, x: float, y: float, rows: tuple[tuple[str, str], ...], *,
            width: float, size: float = 8.5) -> float:  # fmt: skip
    """Label and value pairs whose labels shrink to leave the value room; returns the y under
    them."""
    for label, value in rows:
        room = width - c.text(x + width, y, value, size=size, bold=True, align="right") - 8
        c.text(x, y, label, size=min(size, size * room / REGULAR.text_length(label, fontsize=size)))
        y += size + 5
    return y


def noted(c: Canvas, s: Fresh22Sample, y: float, key: str, *, at: float, first: bool,
          desc: str = "desc", step: float = 17) -> None:  # fmt: skip
    """The lines with each one's `note` in a column headed `key`: before the description (which
    then starts at `at`) or after it (starting at `at`); then the totals and the small print."""
    amount = f"{s.w('amount')} {s.currency}"
    if first:
        cols = ((40, "left"), (at, "left"), (400, "right"), (480, "right"), (555, "right"))
        heads = (s.w(key), s.w(desc), s.w("qty"), s.w("price"), amount)
        end = table(c, s, y, cols, heads, lambda k, ln: (ln.note, *cells(s, ln)), step=step)
    else:
        cols = ((40, "left"), (at, "left"), (420, "right"), (485, "right"), (555, "right"))
        heads = (s.w(desc), s.w(key), s.w("qty"), s.w("price"), amount)
        end = table(
            c,
            s,
            y,
            cols,
            heads,
            lambda k, ln: (ln.description, ln.note, *cells(s, ln)[1:]),
            step=step,
        )
    finish(c, s, end)


def draw_borehole(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A borehole driller's invoice: the header split by a vertical rule, the driller and under
    it the customer at the left, the title, the facts and the borehole's position at the right;
    the drilling, casing, pump and test with the depths drilled in a column of their own."""
    c = _page(doc)
    c.page.draw_line((297, 40), (297, 222), color=OCHRE, width=1.0)
    seller_block(c, s, 40, 56, color=OCHRE)
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    coloured(c, 312, 58, s.title, size=fitted(s.title, 243, 15), color=OCHRE, bold=True)
    y = _column(c, 312, 84, facts(s), width=243)
    c.text(312, y + 14, s.w("borehole"), size=7.5, bold=True)
    c.text(312, y + 27, f"{s.buyer.address[-1]} · {s.refs['position']}", size=8.5)
    _original(c, s, 312, y + 44, size=8)
    noted(c, s, 256, "depth", at=310, first=False)


def draw_fencing(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A fencing contractor's invoice: the contractor in pine green at the top left and the
    title at the right, two framed boxes side by side (the customer at the left, the facts with
    the accepted quotation at the right), the fencing with the run of each length in a column of
    its own."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=PINE)
    c.text(555, 58, s.title, size=fitted(s.title, 230, 16), bold=True, align="right")
    c.page.draw_rect((40, 118, 290, 196), color=PINE, width=0.8)
    c.page.draw_rect((305, 118, 555, 196), color=PINE, width=0.8)
    _party(c, 50, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _column(c, 315, 136, (*facts(s), (s.w("quote"), s.refs["quote"])), width=230)
    _original(c, s, 305, 212, size=8)
    noted(c, s, 240, "run", at=100, first=True)


def draw_courtreport(doc: pymupdf.Document, s: Fresh22Sample) -> None:
    """A court reporting service's invoice: the service in navy at the top left and the title
    at the right, the law firm billed, then one framed caption: at the left the case, its
    number, the witness heard and the day, at the right of a rule the invoice facts; the
    attendance, transcript pages and copies."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=NAVY)
    c.text(555, 58, s.title, size=fitted(s.title, 230, 15), bold=True, align="right")
    _party(c, 40, 126, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((40, 196, 555, 262), color=NAVY, width=0.9)
    c.page.draw_line((330, 196), (330, 262), color=NAVY, width=0.5)
    taken = s.date_text(dt.date.fromisoformat(s.refs["taken"]))
    case = f"{s.w('case')}: {s.refs['case']}"
    c.text(48, 212, case, size=fitted(case, 274, 9), bold=True)
    _pairs(c, 48, 227, ((s.w("caseno"), s.refs["caseno"]), (s.w("witness"), s.refs["witness"]),
                        (s.w("taken"), taken)), width=272, size=8, step=12)  # fmt: skip
    _column(c, 338, 213, facts(s), width=209)
    _original(c, s, 40, 280, size=8)
    y = charges(c, s, 306, step=17)
    finish(c, s, y)
