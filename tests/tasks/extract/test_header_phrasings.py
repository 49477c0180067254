"""Header fields in further phrasings, on small PDFs drawn here: issue dates named as letters
and tax law do ("Tax point", "Établie le", "Opgemaakt op"), a date under a key no dictionary
knows, due dates as "Payment date", "at the latest" and direct-debit sentences, a label closing
run-together column headers, credit-note titles, and invoice words that cite another invoice."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._parse import parse_date
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _invoice(
    header: list[tuple[float, float, str]],
    *,
    title: str = "Rechnung",
    footer: list[tuple[float, float, str]] = (),  # type: ignore[assignment]
) -> Invoice:
    """A page with a seller line, a large title, the given header texts (x, y, text), a buyer
    block, a totals block and the given footer texts."""
    doc, page = a4_page()
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, 50, 90, title, fontsize=18)
    for x, y, text in header:
        write(page, x, y, text)
    write(page, 50, 260, "Tischlerei Oltmanns")
    write(page, 50, 272, "Deichweg 5, 26506 Norden")
    write(page, 300, 420, "Net")
    write(page, 480, 420, "100,00 EUR")
    write(page, 300, 434, "VAT 19 %")
    write(page, 480, 434, "19,00 EUR")
    write(page, 300, 448, "Total")
    write(page, 480, 448, "119,00 EUR")
    for x, y, text in footer:
        write(page, x, y, text)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("label", "printed", "day"),
    [
        ("Tax point:", "April 30, 2026", dt.date(2026, 4, 30)),
        ("Bill date:", "20/04/2026", dt.date(2026, 4, 20)),
        ("Datum der Rechnung:", "15.02.2026", dt.date(2026, 2, 15)),
        ("Erstellt am:", "14.05.2026", dt.date(2026, 5, 14)),
        ("Rech.-Datum:", "02.02.2026", dt.date(2026, 2, 2)),
        ("Établie le:", "24/03/2026", dt.date(2026, 3, 24)),
        ("Emitida el:", "18/09/2026", dt.date(2026, 9, 18)),
        ("Emessa il:", "11/04/2026", dt.date(2026, 4, 11)),
        ("Opgemaakt op:", "23-08-2026", dt.date(2026, 8, 23)),
    ],
)
def test_issue_dates_named_as_letters_and_tax_law_do(
    label: str, printed: str, day: dt.date
) -> None:
    invoice = _invoice([(50, 130, "Nr. 2026-101"), (50, 145, f"{label} {printed}")])
    assert invoice.issue_date == day


@pytest.mark.parametrize("key", ["Ausfertigung:", "Stand", "Printed"])
def test_a_date_under_an_unknown_key_in_the_header_block(key: str) -> None:
    invoice = _invoice([(50, 130, "Nr. 2026-101"), (350, 145, key), (450, 145, "15.02.2026")])
    assert invoice.issue_date == dt.date(2026, 2, 15)
    assert invoice.evidence["issue_date"].confidence <= 0.5


def test_two_dates_under_unknown_keys_are_left_alone() -> None:
    invoice = _invoice(
        [
            (50, 130, "Nr. 2026-101"),
            (350, 145, "Ausfertigung:"),
            (450, 145, "15.02.2026"),
            (350, 160, "Druck:"),
            (450, 160, "16.02.2026"),
        ]
    )
    assert invoice.issue_date is None


@pytest.mark.parametrize(
    ("label", "printed", "day"),
    [
        ("Payment date:", "1 Aug 2026", dt.date(2026, 8, 1)),
        ("Termine di pagamento:", "20.05.2026", dt.date(2026, 5, 20)),
        ("Betaaltermijn tot:", "12-09-2026", dt.date(2026, 9, 12)),
        ("Fälligkeitstag:", "01.04.2026", dt.date(2026, 4, 1)),
        ("Échéance de paiement:", "17/06/2026", dt.date(2026, 6, 17)),
    ],
)
def test_due_dates_in_further_phrasings(label: str, printed: str, day: dt.date) -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (50, 145, "Datum: 12.03.2026"), (50, 160, f"{label} {printed}")]
    )
    assert invoice.issue_date == dt.date(2026, 3, 12)
    assert invoice.due_date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij verzoeken u vriendelijk het totaalbedrag uiterlijk 06-08-2026 te voldoen.",
        "Der Betrag in Höhe von EUR 119,00 wird am 06.08.2026 von Ihrem Konto eingezogen.",
        "The amount will be debited from your account on 6 August 2026.",
        "Le montant sera prélevé sur votre compte le 06/08/2026.",
        "Bitte begleichen Sie den Betrag spätestens am 06.08.2026.",
    ],
)
def test_due_dates_in_sentences(sentence: str) -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (50, 145, "Datum: 12.07.2026")],
        footer=[(50, 500, sentence)],
    )
    assert invoice.due_date == dt.date(2026, 8, 6)


def test_a_due_date_field_beats_a_payment_sentence() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (50, 145, "Datum: 12.03.2026")],
        footer=[
            (50, 500, "Zahlbar innerhalb 30 Tagen netto bis 11.04.2026, 2 % Skonto bis 20.03."),
            (50, 530, "Fälligkeit"),
            (50, 543, "13.04.2026"),
        ],
    )
    assert invoice.due_date == dt.date(2026, 4, 13)


def test_a_label_closing_run_together_column_headers() -> None:
    heads = "Total toutes taxes comprises (EUR) "
    x = 250 + pymupdf.get_text_length(heads, fontsize=7)
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (50, 145, "Date facture: 03/06/2026")],
        footer=[
            (250, 600, heads + "Échéance de paiement"),
            (250, 614, "119,00"),
            (x + 10, 614, "17/06/2026"),
        ],
    )
    assert invoice.due_date == dt.date(2026, 6, 17)


@pytest.mark.parametrize(
    "title", ["CREDIT MEMORANDUM", "Nota di storno", "Nota di variazione", "Credit advice"]
)
def test_credit_note_titles(title: str) -> None:
    invoice = _invoice([(50, 130, "Nr. 2026-101"), (50, 145, "Date: 12.03.2026")], title=title)
    assert invoice.type_code == "381"


@pytest.mark.parametrize(
    ("header", "number"),
    [
        (["Note d'avoir FA20268609", "Avoir sur facture FA20266277"], "FA20268609"),
        (["Nr. der Rechnung: 2026-507", "Bezug: Rechnung 2026-721"], "2026-507"),
        (["Credit note", "Credits invoice 40262", "Document no. CN-17"], "CN-17"),
        (["RG-Nr.: WH26/06100"], "WH26/06100"),
        (["Inv. no.: P&-8173"], "P&-8173"),
        (["Bill PJ559"], "PJ559"),
    ],
)
def test_invoice_numbers_and_cited_invoices(header: list[str], number: str) -> None:
    lines = [(50, 130 + 15 * i, text) for i, text in enumerate(header)]
    invoice = _invoice([*lines, (350, 130, "Datum: 12.03.2026")])
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("05-SEP-26", dt.date(2026, 9, 5)),
        ("5 fév 2026", dt.date(2026, 2, 5)),
        ("5 Maerz 2026", dt.date(2026, 3, 5)),
    ],
)
def test_further_date_forms(text: str, day: dt.date) -> None:
    found = parse_date(text)
    assert found is not None and found[0] == day


def test_a_code_between_dashes_is_no_date() -> None:
    assert parse_date("Art 12-abc-26") is None


def test_a_date_under_a_key_naming_another_day_is_no_issue_date() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (350, 145, "Auftrag-Datum"), (450, 145, "02.04.2026")]
    )
    assert invoice.issue_date is None


def test_labels_in_a_run_together_header_row_head_the_columns_below() -> None:
    heads = ["Invoice no.", "Invoice date", "Due date", "Currency"]
    x = [50.0]
    for head in heads[:-1]:
        x.append(x[-1] + pymupdf.get_text_length(head + " ", fontsize=11))
    values = ["A-77", "3.6.26", "17.6.26", "EUR"]
    invoice = _invoice(
        [(50, 130, " ".join(heads)), *((a, 144, v) for a, v in zip(x, values, strict=True))]
    )
    assert invoice.invoice_number == "A-77"
    assert invoice.issue_date == dt.date(2026, 6, 3)
    assert invoice.due_date == dt.date(2026, 6, 17)


def test_a_date_far_behind_a_payment_phrase_is_no_due_date() -> None:
    invoice = _invoice(
        [(50, 130, "Nr. 2026-101"), (50, 145, "Datum: 12.07.2026")],
        footer=[(50, 500, "Payment by card is welcome; our office closes on 24.12.2026.")],
    )
    assert invoice.due_date is None


def test_an_invoice_cited_right_of_its_citing_word_is_not_this_one() -> None:
    invoice = _invoice(
        [(50, 70, "Bezug:"), (150, 70, "Rechnung 2026-721"), (50, 145, "Datum: 12.03.2026")],
        title="Gutschrift G-17",
    )
    assert invoice.invoice_number == "G-17"


def test_a_payment_terms_row_under_the_line_items_gives_the_due_date() -> None:
    doc, page = a4_page()
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, 50, 90, "Rechnung Nr. 2026-101 vom 12.03.2026", fontsize=14)
    write(page, 50, 130, "Tischlerei Oltmanns")
    for x, head in (
        (50, "Pos"),
        (90, "Beschreibung"),
        (330, "Menge"),
        (400, "Preis"),
        (500, "Betrag"),
    ):
        write(page, x, 200, head)
    for i, (text, qty, price, net) in enumerate(
        (("Holzbohrer-Set", "1", "60,00", "60,00"), ("Wasserwaage", "2", "20,00", "40,00"))
    ):
        y = 215 + 14 * i
        for x, cell in ((50, str(i + 1)), (90, text), (330, qty), (400, price), (500, net)):
            write(page, x, y, cell)
    write(page, 90, 260, "Fälligkeit")
    write(page, 90, 274, "Zahlbar ohne Abschlag bis")
    write(page, 330, 274, "20.04.2026")
    write(page, 400, 320, "Summe netto")
    write(page, 500, 320, "100,00 EUR")
    write(page, 400, 334, "USt. 19 %")
    write(page, 500, 334, "19,00 EUR")
    write(page, 400, 348, "Gesamtbetrag")
    write(page, 500, 348, "119,00 EUR")
    invoice = read_drawn(doc)
    assert invoice.issue_date == dt.date(2026, 3, 12)
    assert invoice.due_date == dt.date(2026, 4, 20)
