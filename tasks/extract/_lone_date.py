"""The last way to date an invoice that no label, key, letter line or day of supply dates: the
only full date in the upper part of the first page (above the line-item table) that nothing
else claims. A date is claimed when a label points at it or holds it (a due date, a day of
delivery, an order, a period), when a key naming another day stands left of or over it, when
it opens or closes a period ("01.08.2026 - 30.08.2026"), or when it is one of a column of
dates. Dates later than the due date are never the issue date and a repeat of the due date is
the due date; when more than one distinct date remains, none is given (a wrong date is worse
than none). The reading is given at a low confidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from tasks.extract._columned import in_column
from tasks.extract._date_checks import opens_period
from tasks.extract._hits import Found, Hit
from tasks.extract._keyed_dates import _next_to, _other_key, _pointed
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._other_dated import _OTHER_DOCUMENT
from tasks.extract._parse import find_numbers, fold, parse_date

LONE: Final = 0.45
"""The confidence of an issue date read as the only unclaimed date of the header."""
_WORDS: Final = 6
"""At most this many words beside a date: a date inside running text is not read."""
_UPPER: Final = 0.45
"""How far down the first page the header reaches when no line-item table bounds it."""
_ABOVE_TABLE: Final = 0.6
"""How far down the first page the header may reach above a line-item table."""
_CLOSES: Final = re.compile(
    r"(?:[-\u2013\u2014~]|(?<![a-z])(?:to|bis|au|al|a|tot|t/m|through|until))\s*$"
)
"""The end of the text before the second day of a period: "01.08.2026 -", "vom 1.8. bis"."""
_TIME: Final = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d.,:])")
"""A time of day printed after a date: "03.03.2026 10:42", "2026-03-03 10:42:11"."""


def lone_date(
    layouts: Sequence[PageLayout],
    hits: list[Hit],
    month_first: bool,
    top: int | None,
    due: list[Found],
) -> list[Found]:
    """The only unclaimed full date above the line-item table (line `top`) of the first page,
    not later than the due date nor equal to it, as the issue date at a low confidence."""
    if not layouts:
        return []
    layout = layouts[0]
    pointed = _pointed(layout, hits)
    limit = layout.height * (_ABOVE_TABLE if top is not None else _UPPER)
    found: dict[Any, Found] = {}
    for line in layout.lines[:top]:
        for segment in line:
            if segment.y0 > limit or id(segment) in pointed:
                continue
            day = parse_date(segment.text, month_first=month_first)
            if day is None or not _unclaimed(layout, segment, day[1], month_first):
                continue
            found.setdefault(day[0], Found(day[0], LONE, "lone date", segment, segment.text))
    if due:
        deadline = due[0].value
        found = {value: f for value, f in found.items() if value < deadline}
    return list(found.values()) if len(found) == 1 else []


def _unclaimed(layout: PageLayout, segment: Segment, raw: str, month_first: bool) -> bool:
    """Whether the date printed as `raw` in `segment` stands free: no key before it (only a
    letter's place, "Leeds, 3 March 2026"), none left of it nearby nor over it naming another
    day, at most a short note after it without figures, a time or another date, no period, not
    one of a column of dates."""
    text = segment.text
    before, _, after = text.partition(raw)
    if before.strip() and not _PLACED.match(before.strip()):
        return False  # "Called out", "Get-in:", "Scaffold up since": a key of its own
    if after.strip(" .") and not _NOTE.match(after):
        return False  # "24/09/2026 show day": words naming the day
    if len(before.split()) + len(after.split()) > _WORDS:
        return False
    if parse_date(after, month_first=month_first) or find_numbers(after) or _TIME.search(after):
        return False  # a second date, other figures or a time of day: an event, a row, a period
    if opens_period(text, raw) or _other_key(fold(before)) or _other_key(fold(after)):
        return False  # "01.08.2026 - 30.08.2026", "03.03.2026 (delivery)"
    near = layout.width * _NEAR
    for left in (s for s in layout.lines[segment.line] if s.x1 <= segment.x0):
        folded = left.folded
        if segment.x0 - left.x1 < near or _other_key(folded) or _OTHER_DOCUMENT.search(folded):
            return False  # "Called out | 24/03/27", "Remplace la facture FV/611 du | 08/08/2026"
    above = _next_to(layout, segment, -1)
    if any(_other_key(s.folded) or s.text.rstrip().endswith(":") for s in above):
        return False  # the value under a key: "Plazo de ingreso" over "22/06/2026"
    return not in_column(layout, segment)


_PLACED: Final = re.compile(r"^(?:'s[ -])?[^\W\d][\w .'-]{0,30},\s*(?:\S+\s*){0,2}$")
"""A letter's place before its date, ended by a comma and at most an article and a weekday:
"Leeds,", "Berlin, den", "Paris, le mardi"."""
_NOTE: Final = re.compile(r"\s*[,(\[/|\u00b7\u2022\u2013\u2014-]")
"""A note after a date opens with a comma, a bracket or a dash: "3 March 2026 - Leeds"."""
_NEAR: Final = 0.25
"""Text left of a date within this share of the page width is its key."""


__all__ = ["LONE", "lone_date"]
