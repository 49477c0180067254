"""Three page layouts of the eleventh fresh evaluation slice (`evalset_fresh11.py`): a locksmith's
invoice that names its issuer only in a block at the bottom left, an office supplier's system
printout with dotted leaders and an electrician's materials invoice on a landscape page with
an item-code column."""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _leader, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import facts
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh11 import Fresh11Sample

LANDSCAPE: Final = (842.0, 595.0)
LEADER: Final = 200.0  # the width of a "label ..... value" line of the printout


def draw_sellerfoot(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """A locksmith's invoice: the title and the facts at the top left, the customer at the top
    right, the table and the totals, and the issuer's block (name, address, VAT number, bank)
    only at the bottom left."""
    c = _page(doc)
    c.text(40, 62, s.title, size=20, bold=True)
    _pairs(c, 40, 92, (*facts(s), (s.w("account"), s.refs["account"])), width=215, size=8.5)
    _party(c, 340, 62, s.w("customer"), s.buyer.name, s.buyer.address, size=10)
    _original(c, s, 40, 170, size=8.5)
    cols = ((40, "left"), (390, "right"), (398, "left"), (480, "right"), (555, "right"))
    y = _head(c, 196, cols, (s.w("desc"), s.w("qty"), s.w("unit"), s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 330, 555)
    c.text(40, y + 20, s.w("pay").format(due=s.date_text(s.due)), size=8.5)
    c.rule(40, 690, 260, width=0.6)
    c.text(40, 704, s.w("issuer"), size=7, bold=True)
    c.text(40, 718, s.seller.name, size=10, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}",
                              f"IBAN {s.seller.iban}")):  # fmt: skip
        c.text(40, 731 + 11 * k, line, size=8)


def _dashes(c: Canvas, y: float, x0: float = 40, x1: float = 555) -> None:
    c.page.draw_line((x0, y), (x1, y), color=(0.2, 0.2, 0.2), width=0.6, dashes="[3 2] 0")


def draw_dotted(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """An office supplier's system printout: the supplier at the left and the title at the right,
    the facts as "label ..... value" lines, the customer, the table between dashed rules and the
    totals as leader lines."""
    c = _page(doc)
    c.text(40, 52, s.seller.name, size=10, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 66 + 10 * k, line, size=7.5)
    c.text(555, 52, s.title, size=14, bold=True, align="right")
    rows = (*facts(s), (s.w("account"), s.refs["account"]))
    for k, (label, value) in enumerate(rows):
        _leader(c, 555 - LEADER, 80 + 11 * k, LEADER, label, value, size=7.5)
    c.text(40, 128, s.w("customer"), size=7.5, bold=True)
    c.text(40, 142, s.buyer.name, size=9, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 154 + 11 * k, line, size=9)
    if s.credit_note:
        c.text(40, 196, f"{s.w('original')} {s.refs['original']}", size=8)
    y = 222.0
    _dashes(c, y - 11)
    cols = ((40, "left"), (380, "right"), (386, "left"), (470, "right"), (555, "right"))
    _row(c, y, cols, (s.w("desc"), s.w("qty"), s.w("unit"), s.w("price"), s.w("amount")),
         size=7.5, bold=True)  # fmt: skip
    _dashes(c, y + 5)
    y += 20
    for ln in s.lines:
        _row(
            c,
            y,
            cols,
            (
                ln.description,
                s.quantity_text(ln.quantity),
                ln.unit,
                s.price_text(ln.unit_price),
                s.number_text(ln.net_amount),
            ),
            size=8,
        )
        y += 13
    _dashes(c, y - 8)
    totals = ((s.w("net"), s.money_text(s.net)),
              (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax)),
              (s.w("grand"), s.money_text(s.grand)))  # fmt: skip
    for k, (label, value) in enumerate(totals):
        _leader(c, 555 - LEADER, y + 10 + 12 * k, LEADER, label, value, size=7.5)
    c.text(40, y + 60, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.text(40, 800, f"{s.w('bank')}: IBAN {s.seller.iban}", size=7)


def _code(description: str) -> str:
    """A stable item code for a material."""
    return f"E{zlib.crc32(description.encode()) % 90000 + 10000}"


def draw_widepage(doc: pymupdf.Document, s: Fresh11Sample) -> None:
    """An electrician's materials invoice on a landscape A4 page: the firm at the top left, the
    title at the top right, the customer under the firm, the facts at the right, a wide table
    with an item-code column, the totals and one line of small print."""
    c = Canvas(doc.new_page(width=LANDSCAPE[0], height=LANDSCAPE[1]))
    c.text(40, 45, s.seller.name, size=13, bold=True)
    c.text(40, 58, " \u00b7 ".join(s.seller.address), size=8)
    c.text(802, 50, s.title, size=18, bold=True, align="right")
    _party(c, 40, 86, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 560, 86, (*facts(s), (s.w("account"), s.refs["account"])), width=242, size=8.5)
    _original(c, s, 40, 166, size=8)
    cols = ((40, "left"), (110, "left"), (560, "right"), (566, "left"), (690, "right"),
            (802, "right"))  # fmt: skip
    y = _head(c, 190, cols, (s.w("item"), s.w("desc"), s.w("qty"), s.w("unit"), s.w("price"),
                             s.w("amount")), x1=802)  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (_code(ln.description), ln.description, s.quantity_text(ln.quantity),
                          ln.unit, s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 14
    c.rule(40, y - 9, 802)
    sums(c, s, y + 8, 560, 802)
    c.text(40, y + 8, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.text(40, 578, f"{s.seller.name} \u00b7 {s.w('vat_id')} {s.seller.vat_id} \u00b7 IBAN "
                    f"{s.seller.iban}", size=6.5)  # fmt: skip
