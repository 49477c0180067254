"""The cascade: which extractor reads a document, chosen by media type and by what it holds.

    XML           -> e-invoice reader (exact)
    PDF with XML  -> e-invoice reader on the attachment, cross-checked against the visible page;
                     a malformed or unknown attachment falls back to the visible page
    PDF           -> layout rules on the text layer; pages without one are OCR'd first
    PNG/JPEG/TIFF -> OCR, then layout rules
    then, if configured -> Gemini reads the PDF/image too (`gemini.py`): when the rules read no
                     invoice or are unsure (mode `fallback`) or always; merged field by field

`extract_document` never raises for bad input: every problem comes back as `Extraction.error`
or a warning, in words safe to show to the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Final

import pymupdf

from core.files import JPEG, PDF, PNG, TIFF, XML, ZIP, sniff_media_type
from core.models import Extraction, ExtractorInfo, Invoice
from tasks.extract._crosscheck import crosscheck, split_invoices
from tasks.extract._layout import LabelsSeen, PageLayout, read_layout
from tasks.extract._other_documents import other_document
from tasks.extract.einvoice import EINVOICE_XML, XmlRejected, embedded_xml, read_einvoice
from tasks.extract.gemini import GeminiConfig, second_opinion
from tasks.extract.ocr import (
    DEFAULT_LANGUAGES,
    OCR_RULES,
    OcrUnavailable,
    needs_ocr,
    ocr_language,
    ocr_textpage,
    open_image,
)
from tasks.extract.pdf_text import PDF_RULES, invoice_fields, parse_invoice

logger = logging.getLogger(__name__)

MiB: Final = 1024 * 1024
MAX_PAGE_SIDE: Final = 14_400.0
"""PDF's own limit for a page side in points (200 inches); larger pages are refused."""
MAX_IMAGE_PIXELS: Final = 80_000_000
EXTRACTORS: Final[dict[str, ExtractorInfo]] = {
    XML: EINVOICE_XML,
    PDF: PDF_RULES,
    PNG: OCR_RULES,
    JPEG: OCR_RULES,
    TIFF: OCR_RULES,
}
"""The extractor for each media type that can be read; others are reported as unsupported."""
_IMAGES: Final = frozenset({PNG, JPEG, TIFF})


def failed_extraction(
    reason: str,
    *,
    text: str = "",
    page_count: int = 0,
    extractor: ExtractorInfo = PDF_RULES,
    warnings: Sequence[str] = (),
    not_an_invoice: str | None = None,
) -> Extraction:
    """An extraction that read no invoice, with the reason to show."""
    return Extraction(
        invoice=None,
        error=reason,
        not_an_invoice=not_an_invoice,
        text=text,
        page_count=page_count,
        extractor=extractor,
        warnings=list(warnings),
    )


def _size(n: int) -> str:
    if n >= MiB // 10:
        return f"{n / MiB:.1f} MB"
    return f"{n / MiB:.2f} MB ({n:,} bytes)"


def oversized_extraction(size: int, *, max_bytes: int) -> Extraction:
    """The answer for a file over the size limit (callers may know the size without reading)."""
    return failed_extraction(
        f"The file is {_size(size)}, larger than the {_size(max_bytes)} limit "
        "for extraction; it is kept but not read."
    )


def _unsupported(media_type: str) -> str:
    if media_type == ZIP:
        return f"The file is an archive ({media_type}); archives are not supported."
    return (
        f"The file is not a PDF, an e-invoice XML or an image (detected type: {media_type}); "
        "only those can be read."
    )


def extract_document(
    data: bytes,
    *,
    filename: str,
    max_bytes: int,
    max_pages: int,
    ignore_embedded_xml: bool = False,
    ocr_languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    gemini: GeminiConfig | None = None,
) -> Extraction:
    """Read the invoice in `data`; a problem with the file comes back as `Extraction.error`.

    `ignore_embedded_xml` reads a PDF's visible pages even when it carries an e-invoice XML.
    `gemini` (None: offline) lets Gemini read PDFs and images after the rules, per its mode.
    """
    if not data:
        return failed_extraction("The file is empty (0 bytes).")
    if len(data) > max_bytes:
        return oversized_extraction(len(data), max_bytes=max_bytes)
    media_type = sniff_media_type(data[:2048])
    if media_type == XML:
        return _extract_xml(data, filename=filename)
    if media_type not in (PDF, *_IMAGES):
        return failed_extraction(_unsupported(media_type))
    try:
        doc = (
            open_image(data) if media_type in _IMAGES else pymupdf.open(stream=data, filetype="pdf")
        )
    except Exception as error:  # MuPDF raises several types for unreadable files
        logger.info("%s: cannot be opened: %s", filename, error)
        if media_type in _IMAGES:
            return failed_extraction(
                f"The image ({media_type}) is corrupt or unreadable and could not be opened.",
                extractor=OCR_RULES,
            )
        return failed_extraction("The PDF is corrupt or unreadable and could not be opened.")
    with doc:
        return _extract_pdf(
            doc,
            filename=filename,
            max_pages=max_pages,
            use_xml=not ignore_embedded_xml and media_type == PDF,
            image=media_type in _IMAGES,
            languages=ocr_languages,
            refine=partial(second_opinion, data=data, media_type=media_type, config=gemini),
        )


def _extract_xml(data: bytes, *, filename: str) -> Extraction:
    read = read_einvoice(data, source=filename)
    if read.invoice is None:
        return failed_extraction(read.error or "The XML could not be read.", extractor=EINVOICE_XML)
    read.invoice.warnings = list(read.warnings)
    return Extraction(
        invoice=read.invoice, page_count=0, extractor=EINVOICE_XML, warnings=read.warnings
    )


def _extract_pdf(
    doc: pymupdf.Document,
    *,
    filename: str,
    max_pages: int,
    use_xml: bool,
    image: bool,
    languages: tuple[str, ...],
    refine: Callable[[Extraction, list[PageLayout]], Extraction],
) -> Extraction:
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
    warnings: list[str] = []
    xml_invoice: Invoice | None = None
    if use_xml:
        xml_invoice = _embedded_invoice(doc, filename=filename, warnings=warnings)
    try:
        pages = list(doc)
        for page in pages:
            if max(page.rect.width, page.rect.height) > MAX_PAGE_SIDE or (
                image and page.rect.width * page.rect.height > MAX_IMAGE_PIXELS
            ):
                return failed_extraction(
                    f"Page {page.number + 1} is {page.rect.width:.0f} x "
                    f"{page.rect.height:.0f}, too large to read.",
                    page_count=page_count,
                    warnings=warnings,
                )
        texts = [page.get_text() for page in pages]
    except Exception:
        logger.info("%s: page content unreadable", filename, exc_info=True)
        return failed_extraction(
            "The PDF is corrupt or unreadable: its page content cannot be read.",
            page_count=page_count,
            warnings=warnings,
        )
    text = "\n".join(texts).strip()
    if xml_invoice is not None:
        warnings.extend(crosscheck(xml_invoice, text))
        xml_invoice.warnings = [*warnings, *xml_invoice.warnings]
        return Extraction(
            invoice=xml_invoice,
            text=text,
            page_count=page_count,
            extractor=EINVOICE_XML,
            warnings=list(xml_invoice.warnings),
        )
    layouts, text, used_ocr, error = _layouts(pages, texts, languages=languages, warnings=warnings)
    extractor = OCR_RULES if used_ocr else PDF_RULES
    if error:
        failed = failed_extraction(
            error, text=text, page_count=page_count, extractor=extractor, warnings=warnings
        )
        return refine(failed, layouts)
    rules = _read_rules(
        layouts,
        text=text,
        page_count=page_count,
        extractor=extractor,
        filename=filename,
        warnings=warnings,
    )
    return refine(rules, layouts)


def _embedded_invoice(
    doc: pymupdf.Document, *, filename: str, warnings: list[str]
) -> Invoice | None:
    """The invoice of the PDF's e-invoice attachment, or None (with the reason as a warning)."""
    try:
        attached = embedded_xml(doc)
    except XmlRejected as error:
        warnings.append(f"The embedded e-invoice was not used: {error} Read the visible page.")
        return None
    except Exception:
        logger.info("%s: attachments unreadable", filename, exc_info=True)
        warnings.append("The PDF's attachments cannot be read; read the visible page instead.")
        return None
    if attached is None:
        return None
    name, xml = attached
    read = read_einvoice(xml, source=f"embedded {name}")
    if read.invoice is None:
        warnings.append(
            f"The embedded e-invoice was not used: {read.error} Read the visible page instead."
        )
        return None
    warnings.extend(read.warnings)
    return read.invoice


def _layouts(
    pages: Sequence[pymupdf.Page],
    texts: list[str],
    *,
    languages: tuple[str, ...],
    warnings: list[str],
) -> tuple[list[PageLayout], str, bool, str | None]:
    """The layout of every page, OCR'ing pages without a usable text layer.

    Returns (layouts, text, whether OCR was used, error when nothing at all can be read).
    """
    scanned = [i for i, text in enumerate(texts) if needs_ocr(text)]
    language: str | None = None
    if scanned:
        try:
            language = ocr_language(languages)
        except OcrUnavailable as error:
            if len(scanned) == len(pages):
                return (
                    [],
                    "\n".join(texts).strip(),
                    False,
                    (f"The document has no text layer (it looks like a scan) and {error}"),
                )
            warnings.append(f"{len(scanned)} page(s) have no text layer and were skipped: {error}")
    layouts = []
    seen: LabelsSeen = {}
    for i, page in enumerate(pages):
        if i in scanned and language:
            textpage = ocr_textpage(page, language=language)
            texts[i] = page.get_text(textpage=textpage)
            layouts.append(read_layout(page, textpage, seen))
        else:
            layouts.append(read_layout(page, seen=seen))
    text = "\n".join(texts).strip()
    if not text:
        return (
            layouts,
            text,
            bool(language),
            ("No text could be read from the document: OCR found none (blank or unreadable scan)."),
        )
    return layouts, text, bool(scanned and language), None


def _read_rules(
    layouts: list[PageLayout],
    *,
    text: str,
    page_count: int,
    extractor: ExtractorInfo,
    filename: str,
    warnings: list[str],
) -> Extraction:
    try:
        groups = split_invoices(layouts, invoice_fields) if len(layouts) > 1 else [layouts]
        if len(groups) > 1:
            warnings.append(
                f"The PDF holds {len(groups)} invoices (pages "
                + ", ".join(f"{g[0].number + 1}-{g[-1].number + 1}" for g in groups)
                + "); only the first is read here, the others are not merged into it."
            )
        invoice = parse_invoice(groups[0])
    except Exception:  # a rule bug must not lose the document's text
        logger.exception("%s: invoice rules failed", filename)
        return failed_extraction(
            "The invoice fields could not be read because of an internal extractor error.",
            text=text,
            page_count=page_count,
            extractor=extractor,
            warnings=warnings,
        )
    if invoice is None:
        other = other_document(groups[0][0])
        error = (
            f'The document is titled "{other[1].text}", {other[0]}, not an invoice: '
            "nothing was read from it."
            if other
            else "No invoice fields (number, date, totals) were recognised in the document's text."
        )
        return failed_extraction(
            error,
            text=text,
            page_count=page_count,
            extractor=extractor,
            warnings=warnings,
            not_an_invoice=other[0] if other else None,
        )
    invoice.extractor = extractor
    invoice.warnings = [*warnings, *invoice.warnings]
    return Extraction(
        invoice=invoice,
        text=text,
        page_count=page_count,
        extractor=extractor,
        warnings=list(invoice.warnings),
    )
