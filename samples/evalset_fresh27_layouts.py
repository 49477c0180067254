"""The seven page layouts of the twenty-seventh fresh evaluation slice (`evalset_fresh27.py`),
each modelled on a real-world invoice style: an equine dentist's invoice with the title centred
over the treatments, a sign-language interpreter's invoice with a return-address line over the
client, a wedding-cake bakery's invoice under a centred letterhead, a rope-access window
cleaner's invoice with a VAT column, an outboard workshop's invoice with a filled table head, a
vintage-car restoration garage's invoice with the facts at the left and the client at the right,
and a cheesemaker's long delivery invoice. Every one prints the number, both dates, both
parties, the currency, the lines and the three totals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh5_layouts import _row
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh24_pages import header
from evalset_fresh26_layouts import _customer

if TYPE_CHECKING:
    from evalset_fresh27 import Fresh27Sample

HAY: Final = (0.45, 0.35, 0.1)
SIGN: Final = (0.2, 0.25, 0.5)
ROSE: Final = (0.6, 0.3, 0.4)
SKY: Final = (0.9, 0.45, 0.1)
SEA: Final = (0.05, 0.3, 0.5)
RACING: Final = (0.05, 0.3, 0.15)
RIND: Final = (0.55, 0.42, 0.12)


def draw_equine(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """An equine dentist's invoice: the practice in hay brown at the top left, the stables at
    the left and the facts at the right, the title centred in bold over the treatments, and the
    totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=HAY)
    end = _customer(c, s, 136)
    _centred(c, end + 26, s.title, size=fitted(s.title, 400, 15), bold=True)
    y = charges(c, s, end + 60, step=18)
    finish(c, s, y)


def draw_interpreter(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """A sign-language interpreter's invoice set for a window envelope: the interpreter at the
    top left, a small underlined return-address line over the client, the facts at the right,
    the title under the client, the assignments and the totals."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=SIGN)
    sender = f"{s.w('sender')}: {s.seller.name} · {' · '.join(s.seller.address)}"
    size = fitted(sender, 260, 6.5)
    width = c.text(40, 142, sender, size=size)
    c.rule(40, 145, 40 + width, width=0.4)
    c.text(40, 162, s.buyer.name, size=10, bold=True)
    y = 162.0
    for line in s.buyer.address:
        y += 12
        c.text(40, y, line, size=10)
    _column(c, 330, 150, facts(s), width=225)
    _original(c, s, 330, 196, size=8)
    coloured(c, 40, y + 44, s.title, size=fitted(s.title, 300, 14), color=SIGN, bold=True)
    y = charges(c, s, y + 80, step=18)
    finish(c, s, y)


def draw_weddingcake(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """A wedding-cake bakery's invoice: the bakery's name, address and VAT number centred at the
    top over a short double rule, the title at the left, the couple or venue at the left and the
    facts at the right, the cake and extras, and the totals."""
    c = _page(doc)
    _centred(c, 62, s.seller.name, size=fitted(s.seller.name, 420, 17), bold=True)
    _centred(c, 78, " · ".join(s.seller.address), size=8)
    _centred(c, 90, f"{s.w('vat_id')} {s.seller.vat_id}", size=8)
    for y in (100.0, 103.0):
        c.page.draw_line((237, y), (358, y), color=ROSE, width=0.7)
    coloured(c, 40, 136, s.title, size=fitted(s.title, 300, 14), color=ROSE, bold=True)
    end = _customer(c, s, 164)
    y = charges(c, s, end + 34, step=18)
    finish(c, s, y)


def draw_ropeaccess(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """A rope-access window cleaner's invoice: a thin safety-orange line along the top edge, the
    firm at the top left and the title at the right, the building's manager at the left and
    the facts at the right, the drops with the VAT rate of each line in its own column."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 5), color=None, fill=SKY)
    header(c, s, SKY)
    end = _customer(c, s, 136)
    cols = ((40, "left"), (330, "right"), (410, "right"), (460, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), s.w("vat"),
             f"{s.w('amount')} {s.currency}")  # fmt: skip
    y = end + 34
    _row(c, y, cols, heads, size=7.5, bold=True)
    c.rule(40, y + 6, 555)
    y += 22
    for ln in s.lines:
        desc, qty, price, amount = cells(s, ln)
        _row(c, y, cols, (desc, qty, price, f"{s.rate_text} %", amount))
        y += 18
    finish(c, s, y)


def draw_outboard(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """An outboard-engine workshop's invoice: the workshop in sea blue at the top left and the
    title at the right, the boat owner at the left and the facts at the right, the table head
    in white on a sea-blue fill, the parts and labour, and the totals."""
    c = _page(doc)
    header(c, s, SEA)
    end = _customer(c, s, 132)
    cols = ((46, "left"), (400, "right"), (480, "right"), (549, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = end + 34
    c.page.draw_rect((40, y - 12, 555, y + 6), color=None, fill=SEA)
    for (x, align), head in zip(cols, heads, strict=True):
        coloured(c, x, y, head, size=7.5, color=(1, 1, 1), bold=True, align=align)
    y += 24
    for ln in s.lines:
        _row(c, y, ((46, "left"), *cols[1:]), cells(s, ln))
        y += 18
    finish(c, s, y)


def draw_vintagecar(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """A vintage-car restoration garage's invoice: the garage in racing green at the top left
    and the title at the right, the facts at the left and the owner at the right, the
    coachwork, trim and labour, and the totals."""
    c = _page(doc)
    header(c, s, RACING)
    _column(c, 40, 136, facts(s), width=230)
    _original(c, s, 40, 182, size=8)
    end = _party(c, 330, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    y = charges(c, s, max(end, 196) + 34, step=17)
    finish(c, s, y)


def draw_cheesemaker(doc: pymupdf.Document, s: Fresh27Sample) -> None:
    """A cheesemaker's delivery invoice to a delicatessen: the dairy in rind gold at the top
    left and the title at the right, the shop at the left and the facts at the right, a long
    list of cheeses per cut, and the totals with a trade discount."""
    c = _page(doc)
    header(c, s, RIND)
    end = _customer(c, s, 132)
    y = charges(c, s, end + 30, step=15)
    finish(c, s, y)


DRAW: Final = {"equine": draw_equine, "interpreter": draw_interpreter,
               "weddingcake": draw_weddingcake, "ropeaccess": draw_ropeaccess,
               "outboard": draw_outboard, "vintagecar": draw_vintagecar,
               "cheesemaker": draw_cheesemaker}  # fmt: skip
