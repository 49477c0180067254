"""The document's number when no label names the invoice's: a bare document word as a key
("Documento | 2607.993", "Beleg: 2026-10/012", "Stuk 4711") on a document titled an invoice,
and, as the very last resort, a case or file number ("Vorgangsnummer: LS 44075", "Case no.",
"N° de dossier", "Expediente", "Pratica n.", "Dossiernummer"), which often numbers an internal
case rather than the invoice. Both are less sure than any invoice label."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._columned import in_column
from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._number_labels import INVOICE_STEM
from tasks.extract._numbers import invoice_number_value
from tasks.extract._parse import fold, parse_date
from tasks.extract._spaced_numbers import DATE_CUE, whole_value
from tasks.extract._street_values import street_line

_DOCUMENT_KEY: Final = re.compile(
    r"^(?:doc\.?|documento?|document|dokument|beleg|piece|pieza|stuk|boekstuk|comprobante)\s*:?"
    r"(?:\s+(?P<rest>\S.*))?$"
)
"""A bare document word as a key, its value (if any) after it: "Documento", "Beleg:"."""
_INVOICE_TITLE: Final = re.compile(rf"(?<![a-z]){INVOICE_STEM}|[a-z]{INVOICE_STEM}")
_CASE: Final = re.compile(
    r"vorgang|akte|(?<![a-z])case|(?<![a-z])file|dossier|expediente|pratica|(?<![a-z])fall\s*-?\s*(?:nr|nummer)"
)
"""The words of a case or file label: "Vorgangsnummer", "Case no.", "N° de dossier"."""


def _whole(segment: Segment, text: str, where: str) -> str | None:
    """The whole code a value prints, with its prefix or digit groups ("LS 44075")."""
    value = invoice_number_value(text)
    if value is None:
        return None
    return whole_value(segment, text, where, value)


def _value_of(hit: Hit, layout: PageLayout) -> tuple[str, Segment, str] | None:
    """The code-shaped value a key points at (inline, right of it or below it)."""
    for segment, text, where, _ in value_candidates(hit, layout):
        if where not in ("inline", "right", "below"):
            continue
        if where == "below" and in_column(layout, segment):
            return None  # a column heading over the rows' numbers
        value = _whole(segment, text, where)
        if value is None or (where == "inline" and not _alone(text, value)):
            return None
        if where != "inline" and street_line(text, value):
            return None  # "Carretera A-319 km 48": a line of an address beside the key
        return value, segment, text.strip()
    return None


def _alone(text: str, value: str) -> bool:
    """Whether an inline value opens the text and ends it, or only a dated cue follows it
    ("LS 44075 vom 12.03.2026"): never "Dokument 12 von 14"."""
    tokens, count = text.split(), len(value.split())
    if tokens[:count] != value.split():
        return False
    rest = " ".join(tokens[count:])
    return not rest or (DATE_CUE.match(rest) is not None and parse_date(rest) is not None)


def _titled_invoice(layout: PageLayout) -> bool:
    """Whether the upper part of the first page names the document an invoice."""
    return any(
        _INVOICE_TITLE.search(s.folded) for s in layout.segments if s.y0 < layout.height * 0.45
    )


def document_numbers(layouts: Sequence[PageLayout]) -> list[Found]:
    """The value of a bare document word used as a key, on a document titled an invoice:
    exactly one such value, code-shaped (a digit, never a date or an amount)."""
    if not layouts or not _titled_invoice(layouts[0]):
        return []
    found: list[Found] = []
    for layout in layouts[:1]:
        for segment in layout.segments:
            match = _DOCUMENT_KEY.match(segment.folded.strip())
            if match is None:
                continue
            rest = match["rest"] or ""
            tokens = segment.text.split()
            count = len(rest.split())
            after = " ".join(tokens[len(tokens) - count :]) if count else ""
            label = " ".join(tokens[: len(tokens) - count])
            hit = Hit("invoice_number", segment, label, after, 0, ends_segment=not after)
            read = _value_of(hit, layout)
            if read is not None:
                value, where, text = read
                found.append(Found(value, 0.55, f"document key:{label}", where, text))
    return found[:1] if len({f.value for f in found}) == 1 else []


def case_numbers(hits: list[Hit], layouts: Sequence[PageLayout]) -> list[Found]:
    """The value of a case or file number label, when it is the only one on the document."""
    found: list[Found] = []
    for hit in hits:
        if hit.field != "reference" or _CASE.search(fold(hit.label)) is None:
            continue
        if hit.start and len(hit.segment.text[: hit.start].split()) > 1:
            continue  # inside running text
        read = _value_of(hit, page_of(layouts, hit.segment.page))
        if read is not None and match_label(fold(read[2])) is None:
            value, where, text = read
            found.append(Found(value, 0.45, f"case:{hit.label.rstrip(':')}", where, text))
    return found[:1] if len({f.value for f in found}) == 1 else []


__all__ = ["case_numbers", "document_numbers"]
