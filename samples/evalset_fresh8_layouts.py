"""Four page layouts of the eighth fresh evaluation slice (`evalset_fresh8.py`), each modelled on
a real-world invoice style: a parts distributor's invoice with back orders, a pharmacy
wholesaler's invoice with batches, a warehouse storage invoice and a publisher's subscription
invoice (the other three are in `evalset_fresh8_slip.py`). Every one prints the number, both
dates, both parties, the lines and the three totals; the page helpers come from the earlier
slices' layouts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _grey, _head, _leader, _row
from evalset_fresh7_pages import wrapped_head
from evalset_fresh8_slip import draw_guarding, draw_qrbill, draw_tablefirst, sums

if TYPE_CHECKING:
    from evalset_fresh8 import Fresh8Sample


def _facts(s: Fresh8Sample, *extra: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)), *extra)  # fmt: skip


def draw_backorder(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A parts distributor's invoice: the firm right-aligned on top, the customer at the left,
    the facts with leader dots at the right, then part code | description | ordered | delivered |
    back order | invoiced | price | amount: only the invoiced quantity is billed."""
    c = _page(doc)
    c.text(555, 52, s.seller.name, size=13, bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 66 + 10 * k, line, size=7.5, align="right")
    _party(c, 40, 120, s.w("customer"), s.buyer.name, s.buyer.address)
    y = 120.0
    for label, value in _facts(s, (s.w("order"), s.refs["order"]),
                               (s.w("dispatch"), s.refs["dispatch"]),
                               (s.w("currency"), s.currency)):  # fmt: skip
        _leader(c, 330, y, 225, label, value, size=8)
        y += 13
    c.text(40, 212, s.title, size=16, bold=True)
    _original(c, s, 40, 228, size=8)
    cols = ((40, "left"), (92, "left"), (318, "right"), (362, "right"), (406, "right"),
            (452, "right"), (503, "right"), (555, "right"))  # fmt: skip
    heads = (s.w("code"), s.w("desc"), s.w("ordered"), s.w("delivered"), s.w("open"),
             s.w("invoiced"), s.w("price"), s.w("amount"))  # fmt: skip
    y = wrapped_head(c, 250, cols, heads, width=42)
    for ln in s.lines:
        _row(c, y, cols, (ln.code, ln.description, s.quantity_text(ln.ordered),  # type: ignore[attr-defined]
                          s.quantity_text(ln.quantity), s.quantity_text(ln.open),  # type: ignore[attr-defined]
                          s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                          s.number_text(ln.net_amount)), size=8)  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 330, 555)
    c.text(40, max(y + 16, 760), s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_pharmacy(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A pharmacy wholesaler's invoice: the firm on a rule, the customer in a frame, the facts in
    two columns under the title, then article code | description | batch | expiry | quantity |
    price | amount, the totals right."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=12.5, bold=True)
    c.rule(40, 63, 555, width=1)
    c.text(40, 75, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.box((320, 95, 555, 160))
    _party(c, 328, 107, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 120, s.title, size=17, bold=True)
    _pairs(c, 40, 140, _facts(s)[:2], width=220, size=8)
    _pairs(c, 40, 166, (*_facts(s)[2:], (s.w("currency"), s.currency)), width=220, size=8)
    _original(c, s, 40, 198, size=8)
    cols = ((40, "left"), (88, "left"), (292, "left"), (342, "left"), (420, "right"),
            (480, "right"), (555, "right"))  # fmt: skip
    y = _head(c, 222, cols, (s.w("pzn"), s.w("desc"), s.w("batch"), s.w("expiry"), s.w("qty"),
                             s.w("price"), s.w("amount")))  # fmt: skip
    for ln in s.lines:
        expiry = ln.expiry  # type: ignore[attr-defined]
        _row(c, y, cols, (ln.code, ln.description, ln.lot, f"{expiry.month:02d}/{expiry.year}",  # type: ignore[attr-defined]
                          s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                          s.number_text(ln.net_amount)), size=7.5)  # fmt: skip
        y += 14
    c.rule(40, y - 8, 555)
    sums(c, s, y + 10, 320, 555)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_storage(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A warehouse's storage invoice: the firm and customer side by side, the facts and storage
    period in a shaded band, services in pallet-days (pallets x days in grey under the line) or
    handling units at a rate with up to four decimals, and an insurance surcharge."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=12, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')}: {s.seller.vat_id}")):
        c.text(40, 68 + 10 * k, line, size=7.5)
    _party(c, 330, 55, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 140, s.title, size=15, bold=True)
    y = 162.0
    start, end = dt.date.fromisoformat(s.refs["start"]), s.issue.replace(day=1) - dt.timedelta(1)
    rows = (*_facts(s), (s.w("period"), f"{s.date_text(start)} \u2013 {s.date_text(end)}"),
            (s.w("currency"), s.currency))  # fmt: skip
    for k, (label, value) in enumerate(rows):
        x = (40, 175, 265, 360, 475)[k]
        c.text(x, y, label, size=6.5)
        c.text(x, y + 12, value, size=8.5, bold=True)
    _original(c, s, 40, 196, size=8)
    cols = ((40, "left"), (350, "right"), (362, "left"), (490, "right"), (555, "right"))
    y = _head(c, 220, cols, (s.w("desc"), s.w("units"), "", s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        if ln.pallets:  # type: ignore[attr-defined]
            _grey(c, 52, y + 10, s.w("pallets").format(n=ln.pallets, d=ln.days))  # type: ignore[attr-defined]
            y += 10
        y += 16
    c.rule(40, y - 10, 555)
    sums(c, s, y + 8, 330, 555)
    c.text(40, 770, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_periodicals(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A publisher's subscription invoice: a centred masthead, the subscriber's address window,
    subscriber number and facts at the right, then the titles with the issues they cover in grey
    under each, copies, price per copy and year, and the totals."""
    c = _page(doc)
    _centred(c, 54, s.seller.name, size=14, bold=True)
    _centred(c, 68, " \u2013 ".join(s.seller.address), size=8)
    _grey(c, 40, 112, f"{s.seller.name}, {s.seller.address[1]}", size=6.5)
    c.text(40, 128, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 141 + 12 * k, line, size=10)
    _pairs(c, 340, 118, (*_facts(s), (s.w("subscriber"), s.refs["subscriber"]),
                            (s.w("currency"), s.currency)), width=215,
           size=8)  # fmt: skip
    c.text(40, 210, s.title, size=15, bold=True)
    _original(c, s, 40, 226, size=8)
    cols = ((40, "left"), (380, "right"), (470, "right"), (555, "right"))
    y = _head(c, 250, cols, (s.w("desc"), s.w("copies"), s.w("per_year"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        _grey(c, 52, y + 10, s.w("issues").format(a=ln.first, b=ln.last))  # type: ignore[attr-defined]
        y += 26
    c.rule(40, y - 12, 555)
    sums(c, s, y + 6, 330, 555)
    c.text(40, 770, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


DRAW: Final = {"qrbill": draw_qrbill, "backorder": draw_backorder, "pharmacy": draw_pharmacy,
               "storage": draw_storage, "periodicals": draw_periodicals,
               "guarding": draw_guarding, "tablefirst": draw_tablefirst}  # fmt: skip
