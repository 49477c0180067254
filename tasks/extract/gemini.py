"""Gemini as a second reader of PDFs and images, used only when configured.

With `GEMINI_API_KEY` set, `GeminiConfig.from_settings` returns a config and the cascade asks
Gemini (through google-genai) to read the document, sent as inline data, in JSON mode with a
response schema (`GeminiInvoice`). Amounts come back as strings and become `Decimal`; values
that do not parse are dropped with a warning. The answer is merged with the rules' result
(`_gemini_merge`): any failure of the API (HTTP errors, quota, timeout, invalid JSON) becomes a
warning and the rules' result stands. Without a key nothing is sent anywhere.

`google.genai` is imported only when a request is made, so start-up stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import BaseModel, Field

from core.files import JPEG, PDF, PNG, TIFF
from core.models import Extraction, ExtractorInfo
from tasks.extract._gemini_merge import merge_reading, wants_gemini
from tasks.extract._gemini_read import GeminiReading, read_answer
from tasks.extract._layout import PageLayout

if TYPE_CHECKING:
    from core.settings import Settings

logger = logging.getLogger(__name__)

GeminiMode = Literal["fallback", "always", "off"]
MiB: Final = 1024 * 1024
MAX_INLINE_BYTES: Final = 14 * MiB
"""Largest document sent inline: a request carries at most ~20 MB, and base64 adds a third."""
SUPPORTED: Final = frozenset({PDF, PNG, JPEG, TIFF})

PROMPT: Final = """\
Read the invoice in this document and fill in the response schema.
- Copy values exactly as printed; use null for anything the document does not state. Never guess.
- Amounts: plain decimal strings with "." as decimal separator, no thousands separators and no
  currency symbols, e.g. "1234.50". Credit notes: positive amounts (type_code 381 says so).
- Dates: YYYY-MM-DD. Currency: the ISO 4217 code (EUR, USD, GBP, CHF, ...).
- type_code: UNTDID 1001 code: 380 invoice, 381 credit note, 384 corrected invoice,
  389 self-billed invoice.
- seller: the party that issued the invoice; buyer: the party billed.
- If the document holds several invoices, read only the first one.
"""


class GeminiParty(BaseModel):
    name: str | None = Field(None, description="Legal or trading name as printed")
    vat_id: str | None = Field(None, description="VAT identification number, e.g. DE123456789")


class GeminiLine(BaseModel):
    description: str | None = None
    quantity: str | None = Field(None, description="Decimal string")
    unit_price: str | None = Field(None, description="Net unit price, decimal string")
    net_amount: str | None = Field(None, description="Net line amount, decimal string")


class GeminiInvoice(BaseModel):
    """The response schema: the fields of the domain `Invoice` that Gemini is asked for."""

    invoice_number: str | None = None
    type_code: str | None = Field(None, description="UNTDID 1001: 380 invoice, 381 credit note")
    issue_date: str | None = Field(None, description="YYYY-MM-DD")
    due_date: str | None = Field(None, description="YYYY-MM-DD")
    currency: str | None = Field(None, description="ISO 4217 code")
    seller: GeminiParty | None = None
    buyer: GeminiParty | None = None
    net_total: str | None = Field(None, description="Total without VAT, decimal string")
    tax_total: str | None = Field(None, description="Total VAT, decimal string")
    grand_total: str | None = Field(None, description="Total with VAT, decimal string")
    amount_due: str | None = Field(None, description="Amount to pay, decimal string")
    lines: list[GeminiLine] | None = None


@dataclass(frozen=True)
class GeminiConfig:
    """How to reach Gemini and when to ask it; built from `Settings` by the callers."""

    api_key: str = field(repr=False)
    model: str = "gemini-3.5-flash"
    base_url: str | None = None
    timeout_seconds: float = 60.0
    max_retries: int = 2
    mode: GeminiMode = "fallback"
    min_confidence: float = 0.6
    retry_delay_seconds: float = 1.0
    """First retry delay (doubles per retry, with jitter); tests shorten it."""

    @classmethod
    def from_settings(cls, settings: Settings) -> GeminiConfig | None:
        """The config, or None when Gemini must not be used (no key, or mode `off`)."""
        key = settings.gemini_api_key.get_secret_value() if settings.gemini_api_key else ""
        if not key.strip() or settings.gemini_mode == "off":
            return None
        return cls(
            api_key=key.strip(),
            model=settings.gemini_model,
            base_url=settings.gemini_base_url,
            timeout_seconds=settings.gemini_timeout_seconds,
            max_retries=settings.gemini_max_retries,
            mode=settings.gemini_mode,
            min_confidence=settings.gemini_min_confidence,
        )

    @property
    def extractor(self) -> ExtractorInfo:
        return ExtractorInfo(name="gemini", version=self.model)


def second_opinion(
    extraction: Extraction,
    layouts: Sequence[PageLayout],
    *,
    data: bytes,
    media_type: str,
    config: GeminiConfig | None,
) -> Extraction:
    """The rules' `extraction`, merged with Gemini's reading when the config's mode asks for it.

    Never raises: a failed request leaves the rules' result with one more warning."""
    if config is None or not wants_gemini(extraction, config.mode, config.min_confidence):
        return extraction
    reading = ask_gemini(data, media_type=media_type, layouts=layouts, config=config)
    try:
        return merge_reading(extraction, reading, config.extractor, config.min_confidence)
    except Exception:  # a merge bug must not lose the rules' result
        logger.exception("merging Gemini's reading failed")
        failed = GeminiReading(error="its reading could not be merged (internal error).")
        return merge_reading(extraction, failed, config.extractor, config.min_confidence)


def ask_gemini(
    data: bytes, *, media_type: str, layouts: Sequence[PageLayout], config: GeminiConfig
) -> GeminiReading:
    """Gemini's reading of the document, or the reason it could not be had."""
    if media_type not in SUPPORTED:
        return GeminiReading(error=f"Gemini does not read {media_type} documents.")
    if len(data) > MAX_INLINE_BYTES:
        return GeminiReading(
            error=f"the document is larger than {MAX_INLINE_BYTES // MiB} MB, "
            "the limit for sending it to Gemini inline."
        )
    try:
        payload, mime = _payload(data, media_type)
        text = _generate(config, payload, mime)
    except Exception as error:  # every API or transport failure becomes a warning
        reason = describe_error(error, config)
        logger.info("Gemini request failed: %s", reason, exc_info=reason.startswith("the "))
        return GeminiReading(error=reason)
    try:
        return read_answer(text, layouts, config.extractor)
    except Exception:  # a mapping bug must not lose the document
        logger.exception("reading Gemini's answer failed")
        return GeminiReading(error="its answer could not be read (internal error).")


def _payload(data: bytes, media_type: str) -> tuple[bytes, str]:
    """What to send: PDFs, PNG and JPEG as they are; TIFF (not read by Gemini) as a PDF."""
    if media_type != TIFF:
        return data, media_type
    from tasks.extract.ocr import open_image

    with open_image(data) as doc:
        return doc.tobytes(), PDF


def _generate(config: GeminiConfig, payload: bytes, mime: str) -> str:
    from google.genai import types

    response = _client(config).models.generate_content(
        model=config.model,
        contents=[types.Part.from_bytes(data=payload, mime_type=mime), PROMPT],
        config=types.GenerateContentConfig(
            response_mime_type="application/json",
            response_schema=GeminiInvoice,
            temperature=0.0,
        ),
    )
    text = response.text
    if not text:
        feedback = response.prompt_feedback
        blocked = feedback.block_reason if feedback is not None else None
        finish = response.candidates[0].finish_reason if response.candidates else None
        raise EmptyAnswer(
            f"Gemini returned no answer (block reason: {blocked}, finish reason: {finish})."
        )
    return text


class EmptyAnswer(Exception):
    """A response without any text (blocked, or cut off)."""


@lru_cache(maxsize=8)
def _client(config: GeminiConfig) -> Any:
    """One google-genai client per config (its HTTP connection pool is reused)."""
    from google import genai
    from google.genai import types

    options = types.HttpOptions(
        base_url=config.base_url,
        timeout=max(1, round(config.timeout_seconds * 1000)),  # milliseconds
        retry_options=types.HttpRetryOptions(
            attempts=config.max_retries + 1,
            initial_delay=config.retry_delay_seconds,
            jitter=config.retry_delay_seconds,
            max_delay=max(config.retry_delay_seconds * 8, 1.0),
        ),
    )
    return genai.Client(api_key=config.api_key, http_options=options)


def describe_error(error: BaseException, config: GeminiConfig) -> str:
    """A short reason, safe to show (never the key), for a failed Gemini request."""
    from google.genai import errors

    if isinstance(error, EmptyAnswer):
        return str(error)
    if isinstance(error, errors.APIError):
        status = f"HTTP {error.code}" + (f" {error.status}" if error.status else "")
        if error.code == 429:
            return f"Gemini's quota or rate limit is exhausted ({status})."
        message = (error.message or "").strip().replace("\n", " ")[:200]
        if isinstance(error, errors.ServerError):
            return f"Gemini's server failed ({status})."
        return f"Gemini refused the request ({status}: {message})."
    name = type(error).__name__
    if "Timeout" in name:
        return f"Gemini did not answer within {config.timeout_seconds:g} s."
    if isinstance(error, ValueError):  # JSON of the HTTP response itself
        return "Gemini's response was not valid JSON."
    if "Connect" in name or isinstance(error, OSError):
        return f"Gemini could not be reached ({name})."
    return f"the Gemini request failed ({name})."


__all__ = [
    "GeminiConfig",
    "GeminiInvoice",
    "GeminiMode",
    "ask_gemini",
    "second_opinion",
]
