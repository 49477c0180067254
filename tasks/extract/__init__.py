"""Extraction: from a document's bytes to an `Extraction` (the invoice, its text, or a reason).

The cascade (`cascade.py`) picks the extractor by media type and content: e-invoice XML
(standalone or embedded in a PDF) is read exactly; PDFs by layout rules over their text layer;
scans and images through OCR first. `extract_document` never raises for bad input.
"""

from __future__ import annotations

from tasks.extract.cascade import (
    EXTRACTORS,
    extract_document,
    failed_extraction,
    oversized_extraction,
)
from tasks.extract.einvoice import EINVOICE_XML
from tasks.extract.ocr import OCR_RULES
from tasks.extract.pdf_text import PDF_RULES

__all__ = [
    "EINVOICE_XML",
    "EXTRACTORS",
    "OCR_RULES",
    "PDF_RULES",
    "extract_document",
    "failed_extraction",
    "oversized_extraction",
]
