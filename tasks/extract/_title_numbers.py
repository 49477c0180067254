"""The invoice number printed in a document's title line: "Final Account No. 2026/1218",
"Décompte final n° 2026/5185", "Eindafrekening nr. 2026-353". A title set larger than the body
text, a few words, a number sign and an identifier: the document numbers itself there, whatever
it calls itself, unless the words before the sign name another thing ("Order No.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._numbers import identifier, invoice_number_value
from tasks.extract._ref_labels import NO
from tasks.extract._spaced_numbers import whole_value
from tasks.extract._street_values import street_line

_YEAR: Final = re.compile(r"(?:19|20)\d\d")

_TITLE_NUMBER: Final = re.compile(
    rf"^(?P<words>[^\W\d][^\d:]{{1,50}}?)\s*(?:\([^)]{{0,30}}\)\s*)?(?<![a-z]){NO}\s*:?\s*"
    r"(?P<rest>\S.*)$"
)


def title_numbers(layouts: Sequence[PageLayout]) -> list[Found]:
    """The number in a prominent title line high on the first page, if one prints it."""
    if not layouts:
        return []
    layout = layouts[0]
    found = []
    for segment in layout.segments:
        if segment.y0 > layout.height * 0.5 or segment.size < layout.body_size * 1.2:
            continue
        match = _TITLE_NUMBER.match(segment.folded)
        if match is None or not 1 <= len(match.group("words").split()) <= 5:
            continue
        label = match_label(segment.folded)
        if label is not None and label.field == "reference":
            continue  # "Order No. 4711" in large type numbers the order
        tokens = segment.text.split()
        folded = match.group("rest").split()
        value = identifier(match.group("rest"))
        if value is None or len(tokens) < len(folded):
            continue
        original = tokens[len(tokens) - len(folded)].strip(",;:()[]")
        if original.lower() != value.lower():
            continue
        found.append(Found(original, 0.7, f"title:{segment.text}", segment, segment.text))
    return found[:1]


_TITLE_WORDS: Final = re.compile(r"^[^\W\d][^\d:/]{2,40}$")
_SELF_LABEL: Final = re.compile(
    rf"^(?P<word>[a-z]{{4,}})s?\s*-?\s*(?<![a-z]){NO}\s*:?\s*(?P<rest>.*)$"
)


def self_named_numbers(layouts: Sequence[PageLayout]) -> list[Found]:
    """The number of a document that calls itself something else than an invoice: a title
    "Patient Account" and a key "Account no." (or "Statement #" under "Monthly Statement"):
    the key of the word the title ends with numbers the document itself. Only one value,
    and less sure than any invoice label."""
    if not layouts:
        return []
    layout = layouts[0]
    words = set()
    for segment in layout.segments:
        if segment.y0 > layout.height * 0.4 or segment.size < layout.body_size * 1.2:
            continue
        folded = segment.folded.strip(" :")
        if _TITLE_WORDS.match(folded) and 1 <= len(folded.split()) <= 4:
            words.add(folded.split()[-1])
    found: list[Found] = []
    for segment in layout.segments if words else ():
        match = _SELF_LABEL.match(segment.folded.strip())
        if match is None or match["word"] not in words:
            continue
        keyed = keyed_number(segment, match["rest"], layout, 0.55, "title word")
        if keyed is not None:
            found.append(keyed)
    return found[:1] if len({f.value for f in found}) == 1 else []


def keyed_number(
    segment: Segment, rest: str, layout: PageLayout, confidence: float, source: str
) -> Found | None:
    """The number a key segment gives (its `rest` words after the key, or a value beside or
    below it), as an invoice number found with `confidence`; None when no value is one."""
    tokens, count = segment.text.split(), len(rest.split())
    after = " ".join(tokens[len(tokens) - count :]) if count else ""
    label = " ".join(tokens[: len(tokens) - count])
    hit = Hit("invoice_number", segment, label, after, 0, ends_segment=not after)
    for candidate, text, where, _ in value_candidates(hit, layout):
        value = invoice_number_value(text)
        if value is not None and where != "inline" and street_line(text, value):
            continue  # "Carretera A-319 km 48": a line of an address beside the key
        if value is not None:
            value = whole_value(candidate, text, where, value)  # "Invoice # | FA 2026 0042"
            if _YEAR.fullmatch(value):
                return None  # a year alone is never the number
            return Found(value, confidence, f"{source}:{label}", candidate, text.strip())
    return None


__all__ = ["keyed_number", "self_named_numbers", "title_numbers"]
