"""Header fields on small PDFs drawn here: type codes of qualified titles, loosely named hire
invoices, corrections that call themselves credit notes, and dates beside the issue date
(an event, a first registration)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _titled(title: str, *, body: str = "", header: tuple[str, ...] = ()) -> Invoice:
    """A page with a seller line, a large title, a number and a date, an optional sentence, a
    buyer block and a totals block."""
    doc, page = a4_page()
    write(page, 50, 50, "Fjordleie Maskin AS · Sandstuveien 68 · 0680 Oslo", fontsize=8)
    write(page, 50, 90, title, fontsize=18)
    lines = header or ("Invoice No.: B029415", "Date: 27.07.2026")
    for index, text in enumerate(lines):
        write(page, 50, 130 + 20 * index, text)
    if body:
        write(page, 50, 200, body)
    write(page, 50, 260, "Brightwater Community Trust")
    write(page, 50, 272, "3 Albion Street, Hull HU1 3TG")
    write(page, 300, 400, "Net total")
    write(page, 450, 400, "100.00 EUR")
    write(page, 300, 414, "VAT 19%")
    write(page, 450, 414, "19.00 EUR")
    write(page, 300, 428, "Total")
    write(page, 450, 428, "119.00 EUR")
    return read_drawn(doc)


@pytest.mark.parametrize(
    "title", ["Hire Invoice", "Mietrechnung", "Facture de location", "Huurfactuur"]
)
def test_a_title_naming_hire_alone_is_a_commercial_invoice(title: str) -> None:
    assert _titled(title).type_code == "380"


def test_a_hire_invoice_printing_its_code_keeps_it() -> None:
    assert _titled("Mietrechnung (387)").type_code == "387"
    subject = "Mietrechnung Nr. 9314110911/00/M/00/N vom 01.10.2018"
    assert _titled(subject, header=("Kunde: 4711",)).type_code == "387"
    assert _titled("Hire Invoice No. B029415").type_code == "380"


@pytest.mark.parametrize(
    "title",
    ["Licence Credit Memo", "Werkstatt-Gutschrift", "Repair Credit Note", "Mietgutschrift",
     "Hire Credit", "Final Account Credit"],
)  # fmt: skip
def test_a_qualified_credit_title_is_a_credit_note(title: str) -> None:
    assert _titled(title).type_code == "381"


def test_a_correction_that_calls_itself_a_credit_note_is_one() -> None:
    body = "Diese Gutschrift bezieht sich auf Rechnung 26-419"
    assert _titled("Rechnungskorrektur", body=body).type_code == "381"
    assert _titled("Rechnungskorrektur").type_code == "384"


def test_a_long_bold_sentence_ending_in_invoice_is_no_title() -> None:
    invoice = _titled(
        "Please pay this credit note", header=("Invoice No.: 4711", "Date: 01.03.2026")
    )
    assert invoice.type_code == "380"


def test_an_event_date_and_a_first_registration_are_not_the_issue_date() -> None:
    invoice = _titled(
        "Facture",
        header=("Numéro de la facture ........ CAT-266331", "Éditée le ........ 19 juillet 2026",
                "Date de l'événement ........ 14 juillet 2026"),
    )  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 7, 19)
    invoice = _titled(
        "Factura de taller",
        header=("Número de factura: T26/51557", "Fecha de emisión de la factura: 09.06.2026",
                "Primera matriculación: 25.08.2017"),
    )  # fmt: skip
    assert invoice.issue_date == dt.date(2026, 6, 9)
    invoice = _titled("Invoice", header=("Invoice No.: 4711", "First registration: 25.08.2017"))
    assert invoice.issue_date is None


def test_the_spanish_rectificativa_alone_is_a_credit_note() -> None:
    body = "Esta rectificativa corrige la factura 2027/8251"
    assert _titled("Rectificativa material escolar", body=body).type_code == "381"
