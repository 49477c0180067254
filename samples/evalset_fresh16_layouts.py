"""Four page layouts of the sixteenth fresh evaluation slice (`evalset_fresh16.py`), each modelled
on a real-world invoice style: a dairy's monthly delivery-round bill with its facts in a tinted
band, a pest controller's invoice with a framed treatment report, an alarm company's quarterly
monitoring invoice with its facts in a ruled strip and a recording studio's session invoice with
its name in a large light type over a thin coloured rule (the other three are in
`evalset_fresh16_pages.py`). Every one prints the number,
both dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, plain, table
from evalset_fresh15_pages import stacked
from evalset_fresh16_pages import draw_alterations, draw_livery, draw_tyrebay, seller_lines

if TYPE_CHECKING:
    from evalset_fresh16 import Fresh16Sample

CREAM_BLUE: Final = (0.9, 0.94, 0.98)
DAIRY_BLUE: Final = (0.1, 0.3, 0.6)
SAGE: Final = (0.25, 0.45, 0.3)
SLATE: Final = (0.22, 0.24, 0.3)
VIOLET: Final = (0.45, 0.2, 0.6)


def draw_milkround(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A dairy's monthly bill for its delivery round: the dairy in blue, the facts side by side
    in a tinted band across the page (label over value), the customer with the round and drop
    numbers beside, the days delivered, then one line per product and week."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 300, 17), color=DAIRY_BLUE,
             bold=True)  # fmt: skip
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 58, s.title, size=13, bold=True, align="right")
    c.page.draw_rect((40, 88, 555, 128), color=None, fill=CREAM_BLUE)
    for k, (label, value) in enumerate(facts(s)):
        c.text(48 + 128.75 * k, 102, label, size=7)
        c.text(48 + 128.75 * k, 119, value, size=10, bold=True)
    _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, 150, ((s.w("round"), s.refs["round"]), (s.w("drop"), s.refs["drop"])),
           width=225, size=8.5)  # fmt: skip
    last = s.issue.replace(day=1) - dt.timedelta(days=1)
    c.text(330, 182, s.w("period").format(first=s.date_text(last.replace(day=1)),
                                          last=s.date_text(last)), size=8)  # fmt: skip
    _original(c, s, 330, 196, size=8)
    y = plain(c, s, 236, step=14)
    finish(c, s, y)


def draw_pestreport(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A pest controller's invoice: the firm at the top left, the facts at the right, the
    customer and the premises treated, the table and totals, then a framed treatment report
    (the pest found, the product applied, the stations checked and the next routine visit)."""
    c = _page(doc)
    seller_lines(c, s, 56, width=320, size=15)
    c.text(555, 56, s.title, size=15, bold=True, align="right")
    _pairs(c, 330, 100, facts(s), width=225, size=8.5)
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, 178, f"{s.w('premises')}: {s.buyer.address[0]}, {s.buyer.address[-1]}", size=8)
    _original(c, s, 330, 160, size=8)
    y = plain(c, s, 206)
    finish(c, s, y)
    top = y + 96
    c.page.draw_rect((40, top, 555, top + 84), color=SAGE, width=0.9)
    coloured(c, 50, top + 17, s.w("report"), size=10, color=SAGE, bold=True)
    _pairs(c, 50, top + 34, ((s.w("pest"), s.refs["pest"]), (s.w("product"), s.refs["product"]),
                             (s.w("stations"), s.refs["stations"]),
                             (s.w("next"), s.date_text(s.issue + dt.timedelta(days=42)))),
           width=320, size=8, step=12)  # fmt: skip


def draw_alarmquarter(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """An alarm company's quarterly monitoring invoice: the company and the title on top, the
    contract and the quarter billed as a heading, the facts in a ruled strip of four cells
    across the page, the customer and the protected site, the table and the totals with a
    contract-term reduction."""
    c = _page(doc)
    seller_lines(c, s, 58, width=400, size=16)
    c.text(40, 106, s.title, size=15, bold=True)
    quarter = s.w("quarter").format(q=(s.issue.month - 1) // 3 + 1, year=s.issue.year)
    c.text(40, 126, f"{s.w('contract')} {s.refs['contract']} \u00b7 {quarter}", size=10.5,
           bold=True)  # fmt: skip
    c.page.draw_rect((40, 140, 555, 178), color=(0.3, 0.3, 0.3), width=0.6)
    for k, (label, value) in enumerate(facts(s)):
        x = 40 + 128.75 * k
        if k:
            c.page.draw_line((x, 140), (x, 178), color=(0.3, 0.3, 0.3), width=0.6)
        c.text(x + 7, 153, label, size=7)
        c.text(x + 7, 170, value, size=9.5, bold=True)
    _party(c, 40, 204, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(330, 204, s.w("site"), size=7.5, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(330, 218 + 11.5 * k, line, size=9)
    _original(c, s, 330, 250, size=8)
    y = plain(c, s, 280)
    finish(c, s, y)


def draw_studiobook(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A recording studio's session invoice: the studio's name large in a light type at the top
    left over a thin coloured rule, its address under the rule, the title and the facts stacked
    at the right, the customer at the left, the project, artist and engineer in a box, then the
    day of each session on its line."""
    c = _page(doc)
    coloured(c, 40, 64, s.seller.name, size=fitted(s.seller.name, 340, 26),
             color=SLATE)  # fmt: skip
    c.page.draw_line((40, 76), (380, 76), color=VIOLET, width=0.8)
    c.text(40, 90, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, 101, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)
    coloured(c, 430, 46, s.title, size=fitted(s.title, 125, 11.5), color=VIOLET, bold=True)
    stacked(c, 430, 68, facts(s))
    _party(c, 40, 134, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((40, 202, 400, 252), color=(0.5, 0.5, 0.5), width=0.6)
    _pairs(c, 48, 217, ((s.w("project"), s.refs["project"]), (s.w("artist"), s.refs["artist"]),
                        (s.w("engineer"), s.refs["engineer"])), width=344, size=8)  # fmt: skip
    _original(c, s, 40, 272, size=8)
    cols = ((40, "left"), (122, "left"), (410, "right"), (480, "right"), (555, "right"))
    heads = (s.w("session"), s.w("desc"), s.w("qty"), s.w("price"), s.w("amount"))
    y = table(c, s, 298, cols, heads, lambda k, ln: (
        s.date_text(dt.date.fromisoformat(ln.code)), *cells(s, ln)))  # fmt: skip
    finish(c, s, y)


DRAW: Final = {"milkround": draw_milkround, "pestreport": draw_pestreport,
               "alarmquarter": draw_alarmquarter, "studiobook": draw_studiobook,
               "alterations": draw_alterations, "livery": draw_livery,
               "tyrebay": draw_tyrebay}  # fmt: skip
