"""Four page layouts of the fifth fresh evaluation slice (`evalset_fresh5.py`), each modelled on a
real-world invoice style: a car workshop invoice, a builder's final account, an event caterer's
invoice and a software reseller's invoice (the other three are in `evalset_fresh5_pages.py`).
Every one prints the number, both dates, both parties, the lines and the three totals. The page
helpers come from the third and fourth slices' layouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _totals
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_pages import draw_bilingual, draw_rental, draw_translation
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh5 import Fresh5Sample

Columns = Sequence[tuple[float, str]]
GREY: Final = (0.45, 0.45, 0.45)
SHADE: Final = (0.92, 0.92, 0.92)


def _row(c: Canvas, y: float, cols: Columns, cells: Sequence[str], *, size: float = 8.5,
         bold: bool = False) -> None:  # fmt: skip
    for (x, align), text in zip(cols, cells, strict=True):
        if text:
            c.text(x, y, text, size=size, bold=bold, align=align)  # type: ignore[arg-type]


def _head(c: Canvas, y: float, cols: Columns, heads: Sequence[str], x0: float = 40,
          x1: float = 555) -> float:  # fmt: skip
    c.page.draw_rect((x0, y - 11, x1, y + 5), color=None, fill=SHADE)
    _row(c, y, cols, heads, size=7.5, bold=True)
    return y + 19


def _grey(c: Canvas, x: float, y: float, text: str, size: float = 7) -> None:
    c.page.insert_text((x, y), text.encode("cp1252").decode("latin-1"), fontsize=size,
                       fontname="helv", color=GREY)  # fmt: skip


def draw_workshop(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """A car workshop invoice: the garage on top, "label: value" facts at the right, a shaded
    vehicle box (registration, model, VIN, mileage, first registration), then parts and labour
    in separate sections, each with its own subtotal, and the totals."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=16, bold=True)
    c.text(40, 72, " · ".join(s.seller.address), size=8)
    c.text(40, 83, f"{s.w('vat_id')} {s.seller.vat_id}", size=8)
    c.text(555, 58, s.title, size=15, bold=True, align="right")
    y = 84.0
    facts = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("due"), s.date_text(s.due)), (s.w("job"), s.refs["job"]))  # fmt: skip
    tab = 353 + max(REGULAR.text_length(f"{label}:", fontsize=8.5) for label, _ in facts)
    for label, value in facts:
        c.text(345, y, f"{label}:", size=8.5)
        c.text(max(tab, 455), y, value, size=8.5, bold=True)
        y += 12
    _party(c, 40, 110, s.w("customer"), s.buyer.name, s.buyer.address)
    c.page.draw_rect((40, 178, 555, 214), color=None, fill=SHADE)
    first_reg = s.date_text(dt.date.fromisoformat(s.refs["first_reg"]))
    mileage = s.number_text(Decimal(s.refs["mileage"]), 0)
    cells = ((s.w("reg"), s.refs["plate"]), (s.w("vehicle"), s.refs["vehicle"]),
             (s.w("vin"), s.refs["vin"]), (s.w("mileage"), f"{mileage} km"),
             (s.w("first_reg"), first_reg))  # fmt: skip
    for x, (label, value) in zip((46, 130, 250, 380, 465), cells, strict=True):
        c.text(x, 190, label, size=7)
        c.text(x, 205, value, size=8.5, bold=True)
    _original(c, s, 40, 232)
    y = 262.0
    cols = ((40, "left"), (118, "left"), (400, "right"), (475, "right"), (555, "right"))
    for section, code, qty, price in (("parts", "part_no", "qty", "unit_price"),
                                      ("labour", "op", "hours", "rate_h")):  # fmt: skip
        lines = [ln for ln in s.lines if ln.section == section]  # type: ignore[attr-defined]
        c.text(40, y, s.w(section), size=10.5, bold=True)
        y = _head(c, y + 18, cols, (s.w(code), s.w("description"), s.w(qty), s.w(price),
                                    s.w("amount")))  # fmt: skip
        for ln in lines:
            cells = (ln.code, ln.description, s.quantity_text(ln.quantity),
                     s.price_text(ln.unit_price), s.number_text(ln.net_amount))  # fmt: skip
            _row(c, y, cols, cells)
            y += 15
        c.rule(400, y - 9, 555, width=0.4)
        subtotal = sum((ln.net_amount for ln in lines), Decimal("0.00"))
        c.text(475, y + 3, s.w(f"{section}_total"), size=8.5, bold=True, align="right")
        c.text(555, y + 3, s.number_text(subtotal), size=8.5, bold=True, align="right")
        y += 30
    c.rule(330, y - 8, 555, width=0.8)
    _totals(c, s, y + 8, 345, 555)
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def draw_boq(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """A builder's final account: the number in the title line, the project and contract, the
    positions grouped by trade (01.01, 01.02, ...) with a unit column and a subtotal per trade,
    then the sum of the positions less the negotiated discount, the net, VAT and total."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=15, bold=True)
    for k, line in enumerate((*s.seller.address, s.seller.vat_id)):
        c.text(555, 48 + 10 * k, line, size=7.5, align="right")
    _grey(c, 40, 112, f"{s.seller.name} · {' · '.join(s.seller.address)}", size=6)
    c.text(40, 130, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 143 + 12 * k, line, size=10)
    y = 112.0
    for label, value in ((s.w("project"), s.refs["project"]),
                         (s.w("contract"), s.refs["contract"]),
                         (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))):  # fmt: skip
        c.text(330, y, label, size=7, bold=True)
        c.text(330, y + 11, value, size=9)
        y += 25
    c.text(40, 228, f"{s.title} {s.number}", size=14, bold=True)
    _original(c, s, 40, 242)
    cols = ((40, "left"), (80, "left"), (380, "right"), (388, "left"), (475, "right"),
            (555, "right"))  # fmt: skip
    y = _head(c, 262, cols, (s.w("pos"), s.w("description"), s.w("qty"), s.w("unit"),
                             s.w("unit_price"), s.w("amount")))  # fmt: skip
    trades: list[str] = []
    for ln in s.lines:
        if ln.section not in trades:  # type: ignore[attr-defined]
            trades.append(ln.section)  # type: ignore[attr-defined]
    for trade in trades:
        lines = [ln for ln in s.lines if ln.section == trade]  # type: ignore[attr-defined]
        group = lines[0].pos.split(".")[0]  # type: ignore[attr-defined]
        _row(c, y, cols[:2], (group, trade), size=8.5, bold=True)
        y += 12
        for ln in lines:
            _row(c, y, cols, (ln.pos, ln.description, s.quantity_text(ln.quantity), ln.unit,  # type: ignore[attr-defined]
                              s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
                 size=8)  # fmt: skip
            y += 11
        subtotal = sum((ln.net_amount for ln in lines), Decimal("0.00"))
        c.rule(475, y - 8, 555, width=0.4)
        c.text(475, y + 2, f"{s.w('group_total')} {group}", size=8, bold=True, align="right")
        c.text(555, y + 2, s.number_text(subtotal), size=8, bold=True, align="right")
        y += 16
    c.rule(40, y - 8, 555, width=0.8)
    rows = [(s.w("line_sum"), s.number_text(s.line_total))]
    if s.allowance_pct:
        pct = s.quantity_text(s.allowance_pct)
        rows.append((s.w("allowance").format(pct=pct), s.number_text(-s.allowance)))
    for label, value in rows:
        c.text(330, y + 6, label, size=8.5)
        c.text(555, y + 6, value, size=8.5, align="right")
        y += 13
    y = _totals(c, s, y + 8, 330, 555, size=8.5)
    c.text(40, max(y + 6, 770), s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 812)


def _leader(c: Canvas, x: float, y: float, width: float, label: str, value: str,
            size: float = 8.5) -> None:  # fmt: skip
    """Label, a row of dots, the value right-aligned at x + width."""
    value_width = BOLD.text_length(value, fontsize=size)
    space = width - c.text(x, y, label, size=size) - value_width - 10
    dots = "." * max(int(space / REGULAR.text_length(".", fontsize=size)), 2)
    c.text(x + width - value_width - 5, y, dots, size=size, align="right")
    c.text(x + width, y, value, size=size, bold=True, align="right")


def draw_catering(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """An event caterer's invoice: the caterer centred on top, facts with leader dots, the event,
    its date and guests, lines with a VAT code (two rates), a VAT analysis table at the left
    and the totals in a box at the right."""
    c = _page(doc)
    _centred(c, 56, s.seller.name, size=18, bold=True)
    _centred(c, 71, " · ".join((*s.seller.address, s.seller.vat_id)), size=8)
    c.rule(40, 82, 555, width=0.6)
    _party(c, 40, 108, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(40, 180, s.title, size=16, bold=True)
    event_date = s.date_text(dt.date.fromisoformat(s.refs["event_date"]))
    y = 108.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("event_date"), event_date),
                         (s.w("guests"), s.refs["guests"])):  # fmt: skip
        _leader(c, 310, y, 245, label, value)
        y += 14
    c.text(310, y + 4, f"{s.w('event')}: {s.refs['event']}", size=8)
    c.text(310, y + 15, f"{s.w('venue')}: {s.refs['venue']}", size=8)
    _original(c, s, 40, 196)
    codes = {rate: "AB"[k] for k, rate in enumerate(s.rates)}
    cols = ((40, "left"), (340, "right"), (420, "right"), (436, "left"), (555, "right"))
    y = _head(c, 230, cols, (s.w("description"), s.w("qty"), s.w("unit_price"), s.w("code"),
                             s.w("amount")))  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), codes[ln.rate],  # type: ignore[attr-defined]
                          s.number_text(ln.net_amount)))  # fmt: skip
        y += 16
    c.rule(40, y - 10, 555)
    top = y + 12
    c.text(40, top, s.w("breakdown"), size=9, bold=True)
    vat_cols = ((40, "left"), (125, "right"), (190, "right"), (255, "right"), (335, "right"))
    _row(c, top + 16, vat_cols, (s.w("code"), s.w("vat_pct"), s.w("base"), s.w("vat_amount"),
                                 s.w("gross")), size=6.5, bold=True)  # fmt: skip
    c.rule(40, top + 20, 335, width=0.4)
    for k, rate in enumerate(s.rates):
        base, tax = s.base_of(rate), s.tax_of(rate)
        _row(c, top + 32 + 12 * k, vat_cols, (codes[rate], f"{s.quantity_text(rate)} %",
                                              s.number_text(base), s.number_text(tax),
                                              s.number_text(base + tax)), size=8)  # fmt: skip
    c.box((350, top - 12, 555, top + 42))
    for k, (label, value, bold) in enumerate(((s.w("net"), s.net, False),
                                              (s.w("tax_sum"), s.tax, False),
                                              (s.w("grand"), s.grand, True))):  # fmt: skip
        c.text(358, top + 4 + 15 * k, label, size=9, bold=bold)
        c.text(547, top + 4 + 15 * k, s.money_text(value), size=9, bold=bold, align="right")
    c.text(555, top + 56, f"{s.w('in_code')} {s.currency}", size=7, align="right")
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def draw_reseller(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """A software reseller's invoice: facts stacked right-aligned with the label above the value,
    the manufacturer's part number before each product, its licence key and term under it in
    grey, every amount with a trailing currency code and a negative discount line."""
    c = _page(doc)
    c.text(40, 60, s.seller.name, size=14, bold=True)
    _grey(c, 40, 73, s.w("partner"), size=8)
    c.text(40, 86, ", ".join(s.seller.address), size=8)
    c.text(40, 97, f"{s.w('vat_id')} {s.seller.vat_id}", size=8)
    c.text(555, 60, s.title, size=18, bold=True, align="right")
    y = 84.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)),
                         (s.w("cust_no"), s.refs["customer_no"]),
                         (s.w("po"), s.refs["po"])):  # fmt: skip
        width = REGULAR.text_length(label, fontsize=7)
        _grey(c, 555 - width, y, label)
        c.text(555, y + 12, value, size=10, bold=True, align="right")
        y += 29
    _party(c, 40, 140, s.w("customer"), s.buyer.name, s.buyer.address)
    _original(c, s, 40, 222)
    cols = ((40, "left"), (140, "left"), (380, "right"), (465, "right"), (555, "right"))
    y = _head(c, 250, cols, (s.w("mfr"), s.w("description"), s.w("qty"), s.w("unit_price"),
                             s.w("amount")))  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (ln.code, ln.description, s.quantity_text(ln.quantity),
                          s.money_text(ln.unit_price), s.money_text(ln.net_amount)))  # fmt: skip
        if ln.serial:  # type: ignore[attr-defined]
            term = f"{s.date_text(ln.start)} \u2013 {s.date_text(ln.end)}"  # type: ignore[attr-defined, arg-type]
            _grey(c, 140, y + 10, f"{s.w('serial')}: {ln.serial}   {s.w('term')}: {term}")  # type: ignore[attr-defined]
        y += 27
    c.rule(40, y - 12, 555)
    _totals(c, s, y + 6, 330, 555)
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


DRAW: Final = {"workshop": draw_workshop, "boq": draw_boq, "catering": draw_catering,
               "reseller": draw_reseller, "rental": draw_rental,
               "translation": draw_translation, "bilingual": draw_bilingual}  # fmt: skip
