"""Four page layouts of the seventh fresh evaluation slice (`evalset_fresh7.py`), each modelled on
a real-world invoice style: an architect's fee invoice, a produce wholesaler's invoice, a training
provider's invoice and a property manager's service charge (the other three are in
`evalset_fresh7_pages.py`). Every one prints the number, both dates, both parties, the lines and
the three totals; the page helpers come from the earlier slices' layouts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _leader, _row
from evalset_fresh7_items import KEYS
from evalset_fresh7_pages import draw_carryover, draw_fuelcard, draw_mono, wrapped_head
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh7 import Fresh7Sample

SIDEBAR: Final = 405.0  # training: where the right-hand sidebar starts


def _sums(c: Canvas, s: Fresh7Sample, y: float, x0: float, x1: float, *,
          size: float = 9) -> float:  # fmt: skip
    """The sum of the lines and the document-level allowance or charge when there is one, then
    net, VAT and total; returns the y under them."""
    rows: list[tuple[str, str, bool]] = []
    if s.allowance or s.charge:
        label = s.w("apportioned" if s.charge else "goods" if s.layout == "mono" else "lines_sum")
        rows.append((label, s.number_text(s.line_total), False))
    if s.allowance:
        label = s.w("group" if s.layout == "training" else "discount")
        rows.append((label.format(pct=s.quantity_text(s.allowance_pct)),
                     s.number_text(-s.allowance), False))  # fmt: skip
    if s.charge:
        rows.append((s.w("mgmt").format(pct=s.quantity_text(s.charge_pct)),
                     s.number_text(s.charge), False))  # fmt: skip
    rows += [(s.w("net"), s.money_text(s.net), False),
             (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax), False),
             (s.w("grand"), s.money_text(s.grand), True)]  # fmt: skip
    for label, value, bold in rows:
        c.text(x0, y, label, size=size, bold=bold)
        c.text(x1, y, value, size=size, bold=bold, align="right")
        y += size + 5
    return y


def draw_architect(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """An architect's fee invoice as a letter: the practice's name over a rule, the client's
    window, the date after the town without a label, "label: value" facts, percentage points of
    the fee per work stage with share and progress in grey under each, and the instalments
    already invoiced deducted after the grand total."""
    c = _page(doc)
    c.text(40, 60, s.seller.name, size=15, bold=True)
    c.rule(40, 68, 555, width=1.2)
    c.text(40, 80, " | ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")), size=7.5)
    _grey(c, 40, 118, f"{s.seller.name}, {s.seller.address[0]}", size=6.5)
    c.text(40, 134, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 147 + 12 * k, line, size=10)
    words = s.seller.address[1].split()
    town = words[0] if s.lang == "en" else " ".join(
        w for k, w in enumerate(words) if k > 1 or not (w.isdigit() or w.isupper()))  # fmt: skip
    c.text(555, 134, f"{town}, {s.date_text(s.issue)}", size=9.5, align="right")
    y, fee = 160.0, s.lines[0].unit_price * 100
    for label, value in ((s.w("number"), s.number), (s.w("due"), s.date_text(s.due)),
                         (s.w("project"), s.refs["project"]),
                         (s.w("fee_total"), f"{s.currency} {s.number_text(fee)}")):  # fmt: skip
        c.text(330, y, f"{label}:", size=8)
        c.text(555, y, value, size=8, bold=True, align="right")
        y += 12
    c.text(40, 232, s.title, size=14, bold=True)
    _original(c, s, 40, 248)
    cols = ((40, "left"), (390, "right"), (470, "right"), (555, "right"))
    y = _head(c, 272, cols, (s.w("phase"), s.w("billed"), s.w("per_pct"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        _grey(c, 52, y + 10, s.w("share_note").format(share=ln.share, done=ln.done))  # type: ignore[attr-defined]
        y += 26
    c.rule(40, y - 12, 555)
    y = _sums(c, s, y + 6, 300, 555)
    if s.instalments:
        c.rule(300, y - 8, 555, width=0.4)
        for k, (day, amount) in enumerate(s.instalments, start=1):
            c.text(300, y + 4, s.w("instalment").format(n=k, date=s.date_text(day)), size=8)
            c.text(555, y + 4, s.number_text(-amount), size=8, align="right")
            y += 13
        balance = s.grand - sum((a for _, a in s.instalments), Decimal("0.00"))
        c.text(300, y + 8, s.w("balance"), size=9.5, bold=True)
        c.text(555, y + 8, s.money_text(balance), size=9.5, bold=True, align="right")
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def _boxes(c: Canvas, x: float, y: float, cells: Sequence[tuple[str, str]], width: float) -> None:
    for k, (label, value) in enumerate(cells):
        left = x + k * width
        c.box((left, y, left + width, y + 30))
        c.text(left + 4, y + 10, label, size=6.5)
        c.text(left + 4, y + 24, value, size=9, bold=True)


def draw_produce(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A produce wholesaler's invoice: the firm on top, the customer in a frame at the right, the
    facts in a row of boxes (label above value), lot | produce | origin | crates | gross | tare |
    net kg | price per kg | amount, the totals at the bottom left."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=13, bold=True)
    c.text(40, 71, ", ".join(s.seller.address), size=8)
    c.text(40, 82, f"{s.w('vat_id')}: {s.seller.vat_id}", size=8)
    c.box((330, 96, 555, 160))
    _party(c, 338, 108, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 130, s.title, size=18, bold=True)
    _boxes(c, 40, 176, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                        (s.w("due"), s.date_text(s.due)), (s.w("delivery"), s.refs["delivery"]),
                        (s.w("currency"), s.currency)), 103)  # fmt: skip
    _original(c, s, 40, 226)
    cols = ((40, "left"), (74, "left"), (230, "left"), (294, "right"), (338, "right"),
            (380, "right"), (428, "right"), (480, "right"), (555, "right"))  # fmt: skip
    heads = (s.w("lot"), s.w("produce"), s.w("origin"), s.w("crates"), s.w("gross_kg"),
             s.w("tare"), s.w("net_kg"), s.w("per_kg"), s.w("amount"))  # fmt: skip
    y = wrapped_head(c, 252, cols, heads, width=40)
    places = 3 if s.money.scale == 1 else 2
    for ln in s.lines:
        tare = ln.tare  # type: ignore[attr-defined]
        _row(c, y, cols, (ln.lot, ln.description, ln.origin, str(ln.crates),  # type: ignore[attr-defined]
                          s.number_text(ln.quantity + tare, 1), s.number_text(tare, 1),
                          s.number_text(ln.quantity, 1), s.number_text(ln.unit_price, places),
                          s.number_text(ln.net_amount)), size=8)  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    _sums(c, s, y + 12, 40, 280)
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def draw_training(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A training provider's invoice: a shaded sidebar at the right holds the provider and the
    facts (label above value); the narrow main column has the customer, the title, the courses
    with their dates in grey under each, and the totals."""
    c = _page(doc)
    c.page.draw_rect((SIDEBAR, 0, 595, 842), color=None, fill=SHADE)
    x = SIDEBAR + 15
    c.text(x, 60, s.seller.name, size=9, bold=True)
    for k, line in enumerate((*s.seller.address, s.seller.vat_id)):
        c.text(x, 73 + 10 * k, line, size=7)
    y = 130.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("booking"), s.refs["booking"]),
                         (s.w("currency"), s.currency)):  # fmt: skip
        c.text(x, y, label, size=7, bold=True)
        c.text(x, y + 12, value, size=9.5)
        y += 32
    c.text(x, 780, "IBAN", size=6.5, bold=True)
    c.text(x, 790, s.seller.iban, size=6)
    _party(c, 40, 70, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(40, 175, s.title, size=17, bold=True)
    _original(c, s, 40, 192, size=8)
    cols = ((40, "left"), (262, "right"), (325, "right"), (385, "right"))
    y = wrapped_head(c, 220, cols, (s.w("course"), s.w("participants"), s.w("per_person"),
                                    s.w("amount")), x0=40, x1=385, width=48)  # fmt: skip
    for ln in s.lines:
        cells = (ln.description, s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                 s.number_text(ln.net_amount))  # fmt: skip
        _row(c, y, cols, cells, size=8)
        start, end = s.date_text(ln.start), s.date_text(ln.end)  # type: ignore[attr-defined, arg-type]
        days = start if start == end else f"{start} \u2013 {end}"
        _grey(c, 40, y + 10, f"{days}, {ln.note}")  # type: ignore[attr-defined]
        y += 26
    c.rule(40, y - 12, 385)
    y = _sums(c, s, y + 6, 40, 385, size=8.5)
    c.text(40, max(y + 20, 740), s.w("pay").format(due=s.date_text(s.due)), size=7.5)


def draw_property(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A property manager's service charge: the manager right-aligned on top, the owner at the
    left, facts with leader dots, each cost heading apportioned by its key (total cost, key,
    total units, your units, rate per unit, your share), then the apportioned costs plus the
    management fee, net, VAT and total."""
    c = _page(doc)
    vat_id = f"{s.w('vat_id')} {s.seller.vat_id}"
    rows = ((s.seller.name, 11, True), (s.seller.address[0], 8, False),
            (s.seller.address[1], 8, False), (vat_id, 8, False))  # fmt: skip
    for k, (line, size, bold) in enumerate(rows):
        c.text(555, 50 + 12 * k, line, size=size, bold=bold, align="right")
    _party(c, 40, 110, s.w("customer"), s.buyer.name, s.buyer.address)
    y = 110.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("building"), s.refs["building"]),
                         (s.w("unit_no"), s.refs["unit_no"]), (s.w("year"), s.refs["year"]),
                         (s.w("currency"), s.currency)):  # fmt: skip
        _leader(c, 300, y, 255, label, value, size=8)
        y += 13
    c.text(40, 205, s.title, size=15, bold=True)
    _original(c, s, 40, 220)
    keys = {"area": 0, "units": 1}
    cols = ((40, "left"), (255, "right"), (262, "left"), (378, "right"), (428, "right"),
            (488, "right"), (555, "right"))  # fmt: skip
    heads = (s.w("cost"), s.w("cost_total"), s.w("key"), s.w("units"), s.w("yours"),
             s.w("rate"), s.w("share"))  # fmt: skip
    y = wrapped_head(c, 246, cols, heads, width=50)
    for ln in s.lines:
        total_units = ln.total_units  # type: ignore[attr-defined]
        cost = s.number_text((ln.unit_price * total_units).quantize(ln.net_amount))
        places = 2 if ln.key == "area" and s.lang not in ("fr", "it") else 0  # type: ignore[attr-defined]
        cells = (ln.description, cost, KEYS[s.lang][keys[ln.key]],  # type: ignore[attr-defined]
                 s.number_text(total_units, places), s.number_text(ln.quantity, places),
                 s.number_text(ln.unit_price, 4), s.number_text(ln.net_amount))  # fmt: skip
        _row(c, y, cols, cells, size=8)
        y += 15
    c.rule(40, y - 9, 555)
    _sums(c, s, y + 12, 330, 555)
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


DRAW: Final = {"architect": draw_architect, "produce": draw_produce, "fuelcard": draw_fuelcard,
               "carryover": draw_carryover, "mono": draw_mono, "training": draw_training,
               "property": draw_property}  # fmt: skip
