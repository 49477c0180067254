"""Three page layouts of the eighth fresh evaluation slice (`evalset_fresh8.py`): a Swiss invoice
with a QR-bill receipt and payment part at the bottom, a guarding company's invoice with its
hours grouped under each site, and an invoice that starts with the table and ends with the
parties; plus the totals block all seven layouts share."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _row
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh8 import Fresh8Sample

SLIP_TOP = 552.0  # QR bill: where the receipt and payment part start (a dashed line above)


def sums(c: Canvas, s: Fresh8Sample, y: float, x0: float, x1: float, *,
         size: float = 9) -> float:  # fmt: skip
    """The sum of the lines and the document-level allowance or charge when there is one, then
    net, VAT and total; returns the y under them."""
    rows: list[tuple[str, str, bool]] = []
    if s.allowance or s.charge:
        rows.append((s.w("lines_sum"), s.number_text(s.line_total), False))
    if s.allowance:
        rows.append((s.w("discount").format(pct=s.quantity_text(s.allowance_pct)),
                     s.number_text(-s.allowance), False))  # fmt: skip
    if s.charge:
        rows.append((s.w("surcharge").format(pct=s.quantity_text(s.charge_pct)),
                     s.number_text(s.charge), False))  # fmt: skip
    rows += [(s.w("net"), s.money_text(s.net), False),
             (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax), False),
             (s.w("grand"), s.money_text(s.grand), True)]  # fmt: skip
    for label, value, bold in rows:
        c.text(x0, y, label, size=size, bold=bold)
        c.text(x1, y, value, size=size, bold=bold, align="right")
        y += size + 5
    return y


def _block(c: Canvas, x: float, y: float, label: str, values: tuple[str, ...], *,
           size: float = 8) -> float:  # fmt: skip
    c.text(x, y, label, size=size - 1.5, bold=True)
    for value in values:
        y += size + 2
        c.text(x, y, value, size=size)
    return y + size + 6


def _qr_code(c: Canvas, s: Fresh8Sample, x: float, y: float, side: float) -> None:
    """A square of modules in place of the QR code (derived from the reference, repeatable)."""
    c.page.draw_rect((x, y, x + side, y + side), color=(0, 0, 0), width=0.8)
    digits = s.refs["qr"].replace(" ", "")
    step = side / 25
    for k in range(25 * 25):
        if int(digits[k % len(digits)]) * (k % 7 + 1) % 3 == 0:
            col, row = k % 25, k // 25
            c.page.draw_rect((x + col * step, y + row * step, x + (col + 1) * step,
                              y + (row + 1) * step), color=None, fill=(0, 0, 0))  # fmt: skip


def draw_qrbill(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A Swiss invoice: the firm at the top left, the customer's window at the right, facts,
    the work billed and the totals; under a dashed line the QR-bill receipt (account, reference,
    payer, currency, amount) and the payment part with the code and the same facts."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=13, bold=True)
    for k, line in enumerate((*s.seller.address, s.seller.vat_id)):
        c.text(40, 69 + 10 * k, line, size=8)
    c.text(330, 120, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(330, 133 + 12 * k, line, size=10)
    c.text(40, 190, s.title, size=16, bold=True)
    _pairs(c, 40, 210, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                        (s.w("due"), s.date_text(s.due))), width=200, size=8.5)  # fmt: skip
    cols = ((40, "left"), (360, "right"), (380, "left"), (470, "right"), (555, "right"))
    y = _head(c, 268, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    sums(c, s, y + 8, 330, 555)
    c.text(40, SLIP_TOP - 14, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    c.page.draw_line((0, SLIP_TOP), (595, SLIP_TOP), color=(0, 0, 0), width=0.5, dashes="[2] 0")
    c.page.draw_line((176, SLIP_TOP), (176, 842), color=(0, 0, 0), width=0.5, dashes="[2] 0")
    payee = (s.seller.iban, s.seller.name, *s.seller.address)
    payer = (s.buyer.name, *s.buyer.address)
    amount = s.number_text(s.grand).replace(s.thousands or ",", " ")
    c.text(15, SLIP_TOP + 24, s.w("receipt"), size=11, bold=True)
    y = _block(c, 15, SLIP_TOP + 44, s.w("payee"), payee, size=7.5)
    y = _block(c, 15, y, s.w("reference"), (s.refs["qr"],), size=7.5)
    _block(c, 15, y, s.w("payer"), payer, size=7.5)
    for x, label, value in ((15, s.w("slip_currency"), s.currency),
                            (70, s.w("slip_amount"), amount)):  # fmt: skip
        c.text(x, SLIP_TOP + 220, label, size=6, bold=True)
        c.text(x, SLIP_TOP + 232, value, size=8)
    c.text(190, SLIP_TOP + 24, s.w("slip"), size=11, bold=True)
    _qr_code(c, s, 190, SLIP_TOP + 40, 130)
    for x, label, value in ((190, s.w("slip_currency"), s.currency),
                            (250, s.w("slip_amount"), amount)):  # fmt: skip
        c.text(x, SLIP_TOP + 220, label, size=7, bold=True)
        c.text(x, SLIP_TOP + 233, value, size=9)
    y = _block(c, 340, SLIP_TOP + 24, s.w("payee"), payee, size=8.5)
    y = _block(c, 340, y, s.w("reference"), (s.refs["qr"],), size=8.5)
    _block(c, 340, y, s.w("payer"), payer, size=8.5)


def draw_guarding(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """A guarding company's monthly invoice: a dark band with the firm, the customer and the
    facts under it, the hours grouped under a bold heading per site (site total at the right),
    then the totals."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 86), color=None, fill=(0.15, 0.2, 0.3))
    c.page.insert_text((40, 42), s.seller.name.encode("cp1252").decode("latin-1"),
                       fontsize=14, fontname="hebo", color=(1, 1, 1))  # fmt: skip
    line = " | ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"))
    c.page.insert_text((40, 62), line.encode("cp1252").decode("latin-1"), fontsize=7.5,
                       fontname="helv", color=(1, 1, 1))  # fmt: skip
    _party(c, 40, 115, s.w("customer"), s.buyer.name, s.buyer.address)
    _pairs(c, 330, 115, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)),
                         (s.w("month"), f"{s.issue.month:02d}/{s.issue.year}"),
                         (s.w("currency"), s.currency)), width=225, size=8)  # fmt: skip
    c.text(40, 200, s.title, size=15, bold=True)
    _original(c, s, 40, 216, size=8)
    cols = ((52, "left"), (400, "right"), (475, "right"), (555, "right"))
    y = _head(c, 240, ((40, "left"), *cols[1:]), (s.w("site"), s.w("hours"), s.w("per_hour"),
                                                  s.w("amount")))  # fmt: skip
    for site in dict.fromkeys(ln.site for ln in s.lines):  # type: ignore[attr-defined]
        mine = [ln for ln in s.lines if ln.site == site]  # type: ignore[attr-defined]
        c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=SHADE)
        c.text(40, y, site, size=8.5, bold=True)
        y += 15
        for ln in mine:
            cells = (ln.description, s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                     s.number_text(ln.net_amount))  # fmt: skip
            _row(c, y, cols, cells)
            y += 13
        y += 4
    c.rule(40, y - 8, 555)
    sums(c, s, y + 10, 330, 555)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_tablefirst(doc: pymupdf.Document, s: Fresh8Sample) -> None:
    """An invoice printed table first: a one-line head with title, number and dates, then the
    articles and the totals, and only at the bottom the supplier and the customer side by side
    with the bank details."""
    c = _page(doc)
    c.text(40, 50, s.title, size=18, bold=True)
    x = 555.0
    for label, value in reversed(((s.w("number"), s.number),
                                  (s.w("date"), s.date_text(s.issue)),
                                  (s.w("due"), s.date_text(s.due)),
                                  (s.w("currency"), s.currency))):  # fmt: skip
        width = max(
            c.text(x, 62, value, size=8.5, bold=True, align="right"),
            REGULAR.text_length(label, fontsize=6.5),
            60,
        )
        c.text(x - width, 50, label, size=6.5)
        x -= width + 18
    _original(c, s, 40, 66, size=8)
    cols = ((40, "left"), (100, "left"), (370, "right"), (395, "left"), (480, "right"),
            (555, "right"))  # fmt: skip
    y = _head(c, 94, cols, (s.w("sku"), s.w("desc"), s.w("qty"), "", s.w("price"),
                            s.w("amount")))  # fmt: skip
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=(0.96, 0.96, 0.96))
        _row(c, y, cols, (ln.code, ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 14
    c.rule(40, y - 7, 555)
    sums(c, s, y + 10, 330, 555)
    c.rule(40, 660, 555, width=1)
    _party(c, 40, 680, s.w("seller"), s.seller.name,
           (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"), size=8.5)  # fmt: skip
    _party(c, 330, 680, s.w("customer"), s.buyer.name, s.buyer.address, size=8.5)
    _grey(c, 40, 785, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    _grey(c, 40, 797, f"IBAN {s.seller.iban}", size=7.5)
