"""Three page layouts of the nineteenth fresh evaluation slice (`evalset_fresh19.py`): a blind
fitter's invoice with the fitting address and the billed customer side by side and a room column,
a bookkeeping firm's monthly fee invoice with its facts as a row of captioned cells, and a
farrier's account to a horse owner; and the table and seller lines the slice's layouts share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh19 import Fresh19Sample

PLUM: Final = (0.38, 0.16, 0.4)
SLATE: Final = (0.25, 0.3, 0.36)
LEATHER: Final = (0.45, 0.27, 0.12)


def charges(c: Canvas, s: Fresh19Sample, y: float, *, step: float = 16) -> float:
    """Description, quantity with unit, rate and amount, the amount's heading naming the
    currency; returns the y under the last row."""
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    return table(c, s, y, cols, heads, lambda k, ln: cells(s, ln), step=step)


def seller_block(c: Canvas, s: Fresh19Sample, x: float, y: float, *, size: float = 13,
                 align: str = "left", color: tuple[float, ...] = (0, 0, 0)) -> float:  # fmt: skip
    """The seller's name in bold (in `color`) over its address and VAT number, one small line
    each; returns the y under it."""
    coloured(c, x, y, s.seller.name, size=fitted(s.seller.name, 270, size), color=color,
             bold=True, align=align)  # fmt: skip
    for line in (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"):
        y += 10
        c.text(x, y + 4, line, size=7.5, align=align)  # type: ignore[arg-type]
    return y + 14


def captioned(c: Canvas, x: float, y: float, caption: str, value: str, *,
              size: float = 9.5) -> None:  # fmt: skip
    """A small caption with its value in bold under it (a cell of a header grid or strip)."""
    c.text(x, y, caption, size=6.5)
    c.text(x, y + size + 4, value, size=size, bold=True)


def draw_blindfit(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A blind fitter's invoice: the fitter in plum at the top left, the title and the facts at
    the right, then the fitting address (with the day fitted) and the billed customer side by
    side either side of a thin rule, and the blinds room by room."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=PLUM)
    c.text(555, 56, s.title, size=fitted(s.title, 250, 14), bold=True, align="right")
    _pairs(c, 340, 80, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                        (s.w("due"), s.date_text(s.due))), width=215, size=8.5)  # fmt: skip
    _original(c, s, 340, 124, size=8)
    c.page.draw_line((297, 146), (297, 214), color=PLUM, width=0.6)
    c.text(40, 152, s.w("fitted_at"), size=7.5, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 166 + 12 * k, line, size=9.5)
    fitted_on = s.date_text(dt.date.fromisoformat(s.refs["fitted_on"]))
    c.text(40, 166 + 12 * len(s.buyer.address) + 6, f"{s.w('fitted_on')}: {fitted_on}",
           size=8)  # fmt: skip
    _party(c, 310, 152, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    cols = ((40, "left"), (125, "left"), (420, "right"), (485, "right"), (555, "right"))
    heads = (s.w("room"), s.w("desc"), s.w("qty"), s.w("price"),
             f"{s.w('amount')} {s.currency}")  # fmt: skip
    y = table(c, s, 250, cols, heads, lambda k, ln: (ln.section, *cells(s, ln)))
    finish(c, s, y)


def draw_bookkeeping(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A bookkeeping firm's monthly fee invoice: the firm in slate at the top left, the title
    under it, a row of four captioned cells between two rules (client number, invoice number,
    date, due date), the client at the left and the month the fees are for at the right."""
    c = _page(doc)
    seller_block(c, s, 40, 54, color=SLATE)
    c.text(40, 112, s.title, size=fitted(s.title, 330, 16), bold=True)
    c.rule(40, 124, 555, width=0.8)
    cells_ = ((s.w("client_no"), s.refs["client_no"]), (s.w("number"), s.number),
              (s.w("date"), s.date_text(s.issue)), (s.w("due"), s.date_text(s.due)))  # fmt: skip
    for k, (caption, value) in enumerate(cells_):
        captioned(c, 48 + 128 * k, 136, caption, value)
        if k:
            c.page.draw_line((40 + 128 * k, 126), (40 + 128 * k, 156), color=SLATE, width=0.4)
    c.rule(40, 158, 555, width=0.8)
    _party(c, 40, 184, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(340, 198, s.w("period").format(month=s.refs["month"]), size=10, bold=True)
    _original(c, s, 340, 214, size=8)
    y = charges(c, s, 268)
    finish(c, s, y)


def draw_farrier(doc: pymupdf.Document, s: Fresh19Sample) -> None:
    """A farrier's account to a horse owner: the farrier right-aligned in leather brown at the
    top right, the owner in the window at the left, the title and the facts at the left under
    it, the yard the horses stand at, and a line per horse and piece of work."""
    c = _page(doc)
    seller_block(c, s, 555, 54, align="right", color=LEATHER)
    for k, line in enumerate((s.buyer.name, *s.buyer.address)):
        c.text(56, 120 + 12 * k, line, size=10, bold=not k)
    c.text(40, 196, s.title, size=fitted(s.title, 300, 15), bold=True)
    _pairs(c, 40, 214, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                        (s.w("due"), s.date_text(s.due))), width=230, size=8.5)  # fmt: skip
    _original(c, s, 40, 256, size=8)
    c.text(340, 214, f"{s.w('yard')}: {s.buyer.address[0]}", size=8.5)
    y = charges(c, s, 284)
    finish(c, s, y)
