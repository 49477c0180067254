"""Four page layouts of the fourteenth fresh evaluation slice (`evalset_fresh14.py`), each modelled
on a real-world invoice style: a heat-pump and solar installer's final invoice that deducts the
deposit received, a cleaning firm's invoice with one line per visit, a cycle workshop's
simplified invoice without the customer's address and a marina's berth invoice (the other three
are in `evalset_fresh14_pages.py`). Every one prints the number, both dates, both parties, the
currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import plain, table
from evalset_fresh14_pages import draw_childcare, draw_portal, draw_serials

if TYPE_CHECKING:
    from evalset_fresh14 import Fresh14Sample

LEAF: Final = (0.13, 0.45, 0.22)
HARBOUR: Final = (0.08, 0.2, 0.42)
WHITE: Final = (1.0, 1.0, 1.0)
STRIPE: Final = (0.95, 0.96, 0.95)


def deposit(s: Fresh14Sample) -> Decimal:
    """The deposit the installer took when the order was placed: 30% of the total, rounded."""
    return (s.grand * Decimal("0.3")).quantize(Decimal(10) if s.grand > 1000 else Decimal(1))


def draw_heatpump(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A heat-pump and solar installer's final invoice: a green edge, the firm in green, the
    customer and the facts, the installation site and the system, the table and the totals, then
    the deposit received (with its date) taken off and the balance now due in a box."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 10), color=None, fill=LEAF)
    coloured(c, 40, 50, s.seller.name, size=fitted(s.seller.name, 300, 15), color=LEAF, bold=True)
    c.text(40, 64, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 50, s.title, size=16, bold=True, align="right")
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address)
    _pairs(c, 330, 100, facts(s), width=225, size=8.5)
    c.text(40, 172, s.w("site"), size=7.5, bold=True)
    c.text(40, 185, ", ".join(s.buyer.address), size=9)
    c.text(330, 172, s.w("project"), size=7.5, bold=True)
    c.text(330, 185, s.w("system"), size=fitted(s.w("system"), 225, 9))
    _original(c, s, 40, 205, size=8)
    y = plain(c, s, 232)
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 330, 555)
    paid = deposit(s)
    day = s.issue - dt.timedelta(days=64)
    c.text(240, y + 4, s.w("deposit").format(day=s.date_text(day)), size=8.5)
    c.text(555, y + 4, s.number_text(-paid), size=8.5, align="right")
    c.page.draw_rect((230, y + 14, 555, y + 36), color=LEAF, width=1)
    c.text(240, y + 29, s.w("balance"), size=10, bold=True)
    c.text(547, y + 29, s.money_text(s.grand - paid), size=10, bold=True, align="right")
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_visits(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A cleaning firm's monthly invoice: the title large at the left, the firm right-aligned at
    the right, the customer and the facts in a ruled box, the period the visits cover, then one
    numbered, striped line per visit (task, weekday and date; hours; rate; amount)."""
    c = _page(doc)
    c.text(40, 62, s.title, size=22, bold=True)
    c.text(555, 50, s.seller.name, size=fitted(s.seller.name, 280, 12), bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 63 + 10 * k, line, size=7.5, align="right")
    _party(c, 40, 110, s.w("customer"), s.buyer.name, s.buyer.address)
    c.box((330, 100, 555, 154))
    _pairs(c, 338, 113, facts(s), width=209, size=8.5)
    period = s.w("period").format(start=s.date_text(s.issue - dt.timedelta(days=35)),
                                  end=s.date_text(s.issue - dt.timedelta(days=1)))  # fmt: skip
    c.text(40, 182, period, size=9, bold=True)
    _original(c, s, 40, 197, size=8)
    cols = ((40, "left"), (62, "left"), (400, "right"), (480, "right"), (555, "right"))

    def row(k: int, ln: object) -> tuple[str, ...]:
        if k % 2:
            c.page.draw_rect((40, y0 + 14 * k - 9, 555, y0 + 14 * k + 4), color=None, fill=STRIPE)
        return (
            f"{k + 1}",
            ln.description,
            s.quantity_text(ln.quantity),  # type: ignore[attr-defined]
            s.price_text(ln.unit_price),
            s.number_text(ln.net_amount),
        )  # type: ignore[attr-defined]

    y0 = 241
    y = table(c, s, 222, cols, ("#", s.w("desc"), s.w("hours"), s.w("hourly"), s.w("amount")),
              row, step=14, size=8)  # fmt: skip
    finish(c, s, y)


def draw_simplified(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A cycle workshop's simplified invoice: a narrow centred column with the shop, its address
    and tax number, the title, the facts, the customer's name only (no address), each item's
    description over its quantity x price and amount, and the totals."""
    c = _page(doc)
    x0, x1 = 170.0, 425.0
    _centred(c, 60, s.seller.name, size=fitted(s.seller.name, x1 - x0, 13), bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        _centred(c, 74 + 10 * k, line, size=7.5)
    c.rule(x0, 108, x1, width=0.4)
    _centred(c, 126, s.title, size=12, bold=True)
    y = _pairs(c, x0, 146, facts(s), width=x1 - x0, size=8)
    c.text(x0, y + 4, s.w("customer"), size=7.5, bold=True)
    c.text(x0, y + 16, s.buyer.name, size=fitted(s.buyer.name, x1 - x0, 8.5))
    _original(c, s, x0, y + 30, size=7.5)
    y += 44
    c.rule(x0, y, x1, width=0.4)
    y += 16
    for ln in s.lines:
        c.text(x0, y, ln.description, size=8.5)
        unit = f" {ln.unit}" if ln.unit else ""  # type: ignore[attr-defined]
        c.text(x0 + 10, y + 11, f"{s.quantity_text(ln.quantity)}{unit} x "
                                f"{s.price_text(ln.unit_price)}", size=8)  # fmt: skip
        c.text(x1, y + 11, s.number_text(ln.net_amount), size=8.5, align="right")
        y += 27
    c.rule(x0, y - 8, x1, width=0.4)
    y = sums(c, s, y + 8, x0, x1, size=8.5)
    _centred(c, y + 16, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_berth(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A marina's berth invoice: the harbour's name and the title in white on a dark blue band,
    the boat owner at the left and a ruled panel with the vessel, its length, the berth and the
    arrival and departure at the right, the facts under it, the table and the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 84), color=None, fill=HARBOUR)
    coloured(c, 40, 44, s.seller.name, size=fitted(s.seller.name, 300, 15), color=WHITE,
             bold=True)  # fmt: skip
    coloured(c, 40, 60, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
             size=7.5, color=WHITE)  # fmt: skip
    coloured(c, 555, 44, s.title, size=15, color=WHITE, bold=True, align="right")
    _party(c, 40, 112, s.w("customer"), s.buyer.name, s.buyer.address)
    boat, length = s.refs["boat"].split("|")
    out = s.issue - dt.timedelta(days=2)
    nights = int(s.lines[0].quantity)  # the berth line bills the nights of the stay
    c.box((330, 100, 555, 172))
    metres = f"{length.replace('.', s.decimal)} m"
    _pairs(c, 338, 114, ((s.w("vessel"), boat), (s.w("length"), metres),
                         (s.w("berth"), s.refs["berth"]),
                         (s.w("arrival"), s.date_text(out - dt.timedelta(days=nights))),
                         (s.w("departure"), s.date_text(out))), width=209, size=8)  # fmt: skip
    _pairs(c, 330, 192, facts(s), width=225, size=8.5)
    _original(c, s, 40, 200, size=8)
    y = plain(c, s, 262)
    finish(c, s, y)


DRAW: Final = {"heatpump": draw_heatpump, "visits": draw_visits, "simplified": draw_simplified,
               "berth": draw_berth, "childcare": draw_childcare, "portal": draw_portal,
               "serials": draw_serials}  # fmt: skip
