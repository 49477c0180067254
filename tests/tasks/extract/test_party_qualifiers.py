"""Buyer captions and names of unusual shape: a party word with a lower-case qualifier
("Cliente intestatario") or an invoice word ("Intestatario fattura") is a caption; a label may
be a phrase ("Bill this work to", "Rechnung geht an") or the owner of building works ("Maître
d'ouvrage"); a name may carry a founding year, a lower-case department after a comma, a
lower-case linking word, or the street it is named after when that street line follows."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._labels import match_label
from tasks.extract._named_street import repeats_street
from tasks.extract._parse import fold
from tasks.extract._party_labels import caption_tail
from tasks.extract._party_names import bare_street, nameable
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _works_invoice(page: pymupdf.Page, caption: str, name: str, street: str, town: str) -> None:
    """A contractor's invoice: the letterhead with its VAT id, the buyer's block under a small
    bold caption, and, right of it under the invoice's facts, the site of the works."""
    write(page, 40, 50, "Lindholm Brunnenbau GmbH", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Mühlweg 6", fontsize=8)
    write(page, 40, 74, "79100 Freiburg", fontsize=8)
    write(page, 40, 84, "VAT reg. no. DE 314159265", fontsize=8)
    write(page, 40, 130, caption, fontsize=7.5, fontname="hebo")
    write(page, 40, 143, name, fontsize=10, fontname="hebo")
    write(page, 40, 155, street, fontsize=9)
    write(page, 40, 166, town, fontsize=9)
    write(page, 330, 60, "Invoice", fontsize=16, fontname="hebo")
    write(page, 330, 90, "Invoice no.", fontsize=8.5)
    write(page, 480, 90, "B-2026-101", fontsize=8.5, fontname="hebo")
    write(page, 330, 103, "Invoice date", fontsize=8.5)
    write(page, 480, 103, "26.08.2026", fontsize=8.5, fontname="hebo")
    write(page, 330, 130, "Borehole location", fontsize=7.5, fontname="hebo")
    write(page, 330, 143, "79254 Oberried · 47.93 N, 7.95 E", fontsize=9)
    for x, text in ((40, "Description"), (340, "Qty"), (420, "Price"), (500, "Amount")):
        write(page, x, 240, text, fontsize=8, fontname="hebo")
    for x, text in ((40, "Rig mobilisation"), (340, "1"), (420, "100.00"), (500, "100.00")):
        write(page, x, 258, text, fontsize=9)
    write(page, 340, 300, "Net total", fontsize=9)
    write(page, 500, 300, "100.00", fontsize=9)
    write(page, 340, 314, "VAT 19%", fontsize=9)
    write(page, 500, 314, "19.00", fontsize=9)
    write(page, 340, 328, "Total EUR", fontsize=9)
    write(page, 500, 328, "119.00", fontsize=9)


@pytest.mark.parametrize(
    "caption",
    [
        "Bill this work to",
        "Invoice the job to",
        "Charge these services to",
        "Rechnung geht an",
        "Invoice goes to",
        "Maître d'ouvrage",
        "Bauherr",
        "Bouwheer",
    ],
)
def test_a_phrase_or_a_works_owner_labels_the_buyer(caption: str) -> None:
    doc, page = a4_page()
    _works_invoice(page, caption, "Orsa Besparingsskog", "Kyrkogatan 10", "794 30 Orsa")
    assert read_drawn(doc).buyer.name == "Orsa Besparingsskog"


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Cliente intestatario", "Riserva Alpina di Caccia Ponte nelle Alpi"),
        ("Client final", "Camping Municipal Les Peupliers"),
        ("Intestatario fattura", "Osteria del Sole dal 1465"),
        ("Titular factura", "Casa Rural Molino Viejo"),
    ],
)
def test_a_party_word_with_a_qualifier_is_a_caption(caption: str, name: str) -> None:
    doc, page = a4_page()
    _works_invoice(page, caption, name, "Via dei Cacciatori 2", "32014 Ponte nelle Alpi")
    assert read_drawn(doc).buyer.name == name


@pytest.mark.parametrize(
    ("caption", "name", "street", "town"),
    [
        (
            "Rechnung geht an",
            "Stockwerkeigentümer Rebhaldenweg 8",
            "Rebhaldenweg 8",
            "8123 Ebmatingen",
        ),
        (
            "Facturar a",
            "Comunidad de Propietarios Avenida de España 18",
            "Avenida de España 18",
            "24400 Ponferrada",
        ),
    ],
)
def test_a_name_ending_in_the_street_printed_under_it(
    caption: str, name: str, street: str, town: str
) -> None:
    doc, page = a4_page()
    _works_invoice(page, caption, name, street, town)
    assert read_drawn(doc).buyer.name == name


@pytest.mark.parametrize(
    ("text", "following", "expected"),
    [
        ("Stockwerkeigentümer Rebhaldenweg 8", "Rebhaldenweg 8", True),
        ("VvE Residentie Parklaan 66", "Parklaan 66", True),
        ("Rebhaldenweg 8", "Rebhaldenweg 8", False),  # the same line twice names nobody
        ("Hauptstrasse 8", "8000 Zürich", False),
        ("Postfach 12, Rebhaldenweg 8", "Rebhaldenweg 8", False),
    ],
)
def test_a_line_repeating_the_street_under_it(text: str, following: str, expected: bool) -> None:
    assert repeats_street(text, following) is expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("intestatario", True),
        ("final", True),
        ("fattura", True),
        ("de la facture", True),
        ("Acme Ltd", False),
        ("de Prueba S.L.", False),
    ],
)
def test_what_after_a_party_word_makes_a_caption(tail: str, expected: bool) -> None:
    assert caption_tail(tail) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("École maternelle Jean Jaurès, mairie de Pessac", True),
        ("Riserva Alpina di Caccia Ponte nelle Alpi", True),
        ("Osteria del Sole dal 1465", True),
        ("Comunidad de Propietarios Avenida de España 18", True),
        ("Payment by bank transfer, cheque or cash at the desk", False),
        ("Please quote the number, thank you very much", False),
        ("Borehole location", False),
        ("Emplacement du forage", False),
        ("Ubicación de la obra", False),
        ("Luogo di intervento", False),
        ("Site Solutions Ltd", True),
        ("Emplacement Sud", True),
    ],
)
def test_names_of_unusual_shape(text: str, expected: bool) -> None:
    assert nameable(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Bill this work to",
        "Invoice the job to",
        "Rechnung geht an",
        "La facture va à",
        "Maître d'ouvrage",
        "Maître de l'ouvrage",
        "Bauherrschaft",
        "Titular de la factura",
        "Titulaire de la facture",
        "Rechnungsinhaber",
    ],
)
def test_phrases_that_label_the_buyer(text: str) -> None:
    found = match_label(fold(text))
    assert found is not None and found.field == "buyer" and found.end == len(fold(text))


def test_a_street_without_its_name_gives_no_buyer() -> None:
    """Only the site of the works is printed, under a caption: its street is no buyer."""
    doc, page = a4_page()
    write(page, 40, 50, "Clancy Slating & Roofing Ltd", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Ballinacarrig Road 4, Carlow R93 TX64", fontsize=8)
    write(page, 40, 74, "VAT reg. no. IE 3318820QH", fontsize=8)
    write(page, 330, 60, "Invoice", fontsize=16, fontname="hebo")
    write(page, 330, 90, "Invoice no.", fontsize=8.5)
    write(page, 480, 90, "2027/879", fontsize=8.5, fontname="hebo")
    write(page, 330, 103, "Invoice date", fontsize=8.5)
    write(page, 480, 103, "29.03.2027", fontsize=8.5, fontname="hebo")
    write(page, 40, 130, "Property", fontsize=7.5, fontname="hebo")
    write(page, 40, 143, "Main Street", fontsize=9)
    write(page, 40, 155, "Bagenalstown R21 HC90", fontsize=9)
    for x, text in ((40, "Description"), (340, "Qty"), (420, "Price"), (500, "Amount")):
        write(page, x, 240, text, fontsize=8, fontname="hebo")
    for x, text in ((40, "Slate repairs"), (340, "1"), (420, "100.00"), (500, "100.00")):
        write(page, x, 258, text, fontsize=9)
    write(page, 340, 300, "Net total", fontsize=9)
    write(page, 500, 300, "100.00", fontsize=9)
    write(page, 340, 314, "VAT 13.5%", fontsize=9)
    write(page, 500, 314, "13.50", fontsize=9)
    write(page, 340, 328, "Total EUR", fontsize=9)
    write(page, 500, 328, "113.50", fontsize=9)
    assert read_drawn(doc).buyer.name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Main Street", True),
        ("Vicolo Ranocchi", True),
        ("Kerkstraat", True),
        ("Main Street Bakery", False),
        ("Hill Road Ltd", False),
        ("Bagenalstown Parish Hall Committee", False),
    ],
)
def test_a_bare_street(text: str, expected: bool) -> None:
    assert bare_street(text) is expected
