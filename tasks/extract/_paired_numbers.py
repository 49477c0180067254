"""The document's own number named by the same noun as its date: "N.º de cuenta | 3689-26"
beside "Fecha de cuenta | 20/08/26", "Bill no." beside "Bill date". A number sign naming a
thing ("cuenta", "nota", "bill") may number another thing (a bank or customer account); when
the issue date is labelled with that same noun, the number is the one the document dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._layout import PageLayout, page_of
from tasks.extract._numbers import invoice_number_value
from tasks.extract._parse import fold
from tasks.extract._ref_labels import NO
from tasks.extract._street_values import street_line

_OF: Final = r"(?:de\s*(?:la\s*)?|del(?:la)?\s*|di\s*|of\s*(?:the\s*)?|der\s*|van\s*(?:de\s*)?)?"
_BILL_WORDS: Final = (
    r"cuenta|conto|compte|account|rekening|nota|note|bill|recibo|ricevuta|receipt|quittung"
    r"|recu|kwitantie|declaratie"
)
"""Words for the bill itself that also name other things (a bank or customer account, a
note, a receipt): never a word for an order, a delivery note or a contract, whose numbers
have dates of their own."""
_NUMBERED: Final = re.compile(rf"{NO}\s*{_OF}({_BILL_WORDS})")
"""A number sign naming a bill word: "N.º de cuenta", "No. of bill", "Nr. der Quittung"."""
_DATE_WORD: Final = r"(?:fecha|date|data|datum)"
_NEAR: Final = 150.0
"""How far below or above the number label (points) the date label may sit."""


def _noun(hit: Hit) -> str | None:
    match = _NUMBERED.fullmatch(fold(hit.label).strip(" .:"))
    return match.group(1) if match else None


def _dated(noun: str, hits: list[Hit], number: Hit) -> bool:
    """Whether an issue date label near `number` names the same noun ("Fecha de cuenta")."""
    same = re.compile(
        rf"{_DATE_WORD}\s*{_OF}{re.escape(noun)}\b|{re.escape(noun)}\s*-?\s*(?:date|datum)\b"
    )
    for hit in hits:
        if hit.field != "issue_date" or hit.segment.page != number.segment.page:
            continue
        if abs(hit.segment.y0 - number.segment.y0) > _NEAR:
            continue
        if same.match(fold(hit.segment.text).strip()):
            return True
    return False


def paired_numbers(hits: list[Hit], layouts: Sequence[PageLayout]) -> list[Found]:
    """Numbers whose label names the same noun as a nearby issue date label, best first."""
    found = []
    for hit in hits:
        if hit.field not in ("reference", "invoice_number") or hit.start != 0:
            continue
        noun = _noun(hit)
        if noun is None or not _dated(noun, hits, hit):
            continue
        for segment, text, where, confidence in value_candidates(
            hit, page_of(layouts, hit.segment.page)
        ):
            value = invoice_number_value(text)
            if value is not None and where != "inline" and street_line(text, value):
                break  # "Hauptstraße 45": a line of an address beside or below the label
            if value is not None:
                source = f"label:{hit.label.rstrip(':')}"
                found.append(Found(value, confidence - 0.2, source, segment, text.strip()))
                break
    return sorted(found, key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))


__all__ = ["paired_numbers"]
