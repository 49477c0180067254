"""Helpers to draw small PDFs inside tests."""

from __future__ import annotations

import pymupdf


def write(page: pymupdf.Page, x: float, y: float, text: str, **kwargs: object) -> None:
    """Text in a base-14 font; WinAnsi-encoded so that € and accents survive."""
    page.insert_text((x, y), text.encode("cp1252").decode("latin-1"), **kwargs)  # type: ignore[arg-type]


def pdf_bytes(doc: pymupdf.Document) -> bytes:
    data = doc.tobytes()
    doc.close()
    return data
