"""Three page layouts of the fifth fresh evaluation slice (`evalset_fresh5.py`): an equipment
hire invoice, a translation agency's invoice and a bilingual invoice (the other four are in
`evalset_fresh5_layouts.py`). Every one prints the number, both dates, both parties, the lines
and the three totals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party, _small_print
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh5 import Fresh5Sample

Columns = Sequence[tuple[float, str]]
SHADE: Final = (0.92, 0.92, 0.92)


def _row(c: Canvas, y: float, cols: Columns, cells: Sequence[str], *, size: float = 8.5,
         bold: bool = False) -> None:  # fmt: skip
    for (x, align), text in zip(cols, cells, strict=True):
        if text:
            c.text(x, y, text, size=size, bold=bold, align=align)  # type: ignore[arg-type]


def draw_rental(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """An equipment hire invoice: facts in a tabbed block without colons, the hire agreement and
    site, each machine with its on-hire and off-hire dates and days x day rate, a transport line;
    the currency only in the column headers, amounts and totals as bare numbers."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=14, bold=True)
    c.text(40, 70, " · ".join(s.seller.address), size=8)
    c.text(555, 56, s.title, size=16, bold=True, align="right")
    _party(c, 40, 108, s.w("customer"), s.buyer.name, s.buyer.address)
    y = 96.0
    facts = ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
             (s.w("due"), s.date_text(s.due)), (s.w("hire_no"), s.refs["hire_no"]),
             (s.w("cust_no"), s.refs["customer_no"]))  # fmt: skip
    tab = 350 + max(REGULAR.text_length(label, fontsize=8.5) for label, _ in facts)
    for label, value in facts:
        c.text(340, y, label, size=8.5)
        c.text(max(tab, 450), y, value, size=8.5, bold=True)
        y += 13
    c.text(40, 182, f"{s.w('site')}: {s.refs['site']}", size=8.5)
    _original(c, s, 40, 196)
    code = s.currency
    cols = ((40, "left"), (238, "left"), (302, "left"), (392, "right"), (470, "right"),
            (555, "right"))  # fmt: skip
    heads = (
        s.w("description"),
        s.w("start"),
        s.w("end"),
        s.w("days"),
        f"{s.w('day_rate')} {code}",
        f"{s.w('amount')} {code}",
    )
    c.rule(40, 222, 555, width=1)
    _row(c, 236, cols, heads, size=7.5, bold=True)
    c.rule(40, 242, 555, width=0.5)
    y = 258.0
    for ln in s.lines:
        start = s.date_text(ln.start) if ln.start else ""  # type: ignore[attr-defined]
        end = s.date_text(ln.end) if ln.end else ""  # type: ignore[attr-defined]
        _row(c, y, cols, (ln.description, start, end, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 17
    c.rule(40, y - 10, 555, width=1)
    rows = ((s.w("net"), s.net, False), (s.w("tax").format(rate=s.rate_text), s.tax, False),
            (s.w("grand"), s.grand, True))  # fmt: skip
    for label, value, bold in rows:
        c.text(340, y + 6, label, size=9, bold=bold)
        c.text(555, y + 6, s.signed(value), size=9, bold=bold, align="right")
        y += 15
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def draw_translation(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """A translation agency's invoice: the agency right-aligned on top, the client at the left,
    a ruled label | value grid (number, dates, project, project manager), lines with the language
    pair and word counts with thousands marks at per-word rates."""
    c = _page(doc)
    for k, (line, size, bold) in enumerate(((s.seller.name, 12, True),
                                            (s.seller.address[0], 8, False),
                                            (s.seller.address[1], 8, False),
                                            (s.seller.vat_id, 8, False))):  # fmt: skip
        c.text(555, 52 + 12 * k, line, size=size, bold=bold, align="right")
    _party(c, 40, 70, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(40, 172, s.title, size=20, bold=True)
    y = 186.0
    for label, value in ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due)), (s.w("job_no"), s.refs["job_no"]),
                         (s.w("pm"), s.refs["pm"])):  # fmt: skip
        c.page.draw_rect((40, y, 150, y + 16), color=(0.3, 0.3, 0.3), fill=SHADE, width=0.5)
        c.page.draw_rect((150, y, 310, y + 16), color=(0.3, 0.3, 0.3), width=0.5)
        c.text(45, y + 11, label, size=7.5)
        c.text(155, y + 11, value, size=8.5, bold=True)
        y += 16
    _original(c, s, 330, 200)
    cols = ((40, "left"), (100, "left"), (385, "right"), (465, "right"), (555, "right"))
    heads = (s.w("pair"), s.w("description"), s.w("words"), s.w("rate"), s.w("amount"))
    y = 300.0
    _row(c, y, cols, heads, size=7.5, bold=True)
    c.rule(40, y + 5, 555, width=0.8)
    y += 20
    for ln in s.lines:
        _row(c, y, cols, (ln.pair, ln.description, s.quantity_text(ln.quantity),  # type: ignore[attr-defined]
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        c.page.insert_text((100, y + 9), ln.code, fontsize=6.5, fontname="helv",
                           color=(0.45, 0.45, 0.45))  # fmt: skip
        y += 22
    c.rule(40, y - 12, 555, width=0.8)
    for label, value, bold in ((s.w("net"), s.net, False),
                               (s.w("tax").format(rate=s.rate_text), s.tax, False),
                               (s.w("grand"), s.grand, True)):  # fmt: skip
        c.text(465, y + 4, label, size=9, bold=bold, align="right")
        c.text(555, y + 4, s.money_text(value), size=9, bold=bold, align="right")
        y += 15
    c.text(40, y + 16, f"{s.w('in_code')} {s.currency}", size=7.5)
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 790)


def draw_bilingual(doc: pymupdf.Document, s: Fresh5Sample) -> None:
    """A bilingual invoice (Canada, Switzerland, Belgium, Catalonia): every label in two
    languages, the facts in a row with the label above the value, the customer at the right, the
    totals in a framed box at the right."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=13, bold=True)
    c.text(40, 71, ", ".join(s.seller.address), size=8)
    c.text(40, 82, s.seller.vat_id, size=8)
    c.text(555, 58, s.title, size=17, bold=True, align="right")
    _party(c, 330, 96, s.w("bi_customer"), s.buyer.name, s.buyer.address)
    facts = ((s.w("bi_number"), s.number), (s.w("bi_date"), s.date_text(s.issue)),
             (s.w("bi_due"), s.date_text(s.due)), (s.w("bi_currency"), s.currency))  # fmt: skip
    c.rule(40, 170, 555, width=0.4)
    for k, (label, value) in enumerate(facts):
        c.text(40 + 130 * k, 184, label, size=7)
        c.text(40 + 130 * k, 198, value, size=10, bold=True)
    c.rule(40, 206, 555, width=0.4)
    _original(c, s, 40, 222)
    cols = ((40, "left"), (330, "right"), (338, "left"), (470, "right"), (555, "right"))
    heads = (s.w("bi_description"), s.w("bi_qty"), "", s.w("bi_unit_price"), s.w("bi_amount"))
    y = 250.0
    c.page.draw_rect((40, y - 11, 555, y + 5), color=None, fill=SHADE)
    _row(c, y, cols, heads, size=7.5, bold=True)
    y += 20
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 16
    c.rule(40, y - 10, 555)
    rows = ((s.w("bi_net"), s.net, False), (s.w("bi_tax").format(rate=s.rate_text), s.tax, False),
            (s.w("bi_grand"), s.grand, True))  # fmt: skip
    c.box((300, y + 2, 555, y + 54))
    for k, (label, value, bold) in enumerate(rows):
        c.text(308, y + 17 + 15 * k, label, size=8.5, bold=bold)
        c.text(547, y + 17 + 15 * k, s.money_text(value), size=8.5, bold=bold, align="right")
    c.text(40, 765, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.rule(40, 780, 555, width=0.3)
    c.text(40, 790, f"{s.seller.name} · {' · '.join(s.seller.address)}", size=6.5)
    bank = s.seller.iban if s.seller.iban.startswith("Transit") else f"IBAN {s.seller.iban}"
    c.text(40, 799, bank, size=6.5)
