"""Header fields of fact boxes: a number printed as a short series prefix of capitals and
digits and a digit group ("T26 13392"), document, serial and settlement number labels, and the
participle of issuing standing alone as the issue date's label."""

from __future__ import annotations

import datetime

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _facts(rows: list[tuple[str, str]], *, title: str = "Invoice") -> pymupdf.Document:
    """A seller, a title and a column of labels each above its value, totals low down."""
    doc, page = a4_page()
    write(page, 40, 60, "Larchwood Joinery Ltd", fontsize=13)
    write(page, 40, 74, "12 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 100, title, fontsize=16)
    for i, (label, value) in enumerate(rows):
        write(page, 40, 130 + 26 * i, label, fontsize=7.5)
        write(page, 40, 141 + 26 * i, value, fontsize=9.5)
    write_totals(page)
    return doc


@pytest.mark.parametrize("number", ["T26 13392", "RE1 2026 118", "A7 48213"])
def test_a_series_prefix_and_its_digit_groups_are_one_number(number: str) -> None:
    doc = _facts([("Invoice no.", number), ("Invoice date", "31/08/2026")])
    assert read_drawn(doc).invoice_number == number


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [("Q3 2026", None), ("T26 13392 Customer", "T26"), ("T26 12,50", "T26")],
)
def test_a_series_prefix_never_takes_a_year_a_word_or_an_amount(
    printed: str, wanted: str | None
) -> None:
    doc = _facts([("Invoice no.", printed), ("Invoice date", "31/08/2026")])
    number = read_drawn(doc).invoice_number
    assert number == wanted or (wanted is None and "2026" not in (number or ""))


@pytest.mark.parametrize(
    "label",
    ["Document serial", "Stuknummer", "Afrekeningsnr.", "N° de décompte", "Settlement no.",
     "Número de liquidación"],
)  # fmt: skip
def test_document_serial_and_settlement_labels_name_the_number(label: str) -> None:
    doc = _facts([(label, "VP-2609-59872"), ("Invoice date", "22/09/2026")], title="Factuur")
    assert read_drawn(doc).invoice_number == "VP-2609-59872"


@pytest.mark.parametrize(
    ("label", "title"),
    [("Expedida", "Factura"), ("Ausgestellt", "Rechnung"), ("Uitgegeven", "Factuur"),
     ("Émise le", "Facture"), ("Emessa", "Fattura")],
)  # fmt: skip
def test_the_participle_of_issuing_alone_labels_the_issue_date(label: str, title: str) -> None:
    doc = _facts([("Nr.", "M26.1406"), ("Arrival", "2026-09-28"), (label, "2026-10-02"),
                  ("Due", "2026-11-01")], title=title)  # fmt: skip
    assert read_drawn(doc).issue_date == datetime.date(2026, 10, 2)
