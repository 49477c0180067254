"""Helpers to draw small PDFs inside tests."""

from __future__ import annotations

import pymupdf

from core.models import Invoice
from tasks.extract import PDF_RULES, extract_document


def write(page: pymupdf.Page, x: float, y: float, text: str, **kwargs: object) -> None:
    """Text in a base-14 font; WinAnsi-encoded so that € and accents survive."""
    page.insert_text((x, y), text.encode("cp1252").decode("latin-1"), **kwargs)  # type: ignore[arg-type]


def write_totals(page: pymupdf.Page) -> None:
    """An English totals box (100.00 + 20.00 VAT = 120.00) low on the page, for header tests."""
    for y, label, amount in [(400, "Amount before tax", "100.00"),
                             (414, "VAT at 20 per cent", "20.00"),
                             (428, "Total amount due", "120.00")]:  # fmt: skip
        write(page, 300, y, label, fontsize=9)
        write(page, 480, y, amount, fontsize=9)


def pdf_bytes(doc: pymupdf.Document) -> bytes:
    data = doc.tobytes()
    doc.close()
    return data


def a4_page() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    return doc, doc.new_page(width=595, height=842)


def read_drawn(doc: pymupdf.Document) -> Invoice:
    """The layout rules' reading of a drawn PDF (closes `doc`); fails when none is read."""
    extraction = extract_document(
        pdf_bytes(doc), filename="drawn.pdf", max_bytes=10_000_000, max_pages=10
    )
    assert extraction.invoice is not None, extraction.error
    assert extraction.invoice.extractor == PDF_RULES
    return extraction.invoice


def header_grid(
    rows: list[tuple[str, str]], *, title: str = "Invoice"
) -> tuple[pymupdf.Document, pymupdf.Page]:
    """A page with a seller, a buyer and, under a title at the right, a grid of header labels
    left of their values: the page for label tests, before its totals are written."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 70, title, fontsize=16)
    for index, (label, value) in enumerate(rows):
        write(page, 330, 100 + 13 * index, label, fontsize=8.5)
        write(page, 460, 100 + 13 * index, value, fontsize=8.5)
    return doc, page
