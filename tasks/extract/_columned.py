"""Values that are cells of a column: a piece of text with another of the same shape right
above or below it ("4105 | 4118 | 4131" under "Bon-Nr.", the dates under "Tag"). A label
heading such a column names the rows' values, not one of the document's own."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._layout import PageLayout, Segment

_DIGIT: Final = re.compile(r"\d")
_LETTER: Final = re.compile(r"[^\W\d_]")


def shape(text: str) -> str:
    """The shape of a value: its digits as 9, its letters as a ("TA-2026-7" -> "aa-9999-9")."""
    return _LETTER.sub("a", _DIGIT.sub("9", text.strip()))


def _next(layout: PageLayout, segment: Segment, step: int) -> Segment | None:
    """The first piece of text overlapping `segment` on the nearest line above (step -1) or
    below (step 1) it that holds any, when that line is near."""
    line = segment.line + step
    for _ in range(2):
        if not 0 <= line < len(layout.lines):
            return None
        over = [s for s in layout.lines[line] if min(s.x1, segment.x1) - max(s.x0, segment.x0) > 0]
        if over:
            gap = over[0].y0 - segment.y1 if step > 0 else segment.y0 - over[0].y1
            return over[0] if gap < segment.height * 2.5 else None
        line += step
    return None


def in_column(layout: PageLayout, segment: Segment) -> bool:
    """Whether `segment` is a value with another of its shape just above or below it."""
    own = shape(segment.text)
    if "9" not in own:
        return False
    return any(
        (other := _next(layout, segment, step)) is not None and shape(other.text) == own
        for step in (1, -1)
    )


__all__ = ["in_column", "shape"]
