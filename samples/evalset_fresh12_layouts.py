"""Four page layouts of the twelfth fresh evaluation slice (`evalset_fresh12.py`), each modelled
on a real-world invoice style: a piano workshop's job sheet, a car-hire
invoice with a vehicle box, a music school's term-fee invoice and a bookbinder's invoice with
right-aligned labels (the other three are in `evalset_fresh12_pages.py`). Every one prints the
number, both dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh12_pages import draw_banner, draw_sweep, draw_totalsfirst, table
from evalset_fresh12_text import WORDING

if TYPE_CHECKING:
    from evalset_fresh12 import Fresh12Sample


def draw_jobsheet(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A piano workshop's job sheet: the workshop right-aligned at the top right, the title and
    the facts at the left, the customer, the instrument and its serial number, the work notes,
    the charges, the totals and a line for the customer's signature."""
    c = _page(doc)
    c.text(555, 56, s.seller.name, size=fitted(s.seller.name, 300, 13), bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 70 + 10 * k, line, size=7.5, align="right")
    c.text(40, 70, s.title, size=18, bold=True)
    _pairs(c, 40, 96, (*facts(s), (s.w("account"), s.refs["account"])), width=230, size=8.5)
    _party(c, 340, 126, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _original(c, s, 40, 170, size=8)
    c.rule(40, 196, 555, width=0.4)
    c.text(40, 212, f"{s.w('piano')}: {s.refs['piano']}", size=9, bold=True)
    c.text(340, 212, f"{s.w('serial')}: {s.refs['serial']}", size=9)
    c.text(40, 228, s.w("notes"), size=8.5)
    c.rule(40, 238, 555, width=0.4)
    y = table(c, s, 266)
    c.rule(40, y - 9, 555)
    y = sums(c, s, y + 10, 330, 555)
    c.text(40, y + 14, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.rule(340, 740, 555, width=0.6)
    c.text(340, 752, s.w("signature"), size=7.5)
    c.text(40, 795, f"{s.w('bank')}: IBAN {s.seller.iban}", size=6.5)


def draw_vehiclehire(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A car-hire invoice: the hire company and the title, the hirer and the facts, a framed
    vehicle box (model, registration, checked out and in with date and odometer), the charges
    and the totals."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=fitted(s.seller.name, 300, 13), bold=True)
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7)  # fmt: skip
    c.text(555, 58, s.title, size=fitted(s.title, 200, 15), bold=True, align="right")
    _party(c, 40, 104, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    _pairs(c, 340, 104, (*facts(s), (s.w("account"), s.refs["account"])), width=215, size=8.5)
    _original(c, s, 340, 176, size=8)
    c.page.draw_rect((40, 190, 555, 250), color=(0.3, 0.3, 0.3), width=0.8)
    picked = dt.date.fromisoformat(s.refs["picked"])
    boxes = ((s.w("vehicle"), s.refs["model"], f"{s.w('plate')}: {s.refs['plate']}"),
             (s.w("out"), s.date_text(picked), f"{s.w('km')}: {s.refs['km_out']} km"),
             (s.w("in"), s.date_text(s.issue), f"{s.w('km')}: {s.refs['km_in']} km"))  # fmt: skip
    for k, (label, first, second) in enumerate(boxes):
        c.text(52 + 172 * k, 206, label, size=7.5, bold=True)
        c.text(52 + 172 * k, 222, first, size=9)
        c.text(52 + 172 * k, 238, second, size=8)
    finish(c, s, table(c, s, 280))


def _term(s: Fresh12Sample) -> str:
    """The school term the invoice bills: autumn from August, spring to March, then summer."""
    month = s.issue.month
    k = 0 if month >= 8 else 1 if month <= 3 else 2
    return f"{WORDING[s.lang]['terms'].split('|')[k]} {s.issue.year}"


def draw_termfees(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A music school's term-fee invoice: the school centred on top, the family's address at the
    left, the facts at the right, a shaded box naming the pupil and the term, then the fees and
    the totals."""
    c = _page(doc)
    _centred(c, 54, s.seller.name, size=fitted(s.seller.name, 480, 16), bold=True)
    _centred(c, 68, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
             size=7.5)  # fmt: skip
    c.rule(40, 78, 555, width=0.5)
    _party(c, 40, 112, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(555, 112, s.title, size=14, bold=True, align="right")
    _pairs(c, 340, 132, facts(s), width=215, size=8.5)
    _original(c, s, 340, 190, size=8)
    c.page.draw_rect((40, 204, 555, 234), color=None, fill=(0.93, 0.95, 0.9))
    c.text(52, 223, f"{s.w('pupil')}: {s.refs['pupil']} {s.buyer.name.split()[-1]}", size=9,
           bold=True)  # fmt: skip
    c.text(300, 223, _term(s), size=9)
    finish(c, s, table(c, s, 262))


def draw_flushlabels(doc: pymupdf.Document, s: Fresh12Sample) -> None:
    """A bookbinder's invoice: the bindery at the top left, the customer at the top right, the
    title, then the facts in two columns of pairs whose labels are right-aligned against their
    values, the table and the totals."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=fitted(s.seller.name, 270, 13), bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 72 + 10 * k, line, size=7.5)
    _party(c, 340, 58, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.text(40, 138, s.title, size=18, bold=True)
    left = facts(s)[:3]
    right = (*facts(s)[3:], (s.w("account"), s.refs["account"]))
    if s.credit_note:
        right = (*right, (s.w("original"), s.refs["original"]))
    for x, pairs in ((165, left), (420, right)):
        for k, (label, value) in enumerate(pairs):
            c.text(x, 166 + 14 * k, label, size=8, align="right")
            c.text(x + 7, 166 + 14 * k, value, size=9, bold=True)
    finish(c, s, table(c, s, 232))


DRAW: Final = {"jobsheet": draw_jobsheet, "vehiclehire": draw_vehiclehire,
               "termfees": draw_termfees, "flushlabels": draw_flushlabels,
               "totalsfirst": draw_totalsfirst, "banner": draw_banner,
               "sweep": draw_sweep}  # fmt: skip
