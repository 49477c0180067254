"""Values printed before or above their labels: "L 023593  Invoice reference", "30.08.2026
Invoice raised" (the value opens the piece of text, the label closes it), a value in its own
piece of text left of its label, or a caption under its value. Decided by geometry and by the
shape of the value (short, with a digit), never by the label's words."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import parse_date

_VALUE_SHAPE: Final = re.compile(r"^[\w./#-]*\d[\w./#-]*$")
_PREFIXED: Final = re.compile(r"^[A-Z]{1,4} \d[\w./-]*$")
"""An identifier with a short letter prefix: "L 023593", "RE 2026-118"."""


def _value_like(text: str) -> bool:
    """Short text that is a value, not a phrase: a date (or a period of two dates), or an
    identifier of one token with a digit, perhaps after a short capital prefix ("L 023593")."""
    text = text.strip(" :|")
    tokens = text.split()
    if not 1 <= len(tokens) <= 7 or not any(c.isdigit() for c in text):
        return False
    day = parse_date(text)
    if day is not None and text.startswith(day[1][:2]):
        rest = text[len(day[1]) :].strip(" -\u2013\u2014~")
        return not rest or (parse_date(rest) is not None and len(rest.split()) <= 3)
    return (len(tokens) == 1 and _VALUE_SHAPE.match(text) is not None) or bool(
        _PREFIXED.match(text)
    )


def leading_value(segment: Segment) -> str | None:
    """The value that opens a piece of text closed by its label ("30.08.2026 Invoice raised"):
    the text before its first label, when that is value-shaped and labels end the piece."""
    labels = segment.labels
    if not labels:
        return None
    tokens = segment.text[: labels[0][0]].split()
    digits = [i for i, token in enumerate(tokens[:4]) if any(c.isdigit() for c in token)]
    if not digits:
        return None
    # the words between the value and the label belong to the label: "05.05.2026 Zahlung
    # spätestens", "02.08.2026 À régler au plus tard le"
    words = tokens[digits[-1] + 1 :]
    if len(words) > 3 or any(not w.isalpha() for w in words):
        return None
    prefix = " ".join(tokens[: digits[-1] + 1]).strip(" :|")
    if not _value_like(prefix):
        return None
    tail = segment.text[labels[-1][1].end :].strip(" :.")
    if tail and any(c.isdigit() for c in tail):
        return None  # a value follows the label too: it is not a value-then-label piece
    return prefix


def joined_identifier(text: str) -> str | None:
    """A value printed before its label is bounded by the text's start and the label, so a
    letter prefix belongs to it: "L 023593"."""
    text = text.strip()
    return text if _PREFIXED.match(text) else None


def _owned_by_label_above(layout: PageLayout, value: Segment) -> bool:
    """Whether a label stands just above `value`, overlapping it: the value is that label's."""
    if value.line == 0:
        return False
    for segment in layout.lines[value.line - 1]:
        if value.y0 - segment.y1 > value.height * 1.5:
            continue
        if min(segment.x1, value.x1) - max(segment.x0, value.x0) > 0:
            return match_label(segment.folded) is not None
    return False


def before_candidates(
    segment: Segment, start: int, layout: PageLayout
) -> list[tuple[Segment, str, str, float]]:
    """(segment, text, where, confidence) of a value before a label that ends its piece of
    text: the text before it in the same piece, else the piece just left of it on the line
    when that is a lone value (not the value of a label further left)."""
    prefix = leading_value(segment)
    if prefix is not None:
        return [(segment, prefix, "before", 0.85)]
    if start:
        return []
    line = layout.lines[segment.line]
    left = [s for s in line if s.x1 <= segment.x0]
    if not left:
        return []
    value = left[-1]
    if value.labels or not _value_like(value.text):
        return []
    further = [s for s in line if s.x1 <= value.x0]
    if further and match_label(further[-1].folded) is not None:
        return []  # "Date | 01.02.2026 | Due date": the value of the label before it
    gap = segment.x0 - value.x1
    if gap > layout.width * 0.2 or (further and value.x0 - further[-1].x1 <= gap):
        return []  # "Tel. | 0123-4567 | Invoice no.": nearer the text before it
    return [(value, value.text, "left", 0.75)]


def above_candidate(
    segment: Segment, layout: PageLayout, below_gap: float | None
) -> tuple[Segment, str, str, float] | None:
    """A caption under its value: the value-shaped piece just above a label that stands alone,
    when no label above owns it and it is nearer than anything below."""
    if segment.line == 0:
        return None
    for above in layout.lines[segment.line - 1]:
        gap = segment.y0 - above.y1
        if gap > segment.height * 1.2 or min(above.x1, segment.x1) - max(above.x0, segment.x0) <= 0:
            continue
        if above.labels or not _value_like(above.text) or _owned_by_label_above(layout, above):
            return None
        if below_gap is not None and gap >= below_gap * 0.6:
            return None
        return (above, above.text, "above", 0.7)
    return None


__all__ = ["above_candidate", "before_candidates", "joined_identifier", "leading_value"]
