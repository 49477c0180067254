"""Header fields on small PDFs drawn here: invoice numbers behind a bare invoice word or an
invoice word with a reference word, leader dots, date and due-date labels in six languages,
payment sentences, which way slashed dates read, type codes named by titles, and a letter-style
invoice with neither number nor date label."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._parse import currencies, parse_date, slash_order
from tests.tasks.extract.pdfs import read_drawn, write


def _invoice(
    header: list[tuple[float, float, str]], *, title: str = "Rechnung", money: str = "EUR"
) -> Invoice:
    """A page with a seller line, a large title, the given header texts (x, y, text), a buyer
    block and a totals block."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, 50, 90, title, fontsize=18)
    for x, y, text in header:
        write(page, x, y, text)
    write(page, 50, 260, "Tischlerei Oltmanns")
    write(page, 50, 272, "Deichweg 5, 26506 Norden")
    write(page, 300, 420, "Net")
    write(page, 480, 420, f"100,00 {money}")
    write(page, 300, 434, "VAT 19 %")
    write(page, 480, 434, f"19,00 {money}")
    write(page, 300, 448, "Total")
    write(page, 480, 448, f"119,00 {money}")
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Unsere Rechnung:", "SO-64589"),
        ("Factuur", "2026.86111"),
        ("Invoice ref.", "INV/26/71924"),
        ("Pièce n°", "RE-26-52784"),
        ("Serie/Número", "A29557"),
        ("Fattura num.", "19059"),
    ],
)
def test_number_below_a_label_in_many_phrasings(label: str, number: str) -> None:
    invoice = _invoice(
        [(50, 130, label), (50, 143, number), (50, 170, "Datum"), (50, 183, "23.06.2026")]
    )
    assert invoice.invoice_number == number
    assert invoice.issue_date == dt.date(2026, 6, 23)


def test_leader_dots_between_labels_and_values() -> None:
    invoice = _invoice(
        [
            (50, 130, "Unsere Rechnung ........................................ SO-97139"),
            (50, 144, "Rechnungstag ............................................ 12-Jun-2026"),
            (50, 158, "Zahlbar bis spätestens ................................ 26-Jun-2026"),
        ]
    )
    assert invoice.invoice_number == "SO-97139"
    assert invoice.issue_date == dt.date(2026, 6, 12)
    assert invoice.due_date == dt.date(2026, 6, 26)


def test_a_title_word_never_takes_a_stray_number() -> None:
    # "Rechnung" is followed by the buyer's street and postcode, not by a number.
    invoice = _invoice(
        [(50, 110, "Deichweg 5"), (50, 123, "26506 Norden"), (300, 130, "Datum: 1.2.2026")]
    )
    assert invoice.invoice_number is None
    assert invoice.issue_date == dt.date(2026, 2, 1)


@pytest.mark.parametrize(
    ("date_label", "due_label"),
    [
        ("Rechnungstag:", "Zahlbar bis spätestens:"),
        ("del:", "Scad.:"),
        ("Datum:", "Vervalt op:"),
        ("Date :", "Règlement au :"),
        ("Fecha:", "Vencimiento el:"),
        ("Date:", "Due on:"),
    ],
)
def test_date_labels_on_one_line_with_their_values(date_label: str, due_label: str) -> None:
    invoice = _invoice(
        [
            (50, 130, "Nr. 4711"),
            (50, 150, f"{date_label} 10.9.26"),
            (250, 150, f"{due_label} 10.10.26"),
        ]
    )
    assert invoice.issue_date == dt.date(2026, 9, 10)
    assert invoice.due_date == dt.date(2026, 10, 10)


def test_a_label_phrase_with_its_value_below() -> None:
    invoice = _invoice(
        [
            (50, 130, "invoice ref."),
            (50, 143, "SO-08541"),
            (200, 130, "please pay by"),
            (200, 143, "15/5/26"),
        ],
        title="Sales Invoice",
    )
    assert invoice.invoice_number == "SO-08541"
    assert invoice.due_date == dt.date(2026, 5, 15)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Zahlbar innerhalb 30 Tagen netto bis 04.04.2026, 3% Skonto bis 15.03.2026",
            dt.date(2026, 4, 4),
        ),
        ("Bitte überweisen Sie bis zum 24.07.2026.", dt.date(2026, 7, 24)),
        ("Please remit until 2026-12-12.", dt.date(2026, 12, 12)),
        ("Gelieve het bedrag over te maken voor 3-8-2026.", dt.date(2026, 8, 3)),
    ],
)
def test_due_dates_inside_payment_sentences(sentence: str, due: dt.date) -> None:
    invoice = _invoice([(50, 130, "Rechnung Nr. 4711 vom 01.03.2026"), (50, 320, sentence)])
    assert invoice.due_date == due


def test_dates_with_dots_are_day_first_even_in_dollars() -> None:
    assert parse_date("03.04.2026", month_first=True) == (dt.date(2026, 4, 3), "03.04.2026")
    assert parse_date("03/04/2026", month_first=True) == (dt.date(2026, 3, 4), "03/04/2026")


def test_an_unambiguous_slashed_date_tells_the_order() -> None:
    assert slash_order("Delivered 12/31/2026") is True
    assert slash_order("Livré le 31/12/2026") is False
    assert slash_order("06/10/2026") is None


def test_a_french_invoice_in_dollars_reads_dates_day_first() -> None:
    invoice = _invoice(
        [(50, 130, "N° de facture : 31168"), (50, 150, "Date d'émission : 06/10/2026"),
         (50, 170, "Échéance : 05/11/2026")],
        title="FACTURE", money="USD",
    )  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 10, 6)
    assert invoice.due_date == dt.date(2026, 11, 5)


def test_an_english_invoice_in_dollars_reads_dates_month_first() -> None:
    invoice = _invoice(
        [(50, 130, "Invoice No: 31168"), (50, 150, "Invoice Date: 06/10/2026"),
         (50, 170, "Due Date: 07/10/2026")],
        title="INVOICE", money="USD",
    )  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 6, 10)
    assert invoice.due_date == dt.date(2026, 7, 10)


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Factura de abono", "381"),
        ("Nota di accredito", "381"),
        ("Credit Memo", "381"),
        ("Mietrechnung (387)", "387"),
        ("Facture d'acompte", "386"),
        ("Rechnung des Versicherers", "575"),
        ("Sales Invoice", "380"),
    ],
)
def test_type_code_named_by_the_title(title: str, code: str) -> None:
    invoice = _invoice([(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026")], title=title)
    assert invoice.type_code == code


def test_title_with_a_printed_type_code_a_number_and_a_date_on_the_next_line() -> None:
    invoice = _invoice(
        [(50, 130, "Zahlungsreferenz: Rechnung 181301674")],
        title="Schlussrechnung Bau (877) Nr. 181301674 vom",
    )
    assert invoice.type_code == "877"
    assert invoice.invoice_number == "181301674"


def test_date_cue_at_the_end_of_the_title_line_takes_the_date_below() -> None:
    invoice = _invoice(
        [(50, 110, "11.03.2026")], title="Rechnung des Versicherers Nr. 00.123.456.7-2026-1 vom"
    )
    assert invoice.invoice_number == "00.123.456.7-2026-1"
    assert invoice.issue_date == dt.date(2026, 3, 11)
    assert invoice.type_code == "575"


def test_letter_invoice_without_number_or_date_label_is_recognised() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 70, 70, "MVM Musterhafter Versicherungsverein a.G.")
    write(page, 70, 110, "Herrn Max Mustermann")
    write(page, 70, 122, "Musterstr. 11, 12346 Bad Musterhausen")
    write(page, 70, 290, "Beitragsrechnung", fontname="hebo")
    write(page, 425, 290, "24. Januar 2026")
    write(page, 70, 330, "Sehr geehrter Herr Mustermann, der Beitrag ist zum Monatsende fällig.")
    write(page, 70, 450, "Gesamtbeitrag")
    write(page, 300, 450, "50,00 €")
    write(page, 70, 462, "Versicherungsteuer 19 %")
    write(page, 300, 462, "9,50 €")
    write(page, 70, 474, "Rechnungsbeitrag")
    write(page, 300, 474, "59,50 €")
    invoice = read_drawn(doc)
    assert invoice.invoice_number is None
    assert invoice.issue_date == dt.date(2026, 1, 24)
    assert invoice.evidence["issue_date"].confidence < 0.7
    assert invoice.currency == "EUR"


def test_currency_named_by_a_label_beats_opening_hours() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026"), (50, 170, "Währung:"),
         (150, 170, "EUR"), (50, 190, "Mo.-Fr. 08.30 - 12.30 Uhr")],
        money="",
    )  # fmt: skip
    assert invoice.currency == "EUR"
    assert invoice.evidence["currency"].text == "EUR"


def test_a_typed_title_with_a_number_label_later_in_it() -> None:
    invoice = _invoice([], title="Buchungshilfe - KEINE Rechnung Nr. 471102 vom 05.03.2026")
    assert invoice.type_code == "751"
    assert invoice.invoice_number == "471102"
    assert invoice.issue_date == dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("Payment terms: Net 30", dt.date(2026, 3, 31)),
        ("Zahlungsbedingungen: 2 % Skonto innerhalb 10 Tagen, 14 Tage netto", dt.date(2026, 3, 15)),
        ("Conditions de paiement : 45 jours fin de mois", dt.date(2026, 4, 30)),
        ("Betaling binnen 14 dagen", dt.date(2026, 3, 15)),
    ],
)
def test_due_date_from_payment_terms_counted_from_the_issue_date(terms: str, due: dt.date) -> None:
    invoice = _invoice([(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026"), (50, 320, terms)])
    assert invoice.due_date == due
    assert invoice.evidence["due_date"].confidence <= 0.6


def test_printed_due_date_wins_over_payment_terms() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026"), (50, 170, "Fällig am: 20.03.2026"),
         (50, 320, "Zahlbar innerhalb 30 Tagen netto")]
    )  # fmt: skip
    assert invoice.due_date == dt.date(2026, 3, 20)


def test_a_plain_upper_case_title_names_the_type() -> None:
    invoice = _invoice([(50, 130, "Nr. 4711"), (50, 150, "Date: 01.03.2026")], title="")
    assert invoice.type_code == "380"
    doc_invoice = _invoice(
        [(50, 120, "CREDIT NOTE"), (50, 140, "No. CN-4711"), (50, 160, "Date: 01.03.2026")],
        title="",
    )
    assert doc_invoice.type_code == "381"
    assert doc_invoice.invoice_number == "CN-4711"


def test_proforma_title() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026")], title="Proforma-Rechnung"
    )
    assert invoice.type_code == "325"


def test_a_delivery_date_is_not_the_issue_date() -> None:
    invoice = _invoice(
        [(50, 130, "Invoice No: 4711"), (50, 150, "Delivery date: 20.02.2026"),
         (300, 150, "Invoice date: 01.03.2026")]
    )  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 3, 1)
    only_delivery = _invoice(
        [(50, 130, "Invoice No: 4711"), (50, 150, "Delivery date: 20.02.2026")]
    )
    assert only_delivery.issue_date is None


def test_a_number_sign_citing_a_law_is_no_invoice_number() -> None:
    invoice = _invoice([(50, 130, "Datum: 01.03.2026"), (50, 320, "Nr. 14 UStG: steuerfrei")])
    assert invoice.invoice_number is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("05/Mar/2026", dt.date(2026, 3, 5)),
        ("5th of March 2026", dt.date(2026, 3, 5)),
        ("Mar-05-2026", dt.date(2026, 3, 5)),
        ("1. Feber 2026", dt.date(2026, 2, 1)),
        ("12-Jun-2026", dt.date(2026, 6, 12)),
    ],
)
def test_more_date_forms(text: str, day: dt.date) -> None:
    found = parse_date(text)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(
    ("money", "code"), [("zł", "PLN"), ("Kč", "CZK"), ("HK$", "HKD"), ("SGD", "SGD")]
)
def test_more_currency_symbols_and_codes(money: str, code: str) -> None:
    assert currencies(f"Total 119,00 {money}") == [(code, money)]


def test_crowns_take_the_country_of_the_iban() -> None:
    invoice = _invoice(
        [(50, 130, "Faktura nr. 4711"), (50, 150, "Dato: 01.03.2026"),
         (50, 700, "IBAN DK50 0040 0440 1162 43")],
        money="kr.",
    )  # fmt: skip
    assert invoice.currency == "DKK"
    assert invoice.evidence["currency"].confidence <= 0.6


def test_a_sidebar_label_beside_the_table_header_keeps_its_value() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 20, 50, "Kestrel Lab Supplies Ltd")
    write(page, 200, 50, "INVOICE", fontsize=16)
    write(page, 20, 110, "Invoice number")
    write(page, 20, 124, "2026/3758")
    write(page, 20, 150, "Date of issue")
    write(page, 20, 164, "9 September 2026")
    write(page, 20, 185, "Payment due")
    write(page, 20, 199, "9 October 2026")
    for x, text in ((200, "#"), (226, "Description"), (375, "Qty"), (439, "Unit price"),
                    (504, "Line total USD")):  # fmt: skip
        write(page, x, 199, text)
    for y, (desc, qty, price, total) in zip(
        (219, 234),
        (("Cloud hosting", "1", "296.36", "296.36"), ("Consulting", "5", "465.89", "2,329.45")),
        strict=True,
    ):
        write(page, 203, y, "1")
        write(page, 226, y, desc)
        write(page, 386, y, qty)
        write(page, 448, y, price)
        write(page, 523, y, total)
    write(page, 400, 300, "Total USD")
    write(page, 500, 300, "2,625.81")
    invoice = read_drawn(doc)
    assert invoice.issue_date == dt.date(2026, 9, 9)
    assert invoice.due_date == dt.date(2026, 10, 9)


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("Zahlungsziel: 14 Tage", dt.date(2026, 3, 15)),
        ("Pagamento: 30 gg d.f.", dt.date(2026, 3, 31)),
        ("Due in 30 days from the invoice date", dt.date(2026, 3, 31)),
    ],
)
def test_more_payment_terms(terms: str, due: dt.date) -> None:
    invoice = _invoice([(50, 130, "Nr. 4711"), (50, 150, "Datum: 01.03.2026"), (50, 320, terms)])
    assert invoice.due_date == due


def test_dollar_signs_on_an_invoice_naming_another_dollar() -> None:
    invoice = _invoice(
        [(50, 130, "Invoice No: 4711"), (50, 150, "Date: 01.03.2026"),
         (50, 170, "All amounts in CAD")],
        money="$",
    )  # fmt: skip
    assert invoice.currency == "CAD"


def test_a_credit_note_title_in_body_type_high_on_the_page() -> None:
    invoice = _invoice(
        [(50, 115, "Credit note"), (50, 130, "No. CN-4711"), (50, 150, "Date: 01.03.2026")],
        title="",
    )
    assert invoice.type_code == "381"


def test_a_year_after_a_title_word_is_no_invoice_number() -> None:
    invoice = _invoice([(50, 130, "Datum: 01.03.2026")], title="Jahresrechnung 2026")
    assert invoice.invoice_number is None


def test_a_credit_note_word_as_the_number_label() -> None:
    invoice = _invoice(
        [(50, 130, "Credit note:"), (50, 143, "CN-2026-17"), (50, 170, "Date: 01.03.2026")]
    )
    assert invoice.invoice_number == "CN-2026-17"
