"""Four page layouts of the sixth fresh evaluation slice (`evalset_fresh6.py`), each modelled on a
real-world invoice style: a dental practice's account, a print shop's invoice, a B2B web-shop
invoice and a customs agent's invoice (the other three are in `evalset_fresh6_pages.py`). Every
one prints the number, both dates, both parties, the lines and the three totals. The page
helpers come from the third, fourth and fifth slices' layouts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import SHADE, _grey, _head, _row
from evalset_fresh6_pages import draw_centred, draw_erp, draw_photo, sums, vat_analysis
from evalset_fresh6_text import METHODS
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh6 import Fresh6Sample


def _pay(c: Canvas, s: Fresh6Sample, y: float = 765) -> None:
    c.text(40, y, s.w("pay").format(due=s.date_text(s.due)), size=8)


def draw_dental(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A dental practice's account: the practice on top, the payer in the window, a shaded
    patient box (name, date of birth) at the right above the facts, a table whose first column
    is the treatment date, then tooth and fee code; the care is exempt from VAT."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=14, bold=True)
    c.text(40, 72, ", ".join(s.seller.address), size=8)
    c.text(555, 58, s.title, size=15, bold=True, align="right")
    _party(c, 40, 120, s.w("customer"), s.buyer.name, s.buyer.address)
    c.page.draw_rect((330, 96, 555, 136), color=None, fill=SHADE)
    born = s.date_text(dt.date.fromisoformat(s.refs["born"]))
    c.text(338, 110, s.w("patient"), size=7)
    c.text(338, 124, s.refs["patient"], size=10, bold=True)
    c.text(470, 110, s.w("born"), size=7)
    c.text(470, 124, born, size=9)
    _pairs(c, 330, 156, [(s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("due"), s.date_text(s.due))], width=225)  # fmt: skip
    _original(c, s, 40, 215)
    cols = ((40, "left"), (106, "left"), (140, "left"), (215, "left"), (410, "right"),
            (485, "right"), (555, "right"))  # fmt: skip
    y = _head(c, 250, cols, (s.w("treated"), s.w("tooth"), s.w("fee_code"), s.w("description"),
                             s.w("qty"), s.w("unit_price"), s.w("amount")))  # fmt: skip
    for ln in s.lines:
        _row(c, y, cols, (s.date_text(ln.day), ln.tooth, ln.code, ln.description,  # type: ignore[attr-defined]
                          s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                          s.number_text(ln.net_amount)), size=8)  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    sums(c, s, y + 8, 330, 555)
    _pay(c, s)
    _small_print(c, s, 790)


def draw_printshop(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A print shop's invoice: the offer it follows quoted beside the number, each job's
    specification in its own column next to the job, runs with thousands marks and per-copy
    prices, then the sum of the jobs plus carriage (a document-level charge) and the totals."""
    c = _page(doc)
    c.text(40, 60, s.seller.name, size=15, bold=True)
    c.text(40, 74, " | ".join((*s.seller.address, s.seller.vat_id)), size=7.5)
    c.rule(40, 84, 555, width=2)
    _party(c, 40, 116, s.w("customer"), s.buyer.name, s.buyer.address)
    c.text(330, 116, s.title, size=14, bold=True)
    _pairs(c, 330, 136, [(s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                         (s.w("quote"), s.refs["quote"]), (s.w("due"), s.date_text(s.due))],
           width=225, size=8.5)  # fmt: skip
    _original(c, s, 40, 205)
    cols = ((40, "left"), (215, "left"), (400, "right"), (470, "right"), (555, "right"))
    y = _head(c, 235, cols, (s.w("description"), s.w("spec"), s.w("qty"), s.w("unit_price"),
                             s.w("amount")))  # fmt: skip
    for ln in s.lines:
        amounts = (s.quantity_text(ln.quantity), s.price_text(ln.unit_price),
                   s.number_text(ln.net_amount))  # fmt: skip
        _row(c, y, cols, (ln.description, "", *amounts), size=8)
        if ln.spec:  # type: ignore[attr-defined]
            c.text(215, y, ln.spec, size=7.5)  # type: ignore[attr-defined]
        y += 17
    c.rule(40, y - 10, 555)
    sums(c, s, y + 8, 330, 555, size=8.5)
    _pay(c, s)
    _small_print(c, s, 790)


def draw_webshop(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A B2B web shop's invoice: a dark shop bar, the web order (number, date) above the
    invoice's facts in a grid, SKU and list price with a volume-tier discount per line (the
    line amount is after it), the tier rules and "paid online" under the table."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 54), color=None, fill=(0.16, 0.2, 0.28))
    c.page.insert_text((40, 35), s.seller.name.encode("cp1252").decode("latin-1"),
                       fontsize=15, fontname="hebo", color=(1, 1, 1))  # fmt: skip
    c.text(555, 86, s.title, size=16, bold=True, align="right")
    _party(c, 40, 86, s.w("customer"), s.buyer.name, s.buyer.address)
    order_date = s.date_text(dt.date.fromisoformat(s.refs["order_date"]))
    grid = ((s.w("order"), s.refs["order"]), (s.w("order_date"), order_date),
            (s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
            (s.w("due"), s.date_text(s.due)), (s.w("cust_no"), s.refs["customer_no"]))  # fmt: skip
    for k, (label, value) in enumerate(grid):
        x, y = 330 + 115 * (k % 2), 112 + 26 * (k // 2)
        _grey(c, x, y, label)
        c.text(x, y + 11, value, size=9, bold=True)
    _original(c, s, 40, 196)
    cols = ((40, "left"), (110, "left"), (340, "right"), (405, "right"), (470, "right"),
            (555, "right"))  # fmt: skip
    y = _head(c, 225, cols, (s.w("sku"), s.w("description"), s.w("qty"), s.w("unit_price"),
                             s.w("disc"), s.w("amount")))  # fmt: skip
    for ln in s.lines:
        off = f"{s.quantity_text(ln.discount)} %" if ln.discount else "\u2013"
        _row(c, y, cols, (ln.code, ln.description, s.quantity_text(ln.quantity),
                          s.price_text(ln.unit_price), off, s.number_text(ln.net_amount)),
             size=8)  # fmt: skip
        y += 15
    c.rule(40, y - 9, 555)
    _grey(c, 40, y + 6, s.w("tiers"))
    if not s.credit_note:
        c.text(40, y + 22, s.w("paid").format(method=METHODS[s.lang]), size=8.5, bold=True)
    sums(c, s, y + 40, 330, 555)
    c.rule(40, 780, 555, width=0.3)
    c.text(40, 790, " · ".join((s.seller.name, *s.seller.address, s.seller.vat_id)), size=6.5)
    iban = s.seller.iban[:2].isalpha() and s.seller.iban[2:4].isdigit()
    c.text(40, 799, f"IBAN {s.seller.iban}" if iban else s.seller.iban, size=6.5)


def draw_customs(doc: pymupdf.Document, s: Fresh6Sample) -> None:
    """A customs agent's invoice: the entry number and consignment in a framed band, agency
    services (VAT) and disbursements paid for the client (outside VAT, 0 %) in two sections with
    a rate column, a VAT analysis by rate and the totals."""
    c = _page(doc)
    c.text(40, 58, s.seller.name, size=13, bold=True)
    c.text(40, 71, ", ".join(s.seller.address), size=8)
    c.text(40, 82, f"{s.w('vat_id')} {s.seller.vat_id}", size=8)
    c.text(555, 58, s.title, size=14, bold=True, align="right")
    _party(c, 330, 100, s.w("customer"), s.buyer.name, s.buyer.address)
    _pairs(c, 40, 112, [(s.w("number"), s.number), (s.w("date"), s.date_text(s.issue)),
                        (s.w("due"), s.date_text(s.due))], width=230)  # fmt: skip
    c.box((40, 172, 555, 200))
    c.text(48, 190, f"{s.w('customs_no')}: {s.refs['customs_no']}", size=8.5)
    c.text(330, 190, f"{s.w('consignment')}: {s.refs['consignment']}", size=8.5)
    _original(c, s, 40, 218)
    cols = ((40, "left"), (370, "right"), (450, "right"), (490, "right"), (555, "right"))
    y = 245.0
    for section in ("S", "O"):
        lines = [ln for ln in s.lines if ln.section == section]  # type: ignore[attr-defined]
        c.text(40, y, s.w("services" if section == "S" else "outlays"), size=9.5, bold=True)
        y = _head(c, y + 17, cols, (s.w("description"), s.w("qty"), s.w("unit_price"), "%",
                                    s.w("amount")))  # fmt: skip
        for ln in lines:
            _row(c, y, cols, (ln.description, s.quantity_text(ln.quantity),
                              s.price_text(ln.unit_price), s.quantity_text(ln.rate),  # type: ignore[attr-defined]
                              s.number_text(ln.net_amount)), size=8)  # fmt: skip
            y += 15
        y += 16
    c.rule(40, y - 20, 555)
    vat_analysis(c, s, 40, y + 2)
    rows = ((s.w("net"), s.net, False), (s.w("vat_amount"), s.tax, False),
            (s.w("grand"), s.grand, True))  # fmt: skip
    for k, (label, value, bold) in enumerate(rows):
        c.text(350, y + 2 + 15 * k, label, size=9, bold=bold)
        c.text(555, y + 2 + 15 * k, s.money_text(value), size=9, bold=bold, align="right")
    _pay(c, s)
    _small_print(c, s, 790)


DRAW: Final = {"dental": draw_dental, "printshop": draw_printshop, "webshop": draw_webshop,
               "customs": draw_customs, "photo": draw_photo, "erp": draw_erp,
               "centred": draw_centred}  # fmt: skip
