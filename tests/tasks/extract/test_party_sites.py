"""A block naming where the service is performed (a guarded site, an installation, a work
site) is like a delivery block: never the buyer. A "Key: value" line or a number's label is
never a party's name, and a founding year in a trade name ("dal 1961") is no postcode."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._labels import match_label
from tasks.extract._parse import fold
from tasks.extract._party_names import nameable
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _service_invoice(page: pymupdf.Page, seller: str, caption: str, site: str) -> None:
    write(page, 40, 53, seller, fontsize=16, fontname="hebo")
    write(page, 40, 70, "Ostenhellweg 60 · 44135 Dortmund", fontsize=7.5)
    write(page, 40, 102, "Quarterly invoice", fontsize=15, fontname="hebo")
    # the invoice's facts in a row of label-over-value cells
    facts = ((47, "Invoice no.", "AM-2026-0609"), (176, "Invoice date", "20.10.2026"),
             (433, "Currency", "EUR"))  # fmt: skip
    for x, label, value in facts:
        write(page, x, 151, label, fontsize=7)
        write(page, x, 167, value, fontsize=9.5, fontname="hebo")
    # the customer block on the left, the guarded site beside it
    write(page, 40, 202, "Account for", fontsize=7.5, fontname="hebo")
    write(page, 40, 215, "Grundschule am Mühlenteich", fontsize=9.5, fontname="hebo")
    write(page, 40, 226, "Teichweg 10", fontsize=9.5)
    write(page, 40, 238, "31134 Hildesheim", fontsize=9.5)
    write(page, 330, 202, caption, fontsize=7.5, fontname="hebo")
    write(page, 330, 215, site, fontsize=9)
    write(page, 330, 227, "31134 Hildesheim", fontsize=9)
    for x, text in ((40, "Description"), (384, "Qty"), (429, "Price"), (507, "Amount")):
        write(page, x, 278, text, fontsize=7.5, fontname="hebo")
    for x, text in (
        (40, "Alarm monitoring, quarter"),
        (384, "1"),
        (454, "165.53"),
        (529, "165.53"),
    ):
        write(page, x, 296, text, fontsize=8.5)
    write(page, 330, 330, "Net total", fontsize=9)
    write(page, 527, 330, "165.53", fontsize=9)
    write(page, 330, 344, "VAT 19%", fontsize=9)
    write(page, 531, 344, "31.45", fontsize=9)
    write(page, 330, 358, "Total EUR", fontsize=9)
    write(page, 527, 358, "196.98", fontsize=9)


@pytest.mark.parametrize(
    "caption",
    ["Protected site", "Gesichertes Objekt", "Site protégé", "Instalación protegida",
     "Sito protetto", "Beveiligd object"],
)  # fmt: skip
def test_a_site_caption_is_never_the_buyer(caption: str) -> None:
    doc, page = a4_page()
    _service_invoice(page, "Wachschutz Leitstelle Hellweg GmbH", caption, "Teichweg 10")
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Grundschule am Mühlenteich"


@pytest.mark.parametrize(
    "caption",
    ["Site address", "Place of service", "Installation address", "Leistungsort",
     "Objektadresse", "Einsatzort", "Lieu d'intervention", "Adresse du chantier",
     "Lugar de la instalación", "Dirección del servicio", "Luogo di intervento",
     "Indirizzo impianto", "Locatie van de werkzaamheden", "Installatieadres", "Bewaakt pand"],
)  # fmt: skip
def test_site_captions_are_delivery_captions(caption: str) -> None:
    found = match_label(fold(caption))
    assert found is not None and found.field == "delivery"
    assert found.end == len(caption)


@pytest.mark.parametrize(
    "caption",
    ["Parte fatturata", "Partie facturée", "Parte facturada", "Gefactureerde partij",
     "Belasteter Kunde", "Belaste klant", "Abnehmer"],
)  # fmt: skip
def test_the_billed_party_captions_name_the_buyer(caption: str) -> None:
    found = match_label(fold(caption))
    assert found is not None and found.field == "buyer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fahrzeug: Peugeot 308 SW", False),
        ("Objet : entretien annuel", False),
        ("Vehicle: Ford Transit", False),
        ("Unsere Abwicklungsnr.", False),
        ("Ihre Vorgangsnummer", False),
        ("Onze ordernr.", False),
        ("Job number", False),
        ("Votre numéro", False),
        ("Sartoria Ferrucci dal 1961", True),
        ("Bäckerei Huber seit 1898", True),
        ("Maison Dupont depuis 1920", True),
        ("Dr. Henrike Voßkamp", True),
        ("1000 Bruxelles", False),
    ],
)
def test_fields_are_no_names_and_founding_years_no_postcodes(text: str, expected: bool) -> None:
    assert nameable(text) is expected


def test_a_trade_name_with_its_founding_year_is_the_seller() -> None:
    doc, page = a4_page()
    _service_invoice(page, "Sartoria Ferrucci dal 1961", "Site address", "Teichweg 10")
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Sartoria Ferrucci dal 1961"
    assert invoice.buyer.name == "Grundschule am Mühlenteich"
