"""Four page layouts of the twenty-first fresh evaluation slice (`evalset_fresh21.py`), each
modelled on a real-world invoice style: a commercial diving contractor's invoice on a landscape
page with a header table of its facts, a sewing-machine repair shop's invoice headed like a fax
cover, a confidential shredding service's invoice with its facts under the table beside the
totals, and a clock and watch repairer's letter stating its facts in a sentence beside a payment
QR block (the other three are in `evalset_fresh21_pages.py`). Every one prints the number, both
dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh21_pages import draw_bandfee, draw_glazier, draw_schoolbooks
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh21 import Fresh21Sample

DEEP: Final = (0.0, 0.27, 0.45)
INK: Final = (0.2, 0.2, 0.2)
GREEN: Final = (0.1, 0.38, 0.2)
BRASS: Final = (0.5, 0.38, 0.08)
LANDSCAPE: Final = (842.0, 595.0)


def draw_diving(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A commercial diving contractor's invoice on a landscape page: the contractor in deep blue
    at the top left and the title at the right, a ruled header table whose column heads are the
    labels of the number, date, due date, dive project and currency with their values in one
    row under them, the client and the worksite side by side, the dive days and equipment."""
    c = Canvas(doc.new_page(width=LANDSCAPE[0], height=LANDSCAPE[1]))
    right = LANDSCAPE[0] - 40
    seller_block(c, s, 40, 50, size=15, color=DEEP)
    c.text(right, 54, s.title, size=fitted(s.title, 330, 17), bold=True, align="right")
    heads = (s.w("number"), s.w("date"), s.w("due"), s.w("project"), s.w("currency"))
    values = (s.number, s.date_text(s.issue), s.date_text(s.due), s.refs["project"], s.currency)
    width = (right - 40) / len(heads)
    c.page.draw_rect((40, 110, right, 126), color=None, fill=(0.85, 0.9, 0.95))
    c.page.draw_rect((40, 110, right, 146), color=INK, width=0.6)
    c.rule(40, 126, right, width=0.5)
    for k, (head, value) in enumerate(zip(heads, values, strict=True)):
        x = 40 + k * width
        if k:
            c.page.draw_line((x, 110), (x, 146), color=INK, width=0.5)
        c.text(x + 6, 121, head, size=7.5, bold=True)
        c.text(x + 6, 140, value, size=9.5)
    _party(c, 40, 172, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(440, 172, s.w("worksite"), size=7.5, bold=True)
    c.text(440, 186, ", ".join(s.buyer.address), size=9.5)
    _original(c, s, 440, 204, size=8)
    cols = ((40, "left"), (560, "right"), (680, "right"), (right, "right"))
    y = _head(c, 262, cols, (s.w("desc"), s.w("qty"), s.w("price"),
                             f"{s.w('amount')} {s.currency}"), x1=right)  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln), size=9)
        y += 17
    c.rule(40, y - 9, right)
    sums(c, s, y + 10, 560, right)
    c.text(40, 536, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.rule(40, 552, right, width=0.3)
    c.text(40, 562, f"{s.seller.name} · {' · '.join(s.seller.address)} · {s.w('vat_id')} "
                    f"{s.seller.vat_id} · IBAN {s.seller.iban}", size=6.5)  # fmt: skip


def draw_sewingrepair(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A sewing-machine repair shop's invoice headed like a fax cover: the shop's name over a
    rule, a large title, then one line each for To (the customer and its address), From (the
    shop), the date, the number, the due date and the machine repaired, labels in a column at
    the left; the service, parts and labour."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 515, 14), bold=True)
    c.page.draw_line((40, 64), (555, 64), color=INK, width=1.6)
    c.text(40, 104, s.title, size=fitted(s.title, 515, 22), bold=True)
    rows = ((s.w("to"), f"{s.buyer.name}, {', '.join(s.buyer.address)}"),
            (s.w("from"), f"{s.seller.name}, {', '.join(s.seller.address)}"),
            (s.w("date"), s.date_text(s.issue)), (s.w("number"), s.number),
            (s.w("due"), s.date_text(s.due)), (s.w("machine"), s.refs["machine"]))  # fmt: skip
    y = 134.0
    for label, value in rows:
        c.text(40, y, f"{label}:", size=9, bold=True)
        c.text(195, y, value, size=fitted(value, 360, 9.5) if len(value) > 55 else 9.5)
        c.page.draw_line((195, y + 4), (555, y + 4), color=(0.75, 0.75, 0.75), width=0.4)
        y += 20
    _original(c, s, 195, y + 2, size=8)
    c.page.draw_line((40, y + 14), (555, y + 14), color=INK, width=1.6)
    end = charges(c, s, y + 42)
    finish(c, s, end)


def draw_shredding(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A confidential shredding service's invoice: the service in green at the top left, the
    customer at the right, the title and where the waste was collected, the consoles, sacks
    and visits, and under the table the facts (number, dates, customer code, certificate of
    destruction) at the left beside the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=GREEN)
    _party(c, 340, 56, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    coloured(c, 40, 160, s.title, size=fitted(s.title, 515, 16), color=GREEN, bold=True)
    c.text(40, 180, f"{s.w('collected')}: {s.buyer.name}, {s.buyer.address[0]}", size=9)
    _original(c, s, 40, 194, size=8)
    y = charges(c, s, 224)
    c.rule(40, y - 9, 555)
    _pairs(c, 40, y + 10, ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                           (s.w("due"), s.date_text(s.due)),
                           (s.w("account"), s.refs["account"]),
                           (s.w("certificate"), s.refs["certificate"])),
           width=250, size=8.5, step=14)  # fmt: skip
    sums(c, s, y + 10, 350, 555)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def _qr(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    """A payment QR block: 25 x 25 modules drawn from a digest of `text` with the three finder
    squares of a QR code (what a banking app scans; not decoded here)."""
    bits = int.from_bytes(hashlib.sha256(text.encode()).digest() * 3, "big")
    cell = side / 25
    for row in range(25):
        for col in range(25):
            finder = any(r <= row < r + 7 and q <= col < q + 7 for r, q in ((0, 0), (0, 18),
                                                                             (18, 0)))  # fmt: skip
            if finder:
                dr, dc = min(row % 18, 6), min(col % 18, 6)
                dark = dr in (0, 6) or dc in (0, 6) or (2 <= dr <= 4 and 2 <= dc <= 4)
            else:
                dark = bool(bits >> (row * 25 + col) & 1)
            if dark:
                c.page.draw_rect((x + col * cell, y + row * cell, x + (col + 1) * cell,
                                  y + (row + 1) * cell), color=None, fill=(0, 0, 0))  # fmt: skip


def draw_clockrepair(doc: pymupdf.Document, s: Fresh21Sample) -> None:
    """A clock and watch repairer's letter: the workshop in brass at the top left, a payment QR
    block at the top right with a line to scan it, the customer in the window, the title, one
    sentence that states the number, the date and the due date, the work per timepiece."""
    c = _page(doc)
    seller_block(c, s, 40, 56, size=15, color=BRASS)
    _qr(c, f"{s.seller.iban}|{s.grand}|{s.number}", 485, 40, 70)
    c.text(555, 122, s.w("scan"), size=6.5, align="right")
    for k, text in enumerate((s.buyer.name, *s.buyer.address)):
        c.text(56, 150 + 12 * k, text, size=10, bold=not k)
    c.text(40, 236, s.title, size=fitted(s.title, 515, 15), bold=True)
    intro = s.w("intro").format(number=s.number, date=s.date_text(s.issue),
                                due=s.date_text(s.due))  # fmt: skip
    size = min(9.5, 9.5 * 515 / REGULAR.text_length(intro, fontsize=9.5))
    c.text(40, 258, intro, size=size)
    _original(c, s, 40, 274, size=8)
    y = charges(c, s, 304)
    finish(c, s, y)


DRAW: Final = {"diving": draw_diving, "sewingrepair": draw_sewingrepair,
               "shredding": draw_shredding, "clockrepair": draw_clockrepair,
               "schoolbooks": draw_schoolbooks, "bandfee": draw_bandfee,
               "glazier": draw_glazier}  # fmt: skip
