"""Two page layouts of the fourth fresh evaluation slice (`evalset_fresh4.py`) that leave the single
A4 page: a long invoice over two or three pages with the header repeated on each, and a narrow
till receipt that is a simplified invoice on account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import A4, _original, _pairs
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh4 import Fresh4Sample

FIRST_ROWS: Final = 16  # lines on the first page, below the addresses
ROWS: Final = 18  # lines on each further page
RECEIPT_WIDTH: Final = 260.0


def pages(count: int) -> list[range]:
    """The line indexes printed on each page of a long invoice with `count` lines."""
    found = [range(0, min(count, FIRST_ROWS))]
    while found[-1].stop < count:
        found.append(range(found[-1].stop, min(count, found[-1].stop + ROWS)))
    return found


def _head(c: Canvas, s: Fresh4Sample, page: int, total: int) -> None:
    """The header every page repeats: seller, title, number, date and page x of y."""
    c.text(40, 50, s.seller.name, size=12, bold=True)
    c.text(40, 63, " · ".join(s.seller.address), size=7.5)
    c.text(555, 50, s.title, size=16, bold=True, align="right")
    c.text(555, 64, s.w("page").format(page=page, pages=total), size=8, align="right")
    c.rule(40, 74, 555, width=1)
    c.text(40, 90, f"{s.w('number')}: {s.number}", size=9, bold=True)
    c.text(250, 90, f"{s.w('date')}: {s.date_text(s.issue)}", size=9)
    c.text(555, 90, f"{s.w('customer_no')}: {s.refs['customer_no']}", size=9, align="right")


def _rows(c: Canvas, s: Fresh4Sample, y: float, indexes: range) -> float:
    cols = ((40, "left"), (70, "left"), (390, "right"), (470, "right"), (555, "right"))
    heads = ("#", s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount"))
    c.page.draw_rect((40, y - 11, 555, y + 5), color=None, fill=(0.9, 0.9, 0.9))
    for (x, align), text in zip(cols, heads, strict=True):
        c.text(x, y, text, size=8, bold=True, align=align)  # type: ignore[arg-type]
    y += 18
    for i in indexes:
        line = s.lines[i]
        cells = (str(i + 1), line.description, s.quantity_text(line.quantity),
                 s.price_text(line.unit_price), s.number_text(line.net_amount))  # fmt: skip
        for (x, align), text in zip(cols, cells, strict=True):
            c.text(x, y, text, size=8.5, align=align)  # type: ignore[arg-type]
        c.page.insert_text((70, y + 10), f"Art. {line.code} \u00b7 {line.unit}", fontsize=6.5,
                           fontname="helv", color=(0.45, 0.45, 0.45))  # fmt: skip
        y += 27
    c.rule(40, y - 9, 555)
    return y


def draw_multipage(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A long invoice (25-40 lines) over two or three pages: the header with "page x of y" on
    each, the addresses and due date on the first, the table head repeated, totals on the last."""
    split = pages(len(s.lines))
    for number, indexes in enumerate(split, start=1):
        c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
        _head(c, s, number, len(split))
        y = 130
        if number == 1:
            c.text(40, 125, s.w("customer"), size=7.5, bold=True)
            c.text(40, 139, s.buyer.name, size=10, bold=True)
            for k, line in enumerate(s.buyer.address):
                c.text(40, 151 + 11 * k, line, size=9.5)
            _pairs(c, 330, 139, [(s.w("due"), s.date_text(s.due)),
                                 (s.w("po"), s.refs["po"]),
                                 (s.w("currency"), s.currency),
                                 (s.w("vat_id"), s.seller.vat_id)], width=225)  # fmt: skip
            _original(c, s, 40, 195)
            y = 225
        y = _rows(c, s, y, indexes)
        if number < len(split):
            c.text(555, y + 6, s.w("carried"), size=7.5, align="right")
        else:
            y = _totals_block(c, s, y + 10)
            c.text(40, y + 20, s.w("pay").format(due=s.date_text(s.due)), size=8)
        c.rule(40, 800, 555, width=0.3)
        c.text(40, 810, f"{s.seller.name} · {s.w('vat_id')} {s.seller.vat_id} · IBAN "
                        f"{s.seller.iban}", size=6.5)  # fmt: skip


def _totals_block(c: Canvas, s: Fresh4Sample, y: float) -> float:
    for label, value, bold in ((s.w("net"), s.net, False),
                               (s.w("tax").format(rate=s.rate_text), s.tax, False),
                               (s.w("grand"), s.grand, True)):  # fmt: skip
        c.text(350, y, label, size=9, bold=bold)
        c.text(555, y, s.money_text(value), size=9, bold=bold, align="right")
        y += 15
    return y


def _centre(c: Canvas, y: float, text: str, *, size: float = 8, bold: bool = False) -> None:
    width = (BOLD if bold else REGULAR).text_length(text, fontsize=size)
    c.text(RECEIPT_WIDTH / 2 - width / 2, y, text, size=size, bold=bold)


def _dashes(c: Canvas, y: float) -> None:
    c.page.draw_line((14, y), (RECEIPT_WIDTH - 14, y), color=(0.3, 0.3, 0.3), width=0.5,
                     dashes="[2 2] 0")  # fmt: skip


def draw_receipt(doc: pymupdf.Document, s: Fresh4Sample) -> None:
    """A till receipt that is a simplified invoice on account: shop centred on top, receipt
    number, date and time, till and cashier, the customer, each item over two lines, totals
    centred, a VAT breakdown and the payment date."""
    height = 400 + 24 * len(s.lines)
    c = Canvas(doc.new_page(width=RECEIPT_WIDTH, height=height))
    left, right = 16.0, RECEIPT_WIDTH - 16
    _centre(c, 30, s.seller.name, size=11, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        _centre(c, 43 + 10 * k, line, size=7.5)
    _centre(c, 88, s.title, size=10, bold=True)
    rows = [(s.w("number"), s.number),
            (s.w("date"), f"{s.date_text(s.issue)} {s.refs['time']}"),
            (s.w("till"), s.number.split("-")[1])]  # fmt: skip
    y = _pairs(c, left, 104, rows, width=right - left, size=7.5, step=11)
    c.text(left, y + 2, f"{s.w('customer')}:", size=7.5, bold=True)
    c.text(left, y + 13, s.buyer.name, size=7.5)
    c.text(left, y + 23, ", ".join(s.buyer.address), size=6.5)
    y += 34
    if s.credit_note:
        c.text(left, y, f"{s.w('original')} {s.refs['original']}", size=7)
        y += 11
    _dashes(c, y)
    y += 14
    for line in s.lines:
        c.text(left, y, line.description, size=8)
        c.text(left + 10, y + 10, f"{s.quantity_text(line.quantity)} x "
                                  f"{s.price_text(line.unit_price)}", size=8)  # fmt: skip
        c.text(right, y + 10, s.number_text(line.net_amount), size=8, align="right")
        y += 24
    _dashes(c, y - 6)
    y += 10
    _centre(c, y, f"{s.w('net')}  {s.money_text(s.net)}", size=8.5)
    _centre(c, y + 12, f"{s.w('tax').format(rate=s.rate_text)}  {s.money_text(s.tax)}", size=8.5)
    _centre(c, y + 32, s.w("grand"), size=9, bold=True)
    _centre(c, y + 50, s.money_text(s.grand), size=16, bold=True)
    y += 72
    _centre(c, y, s.w("vat_summary"), size=7.5, bold=True)
    heads = (s.w("rate"), s.w("net"), s.w("tax_short"), s.w("gross"))
    values = (f"{s.rate_text}%", s.number_text(s.net), s.number_text(s.tax),
              s.number_text(s.grand))  # fmt: skip
    for x, head, value in zip((66, 130, 185, right), heads, values, strict=True):
        c.text(x, y + 12, head, size=6, align="right")
        c.text(x, y + 22, value, size=7, align="right")
    y += 44
    _centre(c, y, f"{s.w('due')}: {s.date_text(s.due)}", size=8.5, bold=True)
    _centre(c, y + 14, f"IBAN {s.seller.iban}", size=6.5)
    _centre(c, y + 34, s.w("thanks"), size=8)
    _centre(c, y + 48, f"{s.w('cashier')}: {s.refs['cashier']}", size=7)
