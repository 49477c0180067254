"""The seven page layouts of the fourth fresh evaluation slice (`evalset_fresh4.py`), each modelled
on a real-world invoice style; every one prints the number, both dates, both parties, the lines
and the three totals, with other numbers and dates close by as real invoices have them. The
page helpers come from the third slice's layouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs, _table, _totals
from evalset_fresh4_pages import draw_multipage, draw_receipt
from evalset_fresh4_parties import OPERATOR
from evalset_fresh4_text import LEGAL
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh4 import Fresh4Sample

GREY: Final = (0.93, 0.93, 0.93)


def _party(c: Canvas, x: float, y: float, label: str, name: str, address: Sequence[str], *,
           size: float = 9.5) -> float:  # fmt: skip
    c.text(x, y, label, size=7.5, bold=True)
    c.text(x, y + 14, name, size=size, bold=True)
    y += 14
    for line in address:
        y += size + 2
        c.text(x, y, line, size=size)
    return y + 14


def _small_print(c: Canvas, s: Fresh4Sample, y: float) -> None:
    c.rule(40, y - 10, 555, width=0.3)
    c.text(40, y, f"{s.seller.name} · {' · '.join(s.seller.address)} · {s.w('vat_id')} "
                  f"{s.seller.vat_id}", size=6.5)  # fmt: skip
    c.text(40, y + 9, f"IBAN {s.seller.iban}", size=6.5)


def draw_market(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A marketplace order invoice: platform brand on top, the merchant under "Sold by", order
    number and date next to the invoice's, bill-to and ship-to side by side, a shipping line."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 70), color=None, fill=(0.14, 0.18, 0.24))
    c.page.insert_text((40, 45), OPERATOR, fontsize=18, fontname="hebo", color=(1, 1, 1))
    c.text(555, 110, s.title, size=18, bold=True, align="right")
    y = _party(c, 40, 100, s.w("seller"), s.seller.name, s.seller.address)
    c.text(40, y - 4, f"{s.w('vat_id')} {s.seller.vat_id}", size=8)
    order_date = dt.date.fromisoformat(s.refs["order_date"])
    _pairs(c, 330, 135, [(s.w("order_no"), s.refs["order_no"]),
                         (s.w("order_date"), s.date_text(order_date)),
                         (s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))], width=225)  # fmt: skip
    _party(c, 40, 225, s.w("customer"), s.buyer.name, s.buyer.address)
    _party(c, 300, 225, s.w("ship_to"), s.refs["recipient"], s.buyer.address)
    _original(c, s, 40, 295)
    rate = f"{s.rate_text}%"
    cols = [(40, "left"), (350, "right"), (430, "right"), (480, "right"), (555, "right")]
    heads = [s.w("description"), s.w("qty"), s.w("unit_price"), s.w("rate"), s.w("amount")]
    y = _table(c, s, 330, cols, heads, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.money_text(ln.unit_price), rate,
        s.signed_money(ln.net_amount)], step=17)  # fmt: skip
    c.rule(40, y - 10, 555)
    _totals(c, s, y + 10, 350, 555)
    c.text(40, 770, f"{OPERATOR} · marketplace.example · {s.refs['order_no']}", size=6.5)
    _small_print(c, s, 790)


def draw_hotel(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A hotel folio: the hotel centred on top, the company billed and the guest, a box with the
    folio and room numbers, arrival and departure, dated postings, then payments and balance."""
    c = _page(doc)
    _centred(c, 58, s.seller.name, size=17, bold=True)
    _centred(c, 73, " · ".join(s.seller.address), size=8)
    nights = s.lines[0].quantity
    arrival = s.issue - dt.timedelta(days=int(nights))
    c.text(40, 120, s.title, size=14, bold=True)
    y = _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(40, y, f"{s.w('guest')}: {s.refs['recipient']}", size=9)
    c.page.draw_rect((320, 105, 555, 235), color=(0.3, 0.3, 0.3), fill=GREY, width=0.6)
    _pairs(c, 330, 122, [(s.w("folio"), s.refs["folio"]), (s.w("room"), s.refs["room"]),
                         (s.w("arrival"), s.date_text(arrival)),
                         (s.w("departure"), s.date_text(s.issue)),
                         (s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))], width=215, step=15)  # fmt: skip
    _original(c, s, 40, 255)
    cols = [(40, "left"), (115, "left"), (380, "right"), (460, "right"), (555, "right")]
    heads = [" ", s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 290, cols, heads, lambda i, ln: [
        s.date_text(ln.day), ln.description, s.quantity_text(ln.quantity),
        s.price_text(ln.unit_price), s.number_text(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 555)
    y = _totals(c, s, y + 8, 360, 555)
    _small_print(c, s, 790)
    if s.credit_note:
        return
    deposit = (s.grand * Decimal("0.3")).quantize(Decimal(1))
    c.text(40, y + 16, s.w("payments"), size=10, bold=True)
    c.rule(40, y + 21, 555, width=0.4)
    if deposit:
        c.text(40, y + 36, s.date_text(arrival), size=8.5)
        c.text(115, y + 36, s.w("deposit"), size=8.5)
        c.text(555, y + 36, s.number_text(-deposit), size=8.5, align="right")
    c.text(360, y + 56, s.w("balance"), size=10, bold=True)
    c.text(555, y + 56, s.money_text(s.grand - deposit), size=10, bold=True, align="right")


def draw_saas(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A SaaS subscription invoice: the amount due in large type, the service period, plan,
    seat and metered lines with the period under each, amount paid and balance."""
    c = _page(doc)
    c.text(40, 60, s.title, size=22, bold=True)
    _pairs(c, 40, 90, [(s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                       (s.w("due"), s.date_text(s.due))], width=230, size=8.5)  # fmt: skip
    c.text(555, 60, s.seller.name, size=11, bold=True, align="right")
    for k, line in enumerate((*s.seller.address, s.seller.vat_id)):
        c.text(555, 74 + 11 * k, line, size=8, align="right")
    _party(c, 40, 150, s.w("customer"), s.buyer.name, s.buyer.address)
    start = dt.date.fromisoformat(s.refs["period_start"])
    period = f"{s.date_text(start)} \u2013 {s.date_text(s.issue - dt.timedelta(days=1))}"
    c.text(300, 150, s.w("period"), size=7.5, bold=True)
    c.text(300, 164, period, size=9)
    paid = s.grand if s.refs["paid"] and not s.credit_note else Decimal("0.00")
    headline = f"{s.money_text(s.grand - paid)} \u2013 {s.w('due')} {s.date_text(s.due)}"
    c.text(40, 240, headline, size=15, bold=True)
    _original(c, s, 40, 258)
    cols = [(40, "left"), (370, "right"), (460, "right"), (555, "right")]
    heads = [s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 290, cols, heads, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
        s.number_text(ln.net_amount)], step=26)  # fmt: skip
    for k in range(len(s.lines)):  # the period under each line, in grey
        c.page.insert_text((40, 320 + 26 * k), period,
                           fontsize=7, fontname="helv", color=(0.45, 0.45, 0.45))  # fmt: skip
    c.rule(300, y - 14, 555)
    y = _totals(c, s, y + 4, 300, 555)
    _pairs(c, 300, y + 4, [(s.w("paid"), s.money_text(paid)),
                           (s.w("balance"), s.money_text(s.grand - paid))],
           width=255, size=9)  # fmt: skip
    c.text(40, 770, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    _small_print(c, s, 795)


def draw_freight(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A freight forwarder's invoice: a grid of eight references (shipment, CMR, container,
    purchase order, customer number) around the invoice number and dates, a weight column."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=14, bold=True)
    c.text(40, 72, ", ".join(s.seller.address), size=8)
    c.text(555, 58, s.title, size=16, bold=True, align="right")
    cells = [
        (s.w("shipment"), s.refs["shipment"]),
        (s.w("number"), s.number),
        (s.w("date"), s.date_text(s.issue)),
        (s.w("cmr"), s.refs["cmr"]),
        (s.w("container"), s.refs["container"]),
        (s.w("po"), s.refs["po"]),
        (s.w("customer_no"), s.refs["customer_no"]),
        (s.w("due"), s.date_text(s.due)),
    ]
    for k, (label, value) in enumerate(cells):
        x, y = 40 + 129 * (k % 4), 95 + 34 * (k // 4)
        c.box((x, y, x + 129, y + 34))
        c.text(x + 5, y + 11, label, size=7)
        c.text(x + 5, y + 26, value, size=9.5, bold=True)
    _party(c, 40, 190, s.w("customer"), s.buyer.name, s.buyer.address)
    _original(c, s, 300, 204)
    cols = [(40, "left"), (330, "right"), (390, "right"), (470, "right"), (555, "right")]
    heads = [s.w("description"), s.w("weight"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 290, cols, heads, lambda i, ln: [
        ln.description, s.number_text(Decimal(ln.weight), 0) if ln.weight else "",
        s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
        s.number_text(ln.net_amount)], grid=(36, 559, 335, 395, 475))  # fmt: skip
    c.text(40, y + 10, f"{s.w('currency')}: {s.currency}", size=8, bold=True)
    _totals(c, s, y + 24, 340, 555)
    c.text(40, 760, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    _small_print(c, s, 790)


def draw_legal(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """An invoice with a reference band (number, date, customer number, due date) across the
    page and the country's legal small print (registration, capital, late-payment wording)."""
    c = _page(doc)
    c.text(40, 62, s.seller.name, size=15, bold=True)
    for k, line in enumerate(s.seller.address):
        c.text(40, 78 + 11 * k, line, size=8.5)
    _party(c, 320, 120, s.w("customer"), s.buyer.name, s.buyer.address, size=10)
    c.text(40, 215, s.title, size=20, bold=True)
    band = [
        (s.w("number"), s.number),
        (s.w("date"), s.date_text(s.issue)),
        (s.w("customer_no"), s.refs["customer_no"]),
        (s.w("due"), s.date_text(s.due)),
    ]
    c.page.draw_rect((40, 230, 555, 266), color=None, fill=GREY)
    for k, (label, value) in enumerate(band):
        c.text(48 + 129 * k, 243, label, size=7.5)
        c.text(48 + 129 * k, 259, value, size=10, bold=True)
    _original(c, s, 40, 284)
    cols = [(44, "left"), (350, "right"), (440, "right"), (551, "right")]
    heads = [s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 315, cols, heads, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
        s.number_text(ln.net_amount)], grid=(40, 555, 290, 360, 450))  # fmt: skip
    y = _totals(c, s, y + 14, 340, 555)
    c.text(40, y + 16, s.w("pay").format(due=s.date_text(s.due)), size=8)
    for k, line in enumerate(LEGAL[s.lang]):
        c.text(40, 752 + 9 * k, line, size=6.5)
    _small_print(c, s, 795)


DRAW: Final = {"market": draw_market, "hotel": draw_hotel, "saas": draw_saas,
               "freight": draw_freight, "legal": draw_legal, "multipage": draw_multipage,
               "receipt": draw_receipt}  # fmt: skip
