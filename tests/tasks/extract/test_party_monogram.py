"""A monogram on top ("KVA") is the logo of the company named in full, with its legal form,
address and VAT id, in a footer column: the seller is the full name. A private buyer whose
town line carries an Irish Eircode is an address block like any other."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._party_monogram import is_monogram, spells
from tasks.extract._party_names import addressy, has_legal_form
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _monogram_page(page: pymupdf.Page, monogram: str, name: str, street: str, town: str) -> None:
    write(page, 280, 60, monogram, fontsize=16, fontname="hebo")
    write(page, 240, 98, "Fine wine merchants since 1921", fontsize=8)
    write(page, 40, 148, "Calloway & Finch Solicitors LLP", fontsize=10)
    write(page, 40, 161, "22 Bedford Row", fontsize=10)
    write(page, 40, 173, "London WC1R 4JS", fontsize=10)
    for y, label, value in ((150, "Folio number", "24453-26"), (163, "Date raised", "26 Apr 2026"),
                            (176, "Kindly pay by", "26 May 2026")):  # fmt: skip
        write(page, 340, y, label, fontsize=8.5)
        write(page, 480, y, value, fontsize=8.5, fontname="hebo")
    write(page, 40, 232, "Invoice", fontsize=15, fontname="hebo")
    for x, text in ((40, "Details"), (400, "Btls"), (460, "Per btl"), (520, "Value")):
        write(page, x, 280, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Rioja Gran Reserva"), (400, "24"), (460, "25.00"), (520, "600.00")):
        write(page, x, 296, text, fontsize=8)
    for y, label, value in ((340, "Net charges", "600.00"), (354, "VAT added at 25%", "150.00"),
                            (368, "Total charges incl. VAT", "750.00")):  # fmt: skip
        write(page, 330, y, label, fontsize=9)
        write(page, 500, y, value, fontsize=9)
    write(page, 40, 776, name, fontsize=7, fontname="hebo")
    write(page, 40, 785, street, fontsize=7)
    write(page, 40, 795, town, fontsize=7)
    write(page, 250, 776, "VAT reg. DK 38 21 44 07", fontsize=7)
    write(page, 380, 776, "Bank", fontsize=7)
    write(page, 380, 785, "IBAN DK50 3000 3110 2244 55", fontsize=7)


@pytest.mark.parametrize(
    ("monogram", "name", "street", "town"),
    [
        ("KVA", "Kongens Vinhandel ApS", "Store Kongensgade 61", "1264 København K"),
        ("WVH", "Wijnkoperij Van Houten & Zn.", "Oudegracht 188", "3511 NR Utrecht"),
        ("CDF", "Caves Delorme & Fils SARL", "22 rue des Tonneliers", "21200 Beaune"),
    ],
)
def test_a_monogram_on_top_gives_way_to_the_full_name_in_the_footer(
    monogram: str, name: str, street: str, town: str
) -> None:
    doc, page = a4_page()
    _monogram_page(page, monogram, name, street, town)
    invoice = read_drawn(doc)
    assert invoice.seller.name == name
    assert invoice.seller.vat_id == "DK38214407"
    assert invoice.buyer.name == "Calloway & Finch Solicitors LLP"


def test_a_private_buyer_with_an_eircode_is_read_from_its_address_block() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Riverside Veterinary Clinic Ltd", fontsize=13, fontname="hebo")
    write(page, 40, 66, "Dock Road 14", fontsize=8)
    write(page, 40, 76, "Limerick V94 X2K7", fontsize=8)
    write(page, 40, 86, "VAT reg. IE 3381207WH", fontsize=8)
    write(page, 340, 55, "Account name", fontsize=7.5, fontname="hebo")
    write(page, 340, 67, "Ms Priya Raman", fontsize=9, fontname="hebo")
    write(page, 340, 78, "8 Shannon Banks", fontsize=9)
    write(page, 340, 89, "Corbally V94 T2CK", fontsize=9)
    write(page, 40, 140, "Veterinary Invoice", fontsize=16, fontname="hebo")
    write(page, 45, 172, "Invoice reference  V26-19710", fontsize=8)
    write(page, 45, 184, "Invoice raised  18/02/2026", fontsize=8)
    for x, text in ((40, "Details"), (380, "Qty"), (470, "Each"), (530, "Value")):
        write(page, x, 272, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Dental scale and polish"), (380, "1"), (470, "100.00"), (530, "100.00")):
        write(page, x, 290, text, fontsize=8)
    for y, label, value in ((340, "Subtotal", "100.00"), (354, "VAT 23%", "23.00"),
                            (368, "Total due", "123.00")):  # fmt: skip
        write(page, 330, y, label, fontsize=9)
        write(page, 500, y, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Riverside Veterinary Clinic Ltd"
    assert invoice.buyer.name == "Ms Priya Raman"


@pytest.mark.parametrize(
    ("monogram", "name", "spelt"),
    [("KVA", "Kongens Vinhandel ApS", True), ("W.H.K.", "Weinkontor Hollerbusch KG", True),
     ("EFC", "Enoteca Fratelli Cavour S.r.l.", True), ("ABC", "Kongens Vinhandel ApS", False)],
)  # fmt: skip
def test_a_monogram_spells_the_initials_of_its_full_name(
    monogram: str, name: str, spelt: bool
) -> None:
    assert is_monogram(monogram)
    assert spells(monogram, name) is spelt


@pytest.mark.parametrize("text", ["Kongens", "IBM Deutschland GmbH", "K", "ABCDEFG"])
def test_words_and_names_are_no_monogram(text: str) -> None:
    assert not is_monogram(text)


@pytest.mark.parametrize(
    "name", ["Wijnkoperij Van Houten & Zn.", "Caves Delorme & Fils", "Smith & Sons",
             "Bodegas Ruiz e Hijos", "Müller & Söhne", "Rossi e Figli"],
)  # fmt: skip
def test_a_family_firm_ending_counts_as_a_legal_form(name: str) -> None:
    assert has_legal_form(name)


@pytest.mark.parametrize("line", ["Corbally V94 T2CK", "Dublin D6W XY12", "22 Bedford Row"])
def test_eircodes_and_more_street_words_make_address_lines(line: str) -> None:
    assert addressy(line)


def test_a_monogram_alone_stays_the_seller_when_no_full_name_is_printed() -> None:
    doc, page = a4_page()
    _monogram_page(page, "KVA", "", "", "")
    invoice = read_drawn(doc)
    assert invoice.seller.name == "KVA"
