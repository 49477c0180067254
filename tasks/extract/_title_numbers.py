"""The invoice number printed in a document's title line: "Final Account No. 2026/1218",
"Décompte final n° 2026/5185", "Eindafrekening nr. 2026-353". A title set larger than the body
text, a few words, a number sign and an identifier: the document numbers itself there, whatever
it calls itself, unless the words before the sign name another thing ("Order No.")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout
from tasks.extract._numbers import identifier
from tasks.extract._ref_labels import NO

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


__all__ = ["title_numbers"]
