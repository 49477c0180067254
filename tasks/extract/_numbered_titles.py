"""A credit note's or corrected invoice's title line in any type size: the title opening its
line high on the first page and followed by the document's number, perhaps by its date, and
nothing more ("Credit note no. CN-77 of 03/03/2026" set small above the letterhead). A
caption, a column head or a sentence citing another document never has that shape."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._dashed_numbers import cued_date, dated_piece
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import parse_date

_NUMBERED: Final = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:[:#-]\s*)?"
    r"(?:(?:n\s*\.?\s*[°ºo]|n\.|no\.?|nr\.?|nro\.?|#|nummer|number|numero|num\.?)\s*:?\s*)?"
    r"([a-z0-9][\w/.\-]*)"
)
"""A number after a title, perhaps after a number word or sign: " no. CN-77", " Nr. 4711"."""
_TOP: Final = 0.4


def numbered_title_line(layout: PageLayout, segment: Segment, rest: str) -> bool:
    """Whether a title word whose `rest` of folded text follows it opens its line in the upper
    part of the page and is followed by a number (a digit in it, no date) and then by
    nothing, or only by the document's date after a cue word or a dash."""
    line = layout.lines[segment.line]
    if line[0] is not segment or segment.y0 > layout.height * _TOP:
        return False
    found = _NUMBERED.match(rest)
    if found is None or not any(c.isdigit() for c in found.group(1)):
        return False
    number = found.group(1)
    day = parse_date(number)
    if day is not None and len(day[1]) >= len(number) - 1:
        return False  # "Gutschrift 03.03.2026": a date, not a number
    after = rest[found.end() :].strip()
    if not after:
        return True
    if not (cued_date(after) or dated_piece(" " + after)):
        return False
    day = parse_date(after)  # the date ends the line: "... of 03/03/2026 is settled" cites
    return day is not None and after.rstrip(" .").endswith(day[1].rstrip(" ."))


__all__ = ["numbered_title_line"]


_HEADLINE: Final = 1.4


def headline(layout: PageLayout, segment: Segment) -> bool:
    """Whether `segment` is the page's headline: it opens its line in the upper part of the
    page, set at least 1.4 times the body size, and no text of the page is set larger (a
    credit word opening it names the document: "Avoir destruction de nid", "Gutschrift
    Wartungsvertrag"). An item's description or a sentence is set in body type."""
    line = layout.lines[segment.line]
    if line[0] is not segment or segment.y0 > layout.height * _TOP:
        return False
    if segment.size < layout.body_size * _HEADLINE:
        return False
    return all(other.size <= segment.size for other in layout.segments)
