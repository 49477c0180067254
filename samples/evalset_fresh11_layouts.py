"""Four page layouts of the eleventh fresh evaluation slice (`evalset_fresh11.py`), each modelled
on a real-world invoice style: a design studio's invoice with a courtesy-titled customer block,
a copywriter's invoice printed from an e-mail, a beekeeper's A5 farm-shop invoice and a
consultant's day-rate invoice with expenses re-billed (the other three are in
`evalset_fresh11_pages.py`). Every one prints the number, both dates, both parties, the
currency, the lines and the three totals."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import facts, finish
from evalset_fresh10_layouts import _quantity
from evalset_fresh11_pages import draw_dotted, draw_sellerfoot, draw_widepage
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh11 import Fresh11Sample

A5: Final = (420.0, 595.0)


def fitted(name: str, width: float, size: float) -> float:
    """The bold font size (at most `size`) at which a name fits on one line of `width`."""
    return min(size, size * width / BOLD.text_length(name, fontsize=size))


def draw_courtesy(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """A design studio's invoice in the Italian manner: the studio centred on top, the customer
    at the right under a courtesy title ("Spett.le", "Messrs") with its account code, the title
    and one phrase with the number and the date ("no. ... of ...") at the left, then the due date
    and currency, the table, the totals and the bank in the small print."""
    c = _page(doc)
    name_size = fitted(s.seller.name, 480, 15)
    c.text(297.5 - BOLD.text_length(s.seller.name, fontsize=name_size) / 2, 56, s.seller.name,
           size=name_size, bold=True)  # fmt: skip
    line = " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"))
    c.text(297.5 - REGULAR.text_length(line, fontsize=7.5) / 2, 70, line, size=7.5)
    c.rule(40, 80, 555, width=0.8)
    y = _party(c, 330, 112, s.w("courtesy"), s.buyer.name, s.buyer.address, size=10)
    c.text(330, y - 2, f"{s.w('account')} {s.refs['account']}", size=8)
    c.text(40, 126, s.title, size=18, bold=True)
    c.text(40, 146, f"{s.w('number')} {s.number} {s.w('of')} {s.date_text(s.issue)}", size=9.5,
           bold=True)  # fmt: skip
    _pairs(c, 40, 166, facts(s)[2:], width=230, size=8.5)
    _original(c, s, 40, 206, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 236, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        c.rule(40, y + 5, 555, width=0.2)
        y += 18
    finish(c, s, y + 4)


def draw_emailed(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """A copywriter's invoice printed from an e-mail: From, To, Sent and Subject lines (the
    number only in the subject), the message with the due date, the billing address, the
    table, the totals and the seller's details as the signature."""
    c = _page(doc)
    heads = ((s.w("from"), s.seller.name), (s.w("to"), s.buyer.name),
             (s.w("sent"), f"{s.date_text(s.issue)} 09:41"),
             (s.w("subject"), f"{s.w('re')}: {s.title} {s.number}"))  # fmt: skip
    for k, (label, value) in enumerate(heads):
        c.text(40, 50 + 15 * k, label, size=9, bold=True)
        c.text(115, 50 + 15 * k, value, size=9, bold=k == 3)
    c.rule(40, 112, 555, width=1.2)
    first, second = s.w("body").format(due=s.date_text(s.due)).split("; ")
    c.text(40, 140, f"{first};", size=9.5)
    c.text(40, 154, second, size=9.5)
    _original(c, s, 40, 172, size=8.5)
    _party(c, 40, 196, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = 290.0
    _row(c, y, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), size=8, bold=True)
    c.rule(40, y + 5, 555, width=0.6)
    y += 20
    for ln in s.lines:
        _row(c, y, cols, (ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 16
    c.rule(40, y - 10, 555, width=0.6)
    y = sums(c, s, y + 8, 330, 555)
    c.text(330, y + 4, f"{s.w('currency')}: {s.currency}", size=8)
    c.text(40, y + 40, "--", size=9)
    sign = (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}", f"IBAN {s.seller.iban}")
    c.text(40, y + 54, s.seller.name, size=9, bold=True)
    for k, line in enumerate(sign):
        c.text(40, y + 66 + 11 * k, line, size=8)


def draw_halfsheet(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """A beekeeper's farm-shop invoice on an A5 sheet: the apiary centred on top, the title and
    the facts, the customer, a narrow table, the totals with the members' discount and the bank
    at the foot."""
    c = Canvas(doc.new_page(width=A5[0], height=A5[1]))
    name_size = fitted(s.seller.name, 360, 14)
    c.text(210 - BOLD.text_length(s.seller.name, fontsize=name_size) / 2, 45, s.seller.name,
           size=name_size, bold=True)  # fmt: skip
    for k, line in enumerate((" \u00b7 ".join(s.seller.address),
                              f"{s.w('vat_id')} {s.seller.vat_id}")):  # fmt: skip
        width = REGULAR.text_length(line, fontsize=7)
        c.text(210 - width / 2, 59 + 9 * k, line, size=7)
    c.rule(28, 76, 392, width=0.8)
    c.text(28, 100, s.title, size=13, bold=True)
    _pairs(c, 232, 96, facts(s), width=160, size=7.5, step=11)
    _party(c, 28, 124, s.w("customer"), s.buyer.name, s.buyer.address, size=8.5)
    _original(c, s, 28, 200, size=7.5)
    cols = ((28, "left"), (262, "right"), (326, "right"), (392, "right"))
    y = _head(c, 222, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), x0=28,
              x1=392)  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (ln.description, _quantity(s, ln.quantity, ln.unit),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 14
    c.rule(28, y - 9, 392, width=0.5)
    sums(c, s, y + 8, 200, 392, size=8)
    c.text(28, 540, s.w("pay").format(due=s.date_text(s.due)), size=7.5)
    c.rule(28, 552, 392, width=0.3)
    c.text(28, 564, f"{s.w('bank')}: IBAN {s.seller.iban}", size=6.5)


def draw_dayrate(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """A consultant's day-rate invoice: the firm over a heavy rule, the client, the engagement
    and the facts in three columns, then fees and expenses re-billed at cost as two headed
    sections with their own subtotals, and the totals."""
    c = _page(doc)
    c.text(40, 60, s.seller.name, size=fitted(s.seller.name, 515, 16), bold=True)
    c.text(40, 74, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.page.draw_line((40, 86), (555, 86), color=(0.1, 0.1, 0.3), width=2.5)
    _party(c, 40, 108, s.w("customer"), s.buyer.name, s.buyer.address, size=8.5)
    for k, (label, value) in enumerate(((s.w("engagement"), s.refs["engagement"]),
                                        (s.w("account"), s.refs["account"]))):  # fmt: skip
        c.text(262, 108 + 28 * k, label, size=7.5, bold=True)
        c.text(262, 121 + 28 * k, value, size=9)
    _pairs(c, 380, 108, facts(s), width=175, size=8)
    c.text(40, 206, s.title, size=15, bold=True)
    _original(c, s, 40, 220, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 244, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for section, key in enumerate(("fees", "expenses")):
        c.text(40, y, s.w(key), size=9, bold=True)
        y += 16
        mine = [ln for ln in s.lines if ln.site == section]  # type: ignore[attr-defined]
        for ln in mine:
            cells = (ln.description, _quantity(s, ln.quantity, ln.unit),
                     s.price_text(ln.unit_price), s.number_text(ln.net_amount))  # fmt: skip
            _row(c, y, cols, cells)
            y += 15
        c.rule(480, y - 9, 555, width=0.4)
        total = sum((ln.net_amount for ln in mine), Decimal("0.00"))
        c.text(555, y + 2, s.number_text(total), size=8.5, bold=True, align="right")
        y += 22
    finish(c, s, y)


DRAW: Final = {"courtesy": draw_courtesy, "emailed": draw_emailed, "halfsheet": draw_halfsheet,
               "dayrate": draw_dayrate, "sellerfoot": draw_sellerfoot, "dotted": draw_dotted,
               "widepage": draw_widepage}  # fmt: skip
