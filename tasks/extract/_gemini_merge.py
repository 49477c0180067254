"""When to ask Gemini, and how its reading and the layout rules' result become one invoice.

The merge, field by field (number, type, dates, currency, party names and VAT ids, totals):
- only one reader has a value: it is taken, with that reader's evidence;
- both agree: the rules' value and evidence (page and box) stay, the confidence rises to at
  least `AGREED_CONFIDENCE` and the source names both readers ("label:Total+gemini");
- they disagree: the rules' value stays when its own confidence reaches the threshold, else
  Gemini's is taken; either way a warning names both values, so a reviewer sees the conflict.
Line items: Gemini's replace the rules' when the rules found none, or when only Gemini's add up
to the net total. What only the rules read (addresses, IBAN, tax breakdown) is kept.

When the rules read no invoice at all, Gemini's reading is the invoice (extractor "gemini").
When Gemini fails (HTTP error, quota, timeout, invalid answer), the rules' result stands with a
warning saying why. The document and its text are never dropped.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from core.models import Evidence, Extraction, ExtractorInfo, Invoice, LineItem
from tasks.extract._gemini_read import GeminiReading
from tasks.extract._parse import fold
from tasks.extract.pdf_text import overall_confidence

FIELDS: Final = (
    "invoice_number", "type_code", "issue_date", "due_date", "currency",
    "seller.name", "seller.vat_id", "buyer.name", "buyer.vat_id",
    "net_total", "tax_total", "grand_total", "amount_due",
)  # fmt: skip
AGREED_CONFIDENCE: Final = 0.9
"""Two independent readers (rules over the page, Gemini over the image) found the same value."""


def wants_gemini(extraction: Extraction, mode: str, min_confidence: float) -> bool:
    """`always`: every PDF and image; `fallback`: when the rules read no invoice or are unsure.

    Never a document whose title names another kind (a quotation, a delivery note): Gemini
    would read its number and totals as an invoice's."""
    if extraction.not_an_invoice:
        return False
    if mode == "always":
        return True
    if mode != "fallback":
        return False
    return extraction.invoice is None or extraction.invoice.confidence < min_confidence


def merge_reading(
    extraction: Extraction,
    reading: GeminiReading,
    extractor: ExtractorInfo,
    min_confidence: float,
) -> Extraction:
    """The rules' `extraction` combined with Gemini's `reading` (see the module docstring)."""
    rules = extraction.invoice
    gemini = reading.invoice
    if gemini is None:
        stands = "the rules' result stands" if rules is not None else "no invoice was read"
        reason = (reading.error or "no answer").rstrip(".")
        notes = [*reading.warnings, f"Gemini was not used: {reason}; {stands}."]
        return _with_warnings(extraction, notes)
    if rules is None:
        gemini.warnings = [*extraction.warnings, *reading.warnings]
        gemini.confidence = overall_confidence(gemini)
        gemini.warnings.append(
            f"The layout rules read no invoice ({extraction.error}); "
            f"the fields are Gemini's ({extractor.version})."
        )
        return Extraction(
            invoice=gemini,
            text=extraction.text,
            page_count=extraction.page_count,
            extractor=gemini.extractor,
            warnings=list(gemini.warnings),
        )
    merged = merge_invoices(rules, gemini, min_confidence)
    merged.warnings = [*merged.warnings, *reading.warnings]
    merged.extractor = ExtractorInfo(
        name=f"{rules.extractor.name}+gemini",
        version=f"{rules.extractor.version}+{extractor.version}",
    )
    merged.confidence = overall_confidence(merged)
    return extraction.model_copy(
        update={
            "invoice": merged,
            "extractor": merged.extractor,
            "warnings": list(merged.warnings),
        }
    )


def _with_warnings(extraction: Extraction, notes: list[str]) -> Extraction:
    update: dict[str, Any] = {"warnings": [*extraction.warnings, *notes]}
    if extraction.invoice is not None:
        invoice = extraction.invoice.model_copy(deep=True)
        invoice.warnings = [*invoice.warnings, *notes]
        update["invoice"] = invoice
    return extraction.model_copy(update=update)


def merge_invoices(rules: Invoice, gemini: Invoice, min_confidence: float) -> Invoice:
    merged = rules.model_copy(deep=True)
    for name in FIELDS:
        theirs = _get(gemini, name)
        if theirs is None:
            continue
        ours = _get(rules, name)
        our_evidence = rules.evidence.get(name)
        their_evidence = gemini.evidence.get(name) or Evidence(confidence=0.5, source="gemini")
        if name == "type_code" and our_evidence is None:
            ours = None  # the rules' 380 is a default unless a title named the type
        if ours is None:
            _set(merged, name, theirs)
            merged.evidence[name] = their_evidence
        elif _same(name, ours, theirs):
            evidence = our_evidence or their_evidence
            merged.evidence[name] = evidence.model_copy(
                update={
                    "confidence": max(
                        evidence.confidence, their_evidence.confidence, AGREED_CONFIDENCE
                    ),
                    "source": f"{evidence.source}+gemini",
                }
            )
        else:
            sure = our_evidence is not None and our_evidence.confidence >= min_confidence
            if not sure:
                _set(merged, name, theirs)
                merged.evidence[name] = their_evidence
            kept = "the rules' value was kept" if sure else "Gemini's value was taken"
            merged.warnings.append(
                f"The rules and Gemini disagree on {name}: rules read {_shown(ours)}, "
                f"Gemini read {_shown(theirs)}; {kept}."
            )
    _merge_lines(merged, rules.lines, gemini.lines)
    return merged


def _merge_lines(merged: Invoice, ours: list[LineItem], theirs: list[LineItem]) -> None:
    if not theirs:
        return
    if not ours:
        merged.lines = [line.model_copy() for line in theirs]
        return
    if not _adds_up(ours, merged.net_total) and _adds_up(theirs, merged.net_total):
        merged.lines = [line.model_copy() for line in theirs]
        merged.warnings.append(
            f"The rules' {len(ours)} line item(s) do not add up to the net total; "
            f"Gemini's {len(theirs)} do and were taken."
        )


def _adds_up(lines: list[LineItem], net_total: Decimal | None) -> bool:
    if net_total is None or any(line.net_amount is None for line in lines):
        return False
    return sum((line.net_amount or Decimal(0) for line in lines), Decimal(0)) == net_total


def _get(invoice: Invoice, name: str) -> Any:
    owner: Any = invoice
    *path, last = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    return getattr(owner, last)


def _set(invoice: Invoice, name: str, value: Any) -> None:
    owner: Any = invoice
    *path, last = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    setattr(owner, last, value)


def _same(name: str, ours: Any, theirs: Any) -> bool:
    if isinstance(ours, str) and isinstance(theirs, str):
        if name.endswith("vat_id"):
            return _compact(ours) == _compact(theirs)
        if name == "invoice_number":
            return ours.strip() == theirs.strip()
        return " ".join(fold(ours).split()) == " ".join(fold(theirs).split())
    return bool(ours == theirs)


def _compact(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _shown(value: Any) -> str:
    text = str(value)
    return repr(text[:57] + "..." if len(text) > 60 else text)
