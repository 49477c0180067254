"""Seller and buyer on small PDFs drawn here: letterheads against footers, address blocks without
a label, compound and one-line party labels, names that are never names (titles, leader-dot
lines, streets), salutations, VAT ids by shape."""

from __future__ import annotations

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract import PDF_RULES, extract_document
from tasks.extract._party_names import nameable, split_name, vat_id
from tests.tasks.extract.pdfs import pdf_bytes, write


def _invoice(doc: pymupdf.Document) -> Invoice:
    extraction = extract_document(
        pdf_bytes(doc), filename="drawn.pdf", max_bytes=10_000_000, max_pages=10
    )
    assert extraction.invoice is not None, extraction.error
    assert extraction.invoice.extractor == PDF_RULES
    return extraction.invoice


def _page() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    return doc, doc.new_page(width=595, height=842)


def _totals(page: pymupdf.Page, y: float = 420) -> None:
    write(page, 330, y, "Net", fontsize=9)
    write(page, 500, y, "100.00", fontsize=9)
    write(page, 330, y + 14, "VAT 20%", fontsize=9)
    write(page, 500, y + 14, "20.00", fontsize=9)
    write(page, 330, y + 28, "Total", fontsize=9)
    write(page, 500, y + 28, "120.00", fontsize=9)


def _footer(page: pymupdf.Page, name: str, vat: str) -> None:
    write(page, 40, 790, f"{name} · Registered in England No. 08431122", fontsize=6.5)
    write(page, 40, 799, f"VAT reg. no. {vat} · IBAN GB33 BUKB 2020 1555 5555 55", fontsize=6.5)


def test_leader_dot_meta_lines_are_not_the_seller_and_the_vat_id_is_compacted() -> None:
    doc, page = _page()
    write(page, 40, 48, "Kestrel Lab Supplies Ltd", fontsize=11, fontname="hebo")
    write(page, 40, 61, "4 Mill Lane", fontsize=8)
    write(page, 40, 71, "Leeds LS1 5AB", fontsize=8)
    write(page, 330, 110, "Invoice ref. ......................... SO-4411", fontsize=8.5)
    write(page, 330, 124, "Date ........................... 12 Jun 2026", fontsize=8.5)
    write(page, 330, 138, "VAT reg. no. .................... GB 987 6543 21", fontsize=8.5)
    _totals(page)
    _footer(page, "Kestrel Lab Supplies Ltd", "GB 987 6543 21")
    invoice = _invoice(doc)
    assert invoice.seller.name == "Kestrel Lab Supplies Ltd"
    assert invoice.seller.vat_id == "GB987654321"
    assert invoice.seller.iban == "GB33BUKB20201555555555"


def test_the_legal_name_in_the_footer_wins_over_a_logo_and_the_window_block_is_the_buyer() -> None:
    doc, page = _page()
    write(page, 40, 70, "KESTREL", fontsize=34, fontname="hebo")
    write(page, 40, 86, "4 Mill Lane | Leeds LS1 5AB", fontsize=7.5)
    write(page, 40, 150, "Whitfield Academy Trust", fontsize=10)
    write(page, 40, 162, "Science Department", fontsize=10)
    write(page, 40, 174, "Hove BN3 7BX", fontsize=10)
    write(page, 330, 130, "Sales Invoice", fontsize=13, fontname="hebo")
    write(page, 330, 150, "Invoice ref.", fontsize=8.5)
    write(page, 440, 150, "SO-4411", fontsize=8.5)
    write(page, 330, 162, "Date", fontsize=8.5)
    write(page, 440, 162, "12/06/2026", fontsize=8.5)
    _totals(page)
    _footer(page, "Kestrel Lab Supplies Ltd", "GB 987 6543 21")
    invoice = _invoice(doc)
    assert invoice.seller.name == "Kestrel Lab Supplies Ltd"
    assert invoice.buyer.name == "Whitfield Academy Trust"
    assert invoice.buyer.address == "Science Department, Hove BN3 7BX"


def test_an_unlabelled_address_block_under_a_lower_case_letterhead_is_the_buyer() -> None:
    doc, page = _page()
    write(page, 60, 70, "kestrel lab supplies ltd", fontsize=10)
    write(page, 60, 130, "Sales Invoice", fontsize=26)
    write(page, 60, 165, "invoice ref.", fontsize=7)
    write(page, 60, 178, "SO-4411", fontsize=9.5)
    write(page, 210, 165, "date", fontsize=7)
    write(page, 210, 178, "12/06/2026", fontsize=9.5)
    write(page, 60, 215, "Orbis Trading Partners", fontsize=9.5)
    write(page, 60, 227, "Harbour Road 4, 1000 Brussels", fontsize=9.5)
    _totals(page)
    _footer(page, "Kestrel Lab Supplies Ltd", "GB 987 6543 21")
    invoice = _invoice(doc)
    assert invoice.seller.name == "Kestrel Lab Supplies Ltd"
    assert invoice.buyer.name == "Orbis Trading Partners"


@pytest.mark.parametrize(
    "label",
    [
        "Client livré / facturé",
        "Deliver & invoice to",
        "Afleveradres / factuuradres",
        "Cessionario",
        "Rechnungsanschrift",
        "Facturado a",
    ],
)
def test_a_party_label_over_a_one_line_address_gives_the_name_only(label: str) -> None:
    doc, page = _page()
    write(page, 40, 50, "Cave et Épicerie Vallet SARL", fontsize=14, fontname="hebo")
    write(page, 40, 64, "12 rue de la Fosse, 44000 Nantes", fontsize=8)
    write(page, 300, 80, label, fontsize=7.5)
    write(page, 300, 92, "Hôtel Les Remparts, 2 place du Château, 35400 Saint-Malo", fontsize=8.5)
    write(page, 40, 125, "Invoice No.: 2026.20936", fontsize=8.5)
    write(page, 200, 125, "Date: 20/9/26", fontsize=8.5)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Cave et Épicerie Vallet SARL"
    assert invoice.buyer.name == "Hôtel Les Remparts"
    assert invoice.buyer.address == "2 place du Château, 35400 Saint-Malo"


def test_a_title_beside_a_party_label_is_not_the_party() -> None:
    doc, page = _page()
    write(page, 40, 63, "Lieferant", fontsize=8, fontname="hebo")
    write(page, 210, 63, "Käufer", fontsize=8, fontname="hebo")
    write(page, 366, 63, "K O S T E N R E C H N U N G", fontsize=8, fontname="hebo")
    write(page, 40, 72, "GLN 4333741000005", fontsize=8)
    write(page, 210, 72, "GLN 4304171000002", fontsize=8)
    write(page, 40, 81, "MUSTERLIEFERANT GMBH", fontsize=8)
    write(page, 210, 81, "MUSTER-KUNDE GMBH", fontsize=8)
    write(page, 366, 84, "Beleg-Nr : KR87654321012", fontsize=8)
    write(page, 366, 93, "Beleg-Datum : 06.10.2013", fontsize=8)
    write(page, 40, 102, "BAHNHOFSTRASSE 99", fontsize=8)
    write(page, 210, 102, "KUNDENWEG 88", fontsize=8)
    write(page, 40, 111, "99199 MUSTERHAUSEN", fontsize=8)
    write(page, 210, 111, "40235 DUESSELDORF", fontsize=8)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "MUSTERLIEFERANT GMBH"
    assert invoice.buyer.name == "MUSTER-KUNDE GMBH"


def test_a_window_address_with_a_salutation_and_the_buyers_vat_id() -> None:
    doc, page = _page()
    write(page, 330, 60, "Bei Spiel GmbH", fontsize=12, fontname="hebo")
    write(page, 330, 74, "Ecke 12", fontsize=8)
    write(page, 330, 84, "12345 Stadthausen", fontsize=8)
    write(page, 330, 94, "USt-IdNr. DE 136 695 976", fontsize=8)
    write(page, 60, 150, "Bei Spiel GmbH • Ecke 12 • 12345 Stadthausen", fontsize=6)
    write(page, 60, 166, "Herrn", fontsize=10)
    write(page, 60, 178, "Theodor Est", fontsize=10)
    write(page, 60, 190, "Bahnstr. 42", fontsize=10)
    write(page, 60, 202, "88802 Spielkreis", fontsize=10)
    write(page, 60, 214, "USt-IdNr. DE 811 569 869", fontsize=10)
    write(page, 60, 260, "Rechnung Nr. RE-2014/502 vom 03.07.2014", fontsize=12)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Bei Spiel GmbH"
    assert invoice.seller.vat_id == "DE136695976"
    assert invoice.buyer.name == "Herrn Theodor Est"
    assert invoice.buyer.vat_id == "DE811569869"


def test_a_name_beside_a_name_label_continues_from_the_line_above() -> None:
    doc, page = _page()
    write(page, 65, 52, "Rechnung Nr. 471102 vom 05.03.2018", fontsize=14, fontname="hebo")
    write(page, 70, 162, "Verkäufer", fontsize=10, fontname="hebo")
    write(page, 70, 180, "Nummer:")
    write(page, 261, 180, "549910")
    write(page, 261, 198, "MVM Musterhafter", fontname="hebo")
    write(page, 70, 210, "Name:")
    write(page, 261, 210, "Versicherungsverein Musterstadt a.G.", fontname="hebo")
    write(page, 70, 240, "Anschrift:")
    write(page, 261, 240, "Musterstr. 12")
    _totals(page, 500)
    invoice = _invoice(doc)
    assert invoice.seller.name == "MVM Musterhafter Versicherungsverein Musterstadt a.G."


def test_a_ship_to_block_is_neither_party_and_a_heading_is_not_the_seller() -> None:
    doc, page = _page()
    write(page, 40, 50, "INVOICE", fontsize=22, fontname="hebo")
    write(page, 400, 50, "Invoice No: 10023", fontsize=9)
    write(page, 400, 64, "Date: 03/04/2026", fontsize=9)
    write(page, 300, 110, "Ship To", fontsize=9, fontname="hebo")
    write(page, 300, 124, "Harbor Foods Warehouse", fontsize=9)
    write(page, 300, 136, "500 Dock Way", fontsize=9)
    write(page, 300, 148, "Tacoma, WA 98402", fontsize=9)
    write(page, 40, 110, "Bill To:", fontsize=9, fontname="hebo")
    write(page, 40, 124, "Harbor Foods Inc.", fontsize=9)
    write(page, 40, 136, "12 Pier Rd", fontsize=9)
    write(page, 40, 148, "Seattle, WA 98101", fontsize=9)
    write(page, 40, 200, "Project", fontsize=9, fontname="hebo")
    write(page, 40, 212, "Website redesign phase 2", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.buyer.name == "Harbor Foods Inc."
    assert invoice.seller.name is None  # no name printed: none rather than a guess


def test_vat_ids_of_the_buyer_by_cue_and_of_the_seller_unlabelled_in_its_letterhead() -> None:
    doc, page = _page()
    write(page, 40, 50, "Keller Elektro AG", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Bahnhofstrasse 1, 8001 Zürich", fontsize=8)
    write(page, 40, 74, "CHE-123.456.788 MWST", fontsize=8)
    write(page, 40, 120, "Cliente", fontsize=8, fontname="hebo")
    write(page, 40, 134, "Rossi Impianti S.p.A.", fontsize=10)
    write(page, 40, 146, "Corso Francia 10", fontsize=10)
    write(page, 40, 158, "10138 Torino", fontsize=10)
    write(page, 360, 120, "Fattura n. 7/2026", fontsize=9)
    write(page, 360, 132, "Data: 16/03/2026", fontsize=9)
    write(page, 360, 144, "P. IVA cliente: IT 09876543210", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert (invoice.seller.name, invoice.seller.vat_id) == ("Keller Elektro AG", "CHE123456788MWST")
    assert (invoice.buyer.name, invoice.buyer.vat_id) == ("Rossi Impianti S.p.A.", "IT09876543210")


def test_an_unlabelled_buyer_with_a_foreign_postcode_beside_the_seller() -> None:
    doc, page = _page()
    write(page, 40, 50, "Nordic Parts AB", fontsize=16, fontname="hebo")
    write(page, 40, 66, "Hamngatan 4", fontsize=8)
    write(page, 40, 76, "111 47 Stockholm", fontsize=8)
    write(page, 40, 86, "VAT: SE556677889901", fontsize=8)
    write(page, 340, 120, "Kowalski Serwis Sp. z o.o.", fontsize=10)
    write(page, 340, 132, "ul. Dluga 5", fontsize=10)
    write(page, 340, 144, "00-238 Warszawa", fontsize=10)
    write(page, 40, 220, "Invoice number: NP-5521", fontsize=9)
    write(page, 40, 232, "Invoice date: 11 March 2026", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert (invoice.seller.name, invoice.seller.vat_id) == ("Nordic Parts AB", "SE556677889901")
    assert invoice.buyer.name == "Kowalski Serwis Sp. z o.o."


def test_a_seller_named_only_in_a_footer_company_line() -> None:
    doc, page = _page()
    write(page, 40, 50, "RECHNUNG", fontsize=22, fontname="hebo")
    write(page, 380, 50, "Rechnungs-Nr.: 2026/118", fontsize=9)
    write(page, 380, 62, "Datum: 21.03.2026", fontsize=9)
    write(page, 40, 110, "Rechnungsempfänger", fontsize=8, fontname="hebo")
    write(page, 40, 124, "z. Hd. Frau Sommer", fontsize=10)
    write(page, 40, 136, "Hotel Adler", fontsize=10)
    write(page, 40, 148, "Hauptstraße 3", fontsize=10)
    write(page, 40, 160, "79098 Freiburg", fontsize=10)
    _totals(page)
    write(page, 40, 800, "Bäckerei Sonnenschein GmbH · Mühlenweg 2 · 79100 Freiburg", fontsize=6.5)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Bäckerei Sonnenschein GmbH"
    assert invoice.buyer.name == "Hotel Adler"


def test_the_sender_line_over_the_window_names_the_seller_and_the_window_the_buyer() -> None:
    doc, page = _page()
    write(page, 57, 120, "Acme Haustechnik GmbH · Hauptstr. 1 · 12345 Berlin", fontsize=6)
    write(page, 57, 136, "Familie Schröder", fontsize=10)
    write(page, 57, 148, "Birkenweg 9", fontsize=10)
    write(page, 57, 160, "12349 Berlin", fontsize=10)
    write(page, 57, 250, "Rechnung", fontsize=14, fontname="hebo")
    write(page, 360, 250, "Rechnungsnr.: 2026-200", fontsize=9)
    write(page, 360, 262, "Datum: 23.03.2026", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Acme Haustechnik GmbH"
    assert invoice.buyer.name == "Familie Schröder"
    assert invoice.buyer.address == "Birkenweg 9, 12349 Berlin"


def test_a_to_over_something_that_is_not_a_party_is_no_buyer_label() -> None:
    doc, page = _page()
    write(page, 40, 50, "Kestrel Lab Supplies Ltd", fontsize=14, fontname="hebo")
    write(page, 40, 64, "4 Mill Lane, Leeds LS1 5AB", fontsize=8)
    write(page, 40, 110, "Orbis Trading Partners", fontsize=10)
    write(page, 40, 122, "Harbour Road 4", fontsize=10)
    write(page, 40, 134, "1000 Brussels", fontsize=10)
    write(page, 330, 110, "Invoice No: SO-4411", fontsize=9)
    write(page, 330, 122, "Date: 12/06/2026", fontsize=9)
    write(page, 330, 160, "From", fontsize=8)
    write(page, 420, 160, "To", fontsize=8)
    write(page, 330, 172, "Consulting period", fontsize=9)
    write(page, 420, 172, "Quarterly review", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Kestrel Lab Supplies Ltd"
    assert invoice.buyer.name == "Orbis Trading Partners"


def test_the_iban_of_a_direct_debit_is_the_buyers() -> None:
    doc, page = _page()
    write(page, 40, 50, "Lieferant GmbH", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Lieferantenstraße 20, 80333 München", fontsize=8)
    write(page, 40, 110, "Rechnung Nr. 471102 vom 05.03.2014", fontsize=11)
    _totals(page)
    write(page, 40, 600, "Der Betrag wird am 20.03.2014 von Ihrem Konto mit IBAN", fontsize=9)
    write(page, 40, 612, "DE21 8600 0000 0086 0010 55 abgebucht.", fontsize=9)
    write(page, 40, 790, "Lieferant GmbH · IBAN DE89 3704 0044 0532 0130 00", fontsize=6.5)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Lieferant GmbH"
    assert invoice.seller.iban == "DE89370400440532013000"


def test_a_right_aligned_buyer_block_at_the_right_edge() -> None:
    doc, page = _page()
    write(page, 40, 50, "Greenleaf Design Ltd", fontsize=16, fontname="hebo")
    write(page, 40, 66, "9 Canal Walk, Manchester M1 2AB", fontsize=8)
    for y, text, size in (
        (110, "Invoice to", 8),
        (124, "Oakridge Homes Ltd", 10),
        (136, "14 Elm Grove", 10),
        (148, "Leeds LS6 2QT", 10),
    ):
        width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
        write(page, 555 - width, y, text, fontsize=size)
    write(page, 40, 110, "Invoice number: GD-1001", fontsize=9)
    write(page, 40, 122, "Invoice date: 20/03/2026", fontsize=9)
    _totals(page)
    invoice = _invoice(doc)
    assert invoice.seller.name == "Greenleaf Design Ltd"
    assert invoice.buyer.name == "Oakridge Homes Ltd"
    assert invoice.buyer.address == "14 Elm Grove, Leeds LS6 2QT"


@pytest.mark.parametrize(
    ("printed", "compact"),
    [
        ("............................................. GB 301 4478 12", "GB301447812"),
        (". FR 62 812 554 903", "FR62812554903"),
        ("DE 314 159 265 · Bankverbindung: IBAN DE44 2905 0101", "DE314159265"),
        ("NL 8012.34.567.B01", "NL801234567B01"),
        ("CHE-123.456.788 MWST", "CHE123456788MWST"),
        ("ATU12345678", "ATU12345678"),
        ("B46123987", "B46123987"),
        ("201/113/40209", None),
        ("12345", None),
        ("siehe Rückseite", None),
    ],
)
def test_vat_ids_by_shape(printed: str, compact: str | None) -> None:
    assert vat_id(printed) == compact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Whitfield Academy Trust, Science Department, Hove BN3 7BX", "Whitfield Academy Trust"),
        ("Reformas Ibáñez C.B., C/ Colón 18, bajo, 03001 Alicante", "Reformas Ibáñez C.B."),
        ("Acme, Inc., 12 Main Street, Springfield IL 62701", "Acme, Inc."),
        ("Cave et Épicerie Vallet SARL · RCS Nantes 812 554 903", "Cave et Épicerie Vallet SARL"),
        ("Rossi, Bianchi e Figli", "Rossi, Bianchi e Figli"),
        ("ACME Tools Ltd — Quality since 1920", "ACME Tools Ltd"),
        ("Orchard Retail plc (No. 40021)", "Orchard Retail plc"),
    ],
)
def test_the_name_of_a_one_line_address(text: str, name: str) -> None:
    assert split_name(text) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rechnung", False),
        ("FACTURE DE VENTE", False),
        ("K O S T E N R E C H N U N G", False),
        ("RECHNUNGS-KORREKTUR", False),
        ("Règlement au ..................... 4 nov. 2026", False),
        ("Tel: +49 (030) 41092-0", False),
        ("12 rue de la Fosse", False),
        ("Via Emilia 10", False),
        ("GLN 4333741000005", False),
        ("Globale Nummer: 4000001123452", False),
        ("Date of delivery 2019-06-10", False),
        ("Bankverbindung", False),
        ("Kunde", False),
        ("Sehr geehrter Herr Mustermann,", False),
        ("Bei Ausstellung der Beitragsrechnung wurde der bekannte Vertragsstand", False),
        ("Internet Systems AG", True),
        ("z. Hd. Frau Anna Weber", False),
        ("Attn: Accounts Payable", False),
        ("Attention Grabbers Ltd", True),
        ("Cherry Consulting Ltd", True),
        ("Data Systems Ltd", True),
        ("Lieferant GmbH", True),
        ("3M Deutschland GmbH", True),
        ("Hôtel Les Remparts", True),
    ],
)
def test_what_may_be_a_name(text: str, expected: bool) -> None:
    assert nameable(text) is expected
