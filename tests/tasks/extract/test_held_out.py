"""Two invoices drawn here, in a layout and wording the sample generator never uses: the rules
must read them from their label dictionaries and geometry, not from the samples' strings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pymupdf

from tasks.extract import extract_document
from tests.tasks.extract.pdfs import pdf_bytes, write


def _us_tax_invoice() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)  # US Letter
    write(page, 40, 50, "Acme Widgets Co.", fontsize=16, fontname="cobo")
    write(page, 40, 66, "123 Main St, Springfield, IL 62701", fontsize=9, fontname="cour")
    write(page, 40, 78, "Tax ID: 12-3456789", fontsize=9, fontname="cour")
    write(page, 420, 50, "TAX INVOICE", fontsize=18, fontname="hebo")
    write(page, 420, 70, "Invoice #: 000981", fontsize=9)
    write(page, 420, 82, "Date of issue: Feb 2, 2026", fontsize=9)
    write(page, 420, 94, "Payment due: 03/04/2026", fontsize=9)
    write(page, 40, 130, "Sold to:", fontsize=10, fontname="hebo")
    write(page, 110, 130, "Pinecrest Dental Group", fontsize=10)
    write(page, 110, 142, "9 Elm Road, Madison, WI 53703", fontsize=10)
    columns = ((40, "Item"), (330, "Hours"), (420, "Rate"), (510, "Line total"))
    for x, label in columns:
        write(page, x, 190, label, fontsize=10, fontname="hebo")
    rows = (("Implementation", "10", "150.00", "1,500.00"), ("Training", "4.5", "120.00", "540.00"))
    for i, row in enumerate(rows):
        for (x, _), cell in zip(columns, row, strict=True):
            write(page, x, 210 + 16 * i, cell, fontsize=10)
    for i, (label, value) in enumerate(
        (("Net amount", "USD 2,040.00"), ("Sales tax (8.25%)", "USD 168.30"),
         ("Amount due", "USD 2,208.30"))
    ):  # fmt: skip
        write(page, 380, 280 + 16 * i, label, fontsize=10)
        write(page, 500, 280 + 16 * i, value, fontsize=10)
    return pdf_bytes(doc)


def _german_invoice() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    write(page, 240, 60, "RECHNUNG", fontsize=22, fontname="tibo")
    write(page, 60, 100, "Lieferant: Holzwerk Schmidt e.K.", fontsize=10, fontname="tiro")
    write(page, 60, 112, "Waldweg 2, 34117 Kassel", fontsize=10, fontname="tiro")
    write(page, 330, 100, "Kunde: Café Sonnenschein", fontsize=10, fontname="tiro")
    write(page, 330, 112, "Marktplatz 1, 99084 Erfurt", fontsize=10, fontname="tiro")
    for x, label, value in (
        (60, "Rechnungs-Nr.", "R/2026/031"),
        (200, "Datum", "14. Feb. 2026"),
        (340, "Fälligkeitsdatum", "16.03.2026"),
    ):
        write(page, x, 150, label, fontsize=9, fontname="tibo")
        write(page, x, 163, value, fontsize=10, fontname="tiro")
    header = (
        (60, "Pos."),
        (95, "Artikel"),
        (330, "Anzahl"),
        (400, "E-Preis"),
        (480, "Gesamtpreis"),
    )
    for x, label in header:
        write(page, x, 210, label, fontsize=10, fontname="tibo")
    rows = (
        ("1", "Eichenbrett 2 m", "20", "12,50 €", "250,00 €"),
        ("2", "Schrauben (Packung)", "3", "4,99 €", "14,97 €"),
        ("3", "Lieferung und Montage", "1", "1.000,00 €", "1.000,00 €"),
    )
    for i, row in enumerate(rows):
        for (x, _), cell in zip(header, row, strict=True):
            write(page, x, 228 + 15 * i, cell, fontsize=10, fontname="tiro")
    for i, (label, value) in enumerate(
        (("Summe netto", "1.264,97 €"), ("zzgl. 19 % USt.", "240,34 €"),
         ("Rechnungsbetrag", "1.505,31 €"))
    ):  # fmt: skip
        write(page, 330, 300 + 15 * i, label, fontsize=10, fontname="tiro")
        write(page, 480, 300 + 15 * i, value, fontsize=10, fontname="tiro")
    write(
        page, 60, 780, "Steuernummer 026 123 45678 · IBAN DE02 1203 0000 0000 2020 51", fontsize=8
    )
    return pdf_bytes(doc)


def test_held_out_us_tax_invoice_is_read_from_labels_and_geometry() -> None:
    extraction = extract_document(
        _us_tax_invoice(), filename="held-out-us.pdf", max_bytes=10_000_000, max_pages=5
    )

    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert invoice.invoice_number == "000981"
    assert invoice.type_code == "380"
    assert invoice.issue_date == dt.date(2026, 2, 2)
    assert invoice.due_date == dt.date(2026, 3, 4)  # a US document: month first
    assert invoice.currency == "USD"
    assert invoice.seller.name == "Acme Widgets Co."
    assert invoice.buyer.name == "Pinecrest Dental Group"
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("2040.00"),
        Decimal("168.30"),
        Decimal("2208.30"),
    )
    assert [(line.description, line.quantity, line.net_amount) for line in invoice.lines] == [
        ("Implementation", Decimal(10), Decimal("1500.00")),
        ("Training", Decimal("4.5"), Decimal("540.00")),
    ]
    assert invoice.evidence["invoice_number"].source == "label:Invoice #"


def test_held_out_german_invoice_is_read_from_labels_and_geometry() -> None:
    extraction = extract_document(
        _german_invoice(), filename="held-out-de.pdf", max_bytes=10_000_000, max_pages=5
    )

    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert invoice.invoice_number == "R/2026/031"
    assert invoice.issue_date == dt.date(2026, 2, 14)
    assert invoice.due_date == dt.date(2026, 3, 16)
    assert invoice.currency == "EUR"
    assert invoice.seller.name == "Holzwerk Schmidt e.K."
    assert invoice.seller.iban == "DE02120300000000202051"
    assert invoice.buyer.name == "Café Sonnenschein"
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("1264.97"),
        Decimal("240.34"),
        Decimal("1505.31"),
    )
    assert [(line.description, line.quantity, line.unit_price) for line in invoice.lines] == [
        ("Eichenbrett 2 m", Decimal(20), Decimal("12.50")),
        ("Schrauben (Packung)", Decimal(3), Decimal("4.99")),
        ("Lieferung und Montage", Decimal(1), Decimal("1000.00")),
    ]
    assert invoice.warnings == []


def test_credit_note_title_sets_type_code_381() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    write(page, 50, 60, "Nordlicht AB", fontsize=12, fontname="hebo")
    write(page, 50, 100, "CREDIT MEMO", fontsize=18, fontname="hebo")
    write(page, 50, 130, "Credit note no.: CN-77", fontsize=10)
    write(page, 50, 145, "Issue date: 2026-05-04", fontsize=10)
    write(page, 50, 175, "Total: £1,250.00", fontsize=10)

    extraction = extract_document(pdf_bytes(doc), filename="cn.pdf", max_bytes=10**7, max_pages=5)

    invoice = extraction.invoice
    assert invoice is not None, extraction.error
    assert (invoice.type_code, invoice.invoice_number) == ("381", "CN-77")
    assert (invoice.grand_total, invoice.currency) == (Decimal("1250.00"), "GBP")
    assert invoice.evidence["type_code"].source == "title:CREDIT MEMO"
