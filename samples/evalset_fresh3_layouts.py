"""The seven page layouts of the third fresh evaluation slice (`evalset_fresh3.py`), each
modelled on a real-world invoice style; every one prints the number, both dates, both parties,
the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_text import MONTHS
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh3 import Fresh3Line, Fresh3Sample

A4: Final = (595.0, 842.0)
Cells = Callable[[int, "Fresh3Line"], Sequence[str]]


def _page(doc: pymupdf.Document) -> Canvas:
    return Canvas(doc.new_page(width=A4[0], height=A4[1]))


def _centred(c: Canvas, y: float, text: str, *, size: float, bold: bool = False) -> None:
    width = (BOLD if bold else REGULAR).text_length(text, fontsize=size)
    c.text(297.5 - width / 2, y, text, size=size, bold=bold)


def _table(c: Canvas, s: Fresh3Sample, y: float, cols: Sequence[tuple[float, str]],
           heads: Sequence[str], cells: Cells, *, size: float = 8.5, step: float = 16,
           grid: Sequence[float] = ()) -> float:  # fmt: skip
    """Header row, one row per line; with `grid` (x0, x1, column rules...) the table is ruled
    all round."""
    top = y - 11
    if grid:
        c.page.draw_rect((grid[0], top, grid[1], y + 5), color=None, fill=(0.88, 0.88, 0.88))
    for (x, align), text in zip(cols, heads, strict=True):
        c.text(x, y, text, size=size - 0.5, bold=True, align=align)  # type: ignore[arg-type]
    c.rule(cols[0][0] if not grid else grid[0], y + 5, cols[-1][0] if not grid else grid[1])
    y += 20
    for i, line in enumerate(s.lines, start=1):
        for (x, align), text in zip(cols, cells(i, line), strict=True):
            c.text(x, y, text, size=size, align=align)  # type: ignore[arg-type]
        y += step
    if grid:
        c.box((grid[0], top, grid[1], y - step + 6))
        for x in grid[2:]:
            c.page.draw_line((x, top), (x, y - step + 6), color=(0.2, 0.2, 0.2), width=0.5)
    return y


def _pairs(c: Canvas, x: float, y: float, rows: Sequence[tuple[str, str]], *, width: float,
           size: float = 8.5, step: float = 13) -> float:  # fmt: skip
    """Label left, value right-aligned at x + width, one row each."""
    for label, value in rows:
        c.text(x, y, label, size=size)
        c.text(x + width, y, value, size=size, bold=True, align="right")
        y += step
    return y


def _totals(c: Canvas, s: Fresh3Sample, y: float, label_x: float, value_x: float, *,
            money: bool = True, size: float = 9) -> float:  # fmt: skip
    fmt = s.signed_money if money else s.signed
    for label, value, bold in ((s.w("net"), s.net, False),
                               (s.w("tax").format(rate=s.rate_text), s.tax, False),
                               (s.w("grand"), s.grand, True)):  # fmt: skip
        c.text(label_x, y, label, size=size, bold=bold)
        c.text(value_x, y, fmt(value), size=size, bold=bold, align="right")
        y += size + 6
    return y


def _original(c: Canvas, s: Fresh3Sample, x: float, y: float, size: float = 8.5) -> None:
    if s.credit_note:
        c.text(x, y, f"{s.w('original')} {s.refs['original']}", size=size)


def _footer(c: Canvas, s: Fresh3Sample, y: float) -> None:
    seller = s.seller
    c.rule(40, y - 10, 555, width=0.3)
    c.text(40, y, f"{seller.name} · {' · '.join(seller.address)}", size=6.5)
    c.text(40, y + 9, f"{s.w('vat_id')} {seller.vat_id} · {s.w('bank')}: {seller.iban}",
           size=6.5)  # fmt: skip


def _period(s: Fresh3Sample, start: dt.date, end: dt.date) -> str:
    dot = "." if s.lang == "de" else ""
    month = MONTHS[s.lang][end.month - 1]
    return f"{start.day}{dot}\u2013{end.day}{dot} {month} {end.year}"


def draw_utility(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """A utility/telecom bill: brand top left, customer window, a shaded summary box at the
    right with the account number beside the bill number, the period and the amount due."""
    c = _page(doc)
    c.text(40, 62, s.seller.name, size=15, bold=True)
    c.text(40, 76, " · ".join(s.seller.address), size=7.5)
    c.text(40, 150, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 162 + 11 * k, line, size=10)
    c.page.draw_rect((320, 40, 555, 232), color=(0.4, 0.5, 0.6), fill=(0.93, 0.95, 0.98))
    c.text(330, 58, s.w("summary"), size=10, bold=True)
    start = dt.date.fromisoformat(s.refs["period_start"])
    end = s.issue.replace(day=1) - dt.timedelta(days=1)
    for x, y, label, value in ((330, 80, s.w("account"), s.refs["account"]),
                               (450, 80, s.w("number"), s.number),
                               (330, 110, s.w("date"), s.date_text(s.issue)),
                               (450, 110, s.w("period"), _period(s, start, end))):  # fmt: skip
        c.text(x, y, label, size=7)
        c.text(x, y + 12, value, size=9, bold=True)
    c.rule(330, 135, 545, width=0.4)
    c.text(330, 152, s.w("grand"), size=8.5)
    c.text(545, 178, s.signed_money(s.grand), size=18, bold=True, align="right")
    c.text(330, 205, s.w("due"), size=8.5)
    c.text(545, 205, s.date_text(s.due), size=9, bold=True, align="right")
    c.text(330, 221, f"IBAN {s.seller.iban}", size=6.5)
    c.text(40, 262, s.title, size=14, bold=True)
    _original(c, s, 40, 278)
    cols = [(40, "left"), (300, "left"), (380, "right"), (465, "right"), (555, "right")]
    heads = [s.w("description"), s.w("unit"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 310, cols, heads, lambda i, ln: [
        ln.description, ln.unit, s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
        s.number_text(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 555)
    _totals(c, s, y + 8, 360, 555)
    _footer(c, s, 790)


def draw_hours(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """A consultancy fee invoice: centred letterhead, client left and project right, the facts
    inline, then day | consultant | activity | hours x rate lines."""
    c = _page(doc)
    _centred(c, 56, s.seller.name, size=15, bold=True)
    _centred(c, 70, ", ".join(s.seller.address), size=8)
    c.rule(40, 84, 555, width=1.2)
    c.text(40, 118, s.w("customer"), size=7.5, bold=True)
    c.text(40, 132, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 144 + 11 * k, line, size=9)
    _pairs(c, 360, 132, [(s.w("project"), s.refs["project"]),
                         (s.w("customer_no"), s.refs["customer_no"])], width=195)  # fmt: skip
    c.text(40, 205, s.title.upper(), size=17, bold=True)
    x = 40.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))):  # fmt: skip
        x += c.text(x, 226, f"{label}:", size=8.5) + 4
        x += c.text(x, 226, value, size=8.5, bold=True) + 18
    _original(c, s, 40, 240)
    cols = [(40, "left"), (100, "left"), (160, "left"), (400, "right"), (475, "right"),
            (555, "right")]  # fmt: skip
    heads = [s.w("day"), s.w("consultant"), s.w("description"), s.w("hours"), s.w("hourly"),
             s.w("amount")]  # fmt: skip
    y = _table(c, s, 275, cols, heads, lambda i, ln: [
        s.date_text(ln.day) if s.date_style != "us" else f"{ln.day:%m/%d}", ln.consultant,
        ln.description, s.quantity_text(ln.quantity), s.money_text(ln.unit_price),
        s.money_text(ln.net_amount)], size=8, step=15)  # fmt: skip
    c.rule(40, y - 9, 555)
    _totals(c, s, y + 8, 380, 555)
    _footer(c, s, 790)


def draw_wholesale(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """A wholesale invoice: boxed meta grid top right, invoice-to beside ship-to, article
    lines with list price, discount and net price."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 68 + 10 * k, line, size=7.5)
    rows = [
        (s.w("number"), s.number),
        (s.w("date"), s.date_text(s.issue)),
        (s.w("due"), s.date_text(s.due)),
        (s.w("customer_no"), s.refs["customer_no"]),
    ]
    for k, (label, value) in enumerate(rows):
        c.box((360, 40 + 17 * k, 450, 57 + 17 * k))
        c.box((450, 40 + 17 * k, 555, 57 + 17 * k))
        c.text(364, 52 + 17 * k, label, size=7.5)
        c.text(551, 52 + 17 * k, value, size=8.5, bold=True, align="right")
    for x, label, name in ((40, s.w("customer"), s.buyer.name),
                           (300, s.w("ship_to"), s.refs["ship_to"])):  # fmt: skip
        c.text(x, 140, label, size=7.5, bold=True)
        c.text(x, 153, name, size=9.5)
        for k, line in enumerate(s.buyer.address):
            c.text(x, 165 + 11 * k, line, size=9)
    c.text(40, 225, s.title, size=14, bold=True)
    _original(c, s, 300, 225)
    cols = [(40, "left"), (92, "left"), (330, "right"), (336, "left"), (410, "right"),
            (450, "right"), (500, "right"), (555, "right")]  # fmt: skip
    heads = ["#", s.w("description"), s.w("qty"), "", s.w("list"), s.w("discount"),
             s.w("net_price"), s.w("amount")]  # fmt: skip
    y = _table(c, s, 258, cols, heads, lambda i, ln: [
        ln.code, ln.description, s.quantity_text(ln.quantity), ln.unit,
        s.number_text(ln.list_price), f"{s.quantity_text(ln.discount)} %",
        s.number_text(ln.unit_price), s.number_text(ln.net_amount)], size=7.5, step=14)  # fmt: skip
    c.rule(40, y - 9, 555)
    _totals(c, s, y + 8, 380, 555)
    _footer(c, s, 795)


def draw_nordic(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """A Nordic-style invoice: ISO dates, an info box, our/your reference, and the totals with
    the due date and the OCR payment reference in a boxed footer grid."""
    c = _page(doc)
    c.text(40, 52, s.seller.name, size=13, bold=True)
    c.text(555, 52, s.title.upper(), size=15, bold=True, align="right")
    c.text(555, 64, s.w("page"), size=7, align="right")
    c.box((340, 78, 555, 132))
    facts = [(s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("customer_no"), s.refs["customer_no"])]  # fmt: skip
    _pairs(c, 348, 92, facts, width=199, size=8)
    _original(c, s, 340, 146, size=8)
    c.text(40, 100, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 112 + 11 * k, line, size=10)
    c.text(40, 180, f"{s.w('our_ref')}: {s.refs['our_ref']}", size=8)
    c.text(300, 180, f"{s.w('your_ref')}: {s.refs['your_ref']}", size=8)
    cols = [(40, "left"), (330, "right"), (340, "left"), (460, "right"), (555, "right")]
    heads = [s.w("description"), s.w("qty"), s.w("unit"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 215, cols, heads, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), ln.unit, s.number_text(ln.unit_price),
        s.signed(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 555, width=0.3)
    cells = [(s.w("net"), s.signed(s.net)),
             (s.w("tax").format(rate=s.rate_text), s.signed(s.tax)),
             (f"{s.w('grand')} ({s.currency})", s.signed(s.grand)),
             (s.w("due"), s.date_text(s.due)), (s.w("reference"), s.refs["ocr"])]  # fmt: skip
    x = 40.0
    for k, (label, value) in enumerate(cells):
        width = 103.0
        c.box((x, 690, x + width, 724))
        c.text(x + 4, 700, label, size=6.5)
        c.text(x + width - 4, 718, value, size=9.5, bold=k == 2, align="right")
        x += width
    for k, (x, lines) in enumerate(((40, (s.seller.name, *s.seller.address)),
                                    (220, (f"{s.w('vat_id')} {s.seller.vat_id}",)),
                                    (400, (f"IBAN {s.seller.iban}",)))):  # fmt: skip
        for j, text in enumerate(lines):
            c.text(x, 770 + 9 * j, text, size=6.5, bold=k == j == 0)


def draw_craft(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """A small firm's letter: letterhead right, sender line over the customer window left, an
    info block, the number in the subject line, the due date in a sentence."""
    c = _page(doc)
    c.text(555, 58, s.seller.name, size=14, bold=True, align="right")
    for k, line in enumerate(s.seller.address):
        c.text(555, 72 + 10 * k, line, size=8, align="right")
    sender = " · ".join((s.seller.name, *s.seller.address))
    c.text(50, 128, sender, size=6)
    c.rule(50, 130, 50 + REGULAR.text_length(sender, fontsize=6), width=0.3)
    c.text(50, 146, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(50, 158 + 12 * k, line, size=10)
    _pairs(c, 380, 146, [(s.w("customer_no"), s.refs["customer_no"]),
                         (s.w("date"), s.date_text(s.issue))], width=175, size=8.5)  # fmt: skip
    c.text(50, 250, f"{s.title} {s.number}", size=12, bold=True)
    _original(c, s, 50, 264)
    c.text(50, 285, s.w("intro"), size=9)
    cols = [(50, "left"), (112, "right"), (118, "left"), (152, "left"), (470, "right"),
            (555, "right")]  # fmt: skip
    heads = ["Pos.", s.w("qty"), "", s.w("description"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 315, cols, heads, lambda i, ln: [
        str(i), s.quantity_text(ln.quantity), ln.unit, ln.description,
        s.number_text(ln.unit_price), s.number_text(ln.net_amount)])  # fmt: skip
    c.rule(50, y - 10, 555)
    y = _totals(c, s, y + 8, 360, 555)
    c.text(50, y + 20, s.w("pay").format(due=s.date_text(s.due)), size=9)
    c.rule(50, 770, 555, width=0.3)
    for x, lines in ((50, (s.seller.name, *s.seller.address)),
                     (250, (f"{s.w('vat_id')} {s.seller.vat_id}",)),
                     (400, (s.w("bank"), s.seller.iban))):  # fmt: skip
        for j, text in enumerate(lines):
            c.text(x, 782 + 9 * j, text, size=6.5)


def draw_fromto(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """ "From" and "To" boxes side by side, a row of facts, a plain table, and a right-aligned
    totals block with the currency code in a column of its own."""
    c = _page(doc)
    c.text(40, 60, s.title, size=24, bold=True)
    for x, label, party, extra in ((40, s.w("from"), s.seller,
                                    f"{s.w('vat_id')} {s.seller.vat_id}"),
                                   (305, s.w("to"), s.buyer, "")):  # fmt: skip
        c.box((x, 85, x + 250, 165))
        c.text(x + 8, 98, label.upper(), size=7, bold=True)
        c.text(x + 8, 113, party.name, size=10, bold=True)
        for k, line in enumerate((*party.address, extra)):
            c.text(x + 8, 126 + 11 * k, line, size=8.5)
    for k, (label, value) in enumerate(((s.w("number"), s.number),
                                        (s.w("date"), s.date_text(s.issue)),
                                        (s.w("due"), s.date_text(s.due)),
                                        (s.w("currency"), s.currency))):  # fmt: skip
        c.text(40 + 130 * k, 192, label, size=7.5)
        c.text(40 + 130 * k, 206, value, size=10, bold=True)
    _original(c, s, 40, 225)
    cols = [(40, "left"), (390, "right"), (470, "right"), (555, "right")]
    heads = [s.w("description"), s.w("qty"), s.w("unit_price"), s.w("amount")]
    y = _table(c, s, 255, cols, heads, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.number_text(ln.unit_price),
        s.number_text(ln.net_amount)], step=18)  # fmt: skip
    c.rule(40, y - 11, 555)
    for label, value, bold in ((s.w("net"), s.net, False),
                               (s.w("tax").format(rate=s.rate_text), s.tax, False),
                               (s.w("grand"), s.grand, True)):  # fmt: skip
        c.text(450, y + 8, label, size=9, bold=bold, align="right")
        c.text(470, y + 8, s.currency, size=9, bold=bold)
        c.text(555, y + 8, s.number_text(value), size=9, bold=bold, align="right")
        y += 16
    c.text(40, 780, f"{s.w('bank')}: {s.seller.iban}", size=7.5)


def draw_boxed(doc: pymupdf.Document, s: Fresh3Sample) -> None:
    """An Italian-style form: every header fact in its own labelled box, a ruled table with a
    VAT column, and a tax summary grid beside the boxed totals."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=12, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}",
                              f"IBAN {s.seller.iban}")):  # fmt: skip
        c.text(40, 68 + 10 * k, line, size=7.5)
    c.box((320, 40, 555, 120))
    c.text(325, 49, s.w("customer"), size=6.5)
    c.text(330, 66, s.buyer.name, size=10, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(330, 79 + 11 * k, line, size=9)
    cells: list[tuple[str, str]] = [("", s.title), (s.w("number"), s.number),
                                    (s.w("date"), s.date_text(s.issue)),
                                    (s.w("currency"), s.currency),
                                    (s.w("due"), s.date_text(s.due))]  # fmt: skip
    x, widths = 40.0, (110, 90, 110, 75, 130)
    for (label, value), width in zip(cells, widths, strict=True):
        c.box((x, 145, x + width, 175))
        c.text(x + 3, 153, label, size=6)
        c.text(x + 5, 169, value, size=9 if label else 10, bold=True)
        x += width
    _original(c, s, 40, 190)
    cols: list[tuple[float, str]] = [(44, "left"), (300, "left"), (370, "right"),
                                     (440, "right"), (480, "right"), (551, "right")]  # fmt: skip
    heads = [s.w("description"), s.w("unit"), s.w("qty"), s.w("unit_price"), s.w("rate"),
             s.w("amount")]  # fmt: skip
    grid = (40, 555, 296, 330, 375, 445, 485)
    y = _table(c, s, 222, cols, heads, lambda i, ln: [
        ln.description, ln.unit, s.quantity_text(ln.quantity), s.number_text(ln.unit_price),
        s.rate_text, s.number_text(ln.net_amount)], grid=grid)  # fmt: skip
    y = max(y + 20, 600)
    for k, head in enumerate((s.w("rate"), s.w("net"), s.w("tax").format(rate=s.rate_text))):
        c.box((40 + 90 * k, y, 130 + 90 * k, y + 16))
        c.box((40 + 90 * k, y + 16, 130 + 90 * k, y + 32))
        c.text(43 + 90 * k, y + 11, head, size=6)
    for k, value in enumerate((f"{s.rate_text} %", s.number_text(s.net), s.number_text(s.tax))):
        c.text(126 + 90 * k, y + 28, value, size=8.5, align="right")
    c.page.draw_rect((360, y, 555, y + 40), color=(0.1, 0.1, 0.1), fill=(0.92, 0.92, 0.92))
    c.text(366, y + 14, s.w("grand"), size=8, bold=True)
    c.text(549, y + 33, s.money_text(s.grand), size=14, bold=True, align="right")
    _footer(c, s, 800)


DRAW: Final = {"utility": draw_utility, "hours": draw_hours, "wholesale": draw_wholesale,
               "nordic": draw_nordic, "craft": draw_craft, "fromto": draw_fromto,
               "boxed": draw_boxed}  # fmt: skip
