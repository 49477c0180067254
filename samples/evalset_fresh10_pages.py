"""Three page layouts of the tenth fresh evaluation slice (`evalset_fresh10.py`): a bakery's
invoice with its facts stacked at the far right and the title under them, a sports club's
membership invoice and a nursery's corrected invoice whose facts are a one-row ruled table that
names the invoice it replaces; plus the initials of a firm, which the window letter uses too."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh10 import Fresh10Sample

CLUB: Final = (0.05, 0.35, 0.2)  # the club colours
RED: Final = (0.7, 0.1, 0.1)
LEGAL_FORMS: Final = frozenset(("Ltd", "GmbH", "AG", "SARL", "SAS", "SA", "S.L.", "S.r.l.", "B.V.",
                                "S.n.c.", "KG", "LLC", "S.p.A.", "AB", "e.V.", "ASD"))  # fmt: skip


def initials(name: str) -> str:
    """The initials of a firm's capitalised words (legal forms and "&" left out)."""
    words = [w for w in name.split() if w[0].isupper() and w not in LEGAL_FORMS]
    return "".join(w[0] for w in words[:3])


def draw_stacked(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A bakery's delivery invoice: the bakery and the customer at the left, the facts stacked
    at the right margin as right-aligned "label: value" lines with the title under them, a table
    between double rules, and the totals in a box."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=14, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 70 + 10 * k, line, size=8)
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    rows = (*facts(s), (s.w("cust_no"), s.refs["customer"]))
    y = 56.0
    for label, value in rows:
        c.text(555, y, f"{label}: {value}", size=8.5, align="right")
        y += 12
    c.text(555, y + 14, s.title, size=20, bold=True, align="right")
    _original(c, s, 40, 214, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    top = 232.0
    for dy in (0, 2.5):
        c.rule(40, top + dy, 555, width=0.5)
    _row(c, top + 14, cols, (s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")), size=7.5,
         bold=True)  # fmt: skip
    y = top + 34
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 14
    for dy in (-8, -5.5):
        c.rule(40, y + dy, 555, width=0.5)
    bottom = sums(c, s, y + 14, 340, 545)
    c.box((332, y + 2, 555, bottom - 6))
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_club(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A sports club's membership invoice: a crest with the club's initials, the club's name
    beside it, the member in the window, membership number and season over the facts at the
    right, the title centred, fees on alternate shaded rows and the totals."""
    c = _page(doc)
    c.page.draw_circle((70, 62), 28, color=CLUB, fill=(0.9, 0.96, 0.92), width=2)
    mark = initials(s.seller.name)
    coloured(c, 70 - BOLD.text_length(mark, fontsize=14) / 2, 67, mark, size=14, color=CLUB,
             bold=True)  # fmt: skip
    coloured(c, 110, 58, s.seller.name, size=13, color=CLUB, bold=True)
    c.text(110, 72, " \u00b7 ".join(s.seller.address), size=8)
    season = f"{s.issue.year}/{s.issue.year % 100 + 1:02d}"
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    rows = ((s.w("member"), s.refs["member"]), (s.w("season"), season), *facts(s))
    for k, (label, value) in enumerate(rows):
        c.text(340, 130 + 13 * k, label, size=8)
        c.text(555, 130 + 13 * k, value, size=8.5, bold=True, align="right")
    _centred(c, 236, s.title, size=15, bold=True)
    if s.credit_note:
        _centred(c, 250, f"{s.w('original')} {s.refs['original']}", size=8)
    cols = ((40, "left"), (400, "right"), (408, "left"), (480, "right"), (555, "right"))
    y = _head(c, 272, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")))
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=SHADE)
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    finish(c, s, y)


def _fact_table(c: Canvas, y: float, cells: tuple[tuple[str, str], ...]) -> None:
    """One ruled row of facts: titles in a shaded band over their values, a rule between."""
    x0, x1 = 40.0, 555.0
    width = (x1 - x0) / len(cells)
    c.page.draw_rect((x0, y, x1, y + 14), color=None, fill=SHADE)
    c.box((x0, y, x1, y + 32))
    c.rule(x0, y + 14, x1, width=0.5)
    for k, (label, value) in enumerate(cells):
        left = x0 + k * width
        if k:
            c.page.draw_line((left, y), (left, y + 32), color=(0.2, 0.2, 0.2), width=0.5)
        c.text(left + 4, y + 10, label, size=6.5, bold=True)
        c.text(left + 4, y + 27, value, size=8.5)


def draw_reissue(doc: pymupdf.Document, s: Fresh10Sample) -> None:
    """A nursery's corrected invoice: the nursery at the left, the title in red at the right over
    a notice that it replaces an earlier invoice, the customer, the facts as a one-row ruled
    table (number, date, replaced invoice and its date, due date, currency), the plants and the
    totals."""
    c = _page(doc)
    c.text(40, 55, s.seller.name, size=12, bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 69 + 10 * k, line, size=8)
    title = s.title
    coloured(c, 555, 60, title, size=16, color=RED, bold=True, align="right")
    notice = s.w("notice")
    size = 7.5 if REGULAR.text_length(notice, fontsize=7.5) < 260 else 6.5
    c.text(555, 76, notice, size=size, align="right")
    _party(c, 40, 122, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    old_day = dt.date.fromisoformat(s.refs["old_day"])
    number, issued, due, currency = facts(s)
    _fact_table(c, 200, (number, issued, (s.w("replaces"), s.refs["old"]),
                         (s.w("issued"), s.date_text(old_day)), due, currency))  # fmt: skip
    _original(c, s, 40, 252, size=8)
    cols = ((40, "left"), (400, "right"), (408, "left"), (480, "right"), (555, "right"))
    y = _head(c, 274, cols, (s.w("desc"), s.w("qty"), "", s.w("price"), s.w("amount")))
    for ln in s.lines:
        _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity), ln.unit,
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    finish(c, s, y)
