"""Four page layouts of the twenty-fourth fresh evaluation slice (`evalset_fresh24.py`), each
modelled on a real-world invoice style: a wasp-nest service's online-style invoice with the
amount due in one large line, a sauna and hot-tub servicing firm's invoice with a VAT summary
table, a stage magician's fee invoice with the performance beside an accent bar, and a
church-bell restorer's invoice with numbered positions (the other three are in
`evalset_fresh24_pages.py`). Every one prints the number, both dates, both parties, the currency,
the lines and the three totals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _head, _row
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh23_pages import closing, day
from evalset_fresh24_pages import (
    draw_bouncycastle,
    draw_groomer,
    draw_seedmerchant,
    header,
)
from generate import REGULAR

if TYPE_CHECKING:
    from evalset_fresh24 import Fresh24Sample

AMBER: Final = (0.75, 0.5, 0.0)
TEAL: Final = (0.05, 0.4, 0.45)
VELVET: Final = (0.45, 0.05, 0.2)
BRONZE: Final = (0.55, 0.38, 0.15)


def draw_waspnest(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A wasp-nest service's invoice as online invoicing tools print it: the title at the top
    left with the facts listed under it (labels at the left, values at a tab), the service and
    the customer side by side under them, then one large line naming the amount due and the
    day it is due, the treatments and the totals."""
    c = _page(doc)
    c.text(40, 64, s.title, size=fitted(s.title, 400, 18), bold=True)
    y = 90.0
    for label, value in facts(s):
        c.text(40, y, label, size=min(8.5, 8.5 * 160 / REGULAR.text_length(label, 8.5)))
        c.text(210, y, value, size=8.5, bold=True)
        y += 13
    _original(c, s, 40, y + 2, size=8)
    seller_block(c, s, 40, y + 34, size=10, color=AMBER)
    _party(c, 310, y + 20, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    due = s.w("due_line").format(amount=s.money_text(s.grand), due=s.date_text(s.due))
    c.text(40, y + 112, due, size=fitted(due, 515, 15), bold=True)
    rows = charges(c, s, y + 146, step=17)
    finish(c, s, rows)


def draw_hottub(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A sauna and hot-tub servicing firm's invoice: the firm in teal at the top left and the
    title at the right, the customer with the place of the installation at the left and the
    facts at the right, the service lines, then a VAT summary table (rate, net, VAT, gross)
    and the amount to pay under it."""
    c = _page(doc)
    header(c, s, TEAL)
    end = _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('site')}: {s.buyer.address[0]}", size=8.5)
    _column(c, 330, 134, facts(s), width=225)
    _original(c, s, 330, 180, size=8)
    y = charges(c, s, end + 34, step=17)
    c.rule(40, y - 9, 555)
    cols = ((40, "left"), (250, "right"), (400, "right"), (555, "right"))
    heads = (s.w("vat_rate"), s.w("net"), s.w("tax").format(rate=s.rate_text), s.w("gross"))
    y = _head(c, y + 22, cols, heads)
    _row(c, y, cols, (f"{s.rate_text} %", s.money_text(s.net), s.money_text(s.tax),
                      s.money_text(s.grand)))  # fmt: skip
    c.rule(330, y + 12, 555, width=0.8)
    c.text(330, y + 28, s.w("grand"), size=10, bold=True)
    c.text(555, y + 28, s.money_text(s.grand), size=10, bold=True, align="right")
    closing(c, s, y)


def draw_magician(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A stage magician's fee invoice to a company: the performer's name large in velvet red at
    the top left over the address, the title at the right, the company billed at the left and
    the facts at the right, the performance (its day and the venue) beside an accent bar, the
    fee lines and the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 60, size=18, color=VELVET)
    coloured(c, 555, 60, s.title, size=fitted(s.title, 220, 14), color=VELVET, bold=True,
             align="right")  # fmt: skip
    end = _party(c, 40, 140, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 144, facts(s), width=225)
    _original(c, s, 330, 190, size=8)
    c.page.draw_rect((40, end, 43, end + 30), color=None, fill=VELVET)
    c.text(52, end + 11, f"{s.w('show')}: {day(s, 'show')}", size=9.5, bold=True)
    c.text(52, end + 25, s.buyer.address[-1], size=9)
    y = charges(c, s, end + 66, step=18)
    finish(c, s, y)


def draw_churchbell(doc: pymupdf.Document, s: Fresh24Sample) -> None:
    """A church-bell restorer's invoice: the workshop at the top left over a bronze rule across
    the page, the title at the left under it, the parish billed with the bell (its name, year
    cast and weight) under the address, the facts at the right, the work in numbered positions
    and the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=BRONZE)
    c.page.draw_line((40, 106), (555, 106), color=BRONZE, width=2)
    c.text(40, 134, s.title, size=fitted(s.title, 280, 15), bold=True)
    end = _party(c, 40, 162, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('bell')}: {s.refs['bell']}", size=9)
    _column(c, 330, 166, facts(s), width=225)
    _original(c, s, 330, 212, size=8)
    cols = ((40, "left"), (68, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("pos"), s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = table(c, s, end + 36, cols, heads, lambda k, ln: (f"{k + 1}.", *cells(s, ln)), step=18)
    finish(c, s, y)


DRAW: Final = {"waspnest": draw_waspnest, "hottub": draw_hottub, "magician": draw_magician,
               "churchbell": draw_churchbell, "groomer": draw_groomer,
               "seedmerchant": draw_seedmerchant, "bouncycastle": draw_bouncycastle}  # fmt: skip
