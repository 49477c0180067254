"""Party blocks in page layouts drawn here: a centred page (every line centred on the page's
axis, the label shorter than the name under it), a sidebar page (client, facts and totals in a
left column, the table of lines in the right one starting above the client's label), and labels
naming whom an amount is charged to."""

from __future__ import annotations

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _centred(page: pymupdf.Page, y: float, text: str, size: float, font: str = "helv") -> None:
    width = pymupdf.get_text_length(text, fontname=font, fontsize=size)
    write(page, (595 - width) / 2, y, text, fontsize=size, fontname=font)


@pytest.mark.parametrize(
    ("label", "name", "street", "town"),
    [
        ("Sold to", "Redcliffe Housing Co-operative", "8 Temple Gate", "Bristol BS1 6PL"),
        ("Kunde", "Ingenieurbüro Strobel & Haas", "Prinzregentenstraße 12", "83022 Rosenheim"),
        ("Facturé à", "Mutuelle des Artisans du Nord", "3 rue Nationale", "59000 Lille"),
    ],
)
def test_a_centred_page_gives_the_buyer_under_its_centred_label(
    label: str, name: str, street: str, town: str
) -> None:
    doc, page = a4_page()
    _centred(page, 60, "Crama Dealul Mare SRL", 16, "hebo")
    _centred(page, 74, "Strada Viilor 12, 107265 Ceptura", 8)
    _centred(page, 85, "VAT reg. no. RO 31442087", 8)
    _centred(page, 125, "INVOICE", 16, "hebo")
    _centred(page, 145, "Invoice no.  7685", 9)
    _centred(page, 158, "Date  18 Jul 2026", 9)
    _centred(page, 205, label, 8)
    _centred(page, 218, name, 11, "hebo")
    _centred(page, 230, street, 9)
    _centred(page, 241, town, 9)
    for x, text in ((150, "Item"), (330, "Qty"), (400, "Price"), (480, "Amount")):
        write(page, x, 290, text, fontsize=8, fontname="hebo")
    for x, text in ((150, "Pinot Noir Rosé 2024"), (330, "2"), (400, "50.00"), (480, "100.00")):
        write(page, x, 308, text, fontsize=9)
    _centred(page, 350, "Net total   100.00 EUR", 9)
    _centred(page, 364, "VAT 20%   20.00 EUR", 9)
    _centred(page, 378, "Total to pay   120.00 EUR", 9, "hebo")
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Crama Dealul Mare SRL"
    assert invoice.buyer.name == name
    assert invoice.buyer.address == f"{street}, {town}"


def test_a_sidebar_page_gives_the_buyer_under_its_label_beside_the_table() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Studio Mathilde Krogh", fontsize=12, fontname="hebo")
    write(page, 40, 76, "Refshalevej 163A", fontsize=8)
    write(page, 40, 86, "1432 København K", fontsize=8)
    write(page, 40, 137, "Client", fontsize=7)
    write(page, 40, 150, "Northgate Veterinary Group Ltd", fontsize=9, fontname="hebo")
    write(page, 40, 161, "12 Mill Lane", fontsize=8)
    write(page, 40, 171, "Leeds LS1 4AB", fontsize=8)
    write(page, 40, 210, "Invoice ref.", fontsize=7)
    write(page, 40, 222, "2026-06", fontsize=9)
    write(page, 40, 240, "Date of invoice", fontsize=7)
    write(page, 40, 252, "2026-02-12", fontsize=9)
    write(page, 225, 60, "Invoice", fontsize=20, fontname="hebo")
    for x, text in ((225, "Work and licences"), (430, "Qty"), (470, "Rate"), (520, "Amount")):
        write(page, x, 130, text, fontsize=8, fontname="hebo")
    for x, text in ((225, "Usage licence, web"), (430, "1"), (470, "800.00"), (520, "800.00")):
        write(page, x, 148, text, fontsize=9)
    for x, text in ((225, "Travel and transport"), (430, "1"), (470, "200.00"), (520, "200.00")):
        write(page, x, 164, text, fontsize=9)
    write(page, 40, 650, "Fees net", fontsize=7)
    write(page, 40, 662, "GBP 1,000.00", fontsize=9)
    write(page, 40, 682, "VAT 20%", fontsize=7)
    write(page, 40, 694, "GBP 200.00", fontsize=9)
    write(page, 40, 714, "Total fee", fontsize=7)
    write(page, 40, 726, "GBP 1,200.00", fontsize=9, fontname="hebo")
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Studio Mathilde Krogh"
    assert invoice.buyer.name == "Northgate Veterinary Group Ltd"


@pytest.mark.parametrize(
    "label", ["Débité à", "Cargado a", "Addebitare a", "Te belasten aan", "Zu Lasten von"]
)
def test_a_label_naming_whom_the_amount_is_charged_to_gives_the_buyer(label: str) -> None:
    doc, page = a4_page()
    write(page, 40, 58, "Primeurs Vallée du Lot SARL", fontsize=14, fontname="hebo")
    write(page, 40, 72, "MIN de Rungis, bât. D4, 94150 Rungis", fontsize=8)
    write(page, 338, 108, label, fontsize=7.5)
    write(page, 338, 121, "Transports Vidalenc SAS", fontsize=9, fontname="hebo")
    write(page, 338, 132, "2 rue de la Mairie", fontsize=8.5)
    write(page, 338, 143, "50240 Saint-James", fontsize=8.5)
    write(page, 40, 128, "Facture", fontsize=18, fontname="hebo")
    write(page, 40, 190, "Facture n° 1712/26", fontsize=9)
    write(page, 200, 190, "Date: 07.03.2026", fontsize=9)
    write(page, 330, 420, "Net", fontsize=9)
    write(page, 500, 420, "100.00", fontsize=9)
    write(page, 330, 434, "TVA 20%", fontsize=9)
    write(page, 500, 434, "20.00", fontsize=9)
    write(page, 330, 448, "Total", fontsize=9)
    write(page, 500, 448, "120.00", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Transports Vidalenc SAS"
    assert invoice.buyer.address == "2 rue de la Mairie, 50240 Saint-James"
