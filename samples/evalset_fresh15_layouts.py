"""Four page layouts of the fifteenth fresh evaluation slice (`evalset_fresh15.py`), each modelled
on a real-world invoice style: a removal firm's invoice with its facts in a dark sidebar, a
landscaper's invoice in a materials and a labour section with their own subtotals, a medical
laboratory's invoice with a sample reference per line and an event ticketing invoice with a
tear-off stub (the other three are in `evalset_fresh15_pages.py`). Every one prints the number,
both dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh15_pages import draw_coworking, draw_lessonpack, draw_repairticket, stacked

if TYPE_CHECKING:
    from evalset_fresh15 import Fresh15Sample

NAVY: Final = (0.12, 0.2, 0.32)
WHITE: Final = (1.0, 1.0, 1.0)
MOSS: Final = (0.22, 0.42, 0.18)
PALE: Final = (0.94, 0.95, 0.92)


def draw_removals(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A removal firm's invoice: a dark band down the left edge with the firm, its address and
    the facts in white; the title, the customer and the move (volumes and crew) at the right of
    it, the table and the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 200, 842), color=None, fill=NAVY)
    coloured(c, 18, 60, s.seller.name, size=fitted(s.seller.name, 168, 11), color=WHITE,
             bold=True)  # fmt: skip
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        coloured(c, 18, 76 + 10 * k, line, size=7.5, color=WHITE)
    stacked(c, 18, 140, facts(s), color=WHITE)
    coloured(c, 18, 770, s.w("bank"), size=7, color=WHITE, bold=True)
    coloured(c, 18, 781, s.seller.iban, size=6.5, color=WHITE)
    c.text(220, 60, s.title, size=17, bold=True)
    _party(c, 220, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.page.draw_rect((405, 90, 555, 152), color=(0.5, 0.5, 0.5), width=0.6)
    c.text(412, 103, s.w("move"), size=8, bold=True)
    _pairs(c, 412, 117, ((s.w("estimate"), s.refs["estimate"]),
                         (s.w("loaded"), s.refs["loaded"]),
                         (s.w("crew"), s.refs["crew"])), width=136, size=7.5, step=12)  # fmt: skip
    _original(c, s, 220, 180, size=8)
    cols = ((220, "left"), (440, "right"), (500, "right"), (555, "right"))
    y = _head(c, 210, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), 220)
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln), size=8)
        y += 16
    c.rule(220, y - 9, 555)
    sums(c, s, y + 10, 360, 555, size=8.5)
    c.text(220, 780, s.w("pay").format(due=s.date_text(s.due)), size=8)


def draw_gardensplit(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A landscaper's invoice: the firm in green, the customer and the facts, the garden worked
    on, then a materials and a labour section, each with its heading, its rows and its own
    subtotal, and the totals under both."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 300, 16), color=MOSS,
             bold=True)  # fmt: skip
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 58, s.title, size=16, bold=True, align="right")
    _party(c, 40, 104, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, 104, facts(s), width=225, size=8.5)
    c.text(330, 164, f"{s.w('garden')} {s.buyer.address[-1]}", size=8)
    _original(c, s, 330, 178, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount"))
    y = 212.0
    for section in ("materials", "labour"):
        lines = tuple(ln for ln in s.lines if ln.section == section)
        coloured(c, 40, y, s.w(section), size=10.5, color=MOSS, bold=True)
        y = _head(c, y + 18, cols, heads)
        for ln in lines:
            _row(c, y, cols, cells(s, ln))
            y += 16
        c.rule(330, y - 9, 555, width=0.4)
        subtotal = sum((ln.net_amount for ln in lines), Decimal(0))
        c.text(330, y + 4, s.w("sub").format(part=s.w(section)), size=8.5, bold=True)
        c.text(555, y + 4, s.number_text(subtotal), size=8.5, bold=True, align="right")
        y += 34
    finish(c, s, y)


def draw_labsamples(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """A medical laboratory's invoice to a practice: the laboratory at the top left, the facts in
    a grid of four framed cells at the right, the practice billed, the days the samples came in,
    then one line per test with its sample reference and test code, up to twenty lines."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 290, 14), bold=True)
    c.text(40, 70, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, 80, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)
    c.text(555, 56, s.title, size=15, bold=True, align="right")
    for k, (label, value) in enumerate(facts(s)):
        x, y = 330 + 112.5 * (k % 2), 84 + 32 * (k // 2)
        c.page.draw_rect((x, y, x + 112.5, y + 32), color=(0.35, 0.35, 0.35), width=0.5)
        c.text(x + 5, y + 11, label, size=6.5, bold=True)
        c.text(x + 5, y + 25, value, size=9)
    _party(c, 40, 104, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    first, last = s.issue - dt.timedelta(days=9), s.issue - dt.timedelta(days=2)
    c.text(330, 166, f"{s.w('received')} {s.date_text(first)} \u2013 {s.date_text(last)}",
           size=7.5)  # fmt: skip
    _original(c, s, 40, 180, size=8)
    cols = ((40, "left"), (108, "left"), (165, "left"), (410, "right"), (480, "right"),
            (555, "right"))  # fmt: skip
    heads = (s.w("sample"), s.w("test"), s.w("desc"), s.w("qty"), s.w("price"), s.w("amount"))
    y = table(c, s, 206, cols, heads, lambda k, ln: (ln.code, ln.unit, ln.description,
                                             s.quantity_text(ln.quantity), *cells(s, ln)[2:]),
              step=13, size=7.5)  # fmt: skip
    finish(c, s, y)


def draw_ticketstub(doc: pymupdf.Document, s: Fresh15Sample) -> None:
    """An event ticketing invoice: the body at the left (the agency, the title, the customer,
    the event, the tickets and the totals) and, beyond a dashed tear-off line, a stub with the
    number, the dates, the currency and the amount payable."""
    c = _page(doc)
    c.page.draw_line((418, 30), (418, 740), color=(0.4, 0.4, 0.4), width=0.6, dashes="[3 3] 0")
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 360, 14), bold=True)
    c.text(40, 70, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, 80, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)
    c.text(40, 108, s.title, size=15, bold=True)
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.page.draw_rect((240, 120, 405, 176), color=None, fill=PALE)
    show = s.date_text(s.issue + dt.timedelta(days=16))
    _pairs(c, 246, 134, ((s.w("event"), s.refs["event"]), (s.w("venue"), s.refs["venue"]),
                         (s.w("showtime"), f"{show}, {s.refs['showtime']}")),
           width=153, size=7.5, step=15)  # fmt: skip
    _original(c, s, 40, 204, size=8)
    cols = ((40, "left"), (275, "right"), (335, "right"), (405, "right"))
    y = _head(c, 230, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), 40, 405)
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln), size=8)
        y += 16
    c.rule(40, y - 9, 405)
    sums(c, s, y + 10, 190, 405, size=8.5)
    c.text(430, 58, s.w("stub"), size=7, bold=True)
    y = stacked(c, 430, 84, facts(s))
    c.text(430, y + 4, s.w("grand"), size=7)
    c.text(430, y + 20, s.money_text(s.grand), size=12, bold=True)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


DRAW: Final = {"removals": draw_removals, "gardensplit": draw_gardensplit,
               "labsamples": draw_labsamples, "ticketstub": draw_ticketstub,
               "repairticket": draw_repairticket, "coworking": draw_coworking,
               "lessonpack": draw_lessonpack}  # fmt: skip
