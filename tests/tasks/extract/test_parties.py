"""Seller and buyer on small PDFs drawn here: letterheads against footers, address blocks without
a label (also under the sender's own block), compound and one-line party labels, headings and
leader-dot lines that are no party, salutations, VAT ids and IBANs by whose block they are in."""

from __future__ import annotations

import pymupdf
import pytest

from tests.tasks.extract.party_pages import PAGES, Line
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _totals(page: pymupdf.Page, y: float = 420) -> None:
    write(page, 330, y, "Net", fontsize=9)
    write(page, 500, y, "100.00", fontsize=9)
    write(page, 330, y + 14, "VAT 20%", fontsize=9)
    write(page, 500, y + 14, "20.00", fontsize=9)
    write(page, 330, y + 28, "Total", fontsize=9)
    write(page, 500, y + 28, "120.00", fontsize=9)


@pytest.mark.parametrize(("lines", "expected"), PAGES)
def test_the_parties_of_a_drawn_page(lines: list[Line], expected: dict[str, str | None]) -> None:
    doc, page = a4_page()
    for x, y, text, size, *bold in lines:
        font = bold[0] if bold else "helv"
        if x == "right":
            x = 555 - pymupdf.get_text_length(text, fontname=font, fontsize=size)
        write(page, x, y, text, fontsize=size, fontname=font)
    _totals(page)
    invoice = read_drawn(doc)
    for key, value in expected.items():
        role, attribute = key.split(".")
        assert (key, getattr(getattr(invoice, role), attribute)) == (key, value)


@pytest.mark.parametrize(
    "label",
    [
        "Client livré / facturé",
        "Deliver & invoice to",
        "Afleveradres / factuuradres",
        "Cessionario",
        "Rechnungsanschrift",
        "Facturado a",
        "Fatturato a",
        "Bill-to",
        "Klantadres",
    ],
)
def test_a_party_label_over_a_one_line_address_gives_the_name_only(label: str) -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Cave et Épicerie Vallet SARL", fontsize=14, fontname="hebo")
    write(page, 40, 64, "12 rue de la Fosse, 44000 Nantes", fontsize=8)
    write(page, 300, 80, label, fontsize=7.5)
    write(page, 300, 92, "Hôtel Les Remparts, 2 place du Château, 35400 Saint-Malo", fontsize=8.5)
    write(page, 40, 125, "Invoice No.: 2026.20936", fontsize=8.5)
    write(page, 200, 125, "Date: 20/9/26", fontsize=8.5)
    _totals(page)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Cave et Épicerie Vallet SARL"
    assert invoice.buyer.name == "Hôtel Les Remparts"
    assert invoice.buyer.address == "2 place du Château, 35400 Saint-Malo"
