"""Three page layouts of the twenty-fifth fresh evaluation slice (`evalset_fresh25.py`): a
shearing contractor's long account with the head count shorn, a funeral director's account
with a mourning rule and a line of sympathy, and a hearing-aid audiologist's invoice with the
amount due reversed out of a dark bar; plus the serif text the restorer and the funeral director
print."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page
from evalset_fresh4_layouts import _party
from evalset_fresh9_pages import coloured, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh19_pages import charges, seller_block
from evalset_fresh22_pages import _column, facts
from evalset_fresh23_pages import closing, day
from evalset_fresh24_pages import header
from evalset_fresh25_items import SHEARS
from generate import Canvas

if TYPE_CHECKING:
    from evalset_fresh25 import Fresh25Sample

FELL: Final = (0.3, 0.3, 0.45)
NAVY: Final = (0.1, 0.2, 0.35)
HEARING: Final = (0.0, 0.45, 0.55)
FONTS: Final = {"tiro": pymupdf.Font("tiro"), "tiit": pymupdf.Font("tiit"),
                "tibo": pymupdf.Font("tibo")}  # fmt: skip


def serif(c: Canvas, x: float, y: float, text: str, *, size: float, italic: bool = False,
          bold: bool = False, align: str = "left",
          color: tuple[float, ...] = (0, 0, 0)) -> None:  # fmt: skip
    """Text in Times (regular, italic or bold), WinAnsi-encoded like the Canvas's Helvetica."""
    name = "tibo" if bold else "tiit" if italic else "tiro"
    width = FONTS[name].text_length(text, fontsize=size)
    left = x - width if align == "right" else x
    c.page.insert_text((left, y), text.encode("cp1252").decode("latin-1"), fontsize=size,
                       fontname=name, color=color)  # fmt: skip


def draw_shearing(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A shearing contractor's account to a farm: the gang in slate at the top left and the
    title at the right, the farm at the left and the facts at the right, a long table of
    tasks per flock (head and rate per head), the head count shorn beside the totals."""
    c = _page(doc)
    header(c, s, FELL)
    _party(c, 40, 128, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    _column(c, 330, 132, facts(s), width=225)
    _original(c, s, 330, 178, size=8)
    y = charges(c, s, 212, step=14.5)
    shorn = sum((ln.quantity for ln in s.lines
                 if ln.description.split(",")[0] in SHEARS[s.lang][:3]), Decimal(0))  # fmt: skip
    if shorn:
        c.text(40, y + 10, s.w("shorn").format(count=s.quantity_text(shorn)), size=8.5,
               bold=True)  # fmt: skip
    finish(c, s, y)


def draw_funeral(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A funeral director's account: a black mourning rule across the top, the firm in a bold
    serif at the top left and the title at the right, the client at the left with the funeral
    named under the address in italic, the facts at the right, the services and
    disbursements, the totals and a line of sympathy above the payment line."""
    c = _page(doc)
    c.page.draw_line((40, 30), (555, 30), color=(0, 0, 0), width=2.5)
    serif(c, 40, 66, s.seller.name, size=fitted(s.seller.name, 280, 17), bold=True)
    y = 68.0
    for line in (*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}"):
        y += 11
        serif(c, 40, y, line, size=8.5)
    serif(c, 555, 66, s.title, size=fitted(s.title, 220, 15), bold=True, align="right")
    end = _party(c, 40, 136, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    serif(c, 40, end + 4, f"{s.w('late')} {s.refs['deceased']}", size=12, italic=True)
    _column(c, 330, 140, facts(s), width=225)
    _original(c, s, 330, 186, size=8)
    y = charges(c, s, end + 40, step=18)
    finish(c, s, y)
    serif(c, 40, 748, s.w("sympathy"), size=10.5, italic=True)


def draw_audiologist(doc: pymupdf.Document, s: Fresh25Sample) -> None:
    """A hearing-aid audiologist's invoice to a patient: the clinic in teal at the top left and
    the title at the right, the patient with the patient number under the address, the facts at
    the right, the devices and appointments, net and VAT, the amount due reversed out of a dark
    bar, and the warranty date of the aids under the table."""
    c = _page(doc)
    seller_block(c, s, 40, 56, color=HEARING)
    coloured(c, 555, 58, s.title, size=fitted(s.title, 230, 15), color=HEARING, bold=True,
             align="right")  # fmt: skip
    end = _party(c, 40, 132, s.w("customer"), s.buyer.name, s.buyer.address, size=9.5)
    c.text(40, end, f"{s.w('patient')} {s.refs['patient']}", size=9)
    _column(c, 330, 136, facts(s), width=225)
    _original(c, s, 330, 182, size=8)
    y = charges(c, s, end + 34, step=18)
    c.rule(40, y - 9, 555)
    c.text(40, y + 10, f"{s.w('warranty')} {day(s, 'warranty')}", size=8.5)
    rows = ((s.w("net"), s.money_text(s.net)),
            (s.w("tax").format(rate=s.rate_text), s.money_text(s.tax)))  # fmt: skip
    for k, (label, value) in enumerate(rows):
        c.text(330, y + 10 + 14 * k, label, size=9)
        c.text(555, y + 10 + 14 * k, value, size=9, align="right")
    top = y + 36
    c.page.draw_rect((322, top, 563, top + 20), color=None, fill=NAVY)
    coloured(c, 330, top + 14, s.w("grand"), size=10, color=(1, 1, 1), bold=True)
    coloured(c, 555, top + 14, s.money_text(s.grand), size=10, color=(1, 1, 1), bold=True,
             align="right")  # fmt: skip
    closing(c, s, y)
