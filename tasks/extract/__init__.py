"""Extraction: from a document's bytes to an `Extraction` (the invoice, its text, or a reason).

`extract_document` never raises for bad input: empty, oversized, non-PDF, encrypted, corrupt,
empty or over-long PDFs, scans without a text layer and PDFs without invoice fields all come
back as an `Extraction` whose `error` says why, in words safe to show to the user.
"""

from __future__ import annotations

import logging
from typing import Final

import pymupdf

from core.files import JPEG, PDF, PNG, TIFF, XML, ZIP, sniff_media_type
from core.models import Extraction, ExtractorInfo
from tasks.extract._layout import read_layout
from tasks.extract.pdf_text import PDF_RULES, parse_invoice

logger = logging.getLogger(__name__)

MiB: Final = 1024 * 1024
EXTRACTORS: Final[dict[str, ExtractorInfo]] = {PDF: PDF_RULES}
"""The extractor for each media type that can be read; others are reported as unsupported."""
_IMAGES: Final = frozenset({PNG, JPEG, TIFF})


def failed_extraction(reason: str, *, text: str = "", page_count: int = 0) -> Extraction:
    """An extraction that read no invoice, with the reason to show."""
    return Extraction(
        invoice=None, error=reason, text=text, page_count=page_count, extractor=PDF_RULES
    )


def _size(n: int) -> str:
    if n >= MiB // 10:
        return f"{n / MiB:.1f} MB"
    return f"{n / MiB:.2f} MB ({n:,} bytes)"


def _unsupported(media_type: str) -> str:
    if media_type == XML:
        return f"XML e-invoices ({media_type}) are not supported yet; only PDF can be read."
    if media_type in _IMAGES:
        return (
            f"Images ({media_type}) are not supported yet: OCR is not available; "
            "only PDFs with a text layer can be read."
        )
    if media_type == ZIP:
        return (
            f"The file is not a PDF but an archive ({media_type}); archives are not supported yet."
        )
    return f"The file is not a PDF (detected type: {media_type}); only PDF invoices can be read."


def extract_document(data: bytes, *, filename: str, max_bytes: int, max_pages: int) -> Extraction:
    """Read the invoice in `data`; a problem with the file comes back as `Extraction.error`."""
    if not data:
        return failed_extraction("The file is empty (0 bytes).")
    if len(data) > max_bytes:
        return failed_extraction(
            f"The file is {_size(len(data))}, larger than the {_size(max_bytes)} limit "
            "for extraction; it is kept but not read."
        )
    media_type = sniff_media_type(data[:2048])
    if media_type != PDF:
        return failed_extraction(_unsupported(media_type))
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as error:  # MuPDF raises several types for unreadable files
        logger.info("%s: PDF cannot be opened: %s", filename, error)
        return failed_extraction("The PDF is corrupt or unreadable and could not be opened.")
    with doc:
        return _extract_pdf(doc, filename=filename, max_pages=max_pages)


def _extract_pdf(doc: pymupdf.Document, *, filename: str, max_pages: int) -> Extraction:
    if doc.needs_pass:
        return failed_extraction(
            "The PDF is encrypted (password-protected) and cannot be read without its password."
        )
    try:
        page_count = doc.page_count
    except Exception:
        logger.info("%s: page tree unreadable", filename, exc_info=True)
        return failed_extraction("The PDF is corrupt or unreadable: its pages cannot be listed.")
    if page_count == 0:
        return failed_extraction("The PDF has no pages.")
    if page_count > max_pages:
        return failed_extraction(
            f"The PDF has {page_count} pages, more than the limit of {max_pages} pages "
            "for extraction; it is kept but not read.",
            page_count=page_count,
        )
    try:
        pages = list(doc)
        text = "\n".join(page.get_text() for page in pages).strip()
    except Exception:
        logger.info("%s: page content unreadable", filename, exc_info=True)
        return failed_extraction(
            "The PDF is corrupt or unreadable: its page content cannot be read.",
            page_count=page_count,
        )
    if not text:
        return failed_extraction(
            "The PDF has no text layer (it looks like a scan); OCR is not available yet.",
            page_count=page_count,
        )
    try:
        invoice = parse_invoice([read_layout(page) for page in pages])
    except Exception:  # a rule bug must not lose the document's text
        logger.exception("%s: invoice rules failed", filename)
        return failed_extraction(
            "The invoice fields could not be read because of an internal extractor error.",
            text=text,
            page_count=page_count,
        )
    if invoice is None:
        return failed_extraction(
            "No invoice fields (number, date, totals) were recognised in the PDF text.",
            text=text,
            page_count=page_count,
        )
    return Extraction(
        invoice=invoice,
        text=text,
        page_count=page_count,
        extractor=PDF_RULES,
        warnings=list(invoice.warnings),
    )


__all__ = ["EXTRACTORS", "PDF_RULES", "extract_document", "failed_extraction"]
