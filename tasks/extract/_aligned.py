"""Header cells set flush left in a ruled grid, their numbers flush right.

A form with boxed columns prints each header at the left of its box ("Qty", "Each", "Value")
and the numbers at the right of the same box, so that a number lies nearer the next column's
header than its own: split halfway between the headers, two numbers of a row fall in one
column and none in the other. Such a table is read with each column spanning from its header's
start to the next header's start, when that puts every number of the rows in a column of its
own and the halfway split does not.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._cells import Grid
from tasks.extract._layout import PageLayout, Segment

_NUMBER: Final = re.compile(r"^[-+(]?[£$€]?\d[\d.,'\s]*%?\)?$")
_NUMERIC: Final = frozenset({"quantity", "unit_price", "net_amount"})
_ROWS: Final = 12
"""How many lines with numbers under the header are looked at."""


def flush_left(columns: list[tuple[str, Segment]]) -> Grid:
    """Columns from each header's start to the next one's (the first from the page edge)."""
    ordered = sorted(columns, key=lambda c: c[1].x0)
    spans = []
    for i, (kind, segment) in enumerate(ordered):
        left = -1e9 if i == 0 else segment.x0 - 2
        right = 1e9 if i == len(ordered) - 1 else ordered[i + 1][1].x0 - 2
        spans.append((kind, left, right))
    starts = {kind: segment.x0 for kind, segment in columns}
    ends = {kind: segment.x1 for kind, segment in columns}
    return Grid(spans, starts, ends)


def _crowding(grid: Grid, lines: list[list[Segment]]) -> tuple[int, int]:
    """How many rows put two numbers into one numeric column, and how many numeric cells hold
    exactly one number."""
    crowded = single = 0
    for line in lines:
        counts: dict[str, int] = {}
        for found in grid.words(line):
            for kind, word in found:
                if kind in _NUMERIC and _NUMBER.match(word.text):
                    counts[kind] = counts.get(kind, 0) + 1
        crowded += any(n > 1 for n in counts.values())
        single += sum(n == 1 for n in counts.values())
    return crowded, single


def table_grid(
    columns: list[tuple[str, Segment]], layout: PageLayout, start: int
) -> tuple[Grid, float]:
    """The halfway grid, or the flush-left one when the rows' numbers fit that one only; and
    with the flush-left one, where the numbers of its last column end (the table's right)."""
    grid = Grid.of(columns)
    kinds = [kind for kind, _ in columns]
    if len(set(kinds) & _NUMERIC) < 2 or len(kinds) != len(set(kinds)):
        return grid, 0.0
    lines = []
    for line in layout.lines[start:]:
        if sum(bool(_NUMBER.match(w.text)) for s in line for w in s.words) >= 2:
            lines.append(line)
        if len(lines) >= _ROWS:
            break
    crowded, single = _crowding(grid, lines)
    # Rows first: the lines with numbers under the table (totals, notes) are never crowded.
    if not crowded or any(_crowding(grid, [line])[0] == 0 for line in lines[:crowded]):
        return grid, 0.0
    other = flush_left(columns)
    left_crowded, left_single = _crowding(other, lines)
    if left_crowded or left_single <= single:
        return grid, 0.0
    last = max(segment.x0 for _, segment in columns)
    ends = [w.bbox[2] for line in lines for s in line for w in s.words if w.bbox[0] >= last]
    return other, max(ends, default=0.0)
