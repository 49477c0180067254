"""Three page layouts of the ninth fresh evaluation slice (`evalset_fresh9.py`): a wine merchant's
letterhead that names the seller only in its footer, a chauffeur service's account of dated rides
and a commercial laundry's invoice whose facts print the value before the label; plus text in a
colour of its own, which the other layouts use too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _centred, _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _row
from evalset_fresh7_pages import wrapped_head
from evalset_fresh8_slip import sums
from generate import BOLD, REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh9 import Fresh9Sample

WINE: Final = (0.45, 0.05, 0.15)


def coloured(c: Canvas, x: float, y: float, text: str, *, size: float, color: tuple[float, ...],
             bold: bool = False, align: str = "left") -> None:  # fmt: skip
    """Text in a colour (white on a band, pre-printed form blue)."""
    font = BOLD if bold else REGULAR
    left = x - font.text_length(text, fontsize=size) if align == "right" else x
    c.page.insert_text((left, y), text.encode("cp1252").decode("latin-1"), fontsize=size,
                       fontname="hebo" if bold else "helv", color=color)  # fmt: skip


def facts(s: Fresh9Sample) -> tuple[tuple[str, str], ...]:
    """Number, issue date, due date and currency, each with its label."""
    return ((s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)), (s.w("currency"), s.currency))  # fmt: skip


def finish(c: Canvas, s: Fresh9Sample, y: float) -> None:
    """Close the table on the rule under its last row (at `y`), the totals, the payment line and
    the small print."""
    c.rule(40, y - 9, 555)
    sums(c, s, y + 10, 330, 555)
    c.text(40, 768, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 795)


def _monogram(s: Fresh9Sample) -> str:
    """The initials of the firm's name (its legal form left out)."""
    words = [w for w in s.seller.name.replace("&", " ").split() if w[0].isupper()]
    return "".join(w[0] for w in words[:3])


def draw_vintner(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A wine merchant's letterhead: only a monogram and a motto on top, the customer in the
    window at the left and the facts at the right, then vintage | wine | region | bottles | per
    bottle | amount, a case discount, and the merchant's name, address and bank only in the
    three-column footer."""
    c = _page(doc)
    c.page.draw_circle((297.5, 58), 24, color=WINE, width=1.2)
    mark = _monogram(s)
    width = BOLD.text_length(mark, fontsize=16)
    coloured(c, 297.5 - width / 2, 64, mark, size=16, color=WINE, bold=True)
    _centred(c, 100, s.w("tagline"), size=8)
    c.text(40, 150, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 163 + 12 * k, line, size=10)
    _pairs(c, 340, 150, facts(s), width=215, size=8.5)
    c.text(40, 240, s.title, size=15, bold=True)
    _original(c, s, 40, 256, size=8)
    cols = ((40, "left"), (80, "left"), (290, "left"), (425, "right"), (490, "right"),
            (555, "right"))  # fmt: skip
    y = _head(c, 280, cols, (s.w("vintage"), s.w("desc"), s.w("region"), s.w("bottles"),
                             s.w("per_bottle"), s.w("amount")))  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (ln.vintage, ln.description, ln.origin, s.quantity_text(ln.quantity),  # type: ignore[attr-defined]
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    sums(c, s, y + 10, 330, 555)
    c.text(40, 745, s.w("pay").format(due=s.date_text(s.due)), size=8)
    c.rule(40, 762, 555, width=0.4)
    columns = ((s.seller.name, *s.seller.address),
               (f"{s.w('vat_id')} {s.seller.vat_id}",),
               (s.w("bank"), f"IBAN {s.seller.iban}"))  # fmt: skip
    for x, lines in zip((40, 250, 380), columns, strict=True):
        for k, line in enumerate(lines):
            c.text(x, 776 + 10 * k, line, size=7, bold=k == 0 and x == 40)


def draw_chauffeur(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A chauffeur service's account: the firm on a rule, the facts at the right, the customer,
    then one row per ride: date | pick-up time | route (or hours at disposal) | passenger |
    quantity | price | amount, a fuel surcharge and the totals."""
    c = _page(doc)
    c.text(40, 52, s.seller.name, size=13, bold=True)
    c.rule(40, 59, 555, width=1.2)
    c.text(40, 71, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    _party(c, 40, 100, s.w("customer"), s.buyer.name, s.buyer.address)
    _pairs(c, 330, 100, facts(s), width=225, size=8.5)
    c.text(40, 190, s.title, size=15, bold=True)
    _original(c, s, 40, 206, size=8)
    cols = ((40, "left"), (82, "left"), (122, "left"), (370, "left"), (462, "right"),
            (508, "right"), (555, "right"))  # fmt: skip
    y = wrapped_head(c, 228, cols, (s.w("ride_date"), s.w("pickup"), s.w("route"),
                                    s.w("passenger"), s.w("qty"), s.w("price"), s.w("amount")),
                     width=36)  # fmt: skip
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=(0.96, 0.96, 0.96))
        quantity = s.quantity_text(ln.quantity) + (f" {ln.unit}" if ln.unit else "")
        _row(c, y, cols, (f"{ln.day.day:02d}/{ln.day.month:02d}", ln.time, ln.description,
                          ln.passenger, quantity, s.price_text(ln.unit_price),  # type: ignore[attr-defined]
                          s.number_text(ln.net_amount)), size=7.5)  # fmt: skip
        y += 14
    finish(c, s, y)


def draw_laundry(doc: pymupdf.Document, s: Fresh9Sample) -> None:
    """A commercial laundry's invoice: the laundry right-aligned on top, the customer at the
    left, the facts with each value before its label, the title at the right, then code | linen
    article | pieces | price per piece (three decimals) | amount on shaded stripes."""
    c = _page(doc)
    c.text(555, 52, s.seller.name, size=13, bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(555, 66 + 10 * k, line, size=8, align="right")
    _party(c, 40, 60, s.w("customer"), s.buyer.name, s.buyer.address, size=9)
    start = s.issue.replace(day=1)
    end = s.issue
    rows = list(facts(s))
    rows.insert(3, (s.w("collected"), f"{s.date_text(start)} \u2013 {s.date_text(end)}"))
    y = 150.0
    for label, value in rows:
        c.text(210, y, value, size=8.5, bold=True, align="right")
        _grey(c, 218, y, label, size=7.5)
        y += 13
    c.text(555, 165, s.title, size=16, bold=True, align="right")
    _original(c, s, 40, 230, size=8)
    cols = ((40, "left"), (75, "left"), (400, "right"), (478, "right"), (555, "right"))
    y = _head(c, 254, cols, (s.w("code"), s.w("desc"), s.w("pieces"), s.w("per_piece"),
                             s.w("amount")))  # fmt: skip
    for k, ln in enumerate(s.lines):
        if k % 2:
            c.page.draw_rect((40, y - 9, 555, y + 4), color=None, fill=SHADE)
        _row(c, y, cols, (ln.code, ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), s.number_text(ln.net_amount)))  # fmt: skip
        y += 15
    finish(c, s, y)
