"""Four page layouts of the twentieth fresh evaluation slice (`evalset_fresh20.py`), each
modelled on a real-world invoice style: a crane hire firm's invoice with its facts in a narrow
left margin beside the letter, a winter service contractor's invoice with a running total column,
an asbestos surveyor's invoice with its number and date in the title line and the two parties
side by side under tinted headings, and an archive scanning bureau's letter with a place-and-date
line and a large invoice number beside the title (the other three are in
`evalset_fresh20_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh19_pages import captioned, charges, seller_block
from evalset_fresh20_pages import draw_carpetfit, draw_marquee, draw_workwear, letterhead
from generate import BOLD

if TYPE_CHECKING:
    from evalset_fresh20 import Fresh20Sample

AMBER: Final = (0.7, 0.45, 0.0)
ICE: Final = (0.1, 0.35, 0.6)
MOSS: Final = (0.25, 0.4, 0.15)
TINT: Final = (0.91, 0.95, 0.88)
NAVY: Final = (0.1, 0.15, 0.4)


def draw_cranehire(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """A crane hire firm's invoice: the firm's name in amber over a one-line address and a rule,
    a narrow left margin holding the number, date and due date (caption over value) beside the
    letter, the hirer and the title, the crane, its operator and the lifting site, the crane days
    and operator hours."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 515, 16), color=AMBER,
             bold=True)  # fmt: skip
    dot = " \u00b7 "
    c.text(40, 74, dot.join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.page.draw_line((40, 84), (555, 84), color=AMBER, width=1.2)
    margin = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
              (s.w("due"), s.date_text(s.due)))  # fmt: skip
    for k, (caption, value) in enumerate(margin):
        captioned(c, 40, 122 + 32 * k, caption, value, size=8.5)
    c.page.draw_line((136, 104), (136, 262), color=AMBER, width=0.6)
    c.text(150, 112, s.w("customer"), size=7.5, bold=True)
    for k, line in enumerate((s.buyer.name, *s.buyer.address)):
        c.text(150, 126 + 12 * k, line, size=9.5, bold=not k)
    c.text(150, 196, s.title, size=fitted(s.title, 400, 15), bold=True)
    _original(c, s, 150, 212, size=8)
    c.text(150, 232, f"{s.w('crane')}: {s.refs['crane']} \u00b7 {s.w('operator')}: "
                     f"{s.refs['operator']}", size=8.5)  # fmt: skip
    c.text(150, 246, f"{s.w('site')}: {s.buyer.address[0]}, {s.buyer.address[1]}", size=8.5)
    cols = ((150, "left"), (405, "right"), (475, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = table(c, s, 290, cols, heads, lambda k, ln: cells(s, ln))
    finish(c, s, y)


def draw_gritting(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """A winter service contractor's invoice: the season under the title, the facts at the right
    beside the customer, the premises treated, then a line per dated run with a running total
    column after the amount, like a statement."""
    c = _page(doc)
    letterhead(c, s, keys=("number", "date", "due"), color=ICE)
    c.text(555, 76, s.w("season").format(season=s.refs["season"]), size=9, align="right")
    c.text(40, 214, f"{s.w('premises')}: {s.buyer.address[0]}, {s.buyer.address[1]}", size=9)
    cols = ((40, "left"), (330, "right"), (400, "right"), (475, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}",
             s.w("balance"))  # fmt: skip
    running = list(itertools.accumulate(ln.net_amount for ln in s.lines))
    y = table(c, s, 240, cols, heads,
              lambda k, ln: (*cells(s, ln), s.number_text(running[k])), step=14)  # fmt: skip
    finish(c, s, y)


def draw_asbestos(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """An asbestos surveyor's invoice: the title line holds the number and the date, then the
    surveyor and the client side by side, each under a tinted heading in moss green, the
    property surveyed and the report, the survey charges; the due date only in the payment
    line."""
    c = _page(doc)
    line = (f"{s.title} \u00b7 {s.w('number')} {s.number} \u00b7 {s.w('date')} "
            f"{s.date_text(s.issue)}")  # fmt: skip
    c.text(40, 66, line, size=fitted(line, 515, 14), bold=True)
    for x, heading in ((40, s.w("surveyor")), (305, s.w("customer"))):
        c.page.draw_rect((x, 90, x + 250, 106), color=None, fill=TINT)
        coloured(c, x + 6, 101, heading, size=8, color=MOSS, bold=True)
    c.text(46, 124, s.seller.name, size=9.5, bold=True)
    for k, text in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(46, 138 + 11 * k, text, size=8.5)
    c.text(311, 124, s.buyer.name, size=9.5, bold=True)
    for k, text in enumerate(s.buyer.address):
        c.text(311, 138 + 11 * k, text, size=8.5)
    c.rule(40, 186, 555, width=0.4)
    c.text(40, 204, f"{s.w('survey_site')}: {', '.join(s.buyer.address)}", size=9)
    c.text(40, 218, f"{s.w('report')} {s.refs['report']}", size=9)
    _original(c, s, 305, 218, size=8)
    y = charges(c, s, 256)
    finish(c, s, y)


def draw_scanbureau(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """An archive scanning bureau's letter: the bureau in navy at the top left, the client in
    the window, a place-and-date line at the right, the title with the invoice number as a
    large figure beside it, the boxes received, pages and boxes billed; the due date only in
    the payment line."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=NAVY)
    for k, text in enumerate((s.buyer.name, *s.buyer.address)):
        c.text(56, 130 + 12 * k, text, size=10, bold=not k)
    on = {"fr": "le ", "es": "a "}.get(s.lang, "")
    c.text(555, 206, f"{s.refs['place']}, {on}{s.date_text(s.issue)}", size=9, align="right")
    c.text(40, 254, s.title, size=fitted(s.title, 320, 16), bold=True)
    c.text(555, 218, s.w("number"), size=7, align="right")
    width = BOLD.text_length(s.number, fontsize=26)
    coloured(c, 555 - width, 256, s.number, size=26, color=NAVY, bold=True)
    c.text(40, 276, f"{s.w('boxes')}: {s.refs['boxes']}", size=9)
    _original(c, s, 40, 290, size=8)
    y = charges(c, s, 318)
    finish(c, s, y)


DRAW: Final = {"cranehire": draw_cranehire, "gritting": draw_gritting, "asbestos": draw_asbestos,
               "scanbureau": draw_scanbureau, "workwear": draw_workwear,
               "carpetfit": draw_carpetfit, "marquee": draw_marquee}  # fmt: skip
