"""OCR through PyMuPDF and Tesseract, for pages without a usable text layer and for images.

Tesseract's language data is found from TESSDATA_PREFIX or the installed Tesseract
(`scripts/install-ocr.sh` installs it with en, de, fr, es, it and nl). When it or every wanted
language is missing, `OcrUnavailable` says so in words safe to show.
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Final

import pymupdf

from core.models import ExtractorInfo

logger = logging.getLogger(__name__)

OCR_RULES: Final = ExtractorInfo(name="ocr-rules", version="0.1.0")
DEFAULT_LANGUAGES: Final = ("eng", "deu", "fra", "spa", "ita", "nld")
DEFAULT_DPI: Final = 200
MAX_OCR_PIXELS: Final = 40_000_000
"""A page is rendered at a lower resolution when it would exceed this many pixels."""
MIN_TEXT_CHARS: Final = 20
"""A page with fewer visible characters than this has no usable text layer."""


class OcrUnavailable(RuntimeError):
    """Tesseract or its language data is missing; the message says how to install it."""


@functools.cache
def tessdata_dir() -> Path | None:
    """Tesseract's language folder: TESSDATA_PREFIX, else the installed Tesseract's, else None."""
    env = os.environ.get("TESSDATA_PREFIX")
    if env and Path(env).is_dir():
        return Path(env)
    try:
        found = pymupdf.get_tessdata()
    except Exception:
        return None
    return Path(found) if found and Path(found).is_dir() else None


def available_languages() -> frozenset[str]:
    folder = tessdata_dir()
    if folder is None:
        return frozenset()
    return frozenset(p.name.removesuffix(".traineddata") for p in folder.glob("*.traineddata"))


def ocr_language(wanted: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """The Tesseract language string ("eng+deu+...") of the wanted languages that are installed."""
    if tessdata_dir() is None:
        raise OcrUnavailable(
            "OCR is not available: Tesseract's language data was not found "
            "(install it with scripts/install-ocr.sh or set TESSDATA_PREFIX)."
        )
    installed = available_languages()
    usable = [language for language in wanted if language in installed]
    if not usable:
        raise OcrUnavailable(
            f"OCR is not available: none of the languages {', '.join(wanted)} is installed "
            f"for Tesseract in {tessdata_dir()} (install them with scripts/install-ocr.sh)."
        )
    return "+".join(usable)


def needs_ocr(page: pymupdf.Page) -> bool:
    """True when the page shows (almost) no text through its text layer."""
    return len(page.get_text("text").strip()) < MIN_TEXT_CHARS


def page_dpi(page: pymupdf.Page, dpi: int = DEFAULT_DPI) -> int:
    """`dpi`, lowered so that the rendered page stays under `MAX_OCR_PIXELS`."""
    area_inches = (page.rect.width / 72) * (page.rect.height / 72)
    if area_inches <= 0:
        return dpi
    limit = int((MAX_OCR_PIXELS / area_inches) ** 0.5)
    return max(min(dpi, limit), 1)


def ocr_textpage(page: pymupdf.Page, *, language: str, dpi: int = DEFAULT_DPI) -> pymupdf.TextPage:
    """The page's text as Tesseract reads it from a rendering of the whole page."""
    folder = tessdata_dir()
    return page.get_textpage_ocr(
        language=language,
        dpi=page_dpi(page, dpi),
        full=True,
        tessdata=str(folder) if folder else None,
    )


def open_image(data: bytes) -> pymupdf.Document:
    """An image (PNG, JPEG, TIFF) as a PDF document of one page per frame, ready for OCR."""
    with pymupdf.open(stream=data) as image:
        pdf_bytes = image.convert_to_pdf()
    return pymupdf.open(stream=pdf_bytes, filetype="pdf")
