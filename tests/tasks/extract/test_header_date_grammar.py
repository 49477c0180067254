"""Header labels read by grammar on small PDFs drawn here: date labels built from a date word
and a word for the bill in either order or as a compound, the day of issuing, the end of the
payment terms, number labels naming a sequence, a tax-point date beside an explicit payment
deadline, a title word followed by "Credit", and the label risks that must stay closed
("invoiced in EUR", a bare "created", dates of other things)."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tasks.extract._labels import find_labels
from tasks.extract._parse import fold
from tests.tasks.extract.pdfs import a4_page, header_grid, read_drawn, write, write_totals


def _draw(rows: list[tuple[str, str]], *, title: str = "Invoice") -> Invoice:
    """A header grid of labels left of their values, under a title."""
    doc, page = header_grid(rows, title=title)
    write_totals(page)
    return read_drawn(doc)


def _field(label: str) -> str | None:
    """The field of the label that runs to the end of `label`, if any."""
    folded = fold(label)
    found = find_labels(folded)
    if not found or found[-1][1].end < len(folded.rstrip(" :")):
        return None
    return found[-1][1].field


ISSUE_PHRASINGS = [
    "Statement date", "Date of statement", "Note date", "Invoice issue date", "Day of issue",
    "Issuing date", "Date of invoicing", "Belegdatum", "Abrechnungsdatum", "Notadatum",
    "Afrekeningsdatum", "Date du relevé", "Relevé du", "Data emissione fattura",
    "Invoice made out on", "Ausgefertigt am", "Datum van de afrekening", "Data della nota",
    "Fecha de la nota", "Gutschriftsdatum", "Date of the bill", "Issue date of invoice",
    "Fecha de emisión del documento", "F. expedición", "Datum van uitgifte van het document",
]  # fmt: skip
DUE_PHRASINGS = [
    "Terms expire", "Payment terms end", "Settle by", "A pagar antes de", "Bitte begleichen bis",
    "Zahlungsziel endet am", "Payment deadline", "Deadline for payment", "Credit expiry date",
    "Termijn verloopt op", "Termine ultimo di pagamento", "Payable on", "Settlement expected",
    "Funds due on", "Gelden verschuldigd op", "Fondos debidos el", "Opeisbaar op",
    "Esigibile il", "Pague antes del", "Rogamos abone antes del", "Pagare prima del",
    "Incasso previsto entro il", "Terme du délai", "Fin del plazo", "Betaaltermijn",
    "Remittance due", "À payer pour le", "Fecha tope de pago", "Entro il", "F. vencimiento",
]  # fmt: skip
NUMBER_PHRASINGS = [
    "Rechnungsfolge", "Belegfolgenummer", "Invoice sequence no.", "Factuurreeks",
    "Sequenza fattura", "Rechnungsreihe", "Doc ID", "Document code", "Dokument-ID",
    "Sequence no.", "Rechnungsschlüssel", "N° chrono", "Numéro chronologique",
]  # fmt: skip
OTHER_PHRASINGS = [
    "Date of birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento",
    "Data di nascita", "Geboortedatum", "Visit date", "Meter reading date", "Date de relevé",
    "Delivery note date", "Contract date", "Kursdatum", "Fecha del curso", "Cursusdatum",
]  # fmt: skip


@pytest.mark.parametrize("label", ISSUE_PHRASINGS)
def test_issue_date_labels_by_grammar(label: str) -> None:
    assert _field(label) == "issue_date"


@pytest.mark.parametrize("label", DUE_PHRASINGS)
def test_due_date_labels_by_grammar(label: str) -> None:
    assert _field(label) == "due_date"


@pytest.mark.parametrize("label", NUMBER_PHRASINGS)
def test_number_labels_naming_a_sequence(label: str) -> None:
    assert _field(label) == "invoice_number"


@pytest.mark.parametrize("label", OTHER_PHRASINGS)
def test_dates_of_other_things_are_not_the_issue_date(label: str) -> None:
    assert _field(label) not in ("issue_date", "due_date")


@pytest.mark.parametrize("label", ["Facturado en", "Fatturato in", "Registration deadline"])
def test_words_that_are_not_date_labels(label: str) -> None:
    assert _field(label) not in ("issue_date", "due_date")


@pytest.mark.parametrize(
    "key", ["Course dates", "Visit on", "Meter read on", "Kursbeginn", "Vertrag vom", "Relevé le",
            "Visita el", "Opname op", "Stay", "Arrival", "Devis du", "Lesson on"],
)  # fmt: skip
def test_the_day_of_another_thing_under_an_unknown_key_is_no_issue_date(key: str) -> None:
    invoice = _draw([("Invoice no.", "R-118"), (key, "14.09.2026")])
    assert invoice.issue_date is None


def test_an_unknown_key_still_dates_the_invoice() -> None:
    invoice = _draw([("Invoice no.", "R-118"), ("Geschrieben", "14.09.2026")])
    assert str(invoice.issue_date) == "2026-09-14"


def test_grammar_labels_read_their_values() -> None:
    invoice = _draw([("Rechnungsfolge", "SK 2026/8078"), ("Statement date", "22.07.2026"),
                     ("Terms expire", "21.08.2026")])  # fmt: skip
    assert invoice.invoice_number == "SK 2026/8078"
    assert str(invoice.issue_date) == "2026-07-22"
    assert str(invoice.due_date) == "2026-08-21"


def test_a_sequence_label_reads_spaced_groups() -> None:
    invoice = _draw([("Rechnungsfolge", "G 2026 259"), ("Belegdatum", "21.07.2026")])
    assert invoice.invoice_number == "G 2026 259"


def test_a_tax_point_beside_a_payment_deadline_is_the_issue_date() -> None:
    rows = [("N° de pièce", "BR26/80905"), ("Date d'exigibilité", "09/12/2026"),
            ("Paiement au plus tard le", "30/12/2026")]  # fmt: skip
    invoice = _draw(rows, title="Facture")
    assert str(invoice.issue_date) == "2026-12-09"
    assert str(invoice.due_date) == "2026-12-30"


def test_a_tax_point_beside_a_labelled_issue_date_is_dropped() -> None:
    rows = [
        ("N° de pièce", "BR26/80905"),
        ("Date de facture", "01/12/2026"),
        ("Date d'exigibilité", "09/12/2026"),
        ("Paiement au plus tard le", "30/12/2026"),
    ]
    invoice = _draw(rows, title="Facture")
    assert str(invoice.issue_date) == "2026-12-01"
    assert str(invoice.due_date) == "2026-12-30"


def test_a_lone_tax_point_label_stays_the_due_date() -> None:
    rows = [("N° de pièce", "BR26/80905"), ("Date de facture", "01/12/2026"),
            ("Date d'exigibilité", "09/12/2026")]  # fmt: skip
    invoice = _draw(rows, title="Facture")
    assert str(invoice.issue_date) == "2026-12-01"
    assert str(invoice.due_date) == "2026-12-09"


def test_an_exigible_day_beside_a_deadline_stays_a_due_date_label() -> None:
    rows = [("N° de pièce", "BR26/80905"), ("Exigible le", "09/12/2026"),
            ("Paiement au plus tard le", "30/12/2026")]  # fmt: skip
    invoice = _draw(rows, title="Facture")
    assert invoice.issue_date is None  # "exigible" (payable) is no tax point


@pytest.mark.parametrize(
    ("charged", "deadline"),
    [("Fecha de cargo", "Rogamos pago hasta el"), ("Data addebito", "Si prega di pagare entro il"),
     ("Date de prélèvement", "Paiement au plus tard le"), ("Abbuchungsdatum", "Zahlbar bis")],
)  # fmt: skip
def test_a_charge_date_before_a_payment_deadline_is_the_issue_date(
    charged: str, deadline: str
) -> None:
    rows = [("Nº", "RB-6126"), (charged, "03.08.2026"), (deadline, "02.09.2026")]
    invoice = _draw(rows, title="Factura")
    assert str(invoice.issue_date) == "2026-08-03"
    assert str(invoice.due_date) == "2026-09-02"


def test_a_charge_date_after_the_deadline_is_no_issue_date() -> None:
    rows = [("Nº", "RB-6126"), ("Fecha de cargo", "10.09.2026"),
            ("Rogamos pago hasta el", "02.09.2026")]  # fmt: skip
    invoice = _draw(rows, title="Factura")
    assert invoice.issue_date is None


@pytest.mark.parametrize(
    "key", ["Rechnungsdatum = Leistungsdatum", "Rechnungsdatum (= Leistungsdatum)",
            "Invoice date / delivery date", "Factuurdatum en leverdatum"],
)  # fmt: skip
def test_equated_date_labels_give_the_issue_date(key: str) -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 300, 70, "Invoice", fontsize=16)
    write(page, 300, 100, "Invoice no.", fontsize=8.5)
    write(page, 470, 100, "R-118", fontsize=8.5)
    write(page, 300, 113, f"{key} 14.09.2026", fontsize=8.5)
    write_totals(page)
    assert str(read_drawn(doc).issue_date) == "2026-09-14"


@pytest.mark.parametrize("title", ["Fee Note Credit", "Invoice Credit", "Invoice - Credit"])
def test_a_title_word_followed_by_credit_is_a_credit_note(title: str) -> None:
    invoice = _draw(
        [("Our invoice ref.", "FN4808/26"), ("Invoiced on", "22 Aug 2026")], title=title
    )
    assert invoice.type_code == "381"


def test_a_plain_fee_note_is_an_invoice() -> None:
    invoice = _draw([("Our invoice ref.", "FN4808/26"), ("Invoiced on", "22 Aug 2026")],
                    title="Fee Note")  # fmt: skip
    assert invoice.type_code == "380"


def test_a_bare_created_date_yields_to_an_issue_label() -> None:
    for created in ("Erstellt", "Aangemaakt"):
        rows = [("Rechnungsnr.", "RE-4711"), (created, "01.09.2026"),
                ("Rechnungsdatum", "28.08.2026")]  # fmt: skip
        invoice = _draw(rows, title="Rechnung")
        assert str(invoice.issue_date) == "2026-08-28", created
        alone = _draw([("Rechnungsnr.", "RE-4711"), (created, "01.09.2026")], title="Rechnung")
        assert str(alone.issue_date) == "2026-09-01", created


def test_invoiced_in_a_currency_is_not_a_date_label() -> None:
    rows = [("Factura nº", "F-2026-118"), ("Facturado en", "EUR"), ("Fecha", "03/09/2026")]
    invoice = _draw(rows, title="Factura")
    assert str(invoice.issue_date) == "2026-09-03"


@pytest.mark.parametrize(
    "value", ["2026 / 118", "RE-2026 / 00118", "KS-26 1234", "F2026 118", "FA 2026-07 0042"],
)  # fmt: skip
def test_a_number_printed_in_parts_is_read_whole(value: str) -> None:
    invoice = _draw([("Invoice no.", value), ("Invoice date", "01.09.2026")])
    assert invoice.invoice_number == value


@pytest.mark.parametrize(
    ("printed", "number"),
    [("RE-118 2026", "RE-118"), ("RE-118 14.09.2026", "RE-118"), ("2026 / 14.09.2026", "2026"),
     ("KS-26 1234 Kunde", "KS-26")],
)  # fmt: skip
def test_a_year_date_or_word_after_a_number_is_not_glued(printed: str, number: str) -> None:
    invoice = _draw([("Invoice no.", printed), ("Invoice date", "01.09.2026")])
    assert invoice.invoice_number == number


def test_a_bare_document_word_takes_an_identifier_after_it() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 300, 90, "Beleg R-118 vom 14.09.2026", fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "R-118"
    assert str(invoice.issue_date) == "2026-09-14"
