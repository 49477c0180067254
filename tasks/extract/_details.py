"""Which lines under an item's description continue it and which are details of the item.

A description wrapped over two lines is printed in one font, colour and weight; a line under it
in a smaller font, another colour or another weight (an article number and unit, a billing
period, a serial number; a section heading in bold) is not part of the description, and
neither is a line holding nothing but dates (a period of service).
"""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._cells import Grid, Style
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import MONTHS, find_money, fold, parse_date

_SMALLER: Final = 0.6
"""How many points smaller than the description a detail line's font is, at least."""
_SHADE: Final = 48
"""How far apart (0-255) a colour channel of two colours is when they look different."""
_CLOSER: Final = 1.5
"""How many points closer the lines of one description are set than two rows, at least."""
_YEAR: Final = re.compile(r"(?:19|20)\d{2}")
_WORD_BREAKS: Final = re.compile(r"[\s·•|,;()\[\]\u2013\u2014/-]+")
_CONNECTORS: Final = frozenset(
    {
        "to", "till", "until", "through", "from", "and", "bis", "vom", "von", "ab", "zum",
        "und", "au", "du", "des", "et", "al", "del", "dal", "desde", "hasta", "y", "a", "e",
        "fino", "tot", "van", "t/m", "en",
    }
)  # fmt: skip
"""The words between two dates of a period, in en, de, fr, es, it and nl."""


def _day(word: str) -> bool:
    return word.isdigit() and int(word) <= 31


def period_only(text: str) -> bool:
    """Whether `text` holds nothing but dates or a month, with short connecting words and
    punctuation ("June 5, 2026 · July 4, 2026", "01.03.2026 - 31.03.2026", "Jun 1 - Jun 30,
    2026", "June 2026")."""
    rest, found = text, 0
    for _ in range(3):
        date = parse_date(rest)
        if date is None:
            break
        rest = rest.replace(date[1], " ", 1)
        found += 1
    words = [w for w in _WORD_BREAKS.split(rest) if w]
    months = [w for w in words if fold(w).rstrip(".") in MONTHS]
    years = [w for w in words if _YEAR.fullmatch(w)]
    if not found and not (months and years):
        return False
    others = [w for w in words if w not in months and w not in years]
    return (
        len(others) <= 3
        and all(fold(w).rstrip(".") in _CONNECTORS or _day(w) for w in others)
        and sum(1 for w in others if not w.isdigit()) <= 2
    )


def wrapped_label(text: str) -> bool:
    """Whether a line ending in a colon continues the description above it rather than being a
    heading or a "Label: value" detail: it goes on with a lower-case word or a parenthesis
    ("Künstlerische Gestaltung" / "(Stunde):") and holds no other colon."""
    return text.endswith(":") and text.count(":") == 1 and (text[0] == "(" or text[0].islower())


def _apart(first: int | None, second: int | None) -> bool:
    """Whether two sRGB colours look different (not two shades of near-black)."""
    if first is None or second is None:
        return False
    return any(abs((first >> bits & 255) - (second >> bits & 255)) > _SHADE for bits in (0, 8, 16))


def detail_line(text: str, style: Style, item_style: Style) -> bool:
    """Whether a line under an item (its description words `text`, printed in `style`) is a
    detail of the item rather than the rest of its description (printed in `item_style`)."""
    if not style.size or not item_style.size:
        return period_only(text)
    if style.size < item_style.size - _SMALLER:
        return True
    if _apart(style.color, item_style.color):
        return True
    return style.bold != item_style.bold or period_only(text)


def _in_description(line: list[Segment], grid: Grid) -> bool:
    """Whether a line is text within the description's column alone, without a colon."""
    return bool(line) and all(
        grid.kind_at(s.x0) == "description" == grid.kind_at(s.x1 - 1) and ":" not in s.text
        for s in line
    )


def leads_row(
    layout: PageLayout,
    index: int,
    grid: Grid,
    hint: str | None,
    *,
    right: float,
    gap: float,
    limit: float,
) -> bool:
    """Whether line `index` (words without an amount, `gap` below the line above it) begins
    the description of the item row under it: the lines from it down to that row are set
    closer together than it is to the line above (a description beside amounts printed in the
    middle or at the foot of its row)."""
    first = [s for s in layout.lines[index] if s.x0 <= right]
    if not _in_description(first, grid):
        return False  # a note across the table, or a "Label: value" line
    bottom = max(s.y1 for s in first)
    style = grid.text_style(first)
    for number in range(index + 1, min(index + 4, len(layout.lines))):
        line = [s for s in layout.lines[number] if s.x0 <= right]
        below = line[0].y0 - bottom if line else limit
        if below >= limit or below > gap * 0.6 or gap - below < _CLOSER:
            return False
        cells = grid.cells(line)
        if find_money(" ".join(cells["net_amount"]), hint) is not None:
            row = grid.text_style(line)
            return not row.size or row == style
        if not _in_description(line, grid) or grid.text_style(line) != style:
            return False
        bottom = max(s.y1 for s in line)
    return False
