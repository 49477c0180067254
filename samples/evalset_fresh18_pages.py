"""Three page layouts of the eighteenth fresh evaluation slice (`evalset_fresh18.py`): a
stonemason's invoice with its facts in a two-column grid of cells under a split letterhead, an
upholsterer's invoice with the facts only in a tinted strip at the foot, and an event sound-and-
lighting hire with its facts stacked label over value beside an event panel; plus the letterhead
and the label-over-value cell the other layouts use too."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import plain
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh18 import Fresh18Sample

SLATE: Final = (0.25, 0.3, 0.35)
PLUM: Final = (0.42, 0.15, 0.35)
LINEN: Final = (0.96, 0.93, 0.95)
STAGE: Final = (0.3, 0.2, 0.6)
GRID: Final = (0.45, 0.45, 0.45)


def letterhead(c: Canvas, s: Fresh18Sample, *, color: tuple[float, ...], top: float) -> None:
    """The seller's name in bold colour at the top left, its address and VAT number in two small
    lines under it."""
    coloured(c, 40, top, s.seller.name, size=fitted(s.seller.name, 300, 15), color=color,
             bold=True)  # fmt: skip
    c.text(40, top + 14, " \u00b7 ".join(s.seller.address), size=7.5)
    c.text(40, top + 24, f"{s.w('vat_id')} {s.seller.vat_id}", size=7.5)


def label_over(c: Canvas, x: float, y: float, label: str, value: str) -> None:
    """A small label with its value in bold under it."""
    c.text(x, y, label, size=7)
    c.text(x, y + 13, value, size=9.5, bold=True)


def draw_stonemason(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """A stonemason's invoice: the firm's name in slate at the top left and its address
    right-aligned at the top right, the title, a ruled grid of two by two cells with the facts
    (label over value), the customer at the left and the place of work at the right, the work."""
    c = _page(doc)
    coloured(c, 40, 60, s.seller.name, size=fitted(s.seller.name, 280, 15), color=SLATE,
             bold=True)  # fmt: skip
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 50 + 10 * k, line, size=7.5, align="right")
    c.text(40, 104, s.title, size=fitted(s.title, 400, 16), bold=True)
    c.page.draw_rect((40, 116, 555, 176), color=GRID, width=0.6)
    c.page.draw_line((297, 116), (297, 176), color=GRID, width=0.6)
    c.page.draw_line((40, 146), (555, 146), color=GRID, width=0.6)
    for k, (label, value) in enumerate(facts(s)):
        label_over(c, 48 + 257 * (k % 2), 127 + 30 * (k // 2), label, value)
    _original(c, s, 40, 190, size=8)
    _party(c, 40, 212, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    label_over(c, 330, 212, s.w("work"), f"{s.refs['site']}, {s.buyer.address[-1]}")
    y = plain(c, s, 286)
    finish(c, s, y)


def draw_upholsterer(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """An upholsterer's invoice: the workshop in plum at the top left, the title at the right,
    the customer at the right under it, the fabric chosen at the left, the work, the totals, and
    the facts only in a linen-tinted strip of four cells at the foot of the page."""
    c = _page(doc)
    coloured(c, 40, 60, s.seller.name, size=fitted(s.seller.name, 300, 15), color=PLUM,
             bold=True)  # fmt: skip
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 74 + 10 * k, line, size=7.5)
    c.text(555, 60, s.title, size=fitted(s.title, 200, 15), bold=True, align="right")
    _party(c, 340, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    label_over(c, 40, 130, s.w("fabric"), s.refs["fabric"])
    _original(c, s, 40, 166, size=8)
    y = plain(c, s, 210)
    finish(c, s, y)
    c.page.draw_rect((40, 700, 555, 736), color=PLUM, fill=LINEN, width=0.5)
    for k, (label, value) in enumerate(facts(s)):
        if k:
            c.page.draw_line((40 + 128.75 * k, 700), (40 + 128.75 * k, 736), color=PLUM,
                             width=0.5)  # fmt: skip
        label_over(c, 48 + 128.75 * k, 713, label, value)


def draw_soundlight(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """An event sound-and-lighting hire: the firm in stage violet at the top left, the title at
    the right with the facts stacked label over value under it, the customer at the left over a
    framed event panel (the event, the venue, the show day and the get-in), then the kit and
    crew."""
    c = _page(doc)
    letterhead(c, s, color=STAGE, top=58)
    c.text(555, 58, s.title, size=fitted(s.title, 200, 14), bold=True, align="right")
    for k, (label, value) in enumerate(facts(s)):
        label_over(c, 420, 96 + 26 * k, label, value)
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 420, 210, size=8)
    c.page.draw_rect((40, 168, 380, 236), color=STAGE, width=0.8)
    show, getin = (dt.date.fromisoformat(s.refs[k]) for k in ("show", "getin"))
    coloured(c, 48, 182, f"{s.w('event')}: {s.refs['event']}", size=9.5, color=STAGE, bold=True)
    c.text(48, 196, f"{s.w('venue')}: {s.buyer.address[0]}, {s.buyer.address[-1]}", size=8.5)
    c.text(48, 210, f"{s.w('show')}: {s.date_text(show)}", size=8.5)
    c.text(48, 224, f"{s.w('getin')}: {s.date_text(getin)}", size=8.5)
    y = plain(c, s, 268)
    finish(c, s, y)
