"""Bad input files, written into a folder, with the words their failure reason must contain."""

from __future__ import annotations

from pathlib import Path

import pymupdf

ZERO_PAGE_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def _text_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    data = doc.tobytes()
    doc.close()
    return data


def _encrypted_pdf() -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Invoice No. 1")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="user")
    doc.close()
    return data


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file per bad-input case; returns {stored file name: text its reason contains}."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = [
        ("notes.txt", "notes.txt", b"just some text, not an invoice\n", "not a pdf"),
        ("empty.pdf", "empty.pdf", b"", "empty"),
        ("locked.pdf", "locked.pdf", _encrypted_pdf(), "encrypted"),
        ("broken.pdf", "broken.pdf", _text_pdf("Invoice")[:300], "corrupt"),
        ("zero-pages.pdf", "zero-pages.pdf", ZERO_PAGE_PDF, "no pages"),
        ("odd\\dir:name*?.pdf", "dir_name_.pdf", _text_pdf("Hello, nothing here"), ""),
    ]
    for name, _stored, data, _reason in cases:
        (folder / name).write_bytes(data)
    return {stored: reason for _name, stored, _data, reason in cases}
