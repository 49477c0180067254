"""Three page layouts of the sixth fresh evaluation slice (`evalset_fresh6.py`): a photographer's
invoice in two columns with the totals in the left one, a dense food-service ERP invoice and a
wine merchant's invoice set entirely centred (the other four are in `evalset_fresh6_layouts.py`),
plus the totals and VAT-analysis blocks they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page
from evalset_fresh4_layouts import _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _row
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh6 import Fresh6Sample

PANEL: Final = (0.95, 0.94, 0.91)
MIDDLE: Final = 297.5


def sums(c: Canvas, s: Fresh6Sample, y: float, label_x: float, value_x: float, *,
         size: float = 9) -> float:  # fmt: skip
    """The sum of the lines with any allowance or charge, then net, VAT and total."""
    rows: list[tuple[str, Decimal, bool]] = []
    if s.allowance or s.charge:
        rows.append((s.w("line_sum" if s.charge else "lines_total"), s.line_total, False))
    if s.allowance:
        pct = s.quantity_text(s.allowance_pct)
        rows.append((s.w("allowance").format(pct=pct), -s.allowance, False))
    if s.charge:
        rows.append((s.w("delivery"), s.charge, False))
    tax_label = s.w("exempt") if not s.tax_rate else s.w("tax").format(rate=s.rate_text)
    rows += [(s.w("net"), s.net, False), (tax_label, s.tax, False), (s.w("grand"), s.grand, True)]
    for label, value, bold in rows:
        c.text(label_x, y, label, size=size, bold=bold)
        c.text(value_x, y, s.money_text(value), size=size, bold=bold, align="right")
        y += size + 6
    return y


def vat_analysis(c: Canvas, s: Fresh6Sample, x: float, y: float, *, size: float = 8,
                 codes: Sequence[str] = ()) -> float:  # fmt: skip
    """Per VAT rate: (its code,) the rate, the net base and the VAT."""
    cols = ((x, "left"), (x + 28, "left"), (x + 150, "right"), (x + 230, "right"))
    _row(c, y, cols, ("", s.w("vat_pct"), s.w("base"), s.w("vat_amount")), size=size - 1,
         bold=True)  # fmt: skip
    c.rule(x, y + 4, x + 230, width=0.4)
    for k, rate in enumerate(s.rates):
        y += size + 5
        _row(c, y, cols, (codes[k] if codes else "", f"{s.quantity_text(rate)} %",
                          s.number_text(s.base_of(rate)), s.number_text(s.tax_of(rate))),
             size=size)  # fmt: skip
    return y + size + 5


def draw_photo(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A photographer's invoice in two columns: a tinted left column with the studio, the
    client, the facts stacked label over value and, at its foot, the totals; the title, the shoot
    and the lines in the right column, the usage licence granted in grey under each line."""
    c = _page(doc)
    c.page.draw_rect((28, 28, 205, 814), color=None, fill=PANEL)
    c.text(40, 60, s.seller.name, size=9.5, bold=True)
    for k, line in enumerate((*s.seller.address, s.seller.vat_id)):
        c.text(40, 74 + 10 * k, line, size=7.5)
    y = 136.0
    c.text(40, y, s.w("customer"), size=7, bold=True)
    c.text(40, y + 13, s.buyer.name, size=8, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(40, y + 24 + 10 * k, line, size=7.5)
    y = 210.0
    shoot_date = s.date_text(dt.date.fromisoformat(s.refs["shoot_date"]))
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("shoot"), shoot_date)):  # fmt: skip
        _grey(c, 40, y, label)
        c.text(40, y + 12, value, size=9.5, bold=True)
        y += 30
    y = 650.0
    tax_label = s.w("tax").format(rate=s.rate_text)
    for label, value, big in ((s.w("net"), s.net, False), (tax_label, s.tax, False),
                              (s.w("grand"), s.grand, True)):  # fmt: skip
        _grey(c, 40, y, label, size=7.5)
        c.text(40, y + (15 if big else 12), s.money_text(value), size=13 if big else 9.5,
               bold=big)  # fmt: skip
        y += 32
    c.text(225, 62, s.title, size=20, bold=True)
    c.text(225, 80, f"{s.w('shoot')}: {s.refs['shoot']}", size=8.5)
    _original(c, s, 225, 96, size=8)
    cols = ((225, "left"), (430, "right"), (490, "right"), (555, "right"))
    y = _head(c, 130, cols, (s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount")),
              x0=220)  # fmt: skip
    for ln in s.lines:
        amounts = (s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                   s.number_text(ln.net_amount))  # fmt: skip
        _row(c, y, cols, (ln.description, *amounts), size=8)
        if ln.serial:  # type: ignore[attr-defined]
            _grey(c, 225, y + 10, f"{s.w('usage')}: {ln.serial}")  # type: ignore[attr-defined]
        y += 28
    c.rule(225, y - 14, 555, width=0.5)
    c.text(225, 770, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    c.text(225, 790, f"IBAN {s.seller.iban}", size=7.5)


def draw_erp(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A dense ERP print-out: small type throughout, a facts grid, nine columns (line, article,
    name, quantity, unit, price, discount, VAT code, amount), VAT codes for two rates resolved
    in an analysis table, the totals under it."""
    c = _page(doc)
    c.text(40, 50, s.seller.name, size=10, bold=True)
    c.text(40, 60, " · ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=6.5)  # fmt: skip
    c.text(555, 52, s.title, size=12, bold=True, align="right")
    c.text(40, 92, s.buyer.name, size=8.5, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 102 + 9 * k, line, size=7.5)
    grid = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("cust_no"), s.refs["customer_no"]), (s.w("dn"), s.refs["dn"]),
            (s.w("due"), s.date_text(s.due)))  # fmt: skip
    for k, (label, value) in enumerate(grid):
        x, y = 330 + 75 * (k % 3), 84 + 22 * (k // 3)
        c.page.draw_rect((x, y - 8, x + 72, y + 11), color=(0.5, 0.5, 0.5), width=0.4)
        c.text(x + 3, y - 1, label, size=5.5)
        c.text(x + 3, y + 8, value, size=7, bold=True)
    _original(c, s, 40, 142, size=7)
    codes = {rate: str(k + 1) for k, rate in enumerate(s.rates)}
    cols = ((40, "left"), (56, "left"), (92, "left"), (330, "right"), (334, "left"),
            (405, "right"), (445, "right"), (460, "left"), (555, "right"))  # fmt: skip
    heads = (
        s.w("pos"),
        s.w("art"),
        s.w("description"),
        s.w("qty"),
        s.w("unit"),
        s.w("unit_price"),
        s.w("rebate"),
        s.w("vat_code"),
        s.w("amount"),
    )
    c.page.draw_rect((40, 152, 555, 163), color=None, fill=SHADE)
    _row(c, 160, cols, heads, size=5.5, bold=True)
    y = 172.0
    for ln in s.lines:
        off = s.number_text(ln.discount) if ln.discount else ""
        _row(c, y, cols, (ln.pos, ln.code, ln.description, s.quantity_text(ln.quantity),  # type: ignore[attr-defined]
                          ln.unit, s.price_text(ln.unit_price), off, codes[ln.rate],  # type: ignore[attr-defined]
                          s.number_text(ln.net_amount)), size=6.5)  # fmt: skip
        y += 9.5
    c.rule(40, y - 6, 555, width=0.4)
    top = y + 8
    vat_analysis(c, s, 40, top, size=7, codes=list(codes.values()))
    for k, (label, value, bold) in enumerate(((s.w("net"), s.net, False),
                                              (s.w("vat_amount"), s.tax, False),
                                              (s.w("grand"), s.grand, True))):  # fmt: skip
        c.text(400, top + 12 * k, label, size=7.5, bold=bold)
        c.text(555, top + 12 * k, s.money_text(value), size=7.5, bold=bold, align="right")
    c.text(40, 770, s.w("pay").format(due=s.date_text(s.due)), size=6.5)
    _small_print(c, s, 790)


def _middle(c: Canvas, y: float, text: str, *, size: float = 8.5, bold: bool = False,
            x: float = MIDDLE) -> None:  # fmt: skip
    width = (BOLD if bold else REGULAR).text_length(text, fontsize=size)
    c.text(x - width / 2, y, text, size=size, bold=bold)


def draw_centred(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A wine merchant's invoice with every line centred: letterhead, title, "label value" facts,
    the customer, a table whose cells are centred on their columns, the case discount and the
    totals, all on the page's middle axis."""
    c = _page(doc)
    _centred(c, 60, s.seller.name, size=17, bold=True)
    _centred(c, 74, " ~ ".join(s.seller.address), size=8)
    _centred(c, 85, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)
    c.rule(200, 96, 395, width=0.5)
    _centred(c, 124, s.title.upper() if s.lang != "de" else s.title, size=15, bold=True)
    y = 144.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))):  # fmt: skip
        _middle(c, y, f"{label}  {value}", size=9)
        y += 13
    if s.credit_note:
        _middle(c, y, f"{s.w('original')} {s.refs['original']}", size=8)
    y = 205.0
    _middle(c, y, s.w("customer"), size=7, bold=True)
    _middle(c, y + 13, s.buyer.name, size=10, bold=True)
    for k, line in enumerate(s.buyer.address):
        _middle(c, y + 25 + 11 * k, line, size=9)
    centres = (200.0, 318.0, 362.0, 420.0, 490.0)
    y = 290.0
    c.rule(95, y - 12, 535, width=0.4)
    for x, text in zip(centres, (s.w("description"), "", s.w("qty"), s.w("unit_price"),
                                 s.w("amount")), strict=True):  # fmt: skip
        if text:
            _middle(c, y, text, size=7.5, bold=True, x=x)
    c.rule(95, y + 5, 535, width=0.4)
    y += 20
    for ln in s.lines:
        cells = (ln.description, ln.unit, s.quantity_text(ln.quantity),
                 s.price_text(ln.unit_price), s.number_text(ln.net_amount))  # fmt: skip
        for x, text in zip(centres, cells, strict=True):
            _middle(c, y, text, size=8.5, x=x)
        y += 16
    c.rule(95, y - 8, 535, width=0.4)
    y += 10
    rows: list[tuple[str, Decimal, bool]] = []
    if s.allowance:
        rows += [(s.w("lines_total"), s.line_total, False),
                 (s.w("allowance").format(pct=s.quantity_text(s.allowance_pct)), -s.allowance,
                  False)]  # fmt: skip
    rows += [
        (s.w("net"), s.net, False),
        (s.w("tax").format(rate=s.rate_text), s.tax, False),
        (s.w("grand"), s.grand, True),
    ]
    for label, value, bold in rows:
        _middle(c, y, f"{label}   {s.money_text(value)}", size=9.5 if bold else 9, bold=bold)
        y += 14
    _middle(c, 770, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _middle(c, 790, f"IBAN {s.seller.iban}", size=7)
