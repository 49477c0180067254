"""A running-total column is never the line's amount.

Some tables print, right of each row's amount, the running total of the amounts so far
("Running total", "Laufende Summe", "Cumul", "Saldo"); its header may carry the word we read
as the amount's name ("total", "Summe"). Numbers are taken per column by their right edges
(right-aligned) from the first rows under the header, up to the totals: when the named amount
column's numbers are, row after row, the previous number plus the number of a column left of
it (the first row's equal to it), that column is the amount and the running total becomes a
column of its own. Nothing changes without at least two such rows, one of them adding up.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Final

from tasks.extract._layout import PageLayout, Segment
from tasks.extract._share_columns import band_of, number_rows, right_bands

_CENT: Final = Decimal("0.01")


def _cumulates(rows: list[dict[int, Decimal]], total: int, part: int) -> bool:
    """Whether column `total` holds the running sum of column `part`, row after row."""
    sums = [row for row in rows if total in row and part in row]
    if len(sums) < 2 or len(sums) != len([r for r in rows if total in r]):
        return False
    running = Decimal(0)
    for row in sums:
        running += row[part]
        if abs(running - row[total]) > _CENT:
            return False
    return any(abs(row[total] - row[part]) > _CENT for row in sums)


def running_columns(
    columns: list[tuple[str, Segment]], layout: PageLayout, start: int, hint: str | None
) -> list[tuple[str, Segment]]:
    """The columns with the amount moved off a running-total column onto the column whose
    numbers it sums; unchanged otherwise."""
    named = [s for k, s in columns if k == "net_amount"]
    described = [s for k, s in columns if k == "description"]
    if not named or not described:
        return columns
    amount, description = named[0], described[0]
    pitch = max(amount.height, 1.0)
    rest = [s for _, s in columns if s.x0 > description.x1]
    if not rest:
        return columns
    left = min(s.x0 for s in rest) - pitch
    rows = number_rows(layout, start, left, hint, lambda tokens: len(tokens) >= 2)
    if len(rows) < 2:
        return columns
    bands = right_bands(rows, pitch)

    starts = [
        min(w.bbox[0] for tokens in rows for g, _ in tokens if band_of(bands, g) == i for w in g)
        for i in range(len(bands))
    ]

    def overlap(segment: Segment, i: int) -> float:
        return min(segment.x1, bands[i]) - max(segment.x0, starts[i])

    total = max(range(len(bands)), key=lambda i: overlap(amount, i))
    if overlap(amount, total) < -pitch * 2:
        return columns  # no numbers under or beside the amount's name
    values = [{band_of(bands, g): v for g, v in tokens} for tokens in rows]
    part = next((p for p in range(total - 1, -1, -1) if _cumulates(values, total, p)), None)
    if part is None:
        return columns
    x0, x1 = starts[part], bands[part]
    words = [w for tokens in rows for g, _ in tokens if band_of(bands, g) == part for w in g]
    out: list[tuple[str, Segment]] = []
    placed = False
    for kind, segment in columns:
        if kind == "net_amount" or overlap(segment, total) >= 0:
            kind = "other"  # the running total, under whatever name
        elif (
            kind == "other"
            and not placed
            and segment.x0 > description.x1
            and segment.x0 <= x1 + pitch
            and segment.x1 >= x0 - pitch
        ):
            kind, placed = "net_amount", True
        out.append((kind, segment))
    if not placed:
        header = [replace(w, bbox=(w.bbox[0], amount.y0, w.bbox[2], amount.y1)) for w in words]
        out.append(("net_amount", Segment(layout.number, header, amount.line)))
    return sorted(out, key=lambda c: c[1].x0)
