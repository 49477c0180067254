"""The seven page layouts of the twenty-sixth fresh evaluation slice (`evalset_fresh26.py`), each
modelled on a real-world invoice style: an engraving studio's invoice with a ruled right-hand
column, a canal-boat hire invoice with a column of hire dates, a mobile sawmill's long tally
with the section milled, a saddlery's invoice with the facts in an outlined box, a juice press's
invoice with the lines in a rounded frame, a pruning contractor's invoice with boxed totals and
a brass-instrument workshop's invoice over a faint drawn bell. Every one prints the number,
both dates, both parties, the currency, the lines and the three totals."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges
from evalset_fresh22_pages import _column, facts
from evalset_fresh24_pages import header
from evalset_fresh26_items import CUTS, SECTIONS
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh26 import Fresh26Sample

INK: Final = (0.12, 0.12, 0.3)
CANAL: Final = (0.1, 0.35, 0.45)
TIMBER: Final = (0.4, 0.26, 0.1)
TAN: Final = (0.5, 0.3, 0.12)
APPLE: Final = (0.25, 0.5, 0.15)
VINE: Final = (0.4, 0.1, 0.25)
BRASS: Final = (0.65, 0.5, 0.15)


def _customer(c: Canvas, s: Fresh26Sample, y: float) -> float:
    """The customer at the left and the facts at the right from `y` (the corrected invoice
    under the facts); returns the y under the customer."""
    end = _party(c, 40, y, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, y + 4, facts(s), width=225)
    _original(c, s, 330, y + 50, size=8)
    return end


def draw_engraver(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """An engraving and calligraphy studio's invoice: a hairline down the page parts a right
    column (the studio, its address, the facts and the bank) from the main column (the title,
    the customer, the work and the totals)."""
    c = _page(doc)
    c.page.draw_line((398, 40), (398, 750), color=INK, width=0.4)
    coloured(c, 410, 60, s.seller.name, size=fitted(s.seller.name, 145, 11), color=INK,
             bold=True)  # fmt: skip
    y = 62.0
    for line in (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"):
        y += 11
        c.text(410, y, line, size=7.5)
    y = _column(c, 410, y + 30, facts(s), width=145, size=8)
    c.text(410, y + 20, s.w("bank"), size=7.5, bold=True)
    c.text(410, y + 31, s.seller.name, size=fitted(s.seller.name, 145, 6.5))
    c.text(410, y + 41, s.seller.iban, size=fitted(s.seller.iban, 145, 6.5))
    coloured(c, 40, 66, s.title, size=fitted(s.title, 340, 16), color=INK, bold=True)
    end = _party(c, 40, 104, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _original(c, s, 40, end, size=8)
    cols = ((40, "left"), (262, "right"), (322, "right"), (386, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = _head(c, end + 30, cols, heads, x1=386)
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln), size=8)
        y += 17
    c.rule(40, y - 9, 386)
    sums(c, s, y + 10, 160, 386)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)


def _wave(page: pymupdf.Page, y: float) -> None:
    """A canal drawn across the page: two wavy lines."""
    for k, shade in ((0, CANAL), (5, (0.55, 0.75, 0.8))):
        points = [(40 + x * 5, y + k + 2.5 * math.sin(x / 2.5)) for x in range(104)]
        page.draw_polyline(points, color=shade, width=1.2)


def _period(s: Fresh26Sample, k: int) -> str:
    """The hire dates of line `k`: a week or a short break before the invoice date."""
    start = s.issue - dt.timedelta(days=40 - 8 * k)
    end = start + dt.timedelta(days=7 if k % 2 == 0 else 3)
    sep = "." if s.lang in {"de", "nl"} else "/"
    return f"{start.day:02d}{sep}{start.month:02d} - {end.day:02d}{sep}{end.month:02d}"


def draw_canalboat(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A canal-boat hire firm's invoice: the firm in canal blue at the top left and the title at
    the right over a drawn canal, the hirer at the left and the facts at the right, the hire
    with the dates of each line in a column between the description and the quantity."""
    c = _page(doc)
    header(c, s, CANAL)
    _wave(c.page, 112)
    end = _customer(c, s, 136)
    cols = ((40, "left"), (300, "left"), (410, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("period"), s.w("qty"), s.w("price"),
             f"{s.w('amount')} {s.currency}")  # fmt: skip
    y = _head(c, end + 34, cols, heads)
    for k, ln in enumerate(s.lines):
        desc, qty, price, amount = cells(s, ln)
        _row(c, y, cols, (desc, _period(s, k), qty, price, amount))
        y += 18
    finish(c, s, y)


def draw_sawmill(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A mobile sawmill's tally: the sawyer in timber brown at the top left and the title at the
    right, the customer at the left and the facts at the right, a long table of pieces per cut
    and species with the section in millimetres in a column of its own."""
    c = _page(doc)
    header(c, s, TIMBER)
    end = _customer(c, s, 128)
    cols = ((40, "left"), (300, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("section"), s.w("qty"), s.w("price"),
             f"{s.w('amount')} {s.currency}")  # fmt: skip
    y = _head(c, end + 30, cols, heads)
    for ln in s.lines:
        cut = CUTS[s.lang].index(ln.description.split(",")[0])
        _row(c, y, cols, (ln.description, SECTIONS[cut], s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 14.5
    finish(c, s, y)


def draw_saddler(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A saddlery's invoice: the saddler in tan at the top left and the title at the right, the
    customer at the left, the facts in an outlined box at the right, the repairs under a head
    underlined in tan, and the totals."""
    c = _page(doc)
    header(c, s, TAN)
    end = _party(c, 40, 136, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.page.draw_rect((322, 124, 563, 170), color=TAN, width=0.9)
    _column(c, 330, 138, facts(s), width=225)
    _original(c, s, 330, 186, size=8)
    cols = ((40, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = end + 34
    _row(c, y, cols, heads, size=8, bold=True)
    c.page.draw_line((40, y + 5), (555, y + 5), color=TAN, width=1.6)
    y += 22
    for ln in s.lines:
        _row(c, y, cols, cells(s, ln))
        y += 18
    finish(c, s, y)


def draw_juicepress(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A mobile cider and juice press's invoice: the press in apple green at the top left and
    the title at the right, the customer at the left and the facts at the right, the pressings
    inside a frame with rounded corners, and the totals under it."""
    c = _page(doc)
    header(c, s, APPLE)
    end = _customer(c, s, 132)
    top = end + 20
    y = charges(c, s, end + 40, step=18)
    c.page.draw_rect((34, top, 561, y - 4), color=APPLE, width=1.1, radius=0.06)
    finish(c, s, y + 6)


def draw_pruning(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A vineyard pruning contractor's invoice billing by the vine: the crew in wine red at the
    top left and the title at the right, the estate at the left and the facts at the right, the
    work, and the totals (with an early-booking discount) in a box at the right."""
    c = _page(doc)
    header(c, s, VINE)
    end = _customer(c, s, 132)
    y = charges(c, s, end + 34, step=18)
    c.rule(40, y - 9, 555)
    below = sums(c, s, y + 16, 330, 549)
    c.page.draw_rect((322, y + 2, 557, below - 6), color=VINE, width=1)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def _bell(page: pymupdf.Page, x: float, y: float) -> None:
    """A faint drawn horn: a bell's rim and a coiled tube."""
    faint = (0.93, 0.89, 0.78)
    page.draw_circle((x, y), 120, color=faint, width=6)
    page.draw_circle((x, y), 70, color=faint, width=3)
    page.draw_circle((x - 10, y + 10), 30, color=faint, width=3)


def draw_brassrepair(doc: pymupdf.Document, s: Fresh26Sample) -> None:
    """A brass-instrument workshop's invoice: a faint drawn bell behind the page, the workshop
    in brass at the top left and the title at the right, the customer at the left and the facts
    at the right, the repairs and the totals."""
    c = _page(doc)
    _bell(c.page, 300, 420)
    header(c, s, BRASS)
    end = _customer(c, s, 132)
    y = charges(c, s, end + 34, step=18)
    finish(c, s, y)


DRAW: Final = {"engraver": draw_engraver, "canalboat": draw_canalboat, "sawmill": draw_sawmill,
               "saddler": draw_saddler, "juicepress": draw_juicepress, "pruning": draw_pruning,
               "brassrepair": draw_brassrepair}  # fmt: skip
