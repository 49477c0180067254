"""Header fields on small PDFs drawn here: an invoice "generated" or "created" on a day
("Factura generada", "Fattura generata") beside a term for the money to come in ("Plazo de
ingreso", "Termine di versamento"), and a number labelled with the same noun as the issue
date ("N.º de cuenta" beside "Fecha de cuenta") under a workshop's boxed job number."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Invoice
from tasks.extract._labels import match_label
from tasks.extract._parse import fold
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _stacked(facts: list[tuple[str, str]], *, title: str = "Factura",
             job: tuple[str, str] | None = None) -> Invoice:  # fmt: skip
    """A seller, a title, then each label on its own line with its value on the next."""
    doc, page = a4_page()
    write(page, 40, 58, "Taller Ciclos Bidasoa S.L.", fontsize=14, fontname="hebo")
    write(page, 40, 72, "Calle Mayor 14 · 20302 Irun · NIF-IVA B20977165", fontsize=8)
    if job:
        page.draw_rect((330, 40, 480, 92))
        write(page, 340, 56, job[0], fontsize=9)
        write(page, 340, 82, job[1], fontsize=20, fontname="hebo")
    write(page, 40, 110, title, fontsize=16, fontname="hebo")
    y = 132.0
    for key, value in facts:
        write(page, 40, y, key, fontsize=8)
        write(page, 40, y + 12, value, fontsize=10)
        y += 30
    write(page, 330, 132, "Cargado a", fontsize=8)
    write(page, 330, 144, "Asociación Vecinal El Carmen", fontsize=10)
    write(page, 330, 156, "Calle Real 40, 30002 Murcia", fontsize=9)
    totals = [("Base imponible", "100,00 €"), ("IVA 21 %", "21,00 €"), ("Total", "121,00 €")]
    for index, (key, amount) in enumerate(totals):
        write(page, 300, 400 + 14 * index, key, fontsize=9)
        write(page, 480, 400 + 14 * index, amount, fontsize=9)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("issued", "due"),
    [
        ("Factura generada", "Plazo de ingreso"),
        ("Fattura generata", "Termine di versamento"),
        ("Invoice generated", "Payment deadline"),
        ("Facture générée", "Délai de versement"),
        ("Rechnung erzeugt am", "Einzahlungsfrist"),
        ("Factuur gegenereerd op", "Termijn van storting"),
    ],
)
def test_an_invoice_made_on_a_day_and_a_term_to_pay_give_both_dates(issued: str, due: str) -> None:
    invoice = _stacked([("N.º de factura", "LAB-06794-26"), (issued, "08/06/2026"),
                        (due, "22/06/2026"), ("Facturado en", "EUR")])  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 6, 8)
    assert invoice.due_date == dt.date(2026, 6, 22)


def test_a_number_named_like_the_issue_date_is_the_invoice_number() -> None:
    invoice = _stacked([("N.º de cuenta", "3689-26"), ("Fecha de cuenta", "20/08/2026"),
                        ("Pagadera a más tardar el", "27/08/2026")],
                       job=("Orden de reparación", "2752"))  # fmt: skip
    assert invoice.invoice_number == "3689-26"
    assert invoice.issue_date == dt.date(2026, 8, 20)


def test_an_account_number_beside_a_plain_date_is_not_the_invoice_number() -> None:
    invoice = _stacked([("N.º de cuenta", "3689-26"), ("Fecha", "20/08/2026")],
                       job=("Orden de reparación", "2752"))  # fmt: skip
    assert invoice.invoice_number not in ("3689-26", "2752")


def test_a_number_sign_before_the_note_word_labels_the_invoice_number() -> None:
    invoice = _stacked([("N. nota", "1415-26"), ("Data nota", "07/12/2026")],
                       title="Fattura", job=("Scheda riparazione", "2906"))  # fmt: skip
    assert invoice.invoice_number == "1415-26"


@pytest.mark.parametrize("key", ["Frist zur Einzahlung", "Plazo para ingresar", "Plazo"])
def test_a_date_under_an_unknown_deadline_key_is_no_issue_date(key: str) -> None:
    invoice = _stacked([("N.º de factura", "LAB-06794-26"), (key, "22/06/2026")])
    assert invoice.issue_date is None


def test_a_delivery_note_number_beside_its_own_date_is_not_the_invoice_number() -> None:
    invoice = _stacked([("N.º de albarán", "3689-26"), ("Fecha de albarán", "20/08/2026")])
    assert invoice.invoice_number != "3689-26"


@pytest.mark.parametrize(
    "label", ["Invoice created by", "Fattura generata da", "Factura emitida por"]
)
def test_who_made_the_invoice_is_no_issue_date_label(label: str) -> None:
    match = match_label(fold(label))
    assert match is None or match.field != "issue_date"
