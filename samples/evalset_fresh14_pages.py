"""Three page layouts of the fourteenth fresh evaluation slice (`evalset_fresh14.py`): a nursery's
monthly fees for one child, a charging network's invoice printed from its customer portal with
breadcrumbs, tabs and the page's address at the foot, and an IT supplier's hardware invoice with
the serial numbers under each line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import pymupdf
from evalset_fresh3_layouts import _original, _page, _pairs
from evalset_fresh3_text import MONTHS
from evalset_fresh4_layouts import _party, _small_print
from evalset_fresh5_layouts import _grey, _head, _row
from evalset_fresh8_slip import sums
from evalset_fresh9_pages import coloured, facts, finish
from evalset_fresh11_layouts import fitted
from evalset_fresh13_pages import cells, plain
from generate import REGULAR, Canvas

if TYPE_CHECKING:
    from evalset_fresh14 import Fresh14Sample

SUNNY: Final = (0.85, 0.42, 0.08)
CREAM: Final = (0.99, 0.96, 0.9)
BAR: Final = (0.18, 0.22, 0.28)
TAB: Final = (0.9, 0.91, 0.93)
WHITE: Final = (1.0, 1.0, 1.0)
ROOMS: Final = {  # the nursery's two rooms per language
    "en": ("Ladybirds", "Hedgehogs"), "de": ("Marienkäfer", "Igelgruppe"),
    "fr": ("Les Coccinelles", "Les Hérissons"), "es": ("Mariquitas", "Erizos"),
    "it": ("Coccinelle", "Ricci"), "nl": ("Lieveheersbeestjes", "Egeltjes"),
}  # fmt: skip
DOMAINS: Final = {"en": "my.voltpath.com", "de": "portal.ladenetz-rheinmain.de",
                  "fr": "espace.borne-and-go.fr", "es": "clientes.recargaiberica.es",
                  "it": "area.ricaricapadana.it", "nl": "mijn.laadstroom.nl"}  # fmt: skip


def draw_childcare(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A nursery's monthly fees: the nursery in orange, a cream panel naming the child, the room
    and the care month, the parent billed at the right, the facts, the table, the sibling
    reduction and the totals."""
    c = _page(doc)
    coloured(c, 40, 58, s.seller.name, size=fitted(s.seller.name, 330, 16), color=SUNNY,
             bold=True)  # fmt: skip
    c.text(40, 72, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=7.5)  # fmt: skip
    c.text(555, 58, s.title, size=14, bold=True, align="right")
    month = (s.issue.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    c.page.draw_rect((40, 92, 300, 140), color=None, fill=CREAM)
    _pairs(c, 48, 106, ((s.w("child"), s.refs["child"]),
                        (s.w("group"), ROOMS[s.lang][int(s.file.endswith("1.pdf"))]),
                        (s.w("month"), f"{MONTHS[s.lang][month.month - 1]} {month.year}")),
           width=244, size=8.5)  # fmt: skip
    _party(c, 330, 100, s.w("customer"), s.buyer.name, s.buyer.address)
    _pairs(c, 40, 170, facts(s), width=260, size=8.5)
    _original(c, s, 330, 190, size=8)
    y = plain(c, s, 244)
    finish(c, s, y)


def _tabs(c: Canvas, s: Fresh14Sample, y: float) -> None:
    """The portal's tabs in a row, the invoices tab (the second) open."""
    x = 24.0
    for k, tab in enumerate(s.w("tabs").split("/")):
        width = REGULAR.text_length(tab, fontsize=8) + 24
        c.page.draw_rect((x, y, x + width, y + 18), color=(0.7, 0.7, 0.7), width=0.5,
                         fill=WHITE if k == 1 else TAB)  # fmt: skip
        c.text(x + 12, y + 12.5, tab, size=8, bold=k == 1)
        x += width + 4


def draw_portal(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """A charging network's invoice printed from its customer portal: the network's name in a
    dark site bar, breadcrumbs, tabs, the title with the seller's address, a pale facts card,
    the customer, the table and the totals; the time it was printed, the page's address and
    "page 1 of 1" at the foot."""
    c = _page(doc)
    c.page.draw_rect((0, 0, 595, 34), color=None, fill=BAR)
    coloured(c, 24, 22, s.seller.name, size=fitted(s.seller.name, 400, 11), color=WHITE,
             bold=True)  # fmt: skip
    c.text(24, 52, " > ".join((*s.w("crumbs").split("/"), s.number)), size=7.5)
    _tabs(c, s, 62)
    c.rule(24, 80, 571, width=0.5)
    c.text(40, 112, s.title, size=16, bold=True)
    c.text(40, 127, " \u00b7 ".join((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")),
           size=fitted(" \u00b7 ".join(s.seller.address), 220, 7))  # fmt: skip
    c.page.draw_rect((330, 96, 555, 160), color=None, fill=TAB)
    _pairs(c, 338, 111, facts(s), width=209, size=8.5)
    _party(c, 40, 152, s.w("customer"), s.buyer.name, s.buyer.address)
    _original(c, s, 330, 178, size=8)
    y = plain(c, s, 232)
    c.rule(40, y - 9, 555)
    sums(c, s, y + 10, 330, 555)
    c.text(40, 742, s.w("pay").format(due=s.date_text(s.due)), size=8)
    _small_print(c, s, 770)
    printed = s.issue + dt.timedelta(days=3 + s.index % 4)
    c.text(24, 806, f"{s.w('printed')} {s.date_text(printed)} 09:{17 + len(s.lines):02d}",
           size=6.5)  # fmt: skip
    c.text(24, 818, f"https://{DOMAINS[s.lang]}/account/invoices/{s.number}", size=6.5)
    c.text(571, 818, s.w("page"), size=6.5, align="right")


def draw_serials(doc: pymupdf.Document, s: Fresh14Sample) -> None:
    """An IT supplier's hardware invoice: the supplier stacked at the top left, the title and the
    facts at the right, the customer, then part number, description, quantity, price and amount
    with the serial numbers of each line's pieces in grey under it, a warranty note and the
    totals."""
    c = _page(doc)
    c.text(40, 56, s.seller.name, size=fitted(s.seller.name, 270, 14), bold=True)
    for k, line in enumerate((*s.seller.address, f"{s.w('vat_id')} {s.seller.vat_id}")):
        c.text(40, 69 + 9.5 * k, line, size=7.5)
    c.text(555, 56, s.title, size=15, bold=True, align="right")
    _pairs(c, 330, 80, facts(s), width=225, size=8.5)
    _party(c, 40, 130, s.w("customer"), s.buyer.name, s.buyer.address)
    _original(c, s, 330, 140, size=8)
    cols = ((40, "left"), (96, "left"), (410, "right"), (485, "right"), (555, "right"))
    y = _head(c, 206, cols, (s.w("code"), s.w("desc"), s.w("qty"), s.w("price"), s.w("amount")))
    for k, ln in enumerate(s.lines):
        code = f"{(s.index * 7919 + k * 104729 + len(s.number)) % 90000 + 10000}-{k + 1:02d}"
        _row(c, y, cols, (code, *cells(s, ln)), size=8)
        if ln.note:  # type: ignore[attr-defined]
            _grey(c, 96, y + 10, f"{s.w('serial')}: {ln.note}", size=7)  # type: ignore[attr-defined]
            y += 10
        y += 16
    c.text(40, y + 10, s.w("warranty"), size=7.5)
    finish(c, s, y)
