"""Quotations, order confirmations, purchase orders and delivery notes are not read as invoices,
even when they carry a number, a date and totals that add up; invoices that cite such a
document still are."""

from __future__ import annotations

import pymupdf
import pytest

from core.models import Extraction
from tasks.extract import extract_document
from tests.tasks.extract.pdfs import a4_page, pdf_bytes, read_drawn, write, write_totals


def _priced(title: str, *, title_size: float = 16) -> pymupdf.Document:
    """A one-page document with `title` on top, a number, a date, a seller, a buyer and a
    balanced totals box (100.00 + 20.00 = 120.00)."""
    doc, page = a4_page()
    write(page, 50, 60, "Harbourline Fittings Ltd", fontsize=11)
    write(page, 50, 74, "14 Quay Street, Bristol BS1 4QA", fontsize=9)
    write(page, 50, 130, title, fontsize=title_size)
    write(page, 50, 160, "Reference: HF-2026-0412", fontsize=9)
    write(page, 50, 174, "Date: 12 March 2026", fontsize=9)
    write(page, 350, 130, "Bill to: Moorgate Cafe Ltd", fontsize=9)
    write_totals(page)
    return doc


def _extract(doc: pymupdf.Document) -> Extraction:
    return extract_document(pdf_bytes(doc), filename="drawn.pdf", max_bytes=10**7, max_pages=10)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Quotation Q-2026-88", "a quotation"),
        ("Angebot Nr. 2026-114", "a quotation"),
        ("Devis n° D-2026-5", "a quotation"),
        ("Presupuesto 2026/41", "a quotation"),
        ("Preventivo", "a quotation"),
        ("Offerte OF-118", "a quotation"),
        ("Order Confirmation #55102", "an order confirmation"),
        ("Auftragsbestätigung", "an order confirmation"),
        ("Conferma d'ordine 77", "an order confirmation"),
        ("Purchase Order PO-5521", "a purchase order"),
        ("Bon de commande", "a purchase order"),
        ("Lieferschein 4711", "a delivery note"),
        ("Albarán A-12", "a delivery note"),
        ("PAKBON 2026/3", "a delivery note"),
    ],
)
def test_a_titled_non_invoice_is_not_read_and_the_error_names_it(title: str, kind: str) -> None:
    extraction = _extract(_priced(title))

    assert extraction.invoice is None
    assert extraction.error is not None
    assert f'titled "{title}", {kind}, not an invoice' in extraction.error
    assert "Harbourline Fittings" in extraction.text  # the text is kept for a reviewer


def test_an_invoice_citing_its_delivery_note_is_still_read() -> None:
    doc = _priced("Invoice INV-2026-0412")
    page = doc[0]
    write(page, 50, 188, "Delivery note 4711", fontsize=9)

    invoice = read_drawn(doc)

    assert invoice.invoice_number == "INV-2026-0412"
    assert str(invoice.grand_total) == "120.00"


def test_an_invoice_title_wins_over_a_prominent_delivery_note_heading() -> None:
    doc = _priced("Rechnung Nr. 2026-0412")
    write(doc[0], 350, 160, "Lieferschein 4711", fontsize=14)

    invoice = read_drawn(doc)

    assert invoice.invoice_number == "2026-0412"


def test_a_sentence_starting_with_an_offer_word_is_not_a_title() -> None:
    doc = _priced("Invoice INV-2026-0412")
    write(doc[0], 50, 210, "Offer valid for new customers only until April", fontsize=14)

    assert read_drawn(doc).invoice_number == "INV-2026-0412"
