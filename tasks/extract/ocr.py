"""OCR through PyMuPDF and Tesseract, for pages without a usable text layer and for images.

Tesseract's language data is found from TESSDATA_PREFIX or the installed Tesseract
(`scripts/install-ocr.sh` installs it with en, de, fr, es, it and nl). When it or every wanted
language is missing, `OcrUnavailable` says so in words safe to show.
"""

from __future__ import annotations

import functools
import logging
import os
import unicodedata
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


def needs_ocr(text: str) -> bool:
    """True when a page's text layer (`page.get_text()`) shows (almost) no text."""
    return len(text.strip()) < MIN_TEXT_CHARS


def page_dpi(page: pymupdf.Page, dpi: int = DEFAULT_DPI) -> int:
    """`dpi`, lowered so that the rendered page stays under `MAX_OCR_PIXELS`."""
    area_inches = (page.rect.width / 72) * (page.rect.height / 72)
    if area_inches <= 0:
        return dpi
    limit = int((MAX_OCR_PIXELS / area_inches) ** 0.5)
    return max(min(dpi, limit), 1)


def ocr_textpage(page: pymupdf.Page, *, language: str, dpi: int = DEFAULT_DPI) -> pymupdf.TextPage:
    """The page's text as Tesseract reads it from a rendering of the whole page.

    Read with several languages at once, Tesseract mixes their letters up ("Rhône" read
    "Rhéne"); when the first reading shows that the page is in one of them other than English,
    the page is read again with that language (and English, for codes and foreign words)."""
    folder = tessdata_dir()

    def read(languages: str) -> pymupdf.TextPage:
        return page.get_textpage_ocr(
            language=languages, dpi=page_dpi(page, dpi), full=True,
            tessdata=str(folder) if folder else None,
        )  # fmt: skip

    textpage = read(language)
    wanted = language.split("+")
    if len(wanted) < 2:
        return textpage
    found = page_language(page.get_text("text", textpage=textpage), wanted)
    if found is None or found == "eng":
        return textpage
    return read(f"{found}+eng" if "eng" in wanted else found)


_LANGUAGE_TEXT: Final = {
    "eng": "invoice total amount due date quantity price the and for of to from bill payment",
    "deu": "rechnung datum betrag summe gesamt menge preis netto mwst ust und der die das fur "
    "bis zahlbar zahlung bitte steuer",
    "fra": "facture date montant total tva quantite prix le la les de du des et pour payer "
    "echeance designation reglement",
    "spa": "factura fecha importe total iva cantidad precio el la los de del y para pago "
    "vencimiento descripcion",
    "ita": "fattura data importo totale iva quantita prezzo il la di del e per pagamento "
    "scadenza imponibile descrizione",
    "nld": "factuur datum bedrag totaal btw aantal prijs de het een van en voor betaling "
    "vervaldatum omschrijving",
}
_LANGUAGE_WORDS: Final = {k: frozenset(v.split()) for k, v in _LANGUAGE_TEXT.items()}
"""Common words of an invoice in each language; shared words count for each that has them."""


def page_language(text: str, languages: list[str]) -> str | None:
    """The language most of the page's common invoice words belong to, when one clearly leads."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    words = [w.strip(".,:;()") for w in plain.split()]
    scores = {
        language: sum(1 for w in words if w in _LANGUAGE_WORDS[language])
        for language in languages
        if language in _LANGUAGE_WORDS
    }
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < 4:
        return None
    if len(ranked) > 1 and ranked[0][1] < ranked[1][1] * 1.5:
        return None
    return ranked[0][0]


def open_image(data: bytes) -> pymupdf.Document:
    """An image (PNG, JPEG, TIFF) as a PDF document of one page per frame, ready for OCR."""
    with pymupdf.open(stream=data) as image:
        pdf_bytes = image.convert_to_pdf()
    return pymupdf.open(stream=pdf_bytes, filetype="pdf")
