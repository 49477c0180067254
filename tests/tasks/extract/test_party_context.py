"""Party blocks found by where they stand: at the foot of the page under the line-item table,
under a caption line that is never the name, and an account holder label that names the
customer unless it stands among the bank details."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._party_labels import inline_party_value
from tasks.extract._party_names import nameable
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _table_first(page: pymupdf.Page, title: str) -> None:
    """A title, the facts in one row, the lines and the totals at the top of the page."""
    write(page, 40, 50, title, fontsize=18, fontname="hebo")
    write(page, 260, 50, "No.", fontsize=6.5)
    write(page, 260, 62, "4471/2026", fontsize=8.5)
    write(page, 340, 50, "Date", fontsize=6.5)
    write(page, 340, 62, "12.05.2026", fontsize=8.5)
    for x, text in ((40, "Item"), (360, "Qty"), (440, "Price"), (510, "Amount")):
        write(page, x, 95, text, fontsize=7.5)
    rows = (("Copper pipe 15 mm", "10", "4,20", "42,00"), ("Ball valve 1/2", "4", "9,50", "38,00"))
    for i, (item, qty, price, amount) in enumerate(rows):
        y = 112 + 14 * i
        for x, text in ((40, item), (360, qty), (440, price), (510, amount)):
            write(page, x, y, text, fontsize=8.5)
    for i, (label, amount) in enumerate((("Net", "80,00"), ("VAT 20 %", "16,00"))):
        write(page, 330, 165 + 14 * i, label, fontsize=9)
        write(page, 510, 165 + 14 * i, amount, fontsize=9)
    write(page, 330, 193, "Total EUR", fontsize=9)
    write(page, 510, 193, "96,00", fontsize=9)


@pytest.mark.parametrize(
    ("title", "seller_label", "seller", "buyer_label", "buyer", "town"),
    [
        ("INVOICE", "Vendor", "Harbourside Fittings Ltd", "Customer",
         "Tidewater Marina Services", "Plymouth PL1 3DE"),
        ("RECHNUNG", "Lieferant", "Sanitär Großhandel Brandt GmbH", "Kontoinhaber",
         "Wohnstift am Mühlbach e.V.", "79098 Freiburg"),
        ("FACTURE", "Fournisseur", "Quincaillerie Morvan SARL", "Titulaire du compte",
         "Résidence Les Tilleuls", "35000 Rennes"),
    ],
)  # fmt: skip
def test_parties_printed_at_the_foot_under_the_table_are_read(
    title: str, seller_label: str, seller: str, buyer_label: str, buyer: str, town: str
) -> None:
    doc, page = a4_page()
    _table_first(page, title)
    write(page, 40, 680, seller_label, fontsize=7.5)
    write(page, 40, 693, seller, fontsize=8.5)
    write(page, 40, 704, "Quay Road 4", fontsize=8.5)
    write(page, 40, 715, "Exeter EX2 4AN", fontsize=8.5)
    write(page, 330, 680, buyer_label, fontsize=7.5)
    write(page, 330, 693, buyer, fontsize=8.5)
    write(page, 330, 704, "12 Dock Street", fontsize=8.5)
    write(page, 330, 715, town, fontsize=8.5)
    write(page, 40, 790, "IBAN GB33 BUKB 2020 1555 5555 55", fontsize=7.5)
    invoice = read_drawn(doc)
    assert invoice.seller.name == seller
    assert invoice.buyer.name == buyer


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Rechnungsadressat", "Kreisklinikum Oberlahn gGmbH"),
        ("Intestatario del conto", "Autofficina Bertolini & C. S.n.c."),
        ("Titular de la cuenta", "Talleres Mecánicos Oyarzun S.L."),
        ("Rekeninghouder", "Garagebedrijf Hoekstra V.O.F."),
        ("Bill-to party", "Ashdown Community Health Centre"),
    ],
)
def test_a_label_line_over_the_customer_is_never_the_name(label: str, name: str) -> None:
    doc, page = a4_page()
    write(page, 40, 55, "Lagerhaus Nordkai GmbH", fontsize=12, fontname="hebo")
    write(page, 40, 68, "Kaistraße 4 · 20457 Hamburg · USt-IdNr. DE 811 204 556", fontsize=7.5)
    write(page, 330, 55, label, fontsize=7.5)
    write(page, 330, 67, name, fontsize=9)
    write(page, 330, 78, "Am Stadtpark 9", fontsize=9)
    write(page, 330, 89, "35781 Weilburg", fontsize=9)
    write(page, 40, 130, "Rechnung Nr. 2026-0815", fontsize=14, fontname="hebo")
    write(page, 40, 150, "Datum: 03.04.2026", fontsize=9)
    for x, text in ((40, "Artikel"), (360, "Menge"), (440, "Preis"), (510, "Betrag")):
        write(page, x, 190, text, fontsize=7.5)
    for x, text in ((40, "Palettenstellplatz"), (360, "30"), (440, "2,00"), (510, "60,00")):
        write(page, x, 206, text, fontsize=8.5)
    write(page, 330, 240, "Nettobetrag", fontsize=9)
    write(page, 510, 240, "60,00", fontsize=9)
    write(page, 330, 254, "MwSt. 19 %", fontsize=9)
    write(page, 510, 254, "11,40", fontsize=9)
    write(page, 330, 268, "Gesamtbetrag EUR", fontsize=9)
    write(page, 510, 268, "71,40", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == name


@pytest.mark.parametrize(
    ("caption_size", "name_font"), [(7.5, "helv"), (9, "hebo")], ids=["smaller", "lighter"]
)
def test_a_caption_over_a_name_and_address_is_not_the_name(
    caption_size: float, name_font: str
) -> None:
    doc, page = a4_page()
    write(page, 40, 55, "Lagerhaus Nordkai GmbH", fontsize=12, fontname="hebo")
    write(page, 40, 68, "Kaistraße 4 · 20457 Hamburg · USt-IdNr. DE 811 204 556", fontsize=7.5)
    write(page, 330, 55, "Auftraggebende Stelle", fontsize=caption_size)
    write(page, 330, 67, "Stadtwerke Weilburg AöR", fontsize=9, fontname=name_font)
    write(page, 330, 78, "Am Stadtpark 9", fontsize=9)
    write(page, 330, 89, "35781 Weilburg", fontsize=9)
    write(page, 40, 130, "Rechnung Nr. 2026-0815", fontsize=14, fontname="hebo")
    write(page, 40, 150, "Datum: 03.04.2026", fontsize=9)
    write(page, 330, 190, "Gesamtbetrag EUR", fontsize=9)
    write(page, 510, 190, "71,40", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Stadtwerke Weilburg AöR"


@pytest.mark.parametrize(
    "holder",
    ["Kontoinhaber: Max Mustermann", "Account holder: Max Mustermann", "Rekeninghouder M. Jansen"],
)
def test_an_account_holder_among_the_bank_details_is_no_buyer(holder: str) -> None:
    doc, page = a4_page()
    write(page, 40, 55, "Mustermann Software GmbH", fontsize=12, fontname="hebo")
    write(page, 40, 68, "Hauptstraße 1 · 10115 Berlin", fontsize=7.5)
    write(page, 40, 120, "Rechnung Nr. 2026-0815", fontsize=14, fontname="hebo")
    write(page, 40, 140, "Datum: 03.04.2026", fontsize=9)
    write(page, 330, 190, "Gesamtbetrag EUR", fontsize=9)
    write(page, 510, 190, "71,40", fontsize=9)
    write(page, 40, 760, "Commerzbank", fontsize=7.5)
    write(page, 40, 770, "IBAN DE88 2008 0000 0970 3757 00", fontsize=7.5)
    write(page, 40, 780, "BIC COBADEFFXXX", fontsize=7.5)
    write(page, 40, 790, holder, fontsize=7.5)
    invoice = read_drawn(doc)
    assert invoice.buyer.name not in ("Max Mustermann", "M. Jansen")
    assert invoice.seller.name == "Mustermann Software GmbH"


def test_parties_at_the_foot_without_labels_are_found_by_their_blocks() -> None:
    doc, page = a4_page()
    _table_first(page, "INVOICE")
    write(page, 40, 693, "Harbourside Fittings Ltd", fontsize=8.5)
    write(page, 40, 704, "Quay Road 4", fontsize=8.5)
    write(page, 40, 715, "Exeter EX2 4AN", fontsize=8.5)
    write(page, 40, 726, "VAT reg. no. GB 244 9108 51", fontsize=8.5)
    write(page, 330, 693, "Tidewater Marina Services", fontsize=8.5)
    write(page, 330, 704, "12 Dock Street", fontsize=8.5)
    write(page, 330, 715, "Plymouth PL1 3DE", fontsize=8.5)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Harbourside Fittings Ltd"
    assert invoice.buyer.name == "Tidewater Marina Services"
    assert invoice.buyer.address == "12 Dock Street, Plymouth PL1 3DE"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Titulaire du compte Garage des Quatre Routes SARL", "Garage des Quatre Routes SARL"),
        ("Account holder Pennine Valley Motors Ltd", "Pennine Valley Motors Ltd"),
        ("Fatturato a nome di Casa di Cura Villa Serena", "Casa di Cura Villa Serena"),
    ],
)
def test_a_caption_and_the_name_on_one_line_give_the_name_after_the_caption(
    line: str, name: str
) -> None:
    doc, page = a4_page()
    write(page, 40, 55, "Entrepôts du Val de Saône SAS", fontsize=12, fontname="hebo")
    write(page, 40, 68, "Port fluvial, quai 4 · 71100 Chalon-sur-Saône", fontsize=7.5)
    write(page, 330, 55, line, fontsize=9)
    write(page, 330, 67, "Route de Lyon 128", fontsize=9)
    write(page, 330, 78, "69800 Saint-Priest", fontsize=9)
    write(page, 40, 130, "Facture n° 2026-0815", fontsize=14, fontname="hebo")
    write(page, 40, 150, "Date : 03/04/2026", fontsize=9)
    write(page, 330, 190, "Total TTC", fontsize=9)
    write(page, 510, 190, "71,40", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == name
    assert invoice.buyer.address == "Route de Lyon 128, 69800 Saint-Priest"


def test_a_customer_account_block_over_the_bank_details_after_a_blank_line_is_the_buyer() -> None:
    doc, page = a4_page()
    write(page, 40, 55, "Humber Cold & Dry Storage Ltd", fontsize=12, fontname="hebo")
    write(page, 40, 68, "Alexandra Dock Road · Grimsby DN31 3SW", fontsize=7.5)
    write(page, 40, 110, "Account holder", fontsize=7.5)
    write(page, 40, 122, "Pennine Valley Motors Ltd", fontsize=9)
    write(page, 40, 133, "4 Mill Road", fontsize=9)
    write(page, 40, 144, "Leeds LS1 5AB", fontsize=9)
    write(page, 40, 166, "Bank: Lloyds Bank plc", fontsize=7.5)
    write(page, 40, 176, "IBAN GB42 LOYD 3094 4512 0098 22", fontsize=7.5)
    write(page, 330, 110, "Storage invoice WH/2026/1289", fontsize=12, fontname="hebo")
    write(page, 330, 125, "Date: 03/04/2026", fontsize=9)
    write(page, 330, 230, "Total due GBP", fontsize=9)
    write(page, 510, 230, "292.21", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Pennine Valley Motors Ltd"
    assert invoice.seller.name == "Humber Cold & Dry Storage Ltd"


def test_a_caption_over_the_sellers_block_at_the_foot_is_not_the_sellers_name() -> None:
    doc, page = a4_page()
    _table_first(page, "RECHNUNG")
    write(page, 40, 680, "Rechnungsstellende Firma", fontsize=7.5)
    write(page, 40, 693, "Handelshaus Petersen & Sohn", fontsize=8.5)
    write(page, 40, 704, "Industriestraße 12", fontsize=8.5)
    write(page, 40, 715, "24768 Rendsburg", fontsize=8.5)
    write(page, 40, 726, "USt-IdNr. DE 199 304 552", fontsize=8.5)
    write(page, 330, 680, "Kunde", fontsize=7.5)
    write(page, 330, 693, "Autohaus Gerling OHG", fontsize=8.5)
    write(page, 330, 704, "Am Stadtpark 9", fontsize=8.5)
    write(page, 330, 715, "35781 Weilburg", fontsize=8.5)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Handelshaus Petersen & Sohn"
    assert invoice.buyer.name == "Autohaus Gerling OHG"


def test_the_totals_under_the_table_are_never_the_buyer_at_the_foot() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "RECHNUNG", fontsize=18, fontname="hebo")
    write(page, 260, 50, "Nr.", fontsize=6.5)
    write(page, 260, 62, "4471/2026", fontsize=8.5)
    write(page, 340, 50, "Datum", fontsize=6.5)
    write(page, 340, 62, "12.05.2026", fontsize=8.5)
    for x, text in ((40, "Artikel"), (360, "Menge"), (440, "Preis"), (510, "Betrag")):
        write(page, x, 95, text, fontsize=7.5)
    for x, text in ((40, "Kupferrohr 15 mm"), (360, "10"), (440, "8,00"), (510, "80,00")):
        write(page, x, 112, text, fontsize=8.5)
    totals = (("Auftragswert ohne MwSt.", "80,00"), ("zuzüglich MwSt. 20 %", "16,00"))
    for i, (label, amount) in enumerate((*totals, ("Gesamt inkl. MwSt.", "96,00"))):
        write(page, 330, 140 + 14 * i, label, fontsize=9)
        write(page, 510, 140 + 14 * i, amount, fontsize=9)
    write(page, 40, 693, "Sanitär Großhandel Brandt GmbH", fontsize=8.5)
    write(page, 40, 704, "Hafenstraße 4", fontsize=8.5)
    write(page, 40, 715, "24768 Rendsburg", fontsize=8.5)
    write(page, 40, 726, "USt-IdNr. DE 199 304 552", fontsize=8.5)
    write(page, 330, 693, "Wohnstift am Mühlbach", fontsize=8.5)
    write(page, 330, 704, "Am Stadtpark 9", fontsize=8.5)
    write(page, 330, 715, "79098 Freiburg", fontsize=8.5)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Sanitär Großhandel Brandt GmbH"
    assert invoice.buyer.name == "Wohnstift am Mühlbach"


@pytest.mark.parametrize(
    "line",
    [
        "Bill-to party", "Sold-to customer", "Invoice addressee", "Account holder",
        "Rechnungsadressat", "Rechnungsempfängerin", "Kontoinhaber", "Kundenkonto",
        "Facturé au nom de", "Titulaire du compte", "Compte client",
        "Facturar a nombre de", "Titular de la cuenta", "Cuenta de cliente",
        "Fatturato a nome di", "Intestatario del conto", "Titolare del contratto",
        "Gefactureerd op naam van", "Rekeninghouder", "Klantrekening",
    ],
)  # fmt: skip
def test_a_party_caption_is_never_a_name(line: str) -> None:
    assert not nameable(line)


def test_only_a_caption_of_several_words_carries_a_name_without_a_colon() -> None:
    assert inline_party_value("Titulaire du compte", "Garage des Quatre Routes SARL")
    assert not inline_party_value("Subscriber", "Services Ltd")
    assert not inline_party_value("Account holder", "no. 10023")
