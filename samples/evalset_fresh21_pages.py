"""Three page layouts of the twenty-first fresh evaluation slice (`evalset_fresh21.py`): a school
bookseller's invoice to a school with the titles grouped by class, a band's performance-fee
invoice in numbered sections, and a glazier's invoice with its facts in a slim line above the
letterhead."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh19_pages import seller_block

if TYPE_CHECKING:
    from evalset_fresh21 import Fresh21Sample

PAPER: Final = (0.96, 0.93, 0.84)
OXBLOOD: Final = (0.45, 0.1, 0.1)
STAGE: Final = (0.3, 0.12, 0.45)
GLASS: Final = (0.15, 0.5, 0.6)


def draw_schoolbooks(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A school bookseller's invoice to a school: the bookseller in ox-blood at the top left and
    the title at the right, the school at the left and the facts with the school's order in a
    tinted box at the right, then per class a heading, the titles and copies supplied and a
    class subtotal, a school discount and the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=OXBLOOD)
    c.text(555, 58, s.title, size=fitted(s.title, 250, 14), bold=True, align="right")
    _party(c, 40, 134, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((330, 120, 555, 186), color=None, fill=PAPER)
    _pairs(c, 340, 136, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("order"), s.refs["order"])),
           width=205, size=8.5, step=13)  # fmt: skip
    _original(c, s, 40, 206, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 230, cols, (s.w("book"), s.w("copies"), s.w("price"),
                             f"{s.w('amount')} {s.currency}"))  # fmt: skip
    for cls, group in groupby(s.lines, key=lambda ln: ln.section):
        rows = list(group)
        coloured(c, 40, y, f"{s.w('class')} {cls}", size=8.5, color=OXBLOOD, bold=True)
        y += 13
        for ln in rows:
            _row(c, y, cols, cells(s, ln), size=8.5)
            y += 13
        subtotal = sum((ln.net_amount for ln in rows), Decimal(0))
        c.page.draw_line((480, y - 9), (555, y - 9), color=(0.6, 0.6, 0.6), width=0.4)
        c.text(480, y, s.w("class_sum").format(cls=cls), size=8, align="right")
        c.text(555, y, s.number_text(subtotal), size=8, bold=True, align="right")
        y += 17
    finish(c, s, y)


def draw_bandfee(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A band's performance-fee invoice in numbered sections: the band in violet at the top left
    and the title at the right, then 1 the facts, 2 the venue and the band side by side, 3 the
    show's day, 4 the fee and costs with the totals, 5 the payment terms and the account."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 300, 16), color=STAGE,
             bold=True)  # fmt: skip
    c.text(40, 72, " · ".join(s.seller.address), size=7.5)
    c.text(555, 58, s.title, size=fitted(s.title, 200, 13), bold=True, align="right")

    def section(y: float, key: str) -> float:
        coloured(c, 40, y, s.w(key), size=10.5, color=STAGE, bold=True)
        c.page.draw_line((40, y + 5), (555, y + 5), color=STAGE, width=0.7)
        return y + 22

    y = section(108, "s_invoice")
    _pairs(c, 40, y, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue))),
           width=240, size=9, step=14)  # fmt: skip
    _original(c, s, 320, y, size=8)
    y = section(y + 40, "s_parties")
    _party(c, 40, y, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _party(c, 320, y, s.w("from"), s.seller.name,
           (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"), size=9)  # fmt: skip
    y = section(y + 78, "s_gig")
    show = s.date_text(dt.date.fromisoformat(s.refs["show"]))
    c.text(40, y, f"{s.w('gig')} {show}: {s.buyer.name}, {s.buyer.address[1]}", size=9)
    y = section(y + 30, "s_fees")
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("fee_item"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    end = table(c, s, y + 4, cols, heads, lambda k, ln: cells(s, ln))
    c.rule(40, end - 9, 555)
    y = sums(c, s, end + 10, 330, 555)
    y = section(y + 20, "s_pay")
    c.text(40, y, s.w("pay").format(due=s.date_text(s.due)), size=9)
    c.text(40, y + 14, f"{s.w('due')}: {s.date_text(s.due)} · IBAN {s.seller.iban}", size=9)
    _small_print(c, s, 795)


def draw_glazier(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A glazier's invoice: the number, date and due date in a slim line at the very top of the
    page over a glass-blue rule, the glazier's letterhead under it with the title at the right,
    the customer and the job address side by side, the glass with a pane size column, fitting
    and labour."""
    c = _page(doc)
    x = 40.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))):  # fmt: skip
        x += c.text(x, 34, label, size=7) + 4
        x += c.text(x, 34, value, size=8, bold=True) + 28
    c.page.draw_line((40, 44), (555, 44), color=GLASS, width=2.5)
    seller_block(c, s, 40, 76, color=GLASS)
    c.text(555, 78, s.title, size=fitted(s.title, 250, 15), bold=True, align="right")
    _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _party(c, 330, 150, s.w("job"), s.buyer.address[0], s.buyer.address[1:], size=9.5)
    _original(c, s, 40, 222, size=8)
    cols = ((40, "left"), (330, "left"), (425, "right"), (490, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("size"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = table(c, s, 248, cols, heads, lambda k, ln: (ln.description, ln.note, *cells(s, ln)[1:]))
    finish(c, s, y)
