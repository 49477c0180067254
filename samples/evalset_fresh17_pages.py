"""Three page layouts of the seventeenth fresh evaluation slice (`evalset_fresh17.py`): a land
surveyor's fee note set as a letter (the firm at the right, the client in the window, a subject
line), an art gallery's commission invoice to one of its artists under the gallery's name in a
large light type, and a car wash's monthly fleet account invoice with a wash per van and
programme."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import plain
from generate import LOCALES, Canvas

if TYPE_CHECKING:
    from evalset_fresh17 import Fresh17Sample

INK: Final = (0.15, 0.15, 0.15)
OCHRE: Final = (0.6, 0.45, 0.1)
AQUA: Final = (0.0, 0.45, 0.65)
FOAM: Final = (0.88, 0.95, 0.98)


def masthead(c: Canvas, s: Fresh17Sample, *, color: tuple[float, ...], top: float,
             address: float) -> None:  # fmt: skip
    """The seller's name in bold colour at the top left with the title level with it at the
    right, and the seller's address and VAT number in one small line at `address`."""
    size = fitted(s.seller.name, 330, 17)
    coloured(c, 40, top, s.seller.name, size=size, color=color, bold=True)
    c.text(555, top, s.title, size=13, bold=True, align="right")
    line = " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"))
    c.text(40, address, line, size=7.5)


def customer_and_facts(c: Canvas, s: Fresh17Sample, y: float) -> None:
    """The customer at the left, the facts at the right and, on a credit note, the invoice it
    corrects under them."""
    _party(c, 40, y, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _pairs(c, 330, y, facts(s), width=225, size=8.5)
    _original(c, s, 330, y + 60, size=8)


def draw_feenote(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A land surveyor's fee note set as a letter: the firm's name and address right-aligned at
    the top right, the client in the window at the left, the facts at the right beside it, a bold
    subject line naming the surveyed plot with the client's reference, then the fees."""
    c = _page(doc)
    c.text(555, 56, s.seller.name, size=fitted(s.seller.name, 300, 14), bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 70 + 10 * k, line, size=7.5, align="right")
    c.rule(300, 108, 555, width=0.4)
    for k, line in enumerate((s.buyer.name, *s.buyer.address)):
        c.text(56, 148 + 12 * k, line, size=10, bold=not k)
    c.text(56, 136, s.w("customer"), size=7)
    c.text(340, 136, s.title, size=14, bold=True)
    _pairs(c, 340, 156, facts(s), width=215, size=8.5)
    _original(c, s, 340, 214, size=8)
    c.text(40, 246, f"{s.w('re')}: {s.buyer.address[0]}, {s.buyer.address[-1]}", size=10,
           bold=True)  # fmt: skip
    c.text(40, 260, f"{s.w('client_ref')}: {s.refs['client_ref']}", size=8.5)
    y = plain(c, s, 290)
    finish(c, s, y)


def draw_artistsale(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """An art gallery's commission invoice to an artist: the gallery's name large in a light
    ochre type at the top left, its address in one small line, the title and the facts at the
    right, the artist billed at the left, the exhibition the works hung in, the commission and
    costs."""
    c = _page(doc)
    coloured(c, 40, 66, s.seller.name, size=fitted(s.seller.name, 300, 22), color=OCHRE)
    c.text(40, 82, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7)  # fmt: skip
    c.text(360, 110, s.title, size=fitted(s.title, 195, 13), bold=True)
    _pairs(c, 360, 130, facts(s), width=195, size=8.5)
    _party(c, 40, 114, s.w("artist_label"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, 196, f"{s.w('exhibition')}: {s.refs['exhibition']}", size=9, bold=True)
    _original(c, s, 360, 190, size=8)
    y = plain(c, s, 232)
    finish(c, s, y)


def draw_fleetwash(doc: pymupdf.Document, s: Fresh17Sample) -> None:
    """A car wash's monthly fleet invoice: the car wash in aqua, a foam-tinted strip with the
    fleet account and the month washed, the customer at the left and the facts at the right,
    then one line per van and programme (the van's registration in the line) and the totals
    with the fleet rebate."""
    c = _page(doc)
    masthead(c, s, color=AQUA, top=58, address=72)
    c.page.draw_rect((40, 84, 555, 104), color=None, fill=FOAM)
    month = LOCALES[s.lang].months[(s.issue.month - 2) % 12] if LOCALES[s.lang].months else ""
    c.text(48, 98, f"{s.w('account')} {s.refs['account']}", size=9, bold=True)
    c.text(547, 98, s.w("month").format(month=month), size=9, align="right")
    customer_and_facts(c, s, 128)
    y = plain(c, s, 220, step=14)
    finish(c, s, y)
