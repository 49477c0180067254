"""Scans and images through OCR, several invoices in one PDF, giant and long documents."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tasks.extract import OCR_RULES, PDF_RULES, extract_document
from tasks.extract.ocr import DEFAULT_LANGUAGES, page_language, tessdata_dir
from tests.tasks.extract.pdfs import pdf_bytes, write

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "invoices"
SAMPLE = SAMPLES / "en-classic-gbp.pdf"  # INV-2026-0042, total 5,067.38 GBP


def _extract(data: bytes, name: str, **options: object) -> object:
    return extract_document(data, filename=name, max_bytes=50_000_000, max_pages=500, **options)  # type: ignore[arg-type]


def _png(path: Path, dpi: int = 200) -> bytes:
    with pymupdf.open(path) as doc:
        return doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")


def _image_pdf(png: bytes) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=png)
    return pdf_bytes(doc)


def _require_tesseract() -> None:
    if tessdata_dir() is None:
        pytest.fail("Tesseract is not installed: run scripts/install-ocr.sh (make ocr)")


def test_png_scan_is_read_through_ocr() -> None:
    _require_tesseract()
    extraction = _extract(_png(SAMPLE), "scan.png")
    invoice = extraction.invoice  # type: ignore[attr-defined]
    assert invoice is not None, extraction.error  # type: ignore[attr-defined]
    assert invoice.extractor == OCR_RULES
    assert invoice.invoice_number == "INV-2026-0042"
    assert str(invoice.grand_total) == "5067.38"
    assert invoice.currency == "GBP"


def test_image_only_pdf_is_read_through_ocr() -> None:
    _require_tesseract()
    extraction = _extract(_image_pdf(_png(SAMPLE)), "scan.pdf")
    invoice = extraction.invoice  # type: ignore[attr-defined]
    assert invoice is not None, extraction.error  # type: ignore[attr-defined]
    assert extraction.extractor == OCR_RULES  # type: ignore[attr-defined]
    assert invoice.invoice_number == "INV-2026-0042"
    assert str(invoice.net_total) == "4222.82"


def test_missing_ocr_language_is_a_clear_error() -> None:
    extraction = _extract(_png(SAMPLE, dpi=72), "scan.png", ocr_languages=("xyz",))
    assert extraction.invoice is None  # type: ignore[attr-defined]
    error = extraction.error or ""  # type: ignore[attr-defined]
    assert "no text layer" in error
    assert "OCR is not available" in error


def test_text_layer_pdf_does_not_use_ocr() -> None:
    extraction = _extract(SAMPLE.read_bytes(), SAMPLE.name)
    assert extraction.extractor == PDF_RULES  # type: ignore[attr-defined]


def test_two_invoices_in_one_pdf_are_reported_not_merged() -> None:
    doc = pymupdf.open()
    for name in ("en-classic-gbp.pdf", "de-classic-eur.pdf"):
        with pymupdf.open(SAMPLES / name) as one:
            doc.insert_pdf(one)
    extraction = _extract(pdf_bytes(doc), "two.pdf")
    invoice = extraction.invoice  # type: ignore[attr-defined]
    assert invoice.invoice_number == "INV-2026-0042"
    assert str(invoice.grand_total) == "5067.38"
    assert any("holds 2 invoices" in w for w in invoice.warnings)


def test_multi_page_invoice_is_one_invoice() -> None:
    doc = pymupdf.open(SAMPLE)
    write(doc.new_page(), 72, 72, "Terms and conditions: payment within 30 days.")
    extraction = _extract(pdf_bytes(doc), "two-pages.pdf")
    invoice = extraction.invoice  # type: ignore[attr-defined]
    assert invoice.invoice_number == "INV-2026-0042"
    assert not any("invoices" in w for w in invoice.warnings)


def test_gigantic_page_is_refused() -> None:
    doc = pymupdf.open()
    write(doc.new_page(width=14_400, height=14_400), 72, 72, "Invoice No. 1")
    data = pdf_bytes(doc)
    doc = pymupdf.open(stream=data)
    doc[0].set_mediabox(pymupdf.Rect(0, 0, 30_000, 30_000))
    extraction = _extract(pdf_bytes(doc), "giant.pdf")
    assert extraction.invoice is None  # type: ignore[attr-defined]
    assert "too large" in (extraction.error or "")  # type: ignore[attr-defined]


def test_hundreds_of_pages_are_read_without_error() -> None:
    doc = pymupdf.open()
    for _ in range(300):
        write(doc.new_page(), 72, 72, "Continued: notes and conditions of delivery.")
    extraction = _extract(pdf_bytes(doc), "long.pdf")
    assert extraction.page_count == 300  # type: ignore[attr-defined]
    assert "no invoice fields" in (extraction.error or "").lower()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("FACTURE N° de facture Date d'émission Échéance Désignation Prix unitaire TVA", "fra"),
        ("Fattura Data Scadenza Descrizione Quantità Prezzo Imponibile IVA Totale", "ita"),
        ("Rechnung Datum Menge Preis Netto MwSt Gesamt zahlbar bis", "deu"),
        ("Factura Fecha Vencimiento Descripción Cantidad Precio IVA Total", "spa"),
        ("Factuur Datum Vervaldatum Omschrijving Aantal Prijs BTW Totaal", "nld"),
        ("Invoice Date Due Description Quantity Price VAT Total amount due", "eng"),
        ("Total 12,00 IBAN DE89 3704", None),  # too few words to tell
    ],
)
def test_the_language_of_a_page_by_its_common_invoice_words(text: str, language: str) -> None:
    assert page_language(text, list(DEFAULT_LANGUAGES)) == language


def test_a_french_scan_is_read_again_in_french_for_its_accented_names() -> None:
    _require_tesseract()
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text, size in (
        (40, 60, "Éditions du Rhône SAS", 13), (40, 76, "3 quai Saint-Antoine, 69002 Lyon", 8),
        (380, 60, "FACTURE", 22), (380, 100, "N° de facture : F-58187", 9),
        (380, 114, "Date d'émission : 09/10/2026", 9), (380, 128, "Échéance : 08/11/2026", 9),
        (40, 200, "Désignation", 9), (300, 200, "Quantité", 9), (380, 200, "Prix unitaire", 9),
        (480, 200, "Total", 9), (40, 216, "Prestation de conseil", 9), (300, 216, "5", 9),
        (380, 216, "244,70", 9), (480, 216, "1 223,50", 9), (380, 260, "Montant HT", 9),
        (480, 260, "1 223,50 €", 9), (380, 274, "TVA 20 %", 9), (480, 274, "244,70 €", 9),
        (380, 288, "Net à payer", 9), (480, 288, "1 468,20 €", 9),
        (40, 780, "N° TVA FR 83 404 833 048 - IBAN FR14 2004 1010 0505 0001 3M02 606", 11),
    ):  # fmt: skip
        write(page, x, y, text, fontsize=size)
    with pymupdf.open(stream=pdf_bytes(doc)) as drawn:
        png = drawn[0].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY).tobytes("png")
    invoice = _extract(png, "scan.png").invoice  # type: ignore[attr-defined]
    assert invoice is not None
    assert invoice.seller.name == "Éditions du Rhône SAS"
