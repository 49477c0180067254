"""Keys and captions are never party names: a caption whose party word goes on in lower case
("Cliente con cuenta", "Customer on account") labels the name under it; a key ending in a
preposition ("Prices in | EUR", "Opgesteld voor") is no name; a long title-cased name
("Academia de Idiomas Puerta del Sol Salamanca") is a name, not a sentence."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._party_labels import caption_tail
from tasks.extract._party_names import nameable
from tests.tasks.extract.pdfs import a4_page, read_drawn, write

_SELLER = "Academia de Idiomas Puerta del Sol Salamanca"


def _course_invoice(page: pymupdf.Page, caption: str, buyer: str, prices: str) -> None:
    """A school's fee invoice: its letterhead top left (with its tax id, repeated in the
    footer with its IBAN), a key/value grid top right ending in a currency key, the student
    under it on the left and the paying customer, under a bold caption, on the right."""
    write(page, 40, 58, _SELLER, fontsize=12.3, fontname="hebo")
    write(page, 40, 76, "Calle Zamora 41", fontsize=7.5)
    write(page, 40, 86, "37002 Salamanca", fontsize=7.5)
    write(page, 40, 96, "NIF B37588241", fontsize=7.5)
    for y, key, value in ((79, "Invoice no.", "LS-26-555"), (92, "Invoice date", "24.05.2026"),
                          (105, "Due date", "14.06.2026"), (118, prices, "EUR")):  # fmt: skip
        write(page, 340, y, key, fontsize=8.5)
        write(page, 500, y, value, fontsize=8.5, fontname="hebo")
    write(page, 48, 155, "Student", fontsize=8)
    write(page, 228, 155, "Pavel Hrabovský", fontsize=8, fontname="hebo")
    write(page, 48, 185, "Course dates", fontsize=7, fontname="hebo")
    write(page, 48, 197, "01.06.2026 - 29.06.2026", fontsize=8.5)
    write(page, 340, 146, caption, fontsize=7.5, fontname="hebo")
    write(page, 340, 158, buyer, fontsize=9.5, fontname="hebo")
    write(page, 340, 169, "Camino de la Vega 5", fontsize=9.5)
    write(page, 340, 181, "10600 Plasencia", fontsize=9.5)
    for x, text in ((40, "Item"), (366, "Units"), (430, "Unit price"), (536, "Value")):
        write(page, x, 256, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Placement test"), (366, "1"), (463, "7.06"), (538, "7.06")):
        write(page, x, 274, text, fontsize=8.5)
    for y, label, amount in ((299, "Net total", "7.06"), (313, "VAT 21%", "1.48"),
                             (327, "Total due", "8.54")):  # fmt: skip
        write(page, 330, y, label, fontsize=9)
        write(page, 530, y, amount, fontsize=9)
    footer = f"{_SELLER} · Calle Zamora 41 · 37002 Salamanca · NIF B37588241"
    write(page, 40, 795, footer, fontsize=6.5)
    write(page, 40, 804, "IBAN ES66 2104 0020 8130 0022 6457", fontsize=6.5)


@pytest.mark.parametrize(
    "caption",
    ["Cliente con cuenta", "Client avec compte", "Customer on account", "Cliente con conto",
     "Klant met rekening"],
)  # fmt: skip
def test_a_caption_with_a_lower_case_tail_labels_the_name_under_it(caption: str) -> None:
    doc, page = a4_page()
    _course_invoice(page, caption, "Ambulancias del Tajo S.L.", "Prices in")
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Ambulancias del Tajo S.L."
    assert invoice.seller.name == _SELLER


@pytest.mark.parametrize(
    "prices", ["Prices in", "Prijzen in", "Preise in", "Prix en", "Precios en", "All amounts in"]
)
def test_a_currency_key_over_the_body_is_no_buyer(prices: str) -> None:
    doc, page = a4_page()
    _course_invoice(page, "", "Zorgvervoer Noordoost B.V.", prices)
    invoice = read_drawn(doc)
    assert invoice.buyer.name in (None, "Zorgvervoer Noordoost B.V.")
    assert invoice.seller.name == _SELLER


@pytest.mark.parametrize(
    "text",
    ["Prices in", "Prices in EUR", "Preise in €", "Prix en CHF", "Tarifs en", "Precios en",
     "Prezzi in", "Bedragen in EUR", "Amounts in euro", "All amounts in", "Opgesteld voor",
     "Montants exprimés en", "Facturé à"],
)  # fmt: skip
def test_a_key_ending_in_a_preposition_is_no_name(text: str) -> None:
    assert not nameable(text)


@pytest.mark.parametrize(
    "text",
    [_SELLER, "Studio Van Dam", "Café de Paris", "Trattoria da Enzo", "Gebr. van der Berg",
     "Hotel Zum Löwen", "Stichting Vrienden van het Rijksmuseum Amsterdam"],
)  # fmt: skip
def test_names_stay_names(text: str) -> None:
    assert nameable(text)


def test_a_long_sentence_is_still_no_name() -> None:
    assert not nameable("Payment before 14 June quoting the document number please")


@pytest.mark.parametrize(
    ("tail", "caption"),
    [("con cuenta", True), ("avec compte", True), ("on account", True), ("GmbH", False),
     ("de Prueba S.L.", False), ("seit 2010", False), ("", False)],
)  # fmt: skip
def test_caption_tail(tail: str, caption: bool) -> None:
    assert caption_tail(tail) is caption


def _keyed_header(page: pymupdf.Page, prices: str, subject: str, caption: str) -> None:
    """The invoice's facts as a key/value grid top left (its last key names the currency),
    a line about the service under it, a subject's block (the person taught or treated) over
    the body, the letterhead top right and the paying customer under a caption beside."""
    write(page, 40, 50, "Containercreditnota", fontsize=20, fontname="hebo")
    for y, key, value in ((90, "Invoice no.", "SK 2026/1209"), (103, "Invoice date", "2026-10-02"),
                          (116, "Due date", "2026-10-09"), (129, prices, "EUR")):  # fmt: skip
        write(page, 40, y, key, fontsize=8.5)
        write(page, 206, y, value, fontsize=8.5, fontname="hebo")
    write(page, 40, 150, "Credit for invoice SK 2026/8008", fontsize=8)
    if subject:
        write(page, 40, 175, subject, fontsize=8, fontname="hebo")
        write(page, 40, 187, "Pavel Hrabovský", fontsize=9)
        write(page, 40, 198, "Lindenweg 12", fontsize=9)
        write(page, 40, 209, "9482 WG Tynaarlo", fontsize=9)
    write(page, 369, 48, "Containerverhuur Gebr. Tuinstra", fontsize=12, fontname="hebo")
    write(page, 369, 66, "Zuiderhaven 15", fontsize=7.5)
    write(page, 369, 76, "8861 CK Harlingen", fontsize=7.5)
    write(page, 369, 86, "Btw-id NL 8047.22.658.B01", fontsize=7.5)
    write(page, 340, 180, caption, fontsize=7.5, fontname="hebo")
    write(page, 340, 192, "Zorgvervoer Noordoost B.V.", fontsize=9.5, fontname="hebo")
    write(page, 340, 203, "Handelsweg 6", fontsize=9.5)
    write(page, 340, 215, "9482 WG Tynaarlo", fontsize=9.5)
    for x, text in ((40, "Item"), (364, "Units"), (448, "Unit price"), (528, "Value")):
        write(page, x, 256, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Skip 10 m3"), (364, "3"), (454, "370.76"), (522, "1112.28")):
        write(page, x, 274, text, fontsize=8.5)
    for y, label, amount in ((299, "Net total", "1112.28"), (313, "VAT 21%", "233.58"),
                             (327, "Total due", "1345.86")):  # fmt: skip
        write(page, 330, y, label, fontsize=9)
        write(page, 512, y, amount, fontsize=9)
    write(page, 40, 800, "IBAN NL61 RABO 0324 1190 85", fontsize=6.5)


@pytest.mark.parametrize(
    ("prices", "caption"),
    [("Prices in", "Prepared for"), ("Prijzen in", "Opgesteld voor"), ("Preise in", "Erstellt für"),
     ("Prix en", "Préparée pour"), ("Precios en", "Preparado para"), ("Prezzi in", "Preparata per"),
     ("All amounts in", ""), ("Bedragen in", ""), ("Tarifs en", ""), ("Currency", "")],
)  # fmt: skip
def test_a_currency_key_is_no_buyer(prices: str, caption: str) -> None:
    doc, page = a4_page()
    _keyed_header(page, prices, "", caption)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Containerverhuur Gebr. Tuinstra"
    assert invoice.buyer.name == "Zorgvervoer Noordoost B.V."


@pytest.mark.parametrize(
    "subject",
    ["Student", "Leerling", "Teilnehmer", "Patient", "Alumno", "Allievo", "Élève", "Participant",
     "Vehicle", "Venue", "Liegenschaft", "Objekt"],
)  # fmt: skip
def test_the_person_or_thing_served_is_no_buyer(subject: str) -> None:
    doc, page = a4_page()
    _keyed_header(page, "Currency", subject, "")
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Zorgvervoer Noordoost B.V."
