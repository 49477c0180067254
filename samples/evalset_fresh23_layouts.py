"""Four page layouts of the twenty-third fresh evaluation slice (`evalset_fresh23.py`), each
modelled on a real-world invoice style: a hot-air balloon operator's invoice with its details in
a tinted sidebar, a falconry bird-control service's invoice with gutter-aligned facts and
two-line rows, a mobile welder's invoice with its totals in a row of boxes, and a
knife-sharpening round's invoice under a one-line letterhead (the other three are in
`evalset_fresh23_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh23_pages import closing, day, draw_chandler, draw_escape, draw_organ
from generate import BOLD, REGULAR

if TYPE_CHECKING:
    from evalset_fresh23 import Fresh23Sample

SKY: Final = (0.9, 0.94, 0.98)
DUSK: Final = (0.12, 0.3, 0.5)
MOSS: Final = (0.2, 0.33, 0.16)
STEEL: Final = (0.25, 0.28, 0.32)
BOXED: Final = (0.94, 0.94, 0.94)


def draw_balloon(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """A balloon operator's invoice for corporate flights: the operator's name, address, VAT
    number and bank in a tinted sidebar down the left edge of the page; at the right of it the
    title, the company billed and the facts with the flight date and launch site, the flights
    and the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 160, 842), color=None, fill=SKY)
    coloured(c, 18, 60, s.seller.name, size=fitted(s.seller.name, 128, 10), color=DUSK,
             bold=True)  # fmt: skip
    y = 80.0
    for label, values in (("", s.seller.address), (s.w("vat_id"), (s.seller.vat_id,)),
                          (s.w("bank"), (s.seller.iban,))):  # fmt: skip
        if label:
            c.text(18, y, label, size=7, bold=True)
            y += 10
        for value in values:
            c.text(18, y, value, size=min(7.5, 7.5 * 128 / REGULAR.text_length(value, 7.5)))
            y += 10
        y += 10
    coloured(c, 180, 62, s.title, size=fitted(s.title, 375, 17), color=DUSK, bold=True)
    c.text(180, 100, s.w("customer"), size=7.5, bold=True)
    c.text(180, 114, s.buyer.name, size=fitted(s.buyer.name, 190, 9.5), bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(180, 126 + 11.5 * k, line, size=9)
    end = _column(c, 385, 104, (*facts(s), (s.w("flight"), day(s, "flight"))), width=170, size=8)
    launch = f"{s.w('launch')}: {s.refs['launch']}"
    c.text(385, end + 2, launch, size=min(8, 8 * 170 / REGULAR.text_length(launch, 8)))
    _original(c, s, 385, end + 18, size=8)
    cols = ((180, "left"), (395, "right"), (470, "right"), (555, "right"))
    c.page.draw_rect((176, 214, 559, 230), color=None, fill=SKY)
    _row(c, 226, cols, (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}"),
         size=7, bold=True)  # fmt: skip
    y = 248.0
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln), size=8)
        y += 17
    c.rule(180, y - 9, 555)
    sums(c, s, y + 10, 340, 555)
    closing(c, s, y, x=180)


def draw_falconry(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """A falconry bird-control service's invoice: the falconer in moss green at the top left
    over a double rule, the title at the right, the site owner billed at the left and under it
    the facts and the site patrolled aligned on a gutter (labels ending at it, values starting
    after it), then each service on two lines: the description, and under it the quantity at
    the rate with the amount at the right."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=MOSS)
    coloured(c, 555, 58, s.title, size=fitted(s.title, 240, 15), color=MOSS, bold=True,
             align="right")  # fmt: skip
    for y in (104.0, 107.0):
        c.page.draw_line((40, y), (555, y), color=MOSS, width=0.6)
    end = _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    gutter = 170.0
    rows = (*facts(s), (s.w("site"), s.buyer.address[0]))
    for k, (label, value) in enumerate(rows):
        size = min(8.5, 8.5 * (gutter - 48) / REGULAR.text_length(label, fontsize=8.5))
        c.text(gutter - 6, end + 13 * k, label, size=size, align="right")
        c.text(gutter + 6, end + 13 * k, value, size=8.5, bold=True)
    _original(c, s, 330, end, size=8)
    y = end + 13 * len(rows) + 26
    c.text(40, y, s.w("desc"), size=7.5, bold=True)
    c.text(555, y, f"{s.w('amount')} {s.currency}", size=7.5, bold=True, align="right")
    c.page.draw_line((40, y + 5), (555, y + 5), color=MOSS, width=0.8)
    y += 22
    for ln in s.lines:
        description, quantity, price, amount = cells(s, ln)
        c.text(40, y, description, size=9, bold=True)
        c.text(60, y + 13, f"{quantity} \u00d7 {price}", size=8.5)
        c.text(555, y + 13, amount, size=8.5, align="right")
        c.page.draw_line((40, y + 20), (555, y + 20), color=(0.8, 0.8, 0.8), width=0.3)
        y += 33
    finish(c, s, y)


def draw_welding(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """A mobile welder's invoice: the welder in steel grey at the top left, the title large at
    the left under it, the customer at the left and the facts with the job site at the right,
    the call-out, hours and material, and the totals in a row of three boxes across the page
    (net, tax, amount due), each with its caption over its value."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=STEEL)
    c.text(40, 128, s.title.upper(), size=fitted(s.title.upper(), 515, 20), bold=True)
    c.page.draw_line((40, 136), (200, 136), color=(0.85, 0.45, 0.1), width=2.5)
    _party(c, 40, 164, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    end = _column(c, 330, 168, (*facts(s), (s.w("job"), s.buyer.address[-1])), width=225)
    _original(c, s, 330, end + 4, size=8)
    y = charges(c, s, 256, step=17)
    c.rule(40, y - 9, 555)
    boxes = ((s.w("net"), s.money_text(s.net)),
             (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax)),
             (s.w("grand"), s.money_text(s.grand)))  # fmt: skip
    for k, (caption, value) in enumerate(boxes):
        x0 = 40 + k * 175
        fill = BOXED if k < 2 else (0.99, 0.92, 0.84)
        c.page.draw_rect((x0, y + 10, x0 + 165, y + 52), color=STEEL, fill=fill, width=0.6)
        c.text(x0 + 8, y + 24, caption, size=min(8, 8 * 150 / REGULAR.text_length(caption, 8)))
        c.text(x0 + 157, y + 44, value, size=min(11, 11 * 150 / BOLD.text_length(value, 11)),
               bold=True, align="right")  # fmt: skip
    closing(c, s, y)


def draw_sharpening(doc: pymupdf.Document, s: Fresh23Sample) -> None:
    """A knife-sharpening round's invoice to a restaurant: a one-line letterhead (the round's
    name in bold, then its address and VAT number) over a rule, the title at the right under
    it, the restaurant at the left and the facts with the day the knives were collected at the
    right, a long table of pieces per kitchen section, the round discount and the totals."""
    c = _page(doc)
    head = " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"))
    name_size = fitted(s.seller.name, 250, 11)
    width = BOLD.text_length(s.seller.name, fontsize=name_size)
    c.text(40, 52, s.seller.name, size=name_size, bold=True)
    c.text(40 + width + 10, 52, head, size=min(8, 8 * (505 - width) / REGULAR.text_length(head, 8)))
    c.rule(40, 60, 555, width=1.2)
    c.text(555, 92, s.title, size=fitted(s.title, 300, 15), bold=True, align="right")
    _party(c, 40, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    rows = (*facts(s), (s.w("collected"), day(s, "collected")))
    end = _column(c, 330, 122, rows, width=225)
    _original(c, s, 330, end + 4, size=8)
    y = charges(c, s, 214, step=14.5)
    finish(c, s, y)


DRAW: Final = {"balloon": draw_balloon, "falconry": draw_falconry, "welding": draw_welding,
               "sharpening": draw_sharpening, "organ": draw_organ, "chandler": draw_chandler,
               "escape": draw_escape}  # fmt: skip
