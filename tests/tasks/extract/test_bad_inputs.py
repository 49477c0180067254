"""Every kind of bad input comes back as an `Extraction` with a clear reason, never raised."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from core.models import Extraction
from tasks.extract import EXTRACTORS, extract_document
from tests.tasks.extract.pdfs import pdf_bytes, write

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "invoices" / "de-classic-eur.pdf"
ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def _extract(path: Path, *, max_bytes: int = 10_000_000, max_pages: int = 10) -> Extraction:
    return extract_document(
        path.read_bytes(), filename=path.name, max_bytes=max_bytes, max_pages=max_pages
    )


def _save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _pages(count: int, text: str = "Invoice No. 1") -> bytes:
    doc = pymupdf.open()
    for _ in range(count):
        write(doc.new_page(), 72, 72, text)
    return pdf_bytes(doc)


def _assert_failed(
    extraction: Extraction, *words: str, media_type: str = "application/pdf"
) -> None:
    assert extraction.invoice is None
    assert extraction.error is not None
    for word in words:
        assert word in extraction.error.lower(), extraction.error
    assert extraction.extractor == EXTRACTORS[media_type]


def test_empty_file(tmp_path: Path) -> None:
    _assert_failed(_extract(_save(tmp_path, "empty.pdf", b"")), "empty", "0 bytes")


def test_file_over_the_size_limit_names_size_and_limit(tmp_path: Path) -> None:
    extraction = _extract(_save(tmp_path, "big.pdf", SAMPLE.read_bytes()), max_bytes=1024)
    _assert_failed(extraction, "larger than", "limit", "mb")
    assert "0.00 mb (1,024 bytes) limit" in (extraction.error or "").lower()


def test_big_sizes_are_given_in_megabytes(tmp_path: Path) -> None:
    data = b"%PDF-1.7\n" + b" " * (3 * 1024 * 1024)
    extraction = extract_document(data, filename="x.pdf", max_bytes=2 * 1024 * 1024, max_pages=5)
    _assert_failed(extraction, "3.0 mb", "2.0 mb limit")


@pytest.mark.parametrize(
    ("name", "data", "words", "media_type"),
    [
        ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, ("image",), "image/png"),
        ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 64, ("image",), "image/jpeg"),
        (
            "einvoice.xml",
            b'<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl"/>',
            ("ubl xml has no invoice number",),
            "application/xml",
        ),
        (
            "notes.txt",
            b"just some text\n",
            ("not a pdf", "application/octet-stream"),
            "application/pdf",
        ),
    ],
)
def test_broken_images_empty_xml_and_other_types_get_a_reason(
    tmp_path: Path, name: str, data: bytes, words: tuple[str, ...], media_type: str
) -> None:
    _assert_failed(_extract(_save(tmp_path, name, data)), *words, media_type=media_type)


def test_encrypted_pdf(tmp_path: Path) -> None:
    doc = pymupdf.open(SAMPLE)
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="user")
    doc.close()
    _assert_failed(_extract(path), "encrypted", "password")


@pytest.mark.parametrize("cut", [300, 1000])
def test_truncated_pdf_is_corrupt(tmp_path: Path, cut: int) -> None:
    path = _save(tmp_path, "broken.pdf", SAMPLE.read_bytes()[:cut])
    _assert_failed(_extract(path), "corrupt")


def test_garbage_after_a_pdf_header_is_corrupt(tmp_path: Path) -> None:
    path = _save(tmp_path, "garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8)
    _assert_failed(_extract(path), "corrupt")


def test_pdf_with_no_pages(tmp_path: Path) -> None:
    _assert_failed(_extract(_save(tmp_path, "zero.pdf", ZERO_PAGES)), "no pages")


def test_pdf_with_more_pages_than_the_limit(tmp_path: Path) -> None:
    extraction = _extract(_save(tmp_path, "long.pdf", _pages(4)), max_pages=3)
    _assert_failed(extraction, "4 pages", "limit of 3 pages")
    assert extraction.page_count == 4


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 20), False)
    pixmap.set_rect(pixmap.irect, (200, 200, 200))
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(72, 72, 472, 272), pixmap=pixmap)
    extraction = _extract(_save(tmp_path, "scan.pdf", pdf_bytes(doc)))
    _assert_failed(extraction, "no text", "ocr found none", media_type="image/png")
    assert extraction.page_count == 1


def test_pdf_without_invoice_fields_keeps_its_text(tmp_path: Path) -> None:
    path = _save(tmp_path, "letter.pdf", _pages(1, "Dear customer, thank you for your visit."))
    extraction = _extract(path)
    _assert_failed(extraction, "no invoice fields")
    assert extraction.text == "Dear customer, thank you for your visit."
    assert extraction.page_count == 1
