"""Four page layouts of the thirteenth fresh evaluation slice (`evalset_fresh13.py`), each modelled
on a real-world invoice style: a piano tuner's invoice with its facts in a strip of cells, a pet
boarding kennel's invoice with the guest's stay, a sailmaker's invoice whose table starts with the
quantity and a bookbinder's invoice with its totals across the page (the other three are in
`evalset_fresh13_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh9_pages import facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import (
    cells,
    draw_barcode,
    draw_counterslips,
    draw_deliverto,
    plain,
    table,
)
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh13 import Fresh13Sample

PALE: Final = (0.93, 0.94, 0.96)
PIANOS: Final = ("Bechstein Model 8", "Yamaha U3", "Schimmel 120 T", "Steinway O-180")


def letterhead(c: Canvas, s: Fresh13Sample, *, title_size: float = 18) -> None:
    """The firm and its address at the top left, the title at the top right."""
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 300, 15), bold=True)
    c.text(40, 70, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(555, 58, s.title, size=title_size, bold=True, align="right")


def draw_pianotuner(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A piano tuner's invoice: the letterhead, then number, dates and currency as labelled cells
    in one strip across the page, the customer and the instrument serviced, the table."""
    c = _page(doc)
    letterhead(c, s)
    width = 515 / 4
    for k, (label, value) in enumerate(facts(s)):
        x = 40 + width * k
        c.page.draw_rect((x, 92, x + width, 128), color=(0.4, 0.4, 0.4), width=0.6)
        c.text(x + 6, 103, label, size=7, bold=True)
        c.text(x + 6, 120, value, size=9.5)
    _party(c, 40, 152, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(330, 152, s.w("instrument"), size=7.5, bold=True)
    c.text(330, 166, PIANOS[s.index % 2 + 2 * (s.lang in {"de", "it", "nl"})], size=9.5)
    c.text(330, 178, f"{s.w('service')} {s.buyer.address[-1]}", size=8.5)
    _original(c, s, 40, 226, size=8)
    y = plain(c, s, 252, step=17)
    finish(c, s, y)


def draw_kennel(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A pet boarding kennel's invoice: the letterhead, the owner billed at the left and the
    guest's stay (name, checked in, checked out) in a pale box at the right, the facts under the
    box, the table and the totals with the returning guest's discount."""
    c = _page(doc)
    letterhead(c, s, title_size=15)
    _party(c, 40, 106, s.w("owner"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((330, 94, 555, 160), color=None, fill=PALE)
    out = s.issue - dt.timedelta(days=1)
    c.text(338, 108, s.w("stay"), size=8, bold=True)
    _pairs(c, 338, 123, ((s.w("pet"), s.refs["pet"]),
                         (s.w("arrival"), s.date_text(out - dt.timedelta(days=8))),
                         (s.w("departure"), s.date_text(out))), width=209, size=8)  # fmt: skip
    _pairs(c, 330, 180, facts(s), width=225, size=8.5)
    _original(c, s, 40, 220, size=8)
    y = plain(c, s, 252)
    finish(c, s, y)


def draw_qtyfirst(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A sailmaker's invoice: the title at the top left, the loft's name and address right-aligned
    at the top right, the customer and the facts, then a table that runs quantity, unit,
    description, unit price and amount."""
    c = _page(doc)
    c.text(40, 60, s.title, size=22, bold=True)
    c.text(555, 52, s.seller.name, size=fitted(s.seller.name, 260, 12), bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 65 + 10 * k, line, size=7.5, align="right")
    _party(c, 40, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, 118, facts(s), width=225, size=8.5)
    _original(c, s, 40, 200, size=8)
    cols = ((72, "right"), (80, "left"), (130, "left"), (480, "right"), (555, "right"))
    heads = (s.w("qty"), "", s.w("desc"), s.w("price"), s.w("amount"))
    y = table(c, s, 230, cols, heads,
              lambda k, ln: (s.quantity_text(ln.quantity), ln.unit, *cells(s, ln)[:1],
                             *cells(s, ln)[2:]))  # fmt: skip
    finish(c, s, y)


def draw_totalstrip(doc: pymupdf.Document, s: Fresh13Sample) -> None:
    """A bookbinder's invoice: the bindery's name centred, the customer and the facts, the table,
    then net, VAT and total as three cells across the page, labels above values, and the bank in
    the small print."""
    c = _page(doc)
    size = fitted(s.seller.name, 480, 16)
    c.text(297.5 - BOLD.text_length(s.seller.name, fontsize=size) / 2, 58,
           s.seller.name, size=size, bold=True)  # fmt: skip
    line = " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"))
    c.text(297.5 - REGULAR.text_length(line, fontsize=7.5) / 2, 72, line, size=7.5)
    c.rule(40, 82, 555, width=0.4)
    c.rule(40, 85, 555, width=0.4)
    c.text(40, 114, s.title, size=16, bold=True)
    _party(c, 40, 138, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, 110, facts(s), width=225, size=8.5)
    _original(c, s, 330, 170, size=8)
    y = plain(c, s, 232)
    c.rule(40, y - 9, 555)
    strip = ((s.w("net"), s.money_text(s.net)),
             (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax)),
             (s.w("grand"), s.money_text(s.grand)))  # fmt: skip
    width = 515 / 3
    c.page.draw_rect((40, y + 8, 555, y + 46), color=None, fill=PALE)
    for k, (label, value) in enumerate(strip):
        x = 40 + width * (k + 1) - 8
        c.text(x, y + 22, label, size=7.5, align="right")
        c.text(x, y + 38, value, size=10, bold=k == 2, align="right")
    c.text(40, y + 70, s.w("pay").format(due=s.date_text(s.due)), size=8.5)
    _small_print(c, s, 795)


DRAW: Final = {"pianotuner": draw_pianotuner, "kennel": draw_kennel, "qtyfirst": draw_qtyfirst,
               "totalstrip": draw_totalstrip, "barcode": draw_barcode,
               "counterslips": draw_counterslips, "deliverto": draw_deliverto}  # fmt: skip
