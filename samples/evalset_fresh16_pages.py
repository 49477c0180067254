"""Three page layouts of the sixteenth fresh evaluation slice (`evalset_fresh16.py`): a tailor's
alterations invoice with the facts at the left and the customer at the right over a box with the
last fitting and the collection day, a livery yard's monthly invoice with each horse's
lines under its name, and a tyre garage's invoice under a yellow number plate; and the seller
heading several of the slice's layouts share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, plain
from generate import BOLD, Canvas

if TYPE_CHECKING:
    from evalset_fresh16 import Fresh16Sample

SADDLE: Final = (0.42, 0.26, 0.12)
STRAW: Final = (0.96, 0.93, 0.86)
PLATE: Final = (1.0, 0.82, 0.1)


def seller_lines(c: Canvas, s: Fresh16Sample, y: float, *, width: float, size: float) -> None:
    """The seller's name in bold at the top left, its address and VAT number in two small
    lines under it."""
    c.text(40, y, s.seller.name, size=fitted(s.seller.name, width, size), bold=True)
    c.text(40, y + 14, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, y + 24, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)


def draw_alterations(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A tailor's alterations invoice: the tailor centred over a double rule, the title and the
    facts at the left, the customer at the right over a box with the day of the last fitting and
    the day the garments are ready for collection, the table, and the totals."""
    c = _page(doc)
    _centred(c, 60, s.seller.name, size=fitted(s.seller.name, 420, 18), bold=True)
    _centred(c, 76, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
             size=7.5)  # fmt: skip
    c.rule(40, 86, 555, width=0.5)
    c.rule(40, 89, 555, width=0.5)
    c.text(40, 122, s.title, size=16, bold=True)
    _pairs(c, 40, 142, facts(s), width=230, size=8.5)
    _party(c, 340, 122, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((340, 184, 555, 226), color=(0.2, 0.2, 0.2), width=1)
    fitting = s.issue - dt.timedelta(days=int(s.refs["fitted"]))
    _pairs(c, 348, 201, ((s.w("fitting"), s.date_text(fitting)),
                         (s.w("ready"), s.date_text(s.issue + dt.timedelta(days=4)))),
           width=199, size=8.5, step=15)  # fmt: skip
    _original(c, s, 40, 206, size=8)
    y = plain(c, s, 256)
    finish(c, s, y)


def draw_livery(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A livery yard's monthly invoice: the yard in saddle brown, the customer and the facts,
    the horses kept, then each horse's name on a tinted row with its lines under it."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 320, 16), color=SADDLE,
             bold=True)  # fmt: skip
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 58, s.title, size=13, bold=True, align="right")
    _party(c, 40, 104, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, 104, facts(s), width=225, size=8.5)
    horses = list(dict.fromkeys(ln.section for ln in s.lines))
    c.text(330, 164, f"{s.w('horses')}: {', '.join(horses)}", size=8)
    _original(c, s, 330, 178, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    y = _head(c, 212, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for horse in horses:
        c.page.draw_rect((40, y - 11, 555, y + 5), color=None, fill=STRAW)
        coloured(c, 44, y, horse, size=9, color=SADDLE, bold=True)
        y += 18
        for ln in (ln for ln in s.lines if ln.section == horse):
            _row(c, y, cols, cells(s, ln))
            y += 16
        y += 4
    finish(c, s, y)


def draw_tyrebay(doc: pymupdf.Document, s: Fresh16Sample) -> None:
    """A tyre garage's invoice: the garage at the top left, the car's number plate large on a
    yellow plate at the top right with the car and its odometer reading under it, the title
    and the facts at the left, the customer at the right, the tyres and fitting, the totals."""
    c = _page(doc)
    seller_lines(c, s, 56, width=320, size=15)
    c.text(395, 40, s.w("plate"), size=7)
    c.page.draw_rect((395, 45, 555, 85), color=(0, 0, 0), fill=PLATE, width=1.5)
    plate = s.refs["plate"]
    c.text(475 - BOLD.text_length(plate, fontsize=20) / 2, 72, plate, size=20, bold=True)
    c.text(395, 100, f"{s.w('vehicle')}: {s.refs['vehicle']}", size=8)
    c.text(395, 112, f"{s.w('mileage')}: {s.refs['mileage']}", size=8)
    c.text(40, 112, s.title, size=16, bold=True)
    _pairs(c, 40, 132, facts(s), width=220, size=8.5)
    _party(c, 330, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 40, 192, size=8)
    y = plain(c, s, 224)
    finish(c, s, y)
