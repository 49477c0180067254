"""Documents drawn for the Gemini tests, and a full Gemini answer for one of them."""

from __future__ import annotations

from typing import Any

import pymupdf

from tests.tasks.extract.pdfs import pdf_bytes, write, write_totals


def invoice_pdf() -> bytes:
    """An invoice the layout rules read with confidence (~0.87)."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, "INVOICE", fontsize=18)
    write(page, 50, 100, "Acme Supplies Ltd")
    write(page, 50, 112, "1 High Street, London")
    write(page, 50, 124, "VAT No: GB123456789")
    write(page, 320, 100, "Invoice No: INV-2024-001")
    write(page, 320, 112, "Invoice Date: 15/03/2024")
    write(page, 320, 124, "Due Date: 14/04/2024")
    write(page, 50, 170, "Bill to:")
    write(page, 50, 182, "Globex Corporation")
    for x, text in ((50, "Description"), (300, "Qty"), (380, "Unit price"), (480, "Amount")):
        write(page, x, 260, text)
    for y, row in (
        (280, ("Widgets", "10", "12.50", "125.00")),
        (295, ("Gadgets", "2", "37.50", "75.00")),
    ):
        for x, text in zip((50, 300, 380, 480), row, strict=True):
            write(page, x, y, text)
    for y, label, amount in (
        (340, "Subtotal", "200.00"),
        (355, "VAT 20%", "40.00"),
        (370, "Total GBP", "240.00"),
    ):
        write(page, 380, y, label)
        write(page, 480, y, amount)
    return pdf_bytes(doc)


def loose_pdf() -> bytes:
    """A page the rules read no invoice from, though it prints a reference and an amount."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, "Thank you for your order")
    write(page, 50, 100, "Reference ACME-77")
    write(page, 300, 300, "1,234.50")
    return pdf_bytes(doc)


def weak_pdf() -> bytes:
    """An invoice the rules read with little confidence: a number and a total, nothing else."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 100, "Invoice No: W-9")
    write(page, 300, 300, "Total")
    write(page, 400, 300, "99.00")
    return pdf_bytes(doc)


def quotation_pdf() -> bytes:
    """A quotation with a number, a date and balanced totals: the rules name it, read nothing."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 50, 60, "Acme Supplies Ltd")
    write(page, 50, 100, "Quotation Q-2024-31", fontsize=16)
    write(page, 50, 130, "Date: 15/03/2024")
    write_totals(page)
    return pdf_bytes(doc)


ANSWER: dict[str, Any] = {
    "invoice_number": "ACME-77",
    "type_code": "380",
    "issue_date": "2024-05-02",
    "due_date": "2024-06-01",
    "currency": "usd",
    "seller": {"name": "Acme Tools Inc.", "vat_id": "US 12-3456789"},
    "buyer": {"name": "Globex", "vat_id": None},
    "net_total": "1037.39",
    "tax_total": "197.11",
    "grand_total": "1234.50",
    "amount_due": "1234.50",
    "lines": [
        {"description": "Drill", "quantity": "3", "unit_price": "345.7966", "net_amount": "1037.39"}
    ],
}
