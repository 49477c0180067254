"""Header fields beside columns of row values and under drawn codes: a label heading a column
of the rows' numbers or dates names none of the document's own, and an invoice label
captioning a barcode names the number printed under it."""

from __future__ import annotations

import datetime as dt

import pymupdf
import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _slips(page: pymupdf.Page, y: float, *, day_key: str = "Tag") -> None:
    """A grid of counter slips: a day, a slip number and a text per row, under their keys."""
    write(page, 50, y, day_key, fontsize=9)
    write(page, 110, y, "Bon-Nr.", fontsize=9)
    write(page, 170, y, "Leistung", fontsize=9)
    for row, (day, slip, what) in enumerate(
        [
            ("21.02.26", "4105", "Schrauben"),
            ("25.02.26", "4118", "Dübel"),
            ("28.02.26", "4131", "Scheiben"),
        ]
    ):
        write(page, 50, y + 14 * (row + 1), day, fontsize=9)
        write(page, 110, y + 14 * (row + 1), slip, fontsize=9)
        write(page, 170, y + 14 * (row + 1), what, fontsize=9)


def _slip_invoice(header: list[tuple[float, float, str]]) -> Invoice:
    doc, page = a4_page()
    write(page, 50, 50, "Eisenwaren Kuhlmann KG · Steintorweg 12 · 31134 Hildesheim", fontsize=8)
    write(page, 50, 90, "Kundenkonto-Rechnung", fontsize=16)
    write(page, 50, 120, "Ferienhof Weidengrund GbR")
    write(page, 50, 132, "Weidengrund 1, 23769 Fehmarn")
    for x, y, text in header:
        write(page, x, y, text, fontsize=9)
    _slips(page, 260)
    write_totals(page)
    return read_drawn(doc)


def test_a_label_heading_a_column_of_slip_numbers_names_no_invoice_number() -> None:
    invoice = _slip_invoice([(380, 120, "Unser Zeichen Nr."), (380, 132, "TA-2026-46647")])
    assert invoice.invoice_number == "TA-2026-46647"


def test_a_label_heading_a_column_of_slip_numbers_alone_gives_no_number() -> None:
    invoice = _slip_invoice([(380, 120, "Geschrieben am"), (380, 132, "21.03.26")])
    assert invoice.invoice_number != "4105"


def test_an_unknown_date_key_wins_over_the_column_of_the_rows_dates() -> None:
    invoice = _slip_invoice(
        [
            (380, 120, "Faktura-Nr."),
            (380, 132, "TA-2026-40134"),
            (380, 150, "Ausfertigung"),
            (380, 162, "21.03.26"),
        ]
    )
    assert invoice.invoice_number == "TA-2026-40134"
    assert invoice.issue_date == dt.date(2026, 3, 21)


def _barcode(page: pymupdf.Page, x0: float, y0: float, x1: float, y1: float) -> None:
    """Bars of a drawn code (graphics, no text)."""
    x = x0
    while x < x1:
        page.draw_rect(pymupdf.Rect(x, y0, x + 1.5, y1), color=None, fill=(0, 0, 0))
        x += 3.5


def _captioned(caption: str | None, between: str | None = None) -> Invoice:
    doc, page = a4_page()
    write(page, 50, 50, "Norrsken Optik AB · Drottninggatan 71 · 111 36 Stockholm", fontsize=8)
    write(page, 380, 90, "Eyecare Invoice", fontsize=16)
    write(page, 50, 120, "Whitcombe Village Hall Trust")
    write(page, 50, 132, "The Green, Whitcombe DT2 8NY")
    write(page, 380, 120, "Billed on", fontsize=9)
    write(page, 480, 120, "12/05/2026", fontsize=9)
    write_totals(page)
    if caption:
        write(page, 493, 690, caption, fontsize=9)
    if between:
        write(page, 400, 715, between, fontsize=9)
    else:
        _barcode(page, 360, 700, 555, 735)
    write(page, 424, 749, "20260515308", fontsize=11)
    write(page, 40, 749, "Please quote the number under the barcode when you pay.", fontsize=9)
    write(page, 40, 800, "IBAN SE45 5000 0000 0583 9921 0447", fontsize=8)
    return read_drawn(doc)


def test_the_number_under_a_barcode_an_invoice_label_captions() -> None:
    invoice = _captioned("Invoice reference")
    assert invoice.invoice_number == "20260515308"
    assert invoice.evidence["invoice_number"].confidence <= 0.7


def test_a_digit_run_under_a_barcode_without_an_invoice_caption_is_no_number() -> None:
    assert _captioned(None).invoice_number is None
    assert _captioned("Customer reference").invoice_number is None


def test_a_caption_with_text_between_it_and_the_digits_names_nothing() -> None:
    assert _captioned("Invoice reference", between="Thank you").invoice_number is None


@pytest.mark.parametrize(
    "key",
    ["Geschrieben am", "Written on", "Écrite le", "Escrita el", "Scritta il", "Geschreven op"],
)
def test_written_on_names_the_issue_date(key: str) -> None:
    invoice = _slip_invoice(
        [
            (380, 120, "Faktura-Nr."),
            (380, 132, "TA-2026-40134"),
            (380, 150, key),
            (380, 162, "21.03.26"),
        ]
    )
    assert invoice.issue_date == dt.date(2026, 3, 21)
    assert invoice.evidence["issue_date"].confidence > 0.5
