"""Three page layouts of the seventh fresh evaluation slice (`evalset_fresh7.py`) that leave the
ordinary A4 form: a landscape fuel-card statement, a library supplier's invoice that runs over two
pages with carried-forward subtotals, and a legacy printout in a monospaced font whose columns
are aligned by spaces. Every one prints the number, both dates, both parties, the lines and the
three totals."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import A4, _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _head, _row
from generate import BOLD, Canvas

if TYPE_CHECKING:
    from evalset_fresh7 import Fresh7Sample

FIRST_PAGE: Final = 20  # library invoice: rows on the first page
MONO_SIZE: Final = 8.5
MONO_STEP: Final = 11.0


def wrapped_head(
    c: Canvas,
    y: float,
    cols: Sequence[tuple[float, str]],
    heads: Sequence[str],
    x0: float = 40,
    x1: float = 555,
    *,
    width: float = 52,
) -> float:
    """A shaded table head whose labels wider than `width` wrap onto a second line."""
    size = 6.8
    c.page.draw_rect((x0, y - 10, x1, y + 14), color=None, fill=SHADE)
    for (x, align), head in zip(cols, heads, strict=True):
        words, lines = head.split(), [""]
        for word in words:
            joined = f"{lines[-1]} {word}".strip()
            if lines[-1] and BOLD.text_length(joined, fontsize=size) > width and len(lines) < 2:
                lines.append(word)
            else:
                lines[-1] = joined
        for k, text in enumerate(lines):
            c.text(x, y + 9 * k, text, size=size, bold=True, align=align)  # type: ignore[arg-type]
    return y + 28


def _totals(c: Canvas, s: Fresh7Sample, y: float, x0: float, x1: float) -> float:
    for label, value, bold in ((s.w("net"), s.net, False),
                               (s.w("tax").format(rate=s.rate_text), s.tax, False),
                               (s.w("grand"), s.grand, True)):  # fmt: skip
        c.text(x0, y, label, size=9, bold=bold)
        c.text(x1, y, s.money_text(value), size=9, bold=bold, align="right")
        y += 14
    return y


def draw_fuelcard(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A fuel-card statement on a landscape page: a dark band with the issuer, the facts in a
    grid of label-above-value cells, the fleet customer at the left, one dated transaction per
    row (time, receipt, card, vehicle, product and station, litres x net price per litre)."""
    c = Canvas(doc.new_page(width=A4[1], height=A4[0]))
    right = A4[1] - 40
    c.page.draw_rect((0, 0, A4[1], 54), color=None, fill=(0.1, 0.25, 0.35))
    c.page.insert_text((40, 35), s.seller.name.encode("cp1252").decode("latin-1"), fontsize=15,
                       fontname="hebo", color=(1, 1, 1))  # fmt: skip
    c.text(right, 80, s.title, size=14, bold=True, align="right")
    c.text(40, 72, f"{', '.join(s.seller.address)} \u00b7 {s.w('vat_id')} {s.seller.vat_id}",
           size=7.5)  # fmt: skip
    _party(c, 40, 96, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    first = min(ln.day for ln in s.lines)  # type: ignore[attr-defined]
    last = first.replace(day=28) + (s.issue.replace(day=1) - first.replace(day=28))
    period = f"{s.date_text(first.replace(day=1))} \u2013 {s.date_text(last - last.resolution)}"
    cells = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("due"), s.date_text(s.due)), (s.w("account"), s.refs["account"]),
             (s.w("period"), period), (s.w("currency"), s.currency))  # fmt: skip
    for k, (label, value) in enumerate(cells):
        x, y = 380 + 150 * (k % 3), 100 + 30 * (k // 3)
        c.text(x, y, label, size=6.5)
        c.text(x, y + 12, value, size=9, bold=True)
    _original(c, s, 380, 172, size=8)
    cols = ((40, "left"), (100, "left"), (132, "left"), (180, "left"), (226, "left"),
            (290, "left"), (612, "right"), (690, "right"), (right, "right"))  # fmt: skip
    heads = (s.w("tx_date"), "", "#", s.w("card"), s.w("plate"), s.w("tx"), s.w("litres"),
             s.w("per_l"), f"{s.w('amount')} {s.currency}")  # fmt: skip
    y = _head(c, 196, cols, heads, x0=40, x1=right)
    for ln in s.lines:
        litres = ln.unit == "l"  # type: ignore[attr-defined]
        quantity = s.number_text(ln.quantity, 2) if litres else s.quantity_text(ln.quantity)
        price = s.number_text(ln.unit_price, 3 if litres else 2)
        _row(c, y, cols, (s.date_text(ln.day), ln.time, ln.receipt, ln.card, ln.plate,  # type: ignore[attr-defined]
                          ln.description, quantity, price, s.number_text(ln.net_amount)),
             size=7.5)  # fmt: skip
        y += 13
    c.rule(40, y - 8, right)
    _totals(c, s, y + 8, 560, right)
    c.text(40, y + 8, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    c.text(40, 575, f"IBAN {s.seller.iban}", size=6.5)


def _book_rows(c: Canvas, s: Fresh7Sample, y: float, indexes: range) -> float:
    cols = ((40, "left"), (58, "left"), (150, "left"), (345, "left"), (450, "right"),
            (500, "right"), (555, "right"))  # fmt: skip
    heads = ("#", s.w("isbn"), s.w("book"), s.w("author"), s.w("copies"), s.w("list"),
             s.w("amount"))  # fmt: skip
    y = wrapped_head(c, y, cols, heads)
    for i in indexes:
        ln = s.lines[i]
        _row(c, y, cols, (str(i + 1), ln.isbn, ln.description, ln.author,  # type: ignore[attr-defined]
                          s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                          s.number_text(ln.net_amount)), size=8)  # fmt: skip
        y += 14
    return y


def carried(s: Fresh7Sample) -> Decimal:
    """The sum of the first page's lines, carried to the second page."""
    return sum((ln.net_amount for ln in s.lines[:FIRST_PAGE]), Decimal("0.00"))


def draw_carryover(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A library supplier's invoice: facts in a tabbed block without colons, ISBN | title |
    author | copies | retail price | amount; more than 20 lines run onto a second page, the first
    ending with the carried-forward sum and the second starting with it."""
    two = len(s.lines) > FIRST_PAGE
    pages = 2 if two else 1
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=13, bold=True)
    c.text(40, 69, " \u00b7 ".join((*s.seller.address, s.seller.vat_id)), size=7.5)
    c.text(555, 56, s.title, size=16, bold=True, align="right")
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address)
    y = 100.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("order"), s.refs["order"]),
                         (s.w("currency"), s.currency)):  # fmt: skip
        c.text(340, y, label, size=8.5)
        c.text(440, y, value, size=8.5, bold=True)
        y += 13
    y = _book_rows(c, s, 190, range(min(len(s.lines), FIRST_PAGE)))
    if two:
        c.rule(300, y - 8, 555, width=0.4)
        c.text(500, y + 4, s.w("carried"), size=8.5, bold=True, align="right")
        c.text(555, y + 4, s.number_text(carried(s)), size=8.5, bold=True, align="right")
        c.text(555, 812, s.w("page").format(page=1, pages=pages), size=7, align="right")
        _small_print(c, s, 790)
        c = _page(doc)
        c.text(40, 56, s.seller.name, size=10, bold=True)
        c.text(555, 56, f"{s.title} {s.number}", size=10, bold=True, align="right")
        c.text(500, 84, s.w("brought"), size=8.5, bold=True, align="right")
        c.text(555, 84, s.number_text(carried(s)), size=8.5, bold=True, align="right")
        y = _book_rows(c, s, 110, range(FIRST_PAGE, len(s.lines)))
    c.rule(40, y - 8, 555)
    y = _totals(c, s, y + 8, 330, 555)
    c.text(40, y + 16, s.w("pay").format(due=s.date_text(s.due)), size=8)
    if two:
        c.text(555, 812, s.w("page").format(page=2, pages=pages), size=7, align="right")
    _small_print(c, s, 790)


def _mono(c: Canvas, y: float, text: str, *, bold: bool = False) -> None:
    c.page.insert_text((40, y), text.encode("cp1252").decode("latin-1"), fontsize=MONO_SIZE,
                       fontname="cobo" if bold else "cour")  # fmt: skip


def _dots(label: str, width: int) -> str:
    return f"{label.upper()} {'.' * max(width - len(label) - 1, 2)}:"


def draw_mono(doc: pymupdf.Document, s: Fresh7Sample) -> None:
    """A dealer's legacy system printout in Courier: every row one text line whose columns are
    padded with spaces, labels in capitals with leader dots, rules of dashes, the totals
    right-aligned by padding."""
    c = _page(doc)
    width = 96
    dash = "-" * width
    y = 54.0
    us = s.currency == "USD"  # a sales-tax permit, not a VAT id
    tax_id = s.seller.vat_id if us else f"{s.w('vat_id').upper()} {s.seller.vat_id}"
    for k, line in enumerate((s.seller.name, *s.seller.address, tax_id)):
        _mono(c, y + k * MONO_STEP, line, bold=k == 0)
    y += 5 * MONO_STEP
    _mono(c, y, s.title, bold=True)
    y += 2 * MONO_STEP
    facts = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("due"), s.date_text(s.due)), (s.w("currency"), s.currency))  # fmt: skip
    left = [f"{s.w('customer').upper()}:", s.buyer.name, *s.buyer.address]
    for k in range(max(len(facts), len(left))):
        fact = f"{_dots(facts[k][0], 24)} {facts[k][1]}" if k < len(facts) else ""
        text = left[k] if k < len(left) else ""
        _mono(c, y, f"{text:<48}{fact}".rstrip())
        y += MONO_STEP
    if s.credit_note:
        y += MONO_STEP
        _mono(c, y, f"{s.w('original').upper()} {s.refs['original']}")
    y += 2 * MONO_STEP
    head = (
        f"{s.w('code').upper():<10}{s.w('desc').upper():<33}{s.w('qty').upper():>7} "
        f"{s.w('unit').upper():<5}{s.w('price').upper():>17}{s.w('amount').upper():>18}"
    )
    for text in (dash, head, dash):
        _mono(c, y, text)
        y += MONO_STEP
    for ln in s.lines:
        row = (
            f"{ln.code:<10}{ln.description:<33}{s.quantity_text(ln.quantity):>7} "
            f"{ln.unit:<5}{s.price_text(ln.unit_price):>17}{s.number_text(ln.net_amount):>18}"
        )
        _mono(c, y, row)
        y += MONO_STEP
    _mono(c, y, dash)
    y += 1.5 * MONO_STEP
    rows: list[tuple[str, Decimal]] = []
    if s.allowance:
        pct = s.quantity_text(s.allowance_pct)
        rows += [(s.w("goods"), s.line_total), (s.w("discount").format(pct=pct), -s.allowance)]
    tax = s.w("sales_tax" if us else "tax").format(rate=s.rate_text)
    rows += [(s.w("net"), s.net), (tax, s.tax), (s.w("us_total" if us else "grand"), s.grand)]
    for k, (label, value) in enumerate(rows):
        _mono(c, y, f"{label.upper():>73}{s.number_text(value):>18}", bold=k == len(rows) - 1)
        y += MONO_STEP
    y += MONO_STEP
    _mono(c, y, s.w("pay").format(due=s.date_text(s.due)))
    _mono(c, 790, s.seller.iban if us else f"IBAN {s.seller.iban}")
