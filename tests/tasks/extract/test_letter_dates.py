"""A letter's place-and-date line as the issue date, and a header strip naming a credit note
with its number and date in one line."""

from __future__ import annotations

import datetime

import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals

_LETTER_DATES = [
    ("London, 3 March 2026", "Invoice", "Invoice no."),
    ("München, den 03.03.2026", "Rechnung", "Rechnungsnr."),
    ("Paris, le 3 mars 2026", "Facture", "N° de facture"),
    ("Madrid, 3 de marzo de 2026", "Factura", "N.º de factura"),
    ("Madrid, a 3 de marzo de 2026", "Factura", "N.º de factura"),
    ("Milano, 3 marzo 2026", "Fattura", "Fattura n."),
    ("Amsterdam, 3 maart 2026", "Factuur", "Factuurnummer"),
    ("'s-Hertogenbosch, 3 maart 2026", "Factuur", "Factuurnummer"),
    ("Frankfurt am Main, den 3. März 2026", "Rechnung", "Rechnungsnr."),
    ("Berlin, Dienstag, 3. März 2026", "Rechnung", "Rechnungsnr."),
    ("Paris, le mardi 3 mars 2026", "Facture", "N° de facture"),
    ("Milano, martedì 3 marzo 2026", "Fattura", "Fattura n."),
]


@pytest.mark.parametrize(("place_date", "title", "label"), _LETTER_DATES)
def test_a_place_and_date_line_right_of_a_letter_head_is_the_issue_date(
    place_date: str, title: str, label: str
) -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 64, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 56, 130, "Harbour View Dental Practice", fontsize=10)
    write(page, 56, 143, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 420, 205, place_date, fontsize=10)
    write(page, 40, 250, title, fontsize=16)
    write(page, 420, 250, label, fontsize=9)
    write(page, 490, 250, "27688", fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.invoice_number == "27688"


@pytest.mark.parametrize(
    ("strip", "code", "day"),
    [
        ("Creditnota inventarisatie · Nummer factuur AS 2027 0677 · Dagtekening factuur "
         "2027-01-09", "381", datetime.date(2027, 1, 9)),
        ("Gutschrift Gutachten · Rechnungs-Nummer AS 2027 0677 · Rechnungsdatum 09.01.2027",
         "381", datetime.date(2027, 1, 9)),
        ("Credit note survey | Invoice no. AS 2027 0677 | Invoice date 9 January 2027",
         "381", datetime.date(2027, 1, 9)),
        ("Factuur inventarisatie · Nummer factuur AS 2027 0677 · Dagtekening factuur "
         "2027-01-09", "380", datetime.date(2027, 1, 9)),
    ],
)  # fmt: skip
def test_a_header_strip_names_the_type_number_and_date(
    strip: str, code: str, day: datetime.date
) -> None:
    doc, page = a4_page()
    write(page, 40, 40, strip, fontsize=11, fontname="hebo")
    write(page, 40, 80, "Kestrel Office Supplies Ltd", fontsize=10)
    write(page, 40, 92, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 300, 80, "Harbour View Dental Practice", fontsize=10)
    write(page, 300, 92, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "AS 2027 0677"
    assert invoice.type_code == code
    assert invoice.issue_date == day


@pytest.mark.parametrize(
    "title",
    ["Invoice INV-4711 · 3 March 2026", "Rechnung INV-4711 | 03.03.2026",
     "Facture INV-4711 • 03/03/2026", "Factuur INV-4711 · 03-03-2026"],
)  # fmt: skip
def test_a_bare_date_in_the_piece_after_a_titles_number_is_the_issue_date(title: str) -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 64, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 56, 140, "Harbour View Dental Practice", fontsize=10)
    write(page, 56, 153, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 40, 200, title, fontsize=16)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "INV-4711"
    assert invoice.issue_date == datetime.date(2026, 3, 3)


@pytest.mark.parametrize(
    "sentence",
    ["Diese Rechnung wurde am 03.03.2026 erstellt und ist bis 02.04.2026 zahlbar.",
     "Die Rechnung ist am 3. März 2026 ausgestellt und bis zum 2. April 2026 zu begleichen."],
)  # fmt: skip
def test_a_german_sentence_closing_on_its_verb_dates_the_invoice(sentence: str) -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 56, 140, "Harbour View Dental Practice", fontsize=10)
    write(page, 56, 153, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 40, 200, "Rechnung", fontsize=16)
    write(page, 400, 200, "Rechnungsnr.", fontsize=9)
    write(page, 470, 200, "4711", fontsize=9)
    write(page, 40, 230, sentence, fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.due_date == datetime.date(2026, 4, 2)
