"""Four page layouts of the tenth fresh evaluation slice (`evalset_fresh10.py`), each modelled on a
real-world invoice style: a mobile operator's bill, a sign maker's letter for a window envelope,
a surveyor's fee note with a reference row and a cleaning contractor's invoice in per-site
sections (the other three are in `evalset_fresh10_pages.py`). Every one prints the number, both
dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh10_pages import draw_club, draw_reissue, draw_stacked, initials
from evalset_fresh10_parties import SITES
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh10 import Fresh10Sample

CARRIER: Final = (0.85, 0.33, 0.1)  # the operator's brand colour
PALE: Final = (0.99, 0.93, 0.88)
WHITE: Final = (1.0, 1.0, 1.0)


def _quantity(s: Fresh10Sample, quantity: Decimal, unit: str) -> str:
    return s.quantity_text(quantity) + (f" {unit}" if unit else "")


def draw_telecom(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A mobile operator's bill: the brand in colour, the account facts at the right, the amount
    to pay and the due date in a coloured box, then the usage and charges with each plan's phone
    number in grey under its line, and the totals."""
    c = _page(doc)
    coloured(c, 40, 62, s.seller.name, size=17, color=CARRIER, bold=True)
    c.text(40, 76, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7)  # fmt: skip
    period_end = s.issue.replace(day=1) - dt.timedelta(days=1)
    rows = ((s.w("account"), s.refs["account"]), facts(s)[0], facts(s)[1],
            (s.w("period"), f"{s.date_text(period_end.replace(day=1))} \u2013 "
                            f"{s.date_text(period_end)}"),
            facts(s)[3])  # fmt: skip
    c.page.draw_rect((320, 96, 555, 102 + 13 * len(rows)), color=None, fill=PALE)
    _pairs(c, 328, 108, rows, width=220, size=7.5)
    _party(c, 40, 110, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 200, s.title, size=16, bold=True)
    _original(c, s, 40, 214, size=8)
    c.page.draw_rect((40, 224, 555, 270), color=None, fill=CARRIER)
    coloured(c, 52, 240, s.w("glance"), size=8, color=WHITE)
    coloured(c, 52, 260, s.w("grand"), size=11, color=WHITE, bold=True)
    coloured(c, 300, 240, s.w("due"), size=8, color=WHITE)
    coloured(c, 300, 260, s.date_text(s.due), size=11, color=WHITE, bold=True)
    coloured(c, 545, 260, s.money_text(s.grand), size=16, color=WHITE, bold=True, align="right")
    c.text(40, 296, s.w("usage"), size=11, bold=True)
    cols = ((40, "left"), (410, "right"), (480, "right"), (555, "right"))
    y = _head(c, 316, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        if ln.note:
            _grey(c, 48, y + 10, ln.note, size=7)
            y += 9
        y += 16
    finish(c, s, y)


def _fold_marks(c: Canvas) -> None:
    """The fold and punch marks at the left edge of a letter sheet."""
    for y, length in ((297.6, 10), (421.0, 14), (595.3, 10)):
        c.page.draw_line((8, y), (8 + length, y), color=(0.5, 0.5, 0.5), width=0.5)


def _emblem(c: Canvas, s: Fresh10Sample, x: float, y: float) -> None:
    """A square mark with the firm's initials (no name)."""
    c.page.draw_rect((x, y, x + 52, y + 52), color=None, fill=(0.1, 0.25, 0.35))
    mark = initials(s.seller.name)
    width = BOLD.text_length(mark, fontsize=18)
    coloured(c, x + 26 - width / 2, y + 33, mark, size=18, color=WHITE, bold=True)


def draw_window(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A sign maker's letter for a window envelope: a mark with initials top right, the seller
    named only in the small underlined return-address line over the buyer's window, the facts
    at the right as label and value columns, a position column, and a footer with address, VAT
    number and bank but without the firm's name."""
    c = _page(doc)
    _fold_marks(c)
    _emblem(c, s, 503, 40)
    sender = " \u00b7 ".join((s.seller.name, *s.seller.address))
    c.text(57, 138, sender, size=6.5)
    c.rule(57, 141, 57 + REGULAR.text_length(sender, fontsize=6.5), width=0.3)
    c.text(57, 160, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(57, 173 + 13 * k, line, size=10)
    rows = (*facts(s), (s.w("cust_no"), s.refs["customer"]))
    for k, (label, value) in enumerate(rows):
        c.text(360, 150 + 13 * k, label, size=8)
        c.text(462, 150 + 13 * k, value, size=8.5, bold=True)
    c.text(57, 262, s.title, size=14, bold=True)
    _original(c, s, 57, 278, size=8)
    cols = ((57, "left"), (85, "left"), (400, "right"), (475, "right"), (555, "right"))
    y = 302.0
    _row(c, y, cols, (s.w("pos"), s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")),
         size=7.5, bold=True)  # fmt: skip
    c.rule(57, y + 5, 555, width=0.8)
    y += 20
    for k, ln in enumerate(s.lines, start=1):
        _row(c, y, cols, (f"{k}", ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        c.rule(57, y + 5, 555, width=0.2)
        y += 18
    sums(c, s, y + 8, 330, 555)
    c.text(57, 700, s.w("pay").format(due=s.date_text(s.due)), size=8.5)
    c.text(57, 714, s.w("regards"), size=8.5)
    c.rule(57, 772, 555, width=0.3)
    columns = (s.seller.address, (f"{s.w('vat_id')} {s.seller.vat_id}",),
               (s.w("bank"), f"IBAN {s.seller.iban}"))  # fmt: skip
    for x, lines in zip((57, 230, 370), columns, strict=True):
        for k, line in enumerate(lines):
            c.text(x, 784 + 10 * k, line, size=7)


def draw_refrow(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A surveyor's fee note as a business letter: the office top right, the client at the left,
    a row of references (small labels over values: the client's reference and order date, ours,
    number, date), a subject line and an opening sentence, a table with a plain ruled head, the
    totals and the due date only in the closing sentence."""
    c = _page(doc)
    c.text(555, 56, s.seller.name, size=12, bold=True, align="right")
    for k, line in enumerate(s.seller.address):
        c.text(555, 70 + 11 * k, line, size=8.5, align="right")
    c.text(57, 140, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(57, 153 + 13 * k, line, size=10)
    order_day = dt.date.fromisoformat(s.refs["order_day"])
    refs = ((s.w("your_ref"), s.refs["your_ref"]),
            (s.w("your_order"), s.date_text(order_day)), (s.w("our_ref"), s.refs["our_ref"]),
            facts(s)[0], facts(s)[1])  # fmt: skip
    x = 57.0
    for label, value in refs:  # each cell as wide as its label or value, a gap between
        width = max(c.text(x, 232, label, size=6.5), c.text(x, 244, value, size=9))
        x += max(width + 16, 80)
    c.text(57, 280, s.title, size=12, bold=True)
    _original(c, s, 57, 294, size=8)
    c.text(57, 312, s.w("intro"), size=9)
    cols = ((57, "left"), (380, "right"), (388, "left"), (480, "right"), (555, "right"))
    y = 338.0
    _row(c, y, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")), size=8,
         bold=True)  # fmt: skip
    c.rule(57, y + 4, 555, width=0.5)
    y += 18
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    c.rule(57, y - 9, 555, width=0.5)
    y = sums(c, s, y + 8, 330, 555)
    c.text(330, y + 2, f"{s.w('currency')} {s.currency}", size=7.5)
    c.text(57, y + 30, s.w("pay").format(due=s.date_text(s.due)), size=9)
    c.text(57, y + 44, s.w("regards"), size=9)
    _small_print(c, s, 800)


def draw_sites(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A cleaning contractor's invoice: the contractor and the facts at the left, the customer in
    a ruled box at the right, the title centred, then each site as a shaded heading over its
    lines and a site subtotal, and the totals."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 69 + 10 * k, line, size=8)
    month = s.issue.replace(day=1) - dt.timedelta(days=1)
    _pairs(c, 40, 120, (*facts(s)[:3], (s.w("period"), f"{month.month:02d}/{month.year}"),
                        facts(s)[3]), width=230, size=8)  # fmt: skip
    c.box((330, 45, 555, 125))
    _party(c, 340, 60, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _centred(c, 210, s.title, size=15, bold=True)
    if s.credit_note:
        _centred(c, 224, f"{s.w('original')} {s.refs['original']}", size=8)
    cols = ((40, "left"), (390, "right"), (398, "left"), (480, "right"), (555, "right"))
    y = _head(c, 248, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")))
    sites = sorted({ln.site for ln in s.lines})  # type: ignore[attr-defined]
    for site in sites:
        c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=SHADE)
        c.text(44, y, f"{s.w('site')} {site + 1}: {SITES[s.lang][site]}", size=8, bold=True)
        y += 16
        total = Decimal("0.00")
        for ln in (ln for ln in s.lines if ln.site == site):  # type: ignore[attr-defined]
            _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                              s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
                 size=8)  # fmt: skip
            total += ln.net_amount
            y += 14
        c.rule(400, y - 9, 555, width=0.3)
        c.text(480, y + 1, s.w("site_sum"), size=7.5, align="right")
        c.text(555, y + 1, s.number_text(total), size=8, bold=True, align="right")
        y += 18
    finish(c, s, y)


DRAW: Final = {"telecom": draw_telecom, "window": draw_window, "refrow": draw_refrow,
               "sites": draw_sites, "stacked": draw_stacked, "club": draw_club,
               "reissue": draw_reissue}  # fmt: skip
