"""Four page layouts of the seventeenth fresh evaluation slice (`evalset_fresh17.py`), each
modelled on a real-world invoice style: a brewery's trade invoice with a keg account under the
table, a photocopier dealer's invoice with a meter-reading box, a skip-hire firm's invoice with
its title in colour at the left and the container's site in a tinted strip, and a language
school's tuition invoice with a student box (the other three are in `evalset_fresh17_pages.py`).
Every one prints the number, both dates, both parties, the currency, the lines and the three
totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import plain
from evalset_fresh16_pages import seller_lines
from evalset_fresh17_pages import (
    customer_and_facts,
    draw_artistsale,
    draw_feenote,
    draw_fleetwash,
    masthead,
)

if TYPE_CHECKING:
    from evalset_fresh17 import Fresh17Sample

HOP: Final = (0.2, 0.38, 0.12)
RUST: Final = (0.78, 0.36, 0.05)
PEACH: Final = (0.99, 0.93, 0.86)
NAVY: Final = (0.12, 0.18, 0.42)


def draw_kegledger(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A brewery's trade invoice to a pub: the brewery in hop green over a green rule, the
    customer at the left and the facts at the right, the beer and deposits, and under the table
    at the left a framed keg account (on site before, delivered, collected empty, on site now)
    beside the totals."""
    c = _page(doc)
    masthead(c, s, color=HOP, top=60, address=84)
    c.page.draw_line((40, 70), (555, 70), color=HOP, width=1.5)
    customer_and_facts(c, s, 112)
    y = plain(c, s, 210)
    finish(c, s, y)
    top = y + 2
    c.page.draw_rect((40, top, 290, top + 78), color=HOP, width=0.8)
    coloured(c, 48, top + 15, s.w("kegs"), size=9, color=HOP, bold=True)
    _pairs(c, 48, top + 30, [(s.w(k), s.refs[k]) for k in ("before", "out", "back", "held")],
           width=234, size=8, step=12)  # fmt: skip


def draw_meterread(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A photocopier dealer's invoice: the dealer at the top left, the title at the right, the
    customer and the facts, the machine and its serial number over a ruled box of meter
    readings (counter, last reading, this reading, copies made), then the charges."""
    c = _page(doc)
    seller_lines(c, s, 56, width=330, size=15)
    c.text(555, 56, s.title, size=13, bold=True, align="right")
    customer_and_facts(c, s, 110)
    c.text(40, 190, f"{s.w('device')}: {s.refs['copier']}", size=8.5, bold=True)
    c.text(555, 190, f"{s.w('serial')}: {s.refs['serial']}", size=8.5, align="right")
    meters = [ln for ln in s.lines if ln.code]
    bottom = 222 + 14 * len(meters)
    c.page.draw_rect((40, 198, 555, bottom), color=(0.3, 0.3, 0.3), width=0.6)
    cols = ((48, "left"), (380, "right"), (465, "right"), (547, "right"))
    for (x, align), head in zip(cols, (s.w("counter"), s.w("prev"), s.w("curr"),
                                       s.w("copies")), strict=True):  # fmt: skip
        c.text(x, 211, head, size=7.5, bold=True, align=align)  # type: ignore[arg-type]
    for k, ln in enumerate(meters):
        last = int(ln.code)
        row = (
            ln.description,
            s.quantity_text(Decimal(last)),
            s.quantity_text(Decimal(last + int(ln.quantity))),
            s.quantity_text(ln.quantity),
        )
        for (x, align), text in zip(cols, row, strict=True):
            c.text(x, 226 + 14 * k, text, size=8.5, align=align)  # type: ignore[arg-type]
    y = plain(c, s, bottom + 34)
    finish(c, s, y)


def draw_skiphire(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A skip-hire firm's invoice: the title large in rust at the top left with the facts under
    it, the firm at the top right (right-aligned), the customer at the right under it, a tinted
    strip with where the container stood and the waste it took (stream and code), the charges."""
    c = _page(doc)
    coloured(c, 40, 64, s.title, size=fitted(s.title, 260, 20), color=RUST, bold=True)
    _pairs(c, 40, 92, facts(s), width=220, size=8.5)
    c.text(555, 52, s.seller.name, size=fitted(s.seller.name, 250, 12), bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 66 + 10 * k, line, size=7.5, align="right")
    _party(c, 340, 120, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 40, 152, size=8)
    c.page.draw_rect((40, 190, 555, 226), color=None, fill=PEACH)
    c.text(48, 204, f"{s.w('site')}: {s.refs['site']}, {s.buyer.address[-1]}", size=8.5)
    c.text(48, 218, f"{s.w('waste')}: {s.refs['waste']} \u00b7 {s.w('ewc')} {s.refs['ewc']}",
           size=8.5)  # fmt: skip
    y = plain(c, s, 256)
    finish(c, s, y)


def draw_coursefee(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A language school's tuition invoice: a thin navy stripe down the left edge, the school at
    the top left, the title and the facts at the right, a framed student box (student, course
    dates, level on entry) at the left beside the paying customer at the right, the courses."""
    c = _page(doc)
    c.page.draw_rect((22, 40, 27, 800), color=None, fill=NAVY)
    coloured(c, 40, 60, s.seller.name, size=fitted(s.seller.name, 280, 15), color=NAVY,
             bold=True)  # fmt: skip
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 76 + 10 * k, line, size=7.5)
    c.text(340, 60, s.title, size=fitted(s.title, 215, 14), bold=True)
    _pairs(c, 340, 80, facts(s), width=215, size=8.5)
    c.page.draw_rect((40, 140, 300, 210), color=NAVY, width=0.8)
    start, end = (dt.date.fromisoformat(s.refs[k]) for k in ("start", "end"))
    _pairs(c, 48, 156, ((s.w("student"), s.refs["student"]), (s.w("level"), s.refs["level"])),
           width=244, size=8)  # fmt: skip
    c.text(48, 184, s.w("course"), size=7, bold=True)
    c.text(48, 198, f"{s.date_text(start)} \u2013 {s.date_text(end)}", size=8.5)
    _party(c, 340, 146, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 40, 226, size=8)
    y = plain(c, s, 256)
    finish(c, s, y)


DRAW: Final = {"kegledger": draw_kegledger, "meterread": draw_meterread,
               "skiphire": draw_skiphire, "coursefee": draw_coursefee,
               "feenote": draw_feenote, "artistsale": draw_artistsale,
               "fleetwash": draw_fleetwash}  # fmt: skip
