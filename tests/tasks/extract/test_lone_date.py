"""The only unclaimed date in the header as the issue date, at a low confidence, when no label,
key, letter line or day of supply dates the invoice."""

from __future__ import annotations

import datetime

import pymupdf
import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _header(lines: list[tuple[float, str]]) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A page with a seller, a buyer, a numbered title and the given lines at the right."""
    doc, page = a4_page()
    write(page, 40, 50, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 64, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 56, 130, "Harbour View Dental Practice", fontsize=10)
    write(page, 56, 143, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 40, 250, "Invoice", fontsize=16)
    write(page, 380, 250, "Invoice no.", fontsize=9)
    write(page, 460, 250, "27688", fontsize=9)
    for y, text in lines:
        write(page, 380, y, text, fontsize=9)
    return doc, page


def _read(lines: list[tuple[float, str]]) -> Invoice:
    doc, page = _header(lines)
    write_totals(page)
    return read_drawn(doc)


def test_a_lone_date_with_a_note_after_it_is_the_issue_date_at_low_confidence() -> None:
    invoice = _read([(200, "3 March 2026 - Leeds office")])
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.evidence["issue_date"].confidence <= 0.5
    assert invoice.invoice_number == "27688"


def test_a_lone_date_beside_a_labelled_due_date_gives_both() -> None:
    invoice = _read([(200, "Leeds, 03.03.2026 (office)"), (265, "Due date: 02.04.2026")])
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.due_date == datetime.date(2026, 4, 2)


def test_two_different_unclaimed_dates_give_no_issue_date() -> None:
    invoice = _read([(200, "3 March 2026 - Leeds office"), (214, "5 March 2026 - copy")])
    assert invoice.issue_date is None


def test_of_two_unclaimed_dates_the_one_not_after_the_due_date_is_the_issue_date() -> None:
    invoice = _read(
        [(200, "3 March 2026 - Leeds office"), (214, "10 April 2026 - copy"),
         (265, "Due date: 2 April 2026")]
    )  # fmt: skip
    assert invoice.issue_date == datetime.date(2026, 3, 3)
    assert invoice.due_date == datetime.date(2026, 4, 2)


def test_a_lone_date_later_than_the_due_date_is_no_issue_date() -> None:
    invoice = _read([(200, "10 April 2026 - copy"), (265, "Due date: 2 April 2026")])
    assert invoice.issue_date is None
    assert invoice.due_date == datetime.date(2026, 4, 2)


@pytest.mark.parametrize(
    "text",
    ["Lieferung 03.03.2026 (Lager Nord)", "Delivered 3 March 2026 - Leeds",
     "01.08.2026 - 30.08.2026 (Leeds)", "Valid until 3 March 2026 - Leeds",
     "3 March 2026 - 300 boxes"],
)  # fmt: skip
def test_a_date_of_another_thing_alone_is_no_issue_date(text: str) -> None:
    assert _read([(200, text)]).issue_date is None


def test_a_date_inside_the_items_table_is_not_the_issue_date() -> None:
    doc, page = _header([])
    for x, text in ((40, "Date"), (120, "Description"), (380, "Qty"), (480, "Amount")):
        write(page, x, 300, text, fontsize=9)
    for y, (day, desc, qty, amount) in zip(
        (316, 330),
        (("03.03.2026 (am)", "Cloud hosting", "1", "40.00"),
         ("04.03.2026 (pm)", "Consulting", "2", "60.00")),
        strict=True,
    ):  # fmt: skip
        write(page, 40, y, day, fontsize=9)
        write(page, 120, y, desc, fontsize=9)
        write(page, 384, y, qty, fontsize=9)
        write(page, 480, y, amount, fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.issue_date is None


@pytest.mark.parametrize(
    "text",
    ["24/03/2026 22:20", "3 March 2026, 18:30", "Called out 3 March 2026 (night)",
     "Get-in: 3 March 2026 (crew)", "Scaffold up since 03.03.2026"],
)  # fmt: skip
def test_a_timed_or_keyed_date_is_no_lone_issue_date(text: str) -> None:
    assert _read([(200, text), (265, "Due date: 02.04.2026")]).issue_date is None


def test_a_date_after_a_key_nearby_on_its_line_is_no_lone_issue_date() -> None:
    doc, page = _header([(200, "Remplace la facture FV/611 du")])
    write(page, 520, 200, "03/03/2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).issue_date is None
