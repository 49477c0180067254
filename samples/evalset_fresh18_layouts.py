"""Four page layouts of the eighteenth fresh evaluation slice (`evalset_fresh18.py`), each
modelled on a real-world invoice style: a plant nursery's wholesale invoice with its facts in a
right-aligned key column, a bakery's weekly account with a reference line under the title, a
locksmith's call-out invoice with a strip of call-out times and a scaffolder's weekly hire with
the contractor and the site in two boxes (the other three are in `evalset_fresh18_pages.py`).
Every one prints the number, both dates, both parties, the currency, the lines and the three
totals."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, plain, table
from evalset_fresh18_pages import (
    draw_soundlight,
    draw_stonemason,
    draw_upholsterer,
    label_over,
    letterhead,
)
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh18 import Fresh18Sample

LEAF: Final = (0.16, 0.42, 0.2)
CRUST: Final = (0.55, 0.32, 0.1)
WHEAT: Final = (0.98, 0.95, 0.88)
BRASS: Final = (0.62, 0.5, 0.12)
SAFETY: Final = (0.95, 0.7, 0.05)


def key_column(c: Canvas, rows: tuple[tuple[str, str], ...], gutter: float, y: float) -> float:
    """Labels right-aligned against a gutter with a colon, values left-aligned after it."""
    for label, value in rows:
        c.text(gutter, y, f"{label}:", size=8, align="right")
        c.text(gutter + 8, y, value, size=8.5, bold=True)
        y += 13
    return y


def draw_plantlist(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """A plant nursery's wholesale invoice to a garden centre: the nursery in leaf green at the
    top left, the title at the right over a key column of facts (labels right-aligned), the
    garden centre at the left, the trolleys delivered and returned, the plants by pot size."""
    c = _page(doc)
    letterhead(c, s, color=LEAF, top=58)
    c.text(555, 58, s.title, size=fitted(s.title, 200, 14), bold=True, align="right")
    key_column(c, facts(s), 448, 96)
    _party(c, 40, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 330, 160, size=8)
    trolleys = s.w("trolleys").format(out=s.refs["out"], back=s.refs["back"])
    coloured(c, 40, 196, trolleys, size=8.5, color=LEAF, bold=True)
    y = plain(c, s, 226, step=14)
    finish(c, s, y)


def draw_bakeweek(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """A bakery's weekly account to a café: the bakery in crust brown with its address in one
    line, the café at the right, the title at the left with one reference line under it (number,
    date and due date), the week's deliveries in a wheat band, the currency in the amount
    column's head and the totals in a thin frame."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 330, 16), color=CRUST,
             bold=True)  # fmt: skip
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    _party(c, 360, 92, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, 166, s.title, size=fitted(s.title, 300, 17), bold=True)
    ref = "   \u00b7   ".join(f"{label} {value}" for label, value in facts(s)[:3])
    c.text(40, 182, ref, size=8.5)
    _original(c, s, 40, 196, size=8)
    c.page.draw_rect((40, 206, 555, 224), color=None, fill=WHEAT)
    start, end = (dt.date.fromisoformat(s.refs[k]) for k in ("start", "end"))
    c.text(48, 219, s.w("week").format(start=s.date_text(start), end=s.date_text(end)), size=9)
    cols = ((40, "left"), (380, "right"), (455, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} ({s.currency})")
    y = table(c, s, 252, cols, heads, lambda k, ln: cells(s, ln))
    finish(c, s, y)
    c.page.draw_rect((322, y - 2, 561, y + 52 + (30 if s.allowance else 0)), color=CRUST,
                     width=0.6)  # fmt: skip


def draw_calloutlock(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """A locksmith's call-out invoice: the locksmith at the top left with a brass rule, the
    title under it and the facts as "label: value" lines, the customer at the right, a strip of
    three cells (called out, on site, property attended), then the work and the parts."""
    c = _page(doc)
    letterhead(c, s, color=BRASS, top=56)
    c.page.draw_line((40, 100), (555, 100), color=BRASS, width=2)
    c.text(40, 126, s.title, size=fitted(s.title, 260, 15), bold=True)
    for k, (label, value) in enumerate(facts(s)):
        c.text(40, 146 + 12 * k, f"{label}: {value}", size=8.5)
    _party(c, 340, 118, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 340, 186, size=8)
    c.page.draw_rect((40, 206, 555, 240), color=(0.4, 0.4, 0.4), width=0.5)
    for x in (212, 384):
        c.page.draw_line((x, 206), (x, 240), color=(0.4, 0.4, 0.4), width=0.5)
    issue = s.date_text(s.issue - dt.timedelta(days=1))
    strip = ((s.w("called"), f"{issue} {s.refs['called']}"), (s.w("arrived"), s.refs["arrived"]),
             (s.w("attended"), s.buyer.address[0]))  # fmt: skip
    for k, (label, value) in enumerate(strip):
        label_over(c, 48 + 172 * k, 216, label, value)
    y = plain(c, s, 272)
    finish(c, s, y)


def draw_scaffweeks(doc: pymupdf.Document, s: Fresh18Sample) -> None:
    """A scaffolder's hire by the week: the firm over a safety-yellow rule, the title and the
    facts at the left, the contractor and the site in two framed boxes at the right (the site
    with the day the scaffold went up), then the hire by the week and the one-off charges."""
    c = _page(doc)
    letterhead(c, s, color=(0.1, 0.1, 0.1), top=56)
    c.page.draw_rect((40, 96, 555, 100), color=None, fill=SAFETY)
    c.text(40, 126, s.title, size=fitted(s.title, 260, 15), bold=True)
    _pairs(c, 40, 146, facts(s), width=250, size=8.5)
    _original(c, s, 40, 204, size=8)
    c.page.draw_rect((330, 112, 555, 176), color=(0.3, 0.3, 0.3), width=0.6)
    _party(c, 338, 124, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    c.page.draw_rect((330, 184, 555, 228), color=(0.3, 0.3, 0.3), width=0.6)
    erected = s.date_text(dt.date.fromisoformat(s.refs["erected"]))
    c.text(338, 196, s.w("site"), size=7.5, bold=True)
    c.text(338, 209, s.refs["site"], size=9)
    c.text(338, 221, f"{s.w('erected')} {erected}", size=8)
    y = plain(c, s, 262)
    finish(c, s, y)


DRAW: Final = {"plantlist": draw_plantlist, "bakeweek": draw_bakeweek,
               "calloutlock": draw_calloutlock, "scaffweeks": draw_scaffweeks,
               "stonemason": draw_stonemason, "upholsterer": draw_upholsterer,
               "soundlight": draw_soundlight}  # fmt: skip
