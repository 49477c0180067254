"""Competing identifiers, credit-note wording, more date and total phrasings, and party blocks
that are no parties, on small PDFs drawn here: an invoice-number label beats folio, room, order
and customer numbers; a title word never reaches across another key for its value; refunds
and reversals are credit notes read with positive amounts; a label, a date range or a thank-you
line is never a party's name."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pymupdf
import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import read_drawn, write


def _page(
    header: list[tuple[float, float, str]],
    *,
    title: str = "Rechnung",
    title_x: float = 50,
    totals: tuple[str, str, str] = ("100,00 EUR", "19,00 EUR", "119,00 EUR"),
    buyer: bool = True,
) -> Invoice:
    """A page with a seller line, a large title, the given texts (x, y, text), a buyer block and
    a totals block."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, title_x, 90, title, fontsize=18)
    for x, y, text in header:
        write(page, x, y, text)
    if buyer:
        write(page, 50, 300, "Tischlerei Oltmanns")
        write(page, 50, 312, "Deichweg 5, 26506 Norden")
    for y, label, value in zip((420, 434, 448), ("Net", "VAT 19 %", "Total"), totals, strict=True):
        write(page, 300, y, label)
        write(page, 470, y, value)
    return read_drawn(doc)


def _key_values(rows: list[tuple[str, str]], x: float = 330, top: float = 90) -> list:
    """Key/value rows in a column on the right: keys at `x`, values further right."""
    return [
        item
        for i, (key, value) in enumerate(rows)
        for item in ((x, top + 14 * i, key), (x + 160, top + 14 * i, value))
    ]


@pytest.mark.parametrize(
    ("title", "rows", "number"),
    [
        ("Rechnung (Folio)",
         [("Folio-Nr.", "18456"), ("Zimmer", "330"), ("Rechnungs-ID", "765078")], "765078"),
        ("Fattura di soggiorno",
         [("N. conto", "79934"), ("Camera", "318"), ("Numero", "792680")], "792680"),
        ("Facture (folio)",
         [("N° de folio", "86253"), ("Chambre", "321"), ("Facture numéro", "801107")], "801107"),
        ("Guest invoice",
         [("Folio no.", "55120"), ("Room", "214"), ("Invoice number", "INV-2291")], "INV-2291"),
        ("Factura",
         [("Nº de pedido", "105-1523967-4449734"), ("Núm. de factura", "ES26-032525-INV")],
         "ES26-032525-INV"),
    ],
)  # fmt: skip
def test_the_invoice_number_label_beats_other_identifiers(
    title: str, rows: list[tuple[str, str]], number: str
) -> None:
    invoice = _page(_key_values(rows), title=title)
    assert invoice.invoice_number == number


def test_a_title_word_does_not_take_the_value_an_order_label_points_at() -> None:
    # "Rechnung" stands over the order number; the invoice's own is labelled further down.
    header = _key_values(
        [("Bestellnummer", "872-6224758-5972988"), ("Rechnungskennung", "DE26-098938-INV")],
        top=110,
    )
    invoice = _page(header, title="Rechnung", title_x=450)
    assert invoice.invoice_number == "DE26-098938-INV"


def test_only_other_identifiers_give_no_invoice_number() -> None:
    header = _key_values([("N° de folio", "86253"), ("Kundennummer", "44120")])
    header.append((50, 130, "Datum: 02.03.2026"))
    invoice = _page(header, title="Rechnung (Folio)")
    assert invoice.invoice_number is None


def test_a_band_of_column_headers_with_an_identifier_label() -> None:
    keys = ("Rechnungskennung", "Tag der Ausstellung", "Kundenkennung", "Zahlungsziel bis")
    values = ("RE-2026-2799", "20.03.2026", "81081", "19.04.2026")
    header = [(50 + 130 * i, 130, k) for i, k in enumerate(keys)]
    header += [(50 + 130 * i, 143, v) for i, v in enumerate(values)]
    invoice = _page(header)
    assert invoice.invoice_number == "RE-2026-2799"
    assert invoice.issue_date == dt.date(2026, 3, 20)
    assert invoice.due_date == dt.date(2026, 4, 19)


@pytest.mark.parametrize(
    "title",
    ["Refund Invoice", "Credit Adjustment", "Erstattungsbeleg", "Stornobeleg",
     "Note de remboursement", "Factura de devolución", "Nota di rimborso", "Correctiefactuur",
     "Terugbetaling"],
)  # fmt: skip
def test_refunds_and_reversals_are_credit_notes(title: str) -> None:
    invoice = _page([(50, 130, "Nr. CN-2026-77"), (50, 143, "Datum: 02.03.2026")], title=title)
    assert invoice.type_code == "381"


def test_a_refund_printed_negative_reads_as_a_credit_note_with_positive_amounts() -> None:
    totals = ("-357,15 €", "-67,86 €", "-425,01 €")
    header = [(50, 130, "Invoice ID: EN26-040029-INV"), (50, 143, "Date: 22.03.2026")]
    invoice = _page(header, title="Refund Invoice", totals=totals)
    assert invoice.type_code == "381"
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("357.15"),
        Decimal("67.86"),
        Decimal("425.01"),
    )


@pytest.mark.parametrize(
    ("issue_label", "due_label"),
    [
        ("Émise en date du", "Paiement attendu le"),
        ("Tag der Ausstellung", "Zahlung erwartet bis"),
        ("Fecha de la factura", "Pago hasta"),
        ("Data di rilascio", "Scade il"),
        ("Invoice date", "Payment expected"),
        ("Expedida el", "Fecha de cobro"),
        ("Factuurdatum", "Betaling verwacht voor"),
    ],
)
def test_more_issue_and_due_date_phrasings(issue_label: str, due_label: str) -> None:
    header = [(50, 130, "Nr. 2026-0042")]
    header += _key_values([(issue_label, "17.03.2026"), (due_label, "31.03.2026")], top=130)
    invoice = _page(header)
    assert invoice.issue_date == dt.date(2026, 3, 17)
    assert invoice.due_date == dt.date(2026, 3, 31)


@pytest.mark.parametrize("label", ["Neto total", "Netto totale", "Montant net"])
def test_net_totals_with_the_net_word_first(label: str) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 50, "Ferretería La Llave · Calle Mayor 19 · 50001 Zaragoza", fontsize=8)
    write(page, 50, 90, "Factura simplificada", fontsize=18)
    write(page, 50, 130, "Factura nº: 0013-02-002990")
    write(page, 50, 143, "Fecha: 09/04/2026")
    write(page, 50, 200, "Tacos nylon 8 mm   4 x 28,98   115,92")
    write(page, 50, 213, "Candado latón 40 mm   2 x 14,68   29,36")
    write(page, 50, 260, f"{label} 145,28 €")
    write(page, 50, 273, "Cuota de IVA 21% 30,51 €")
    write(page, 50, 286, "Total de la factura 175,79 €")
    invoice = read_drawn(doc)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("145.28"),
        Decimal("30.51"),
        Decimal("175.79"),
    )


def _receipt(buyer_label: str, *, key: str = "Till", closing: str | None = None) -> Invoice:
    """A narrow till receipt: shop name and address centred, key/value rows, the buyer under
    its label, the totals, an IBAN and a closing line."""
    doc = pymupdf.open()
    page = doc.new_page(width=260, height=600)
    write(page, 70, 30, "Corner Hardware Co.", fontsize=13)
    write(page, 90, 45, "88 High Street")
    write(page, 90, 57, "Lewes BN7 1XH")
    write(page, 80, 80, "Simplified Invoice", fontsize=11)
    write(page, 16, 100, "Invoice no.")
    write(page, 180, 100, "0034-01-047187")
    write(page, 16, 112, "Date of invoice")
    write(page, 180, 112, "21/09/2026")
    write(page, 16, 124, key)
    write(page, 230, 124, "01")
    write(page, 16, 136, buyer_label)
    write(page, 16, 148, "Westmoor Veterinary Practice")
    write(page, 16, 160, "4 Chapel Walk, Sheffield S1 2PD")
    write(page, 16, 200, "Total ex VAT £119.15")
    write(page, 16, 212, "VAT 20% £23.83")
    write(page, 16, 224, "Grand total £142.98")
    write(page, 60, 260, "IBAN GB09 HBUK 4012 7733 8812 04")
    if closing:
        write(page, 70, 272, closing)
    return read_drawn(doc)


@pytest.mark.parametrize("label", ["Charged to:", "Account holder:", "Customer:"])
def test_a_receipt_buyer_under_its_label_not_the_key_above(label: str) -> None:
    invoice = _receipt(label)
    assert invoice.buyer.name == "Westmoor Veterinary Practice"


def test_a_key_ending_in_a_colon_is_never_a_buyer_name() -> None:
    invoice = _receipt("Details:")
    assert invoice.buyer.name not in {"Till", "Details:", "Details"}


@pytest.mark.parametrize(
    "closing",
    ["Thank you for shopping with us", "Bedankt voor uw aankoop", "Grazie per l'acquisto"],
)
def test_a_thank_you_line_is_not_the_seller(closing: str) -> None:
    invoice = _receipt("Charged to:", closing=closing)
    assert invoice.seller.name == "Corner Hardware Co."


def test_a_period_over_a_date_range_is_no_buyer_address() -> None:
    header = [
        (50, 130, "N. documento: C4F1A9-7442"),
        (50, 143, "Data: 27.08.2026"),
        (300, 180, "Periodo di servizio"),
        (300, 193, "28 lug. 2026 \u2013 26 ago. 2026"),
    ]
    invoice = _page(header, title="Fattura", buyer=False)
    assert invoice.buyer.name != "Periodo di servizio"


def test_spettabile_labels_the_buyer() -> None:
    header = [(50, 130, "N. documento: C4F1A9-7442"), (50, 143, "Data: 27.08.2026")]
    header += [(50, 180, "Spettabile"), (50, 193, "Studio Dentistico Ferri")]
    header += [(50, 206, "Via Mazzini 33"), (50, 219, "56125 Pisa")]
    invoice = _page(header, title="Fattura", buyer=False)
    assert invoice.buyer.name == "Studio Dentistico Ferri"


def test_a_receipt_buyer_without_a_label_is_not_the_key_of_a_key_value_row() -> None:
    # "Till | 01" continues the column of labelled keys above it: a key, not a name.
    invoice = _receipt(" ")
    assert invoice.buyer.name == "Westmoor Veterinary Practice"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Corrects invoice EN26-034856-INV", "381"),
        ("Storno della fattura 2025099229", "381"),
        ("Corrigeert factuur C4F1A9-7370", "381"),
        ("Delivered with parcel 4471", "380"),
    ],
)
def test_negative_totals_citing_the_reversed_invoice_make_a_credit_note(
    line: str, code: str
) -> None:
    totals = ("-357,15 €", "-67,86 €", "-425,01 €")
    header = [(50, 130, "Nr. SO-2026-77"), (50, 143, "Datum: 02.03.2026"), (50, 200, line)]
    invoice = _page(header, title="Shopora Marketplace", totals=totals)
    assert invoice.type_code == code
    assert (invoice.grand_total > 0) is (code == "381")


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Purchase order", "PO-4471"),
        ("Vertragsnummer", "V-20931"),
        ("Bon de livraison", "BL-88120"),
        ("Room no.", "214"),
    ],
)
def test_a_title_word_over_another_identifier_gives_no_number(label: str, value: str) -> None:
    header = _key_values([(label, value)], top=110)
    header.append((50, 130, "Datum: 02.03.2026"))
    invoice = _page(header, title="Invoice", title_x=450)
    assert invoice.invoice_number is None


def test_no_total_triple_with_a_tax_no_vat_rate_comes_near() -> None:
    # The lines sum to 220,00 and 220,00 + 220,00 = 440,00, but a tax of 100 % is no VAT.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 50, "Musterversicherung AG · Hauptstraße 1 · 10115 Berlin", fontsize=8)
    write(page, 50, 90, "Beitragsrechnung", fontsize=18)
    write(page, 50, 130, "Rechnungsnummer: 00.123.456.7")
    write(page, 50, 143, "Datum: 11.03.2014")
    for x, text in ((50, "Leistung"), (300, "Menge"), (380, "Preis"), (480, "Betrag")):
        write(page, x, 200, text)
    for y, name, amount in ((215, "Haftpflicht", "80,00"), (230, "Vollkasko", "140,00")):
        for x, text in ((50, name), (300, "1"), (380, amount), (480, amount)):
            write(page, x, y, text)
    rows = (
        ("Beitrag inklusive 19 % Versicherungsteuer", "220,00 €"),
        ("darin enthaltene Versicherungsteuer", "(35,13 €)"),
        ("Ausstehende Forderung am Ausstellungstag", "220,00 €"),
        ("zu zahlender Beitrag", "440,00 €"),
    )
    for i, (label, value) in enumerate(rows):
        write(page, 50, 300 + 14 * i, label)
        write(page, 480, 300 + 14 * i, value)
    invoice = read_drawn(doc)
    assert invoice.tax_total != Decimal("220.00")
    assert invoice.grand_total != Decimal("440.00")


@pytest.mark.parametrize(
    "label", ["Abbuchung am", "Prélèvement le", "Fecha de cargo", "Addebito il", "Incasso op"]
)
def test_the_day_of_a_direct_debit_is_the_due_date(label: str) -> None:
    header = [(50, 130, "Nr. 2026-0042"), (50, 143, "Datum: 17.03.2026")]
    header.append((50, 200, f"{label} 31.03.2026"))
    invoice = _page(header)
    assert invoice.due_date == dt.date(2026, 3, 31)


@pytest.mark.parametrize("label", ["Bon-Nr.", "Ticket n°", "Scontrino n.", "Document ID"])
def test_a_receipt_number_is_the_invoice_number(label: str) -> None:
    invoice = _page([(50, 130, f"{label} 0034-01-047187"), (50, 143, "Datum: 17.03.2026")])
    assert invoice.invoice_number == "0034-01-047187"


@pytest.mark.parametrize(
    ("tenant", "landlord"),
    [("Mieter", "Vermieter"), ("Tenant", "Landlord"), ("Locataire", "Bailleur"),
     ("Huurder", "Verhuurder")],
)  # fmt: skip
def test_a_lease_names_tenant_and_landlord(tenant: str, landlord: str) -> None:
    header = [(50, 130, "Nr. 2026-0042"), (50, 143, "Datum: 17.03.2026")]
    header += [(50, 180, f"{landlord}:"), (50, 193, "Hausverwaltung Nord GmbH")]
    header += [(50, 206, "Ringstraße 4, 20095 Hamburg")]
    header += [(300, 180, f"{tenant}:"), (300, 193, "Tischlerei Oltmanns")]
    header += [(300, 206, "Deichweg 5, 26506 Norden")]
    invoice = _page(header, buyer=False)
    assert invoice.buyer.name == "Tischlerei Oltmanns"
    assert invoice.seller.name == "Hausverwaltung Nord GmbH"
