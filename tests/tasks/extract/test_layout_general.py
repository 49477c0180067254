"""Layout rules on small PDFs drawn here, for layouts no template was written for: totals in a
sidebar (labels above and left of their values), due dates inside payment sentences, a seller
printed only in the footer, a letter's window address, amounts with trailing ISO codes and
space or apostrophe thousands, numbers in small-caps columns beside customer/order numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def test_sidebar_totals_below_and_right_of_their_labels_beside_the_table() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Posatori Riuniti S.r.l.", fontsize=15)
    write(page, 40, 110, "Fattura", fontsize=18)
    write(page, 40, 140, "Documento n. V/826443")
    write(page, 200, 140, "Data emissione 2026-03-20")
    write(page, 40, 250, "Descrizione", fontsize=8)
    write(page, 224, 250, "Q.tà", fontsize=8)
    write(page, 265, 250, "Prezzo", fontsize=8)
    write(page, 345, 250, "Importo", fontsize=8)
    write(page, 425, 260, "Totale imponibile", fontsize=7.5)
    write(page, 40, 266, "Piastrelle in gres", fontsize=8.5)
    write(page, 228, 266, "2", fontsize=8.5)
    write(page, 284, 266, "500,00", fontsize=8.5)
    write(page, 345, 266, "1 000,00", fontsize=8.5)
    write(page, 512, 274, "1 500,00 EUR", fontsize=10)
    write(page, 40, 284, "Battiscopa", fontsize=8.5)
    write(page, 228, 284, "1", fontsize=8.5)
    write(page, 284, 284, "500,00", fontsize=8.5)
    write(page, 345, 284, "500,00", fontsize=8.5)
    write(page, 425, 304, "IVA 22%", fontsize=7.5)
    write(page, 512, 318, "330,00 EUR", fontsize=10)
    write(page, 425, 348, "Totale fattura", fontsize=7.5)
    write(page, 493, 360, "1 830,00 EUR", fontsize=13)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "V/826443"
    assert invoice.issue_date == dt.date(2026, 3, 20)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("1500.00"),
        Decimal("330.00"),
        Decimal("1830.00"),
    )
    assert invoice.currency == "EUR"
    assert [(line.description, line.net_amount) for line in invoice.lines] == [
        ("Piastrelle in gres", Decimal("1000.00")),
        ("Battiscopa", Decimal("500.00")),
    ]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Zahlbar ohne Abzug bis zum 11. März 2026.", dt.date(2026, 3, 11)),
        ("Please remit payment by 26 September 2026 quoting the number.", dt.date(2026, 9, 26)),
        ("À régler par virement au plus tard le 28 mai 2026.", dt.date(2026, 5, 28)),
        ("À régler avant le 09/03/2026.", dt.date(2026, 3, 9)),
        ("Pago mediante transferencia antes del 21 de agosto de 2026.", dt.date(2026, 8, 21)),
        ("Pagamento tramite bonifico entro il 16 luglio 2026.", dt.date(2026, 7, 16)),
        ("Wij verzoeken u het bedrag vóór 18 juli 2026 over te maken.", dt.date(2026, 7, 18)),
    ],
)
def test_due_date_inside_a_payment_sentence(sentence: str, due: dt.date) -> None:
    doc, page = a4_page()
    write(page, 50, 60, "Muster GmbH", fontsize=14)
    write(page, 50, 100, "Invoice No. A-17 dated 5 March 2026")
    write(page, 300, 300, "Total")
    write(page, 500, 300, "120.00")
    write(page, 50, 340, sentence)
    invoice = read_drawn(doc)
    assert invoice.issue_date == dt.date(2026, 3, 5)
    assert invoice.due_date == due


def test_seller_only_in_the_footer_with_vat_id_and_iban() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "RECHNUNG", fontsize=24)
    write(page, 410, 40, "Beleg-Nr.", fontsize=7.5)
    write(page, 410, 58, "RG532700", fontsize=14)
    write(page, 40, 130, "Belegdatum:")
    write(page, 150, 130, "6. Mai 2026")
    write(page, 340, 126, "Empfänger", fontsize=8)
    write(page, 340, 140, "Autohaus Lindner e.K.", fontsize=10.5)
    write(page, 340, 154, "Dürener Straße 201", fontsize=9.5)
    write(page, 340, 166, "50931 Köln", fontsize=9.5)
    write(page, 360, 320, "Endbetrag")
    write(page, 498, 320, "11 090,64 EUR")
    write(page, 40, 782, "Schulte Haustechnik GmbH · Gewerbepark Süd 14 · 51149 Köln", fontsize=7)
    write(page, 40, 792, "USt-IdNr. DE314159265 · IBAN DE44 5001 0517 5407 3249 31", fontsize=7)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "RG532700"
    assert invoice.grand_total == Decimal("11090.64")
    assert invoice.currency == "EUR"
    assert invoice.seller.name == "Schulte Haustechnik GmbH"
    assert invoice.seller.vat_id == "DE314159265"
    assert invoice.seller.iban == "DE44500105175407324931"
    assert invoice.buyer.name == "Autohaus Lindner e.K."


def test_letter_window_address_subject_line_credit_note() -> None:
    doc, page = a4_page()
    write(page, 155, 45, "Schulte Haustechnik GmbH", fontsize=16)
    write(page, 50, 120, "Schulte Haustechnik GmbH · Gewerbepark Süd 14 · 51149 Köln", fontsize=6)
    write(page, 50, 137, "Autohaus Lindner e.K.", fontsize=10)
    write(page, 50, 149, "Dürener Straße 201", fontsize=10)
    write(page, 50, 161, "50931 Köln", fontsize=10)
    write(page, 50, 245, "Gutschrift Nr. RG48310 vom 1. März 2026", fontsize=11, fontname="hebo")
    write(page, 330, 336, "Netto")
    write(page, 501, 336, "EUR 62,71")
    write(page, 330, 350, "USt. 19 %")
    write(page, 501, 350, "EUR 11,91")
    write(page, 330, 364, "Zu zahlen")
    write(page, 496, 364, "EUR 74,62")
    write(page, 50, 400, "Zahlbar ohne Abzug bis zum 15. März 2026.")
    invoice = read_drawn(doc)
    assert invoice.type_code == "381"
    assert invoice.invoice_number == "RG48310"
    assert invoice.issue_date == dt.date(2026, 3, 1)
    assert invoice.due_date == dt.date(2026, 3, 15)
    assert invoice.buyer.name == "Autohaus Lindner e.K."
    assert invoice.seller.name == "Schulte Haustechnik GmbH"
    assert invoice.grand_total == Decimal("74.62")


def test_small_caps_columns_prefer_the_number_label_over_customer_and_order() -> None:
    doc, page = a4_page()
    write(page, 408, 45, "Imprimerie Vasseur & Fils", fontsize=12)
    write(page, 50, 140, "ADRESSÉ À", fontsize=6.5)
    write(page, 50, 152, "Musée des Confluences", fontsize=10)
    write(page, 50, 164, "86 quai Perrache", fontsize=10)
    write(page, 50, 240, "Facture", fontsize=16)
    write(page, 353, 272, "CODE CLIENT", fontsize=6.5)
    write(page, 454, 272, "VOTRE COMMANDE", fontsize=6.5)
    write(page, 50, 272, "N° DE FACTURE", fontsize=6.5)
    write(page, 151, 272, "ÉMISE LE", fontsize=6.5)
    write(page, 252, 272, "À RÉGLER AVANT LE", fontsize=6.5)
    write(page, 353, 284, "K-15351", fontsize=9.5)
    write(page, 454, 284, "PO 2607-3", fontsize=9.5)
    write(page, 50, 284, "RG3978", fontsize=9.5)
    write(page, 151, 284, "08/07/2026", fontsize=9.5)
    write(page, 252, 284, "18/07/2026", fontsize=9.5)
    write(page, 360, 480, "Montant TTC")
    write(page, 490, 480, "1'405.30 CHF")
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "RG3978"
    assert invoice.issue_date == dt.date(2026, 7, 8)
    assert invoice.due_date == dt.date(2026, 7, 18)
    assert invoice.buyer.name == "Musée des Confluences"
    assert invoice.grand_total == Decimal("1405.30")
    assert invoice.currency == "CHF"


def test_numbers_inside_a_wrapped_description_stay_in_it() -> None:
    doc, page = a4_page()
    write(page, 50, 60, "Acme Ltd", fontsize=14)
    write(page, 50, 100, "Invoice No. A-17 dated 5 March 2026")
    write(page, 40, 231, "Description", fontsize=8)
    write(page, 367, 231, "Qty", fontsize=8)
    write(page, 437, 231, "Price", fontsize=8)
    write(page, 511, 231, "Amount", fontsize=8)
    write(page, 40, 247, "Catalogue layout and proofreading, 48 pages", fontsize=8.5)
    write(page, 368, 247, "7.5", fontsize=8.5)
    write(page, 419, 247, "488.10", fontsize=8.5)
    write(page, 502, 247, "3,660.75", fontsize=8.5)
    write(page, 360, 300, "Total")
    write(page, 500, 300, "3,660.75")
    invoice = read_drawn(doc)
    assert [(line.description, line.quantity, line.net_amount) for line in invoice.lines] == [
        ("Catalogue layout and proofreading, 48 pages", Decimal("7.5"), Decimal("3660.75"))
    ]


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Rechnungskorrektur Nr. RK21012345 vom 16.09.2018", "384"),
        ("Gutschrift (Selbst ausgestellte Rechnung) Nr. 471102 vom 05.03.2018", "389"),
        ("Baurechnung (204) Nr. 181301674 vom 25.04.2018", "204"),
        ("Gutschrift Nr. 471102 vom 05.03.2018", "381"),
        ("Rechnung Nr. 471102 vom 05.03.2018", "380"),
    ],
)
def test_type_code_from_a_numbered_title(title: str, code: str) -> None:
    doc, page = a4_page()
    write(page, 50, 60, title, fontsize=14, fontname="hebo")
    write(page, 300, 300, "Gesamtbetrag")
    write(page, 500, 300, "120,00 EUR")
    invoice = read_drawn(doc)
    assert invoice.type_code == code
    assert invoice.issue_date in (dt.date(2018, 9, 16), dt.date(2018, 3, 5), dt.date(2018, 4, 25))


def test_labels_inside_compound_words_are_not_labels() -> None:
    doc, page = a4_page()
    write(page, 50, 60, "Muster GmbH", fontsize=14)
    write(page, 50, 100, "Rechnung Nr. R-1 vom 05.03.2026")
    write(page, 50, 140, "Käufer:")
    write(page, 50, 152, "Globale Nummer: 4000001987658")
    write(page, 50, 164, "Kunden AG Mitte")
    write(page, 50, 176, "Kundenstraße 15")
    write(page, 50, 240, "Art-Nr-Kunde")
    write(page, 300, 300, "Gesamtbetrag")
    write(page, 500, 300, "120,00 EUR")
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "R-1"
    assert invoice.buyer.name == "Kunden AG Mitte"
