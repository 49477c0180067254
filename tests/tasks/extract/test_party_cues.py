"""Which block is the seller's when no label says so: the cues in order of strength. A company
in the footer with its VAT id or IBAN is the seller (the buyer is never printed there); an IBAN
is the seller's (a buyer prints its VAT id, never its bank account); a letterhead that the
footer names again is the seller's; a bold name at the top without any of these is not."""

from __future__ import annotations

from collections.abc import Callable

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write

_SELLER = "Nordlicht Werkzeugbau GmbH"
_BUYER = "Bäckerei Sonnenschein KG"


def _body(page: pymupdf.Page, top: float = 250) -> None:
    write(page, 340, 150, "Rechnung Nr. RE-2026-118", fontsize=9)
    write(page, 340, 163, "Datum: 12.03.2026", fontsize=9)
    for x, text in ((40, "Beschreibung"), (340, "Menge"), (420, "Preis"), (500, "Betrag")):
        write(page, x, top, text, fontsize=8, fontname="hebo")
    for x, text in ((40, "Fräser 12 mm"), (340, "2"), (420, "50,00"), (500, "100,00")):
        write(page, x, top + 18, text, fontsize=9)
    for i, (label, amount) in enumerate((("Netto", "100,00"), ("USt 19%", "19,00"),
                                         ("Gesamt EUR", "119,00"))):  # fmt: skip
        write(page, 340, top + 60 + 14 * i, label, fontsize=9)
        write(page, 500, top + 60 + 14 * i, amount, fontsize=9)


def _seller(page: pymupdf.Page, x: float, y: float, *, vat: bool = True) -> None:
    write(page, x, y, _SELLER, fontsize=14, fontname="hebo")
    write(page, x, y + 14, "Industriestraße 4", fontsize=8)
    write(page, x, y + 24, "28217 Bremen", fontsize=8)
    if vat:
        write(page, x, y + 34, "USt-IdNr. DE 123456789", fontsize=8)


def _buyer(page: pymupdf.Page, x: float, y: float, *, vat: bool = False, big: bool = False) -> None:
    write(page, x, y, _BUYER, fontsize=14 if big else 10, fontname="hebo" if big else "helv")
    write(page, x, y + 12, "Marktplatz 3", fontsize=10)
    write(page, x, y + 24, "49074 Osnabrück", fontsize=10)
    if vat:
        write(page, x, y + 36, "USt-IdNr. DE 987654321", fontsize=10)


def _footer(page: pymupdf.Page, *, vat: bool = True) -> None:
    tail = " · USt-IdNr. DE 123456789" if vat else ""
    write(page, 40, 790, f"{_SELLER} · Industriestraße 4 · 28217 Bremen{tail}", fontsize=6.5)
    write(page, 40, 800, "IBAN DE89 3704 0044 0532 0130 00", fontsize=6.5)


def _buyer_bold_on_top(page: pymupdf.Page) -> None:
    _buyer(page, 40, 60, big=True)
    _body(page)
    _footer(page)


def _buyer_with_vat_on_top(page: pymupdf.Page) -> None:
    _buyer(page, 40, 60, big=True, vat=True)
    _body(page)
    _footer(page)


def _buyer_vat_seller_iban_in_footer(page: pymupdf.Page) -> None:
    _seller(page, 40, 50, vat=False)
    _buyer(page, 340, 70, vat=True)
    _body(page)
    _footer(page, vat=False)


def _buyer_vat_window_left(page: pymupdf.Page) -> None:
    _seller(page, 340, 50, vat=False)
    _buyer(page, 40, 110, vat=True)
    _body(page, 300)
    _footer(page, vat=False)


def _seller_top_left(page: pymupdf.Page) -> None:
    _seller(page, 40, 50)
    _buyer(page, 340, 70)
    _body(page)


def _both_with_vat_ids(page: pymupdf.Page) -> None:
    _seller(page, 40, 50)
    _buyer(page, 340, 70, vat=True)
    _body(page)


@pytest.mark.parametrize(
    "draw",
    [_buyer_bold_on_top, _buyer_with_vat_on_top, _buyer_vat_seller_iban_in_footer,
     _buyer_vat_window_left, _seller_top_left, _both_with_vat_ids],
)  # fmt: skip
def test_the_seller_is_told_from_the_buyer_by_its_cues(
    draw: Callable[[pymupdf.Page], None],
) -> None:
    doc, page = a4_page()
    draw(page)
    invoice = read_drawn(doc)
    assert invoice.seller.name == _SELLER
    assert invoice.buyer.name in (_BUYER, None)  # never the seller's name


def test_a_bank_named_in_the_footer_is_no_seller() -> None:
    doc, page = a4_page()
    _buyer(page, 40, 60, big=True)
    _body(page)
    write(page, 40, 790, "Commerzbank AG · IBAN DE89 3704 0044 0532 0130 00", fontsize=6.5)
    invoice = read_drawn(doc)
    assert invoice.seller.name != "Commerzbank AG"
