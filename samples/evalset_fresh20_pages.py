"""Three page layouts of the twentieth fresh evaluation slice (`evalset_fresh20.py`): a workwear
supplier's invoice with a remittance slip to cut off at the foot, a carpet fitter's invoice whose
totals are the last rows of a fully ruled table, and a marquee hire firm's invoice with its
number printed up the left edge; and the header the slice's layouts share."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, table
from evalset_fresh19_pages import charges, seller_block
from generate import BOLD, Canvas

if TYPE_CHECKING:
    from evalset_fresh20 import Fresh20Sample

TEAL: Final = (0.05, 0.36, 0.36)
RUST: Final = (0.55, 0.22, 0.1)
CLARET: Final = (0.5, 0.08, 0.22)
HEAD: Final = (0.9, 0.9, 0.88)


def letterhead(c: Canvas, s: Fresh20Sample, *, keys: tuple[str, ...], color: tuple[float, ...],
               x: float = 40) -> None:  # fmt: skip
    """The seller in `color` at the top left and the title at the top right, the customer
    under the seller and the named facts (of number, date, due) at the right beside it."""
    seller_block(c, s, x, 56, color=color)
    c.text(555, 58, s.title, size=fitted(s.title, 240, 14), bold=True, align="right")
    _party(c, x, 130, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    values = {"number": s.number, "date": s.date_text(s.issue), "due": s.date_text(s.due),
              "account": s.refs["account"]}  # fmt: skip
    end = _pairs(c, 340, 130, [(s.w(key), values[key]) for key in keys], width=215, size=8.5)
    _original(c, s, 340, end + 4, size=8)


def draw_workwear(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """A workwear supplier's invoice: garments and embroidery with a volume discount, the
    payment line and small print above a dashed cut line, and under it a remittance slip that
    repeats the number, the account, the due date and the amount to pay."""
    c = _page(doc)
    letterhead(c, s, keys=("number", "date", "due", "account"), color=TEAL)
    y = charges(c, s, 236, step=15)
    c.rule(40, y - 9, 555)
    sums(c, s, y + 10, 330, 555)
    c.text(40, 640, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 664)
    c.page.draw_line((20, 690), (575, 690), color=(0.4, 0.4, 0.4), width=0.6, dashes="[4 3] 0")
    c.text(40, 708, s.w("detach"), size=7.5, bold=True)
    c.text(40, 728, s.seller.name, size=9, bold=True)
    c.text(40, 740, f"IBAN {s.seller.iban}", size=8)
    c.text(40, 752, s.buyer.name, size=8)
    _pairs(c, 340, 728, ((s.w("number"), s.number), (s.w("account"), s.refs["account"]),
                         (s.w("due"), s.date_text(s.due)),
                         (s.w("grand"), s.money_text(s.grand))), width=215, size=8.5)  # fmt: skip


def _ruled_row(c: Canvas, y: float, xs: tuple[float, ...]) -> None:
    """The rule under a row of the ruled table and its column rules (`xs`), `y` the row top."""
    for x in xs:
        c.page.draw_line((x, y), (x, y + 18), color=(0.3, 0.3, 0.3), width=0.5)
    c.rule(40, y + 18, 555, width=0.5)


def draw_carpetfit(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """A carpet fitter's invoice: where the carpet was laid, then a table ruled all round whose
    last three rows hold the net, the VAT and the total under the amount column."""
    c = _page(doc)
    letterhead(c, s, keys=("number", "date", "due"), color=RUST)
    c.text(40, 214, f"{s.w('fitted_at')}: {', '.join(s.buyer.address)}", size=9, bold=True)
    top = 236.0
    c.page.draw_rect((40, top, 555, top + 18), color=None, fill=HEAD)
    c.rule(40, top, 555, width=0.5)
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    for (x, align), text in zip(((46, "left"), (394, "right"), (469, "right"), (549, "right")),
                                heads, strict=True):  # fmt: skip
        c.text(x, top + 12, text, size=8, bold=True, align=align)  # type: ignore[arg-type]
    _ruled_row(c, top, (40, 330, 400, 475, 555))
    y = top + 18
    for ln in s.lines:
        description, quantity, price, amount = cells(s, ln)
        c.text(46, y + 12, description, size=8.5)
        c.text(394, y + 12, quantity, size=8.5, align="right")
        c.text(469, y + 12, price, size=8.5, align="right")
        c.text(549, y + 12, amount, size=8.5, align="right")
        _ruled_row(c, y, (40, 330, 400, 475, 555))
        y += 18
    for label, value, bold in ((s.w("net"), s.money_text(s.net), False),
                               (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax), False),
                               (s.w("grand"), s.money_text(s.grand), True)):  # fmt: skip
        c.text(469, y + 12, label, size=8.5, bold=bold, align="right")
        c.text(549, y + 12, value, size=8.5, bold=bold, align="right")
        _ruled_row(c, y, (40, 475, 555))
        y += 18
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def draw_marquee(doc: pymupdf.Document, s: Fresh20Sample) -> None:
    """A marquee hire firm's invoice: the number printed up the left edge of the page (and
    nowhere else), the dates at the right beside the customer, the event day and place, the
    structure and furniture hired."""
    c = _page(doc)
    edge = f"{s.w('number')} {s.number}"
    bottom = 420 + BOLD.text_length(edge, fontsize=11) / 2  # centred on the page's height
    c.page.insert_text((36, bottom), edge.encode("cp1252").decode("latin-1"), fontsize=11,
                       fontname="hebo", rotate=90, color=CLARET)  # fmt: skip
    letterhead(c, s, keys=("date", "due"), color=CLARET, x=60)
    day = s.date_text(dt.date.fromisoformat(s.refs["event"]))
    coloured(c, 60, 214, f"{s.w('event').format(day=day)} {s.buyer.address[0]}, "
             f"{s.buyer.address[1]}", size=9, color=CLARET, bold=True)  # fmt: skip
    cols = ((60, "left"), (400, "right"), (480, "right"), (555, "right"))
    heads = (s.w("desc"), s.w("qty"), s.w("price"), f"{s.w('amount')} {s.currency}")
    y = table(c, s, 244, cols, heads, lambda k, ln: cells(s, ln))
    finish(c, s, y)
