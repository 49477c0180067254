"""Gemini's JSON answer -> a domain `Invoice`, with evidence found in the page's words.

Read leniently: every value is checked on its own, and one that does not parse (an amount that
is not a finite decimal, a date that is not a date, a currency that is not a code) is dropped
with a warning; the rest of the answer is kept. Amounts become `Decimal`, never float.
A value also printed on the page gets that place (page, box, text) as evidence; one that cannot
be found there gets evidence with source "gemini", no box, and a lower confidence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from core.models import Evidence, ExtractorInfo, Invoice, LineItem, Party
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import currencies, find_numbers, fold, parse_date, to_decimal
from tasks.extract.pdf_text import overall_confidence, recognisable

FOUND_CONFIDENCE: Final = 0.85
"""A value Gemini read that is also printed on the page."""
UNFOUND_CONFIDENCE: Final = 0.5
"""A value Gemini read that cannot be found in the page's words (or the page has none)."""
MAX_AMOUNT: Final = Decimal(10) ** 15
MAX_DECIMALS: Final = 6
"""Amounts are stored with six decimal places: a value with more is not an amount we keep."""
AMOUNTS: Final = ("net_total", "tax_total", "grand_total", "amount_due")


@dataclass
class GeminiReading:
    """Gemini's invoice (or the reason there is none) and what was dropped on the way."""

    invoice: Invoice | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_answer(
    text: str, layouts: Sequence[PageLayout], extractor: ExtractorInfo
) -> GeminiReading:
    try:
        answer = json.loads(_unfence(text), parse_float=Decimal)
    except ValueError:
        return GeminiReading(error="Gemini's answer was not valid JSON.")
    if not isinstance(answer, dict):
        return GeminiReading(error="Gemini's answer was not a JSON object.")
    reader = _Reader(answer, layouts)
    invoice = reader.invoice(extractor)
    if not recognisable(invoice):
        return GeminiReading(
            error="Gemini found no invoice fields (number, date, totals) either.",
            warnings=reader.warnings,
        )
    invoice.confidence = overall_confidence(invoice)
    return GeminiReading(invoice=invoice, warnings=reader.warnings)


def _unfence(text: str) -> str:
    """The JSON inside a Markdown code fence, which some answers wrap it in."""
    match = re.fullmatch(r"\s*```(?:json)?\s*(.*?)\s*```\s*", text, re.DOTALL)
    return match.group(1) if match else text


class _Reader:
    def __init__(self, answer: dict[str, Any], layouts: Sequence[PageLayout]) -> None:
        self.answer = answer
        self.segments = [s for layout in layouts for s in layout.segments]
        self.warnings: list[str] = []

    def invoice(self, extractor: ExtractorInfo) -> Invoice:
        invoice = Invoice(extractor=extractor)
        evidence = invoice.evidence
        number = self.text("invoice_number", self.answer.get("invoice_number"))
        if number is not None:
            invoice.invoice_number = number
            evidence["invoice_number"] = self.evidence(number, _token_in)
        code = self.text("type_code", self.answer.get("type_code"))
        if code is not None:
            if re.fullmatch(r"\d{3}", code):
                invoice.type_code = code
                evidence["type_code"] = Evidence(
                    confidence=UNFOUND_CONFIDENCE, source="gemini", text=code
                )
            else:
                self.drop("type_code", code)
        for name in ("issue_date", "due_date"):
            day = self.date(name, self.answer.get(name))
            if day is not None:
                setattr(invoice, name, day)
                evidence[name] = self.evidence(day, _date_in)
        currency = self.text("currency", self.answer.get("currency"))
        if currency is not None:
            if re.fullmatch(r"[A-Za-z]{3}", currency):
                invoice.currency = currency.upper()
                evidence["currency"] = self.evidence(invoice.currency, _currency_in)
            else:
                self.drop("currency", currency)
        for role in ("seller", "buyer"):
            party = self.party(role, self.answer.get(role), evidence)
            setattr(invoice, role, party)
        for name in AMOUNTS:
            amount = self.amount(name, self.answer.get(name))
            if amount is not None:
                setattr(invoice, name, amount)
                evidence[name] = self.evidence(amount, _amount_in, last=True)
        invoice.lines = self.lines(self.answer.get("lines"))
        if invoice.is_credit_note:
            _positive(invoice)
        return invoice

    def party(self, role: str, value: Any, evidence: dict[str, Evidence]) -> Party:
        party = Party()
        if value is None:
            return party
        if not isinstance(value, dict):
            self.drop(role, value)
            return party
        name = self.text(f"{role}.name", value.get("name"))
        if name is not None:
            party.name = name
            evidence[f"{role}.name"] = self.evidence(name, _phrase_in)
        vat_id = self.text(f"{role}.vat_id", value.get("vat_id"))
        if vat_id is not None:
            party.vat_id = re.sub(r"\s+", "", vat_id).upper()
            evidence[f"{role}.vat_id"] = self.evidence(party.vat_id, _compact_in)
        return party

    def lines(self, value: Any) -> list[LineItem]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.drop("lines", value)
            return []
        items = []
        for index, row in enumerate(value, start=1):
            if not isinstance(row, dict):
                self.drop(f"line {index}", row)
                continue
            item = LineItem(
                description=self.text(f"line {index} description", row.get("description")),
                quantity=self.amount(f"line {index} quantity", row.get("quantity")),
                unit_price=self.amount(f"line {index} unit_price", row.get("unit_price")),
                net_amount=self.amount(f"line {index} net_amount", row.get("net_amount")),
            )
            if any(v is not None for v in item.model_dump().values()):
                items.append(item)
        return items

    def text(self, name: str, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            self.drop(name, value)
            return None
        text = " ".join(str(value).split())
        return text[:500] or None

    def date(self, name: str, value: Any) -> dt.date | None:
        text = self.text(name, value)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            found = parse_date(text)
            if found is not None and found[1].strip() == text:
                return found[0]
        self.drop(name, text)
        return None

    def amount(self, name: str, value: Any) -> Decimal | None:
        """A finite decimal with at most six decimal places; a float never enters."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
            self.drop(name, value)
            return None
        amount = Decimal(value) if isinstance(value, int | Decimal) else _to_amount(value)
        if amount is not None and not _storable(amount):
            amount = None
        if amount is None:
            self.drop(name, value)
        return amount

    def drop(self, name: str, value: Any) -> None:
        shown = json.dumps(value, default=str, ensure_ascii=False)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        self.warnings.append(f"Gemini returned an invalid {name} ({shown}); it was ignored.")

    def evidence(
        self, value: Any, matches: Callable[[Segment, Any], bool], *, last: bool = False
    ) -> Evidence:
        """Where `value` is printed (the last place for totals, which close the invoice)."""
        found = [segment for segment in self.segments if matches(segment, value)]
        if found:
            segment = found[-1] if last else found[0]
            return Evidence(
                confidence=FOUND_CONFIDENCE,
                source="gemini",
                page=segment.page,
                bbox=segment.bbox,
                text=segment.text,
            )
        return Evidence(confidence=UNFOUND_CONFIDENCE, source="gemini", text=str(value))


def _to_amount(text: str) -> Decimal | None:
    """ "1234.50", "-12.00", and leniently "1.234,50", "EUR 1'234.50", "12,50 EUR"."""
    cleaned = re.sub(r"\b[A-Z]{3}\b|[\u20ac$\u00a3\u00a5\u20b9\s]", "", text).replace("\u2212", "-")
    if not re.fullmatch(r"[+-]?[\d.,']*\d[\d.,']*", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        amount = to_decimal(cleaned.lstrip("+-"))
    if amount is not None and cleaned.startswith("-"):
        amount = -amount
    return amount


def _storable(amount: Decimal) -> bool:
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        return False
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -MAX_DECIMALS


def _positive(invoice: Invoice) -> None:
    """A credit note's amounts are positive (as in EN 16931); one sent all negative is turned."""
    totals = [getattr(invoice, name) for name in AMOUNTS if getattr(invoice, name) is not None]
    if not totals or any(value >= 0 for value in totals):
        return
    for name in AMOUNTS:
        value = getattr(invoice, name)
        if value is not None:
            setattr(invoice, name, -value)
    for line in invoice.lines:
        if line.net_amount is not None and line.net_amount < 0:
            line.net_amount = -line.net_amount
        if line.unit_price is not None and line.unit_price < 0:
            line.unit_price = -line.unit_price


def _token_in(segment: Segment, value: str) -> bool:
    pattern = rf"(?<![A-Za-z0-9]){re.escape(value)}(?![A-Za-z0-9])"
    return re.search(pattern, segment.text) is not None


def _phrase_in(segment: Segment, value: str) -> bool:
    needle = " ".join(fold(value).split())
    return len(needle) >= 2 and needle in " ".join(segment.folded.split())


def _compact_in(segment: Segment, value: str) -> bool:
    return len(value) >= 4 and value in re.sub(r"[\s.]", "", segment.text).upper()


def _date_in(segment: Segment, value: dt.date) -> bool:
    for month_first in (False, True):
        found = parse_date(segment.text, month_first=month_first)
        if found is not None and found[0] == value:
            return True
    return False


def _currency_in(segment: Segment, value: str) -> bool:
    return any(code == value for code, _ in currencies(segment.text))


def _amount_in(segment: Segment, value: Decimal) -> bool:
    if not re.search(r"\d", segment.text):
        return False
    for hint in (None, ",", "."):
        if any(abs(number) == abs(value) for number, _ in find_numbers(segment.text, hint)):
            return True
    return False
