"""Line items by column geometry: a table, its header and its columns.

The header row is the first line whose words name a description, an amount and a quantity or
price (`_columns`: several languages, article-number/EAN columns, currency suffixes, headers
wrapped over several lines). Each column spans from halfway to its left neighbour to halfway
to its right one. A header whose description column has a name we do not know takes its widest
unnamed cell as the description. A description name right of the amount's ("Total concepto")
is part of the amount's name when another description name stands left of it. A header of only
a description and, far right of it, an amount heads a table of services. A header of a
description alone may head a stacked table (`_stacked`). Reading the rows under the header is
`_table_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from core.models import LineItem
from tasks.extract._columns import (
    header_cells,
    may_name_amount,
    may_name_description,
    unnamed_description,
)
from tasks.extract._described import described_columns
from tasks.extract._header_merge import dedupe, merged_columns
from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import find_money
from tasks.extract._stacked import stacked_columns

_NUMERIC_KINDS: Final = frozenset({"quantity", "unit_price", "net_amount", "tax_rate"})


@dataclass
class Table:
    page: int
    header_line: int
    columns: list[tuple[str, Segment]]
    last_line: int
    items: list[LineItem] = field(default_factory=list)
    rows: list[list[Segment]] = field(default_factory=list)
    checked: int = 0
    """How many items have quantity x unit price = amount."""
    start_line: int = -1
    """The first line under the header (after any wrapped header lines)."""
    closed: bool = False
    """Whether the table ended at its totals (rather than at the page end)."""
    stacked: bool = False
    """Whether each item's description is printed on the line under its row (`_stacked`)."""
    follows: int = -1
    """The line of the next table's header when one ended this table (its items go on)."""
    reach: float = 0.0
    """Where the numbers of a flush-left grid's last column end (`_aligned`)."""

    def __post_init__(self) -> None:
        if self.start_line < 0:
            self.start_line = self.last_line + 1

    @property
    def header_text(self) -> str:
        return " | ".join(segment.text for _, segment in self.columns)

    @property
    def pitch(self) -> float:
        """The height of a header word (a line of the table)."""
        return max(w.bbox[3] - w.bbox[1] for _, s in self.columns for w in s.words) or 10.0

    @property
    def right(self) -> float:
        """Where the table ends on the right: text beyond it (a totals sidebar) is not in it."""
        return max(max(s.x1 for _, s in self.columns) + self.pitch * 2, self.reach)

    def holds(self, segment: Segment) -> bool:
        return self._holds(segment, self.right)

    def held(self, segments: Iterable[Segment]) -> set[int]:
        """The ids of the segments it `holds`, its right edge measured once for all of them."""
        right = self.right
        return {id(segment) for segment in segments if self._holds(segment, right)}

    def _holds(self, segment: Segment, right: float) -> bool:
        return self.header_line <= segment.line <= self.last_line and segment.x0 <= right

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        segments = [s for _, s in self.columns] + [s for row in self.rows for s in row]
        return (
            min(s.x0 for s in segments),
            min(s.y0 for s in segments),
            max(s.x1 for s in segments),
            max(s.y1 for s in segments),
        )


def line_words(line: list[Segment]) -> list[Word]:
    """The words of a line's segments, left to right."""
    return [word for segment in line for word in segment.words]


def _is_header(kinds: set[str]) -> bool:
    return "description" in kinds and bool(kinds & {"quantity", "unit_price", "net_amount"})


def find_table(layout: PageLayout, start: int = 0) -> Table | None:
    """The first line (from line `start` on) whose cells (with any wrapped header lines) name
    a description, an amount and a quantity or price."""
    for index, line in enumerate(layout.lines):
        if index < start:
            continue
        words = line_words(line)
        if not words or not may_name_description(" ".join(s.folded for s in line)):
            continue
        kinds = {kind for kind, _ in header_cells(words, layout.number, index)}
        if "description" in kinds and not kinds & _NUMERIC_KINDS:
            stacked = stacked_columns(layout, index)
            if stacked:
                return Table(layout.number, index - 1, stacked, index, stacked=True)
        if "description" not in kinds or not kinds & _NUMERIC_KINDS:
            continue
        if find_money(" ".join(s.text for s in line)):
            continue  # a label beside its amount ("Netto posten  € 759,36") is no header
        merged, wrapped = merged_columns(layout, index)
        columns = described_columns(merged, dedupe(merged))
        kinds = {kind for kind, _ in columns}
        if not _is_header(kinds) or (len(columns) < 3 and not _amount_only(columns, layout)):
            continue
        if "net_amount" not in kinds:
            # A header wrapped over two lines ("Positions-" / "betrag"): the amount is the
            # rightmost column.
            if columns[-1][0] != "other":
                continue
            columns[-1] = ("net_amount", columns[-1][1])
        first, last = min([index, *wrapped]), max([index, *wrapped])
        return Table(layout.number, first, columns, last, start_line=last + 1)
    return _unnamed_table(layout) if start == 0 else None


def _amount_only(columns: list[tuple[str, Segment]], layout: PageLayout) -> bool:
    """A header of two columns, a description and, far right of it, an amount ("Description
    ... Amount" over fees or services)."""
    if [kind for kind, _ in columns] != ["description", "net_amount"]:
        return False
    described, amount = columns[0][1], columns[1][1]
    return amount.x0 - described.x1 > described.size * 8 and amount.x0 > layout.width / 2


def _unnamed_table(layout: PageLayout) -> Table | None:
    """A header naming an amount and a quantity or price but no description we know: a line
    of words only, whose widest unnamed cell becomes the description (`unnamed_description`);
    the line right under it must hold an amount."""
    for index, line in enumerate(layout.lines[:-1]):
        text = " ".join(s.folded for s in line)
        if len(line) < 3 or any(c.isdigit() for c in text) or not may_name_amount(text):
            continue
        columns = unnamed_description(dedupe(header_cells(line_words(line), layout.number, index)))
        below = " ".join(s.text for s in layout.lines[index + 1])
        if not any(c.isdigit() for c in below) and index + 2 < len(layout.lines):
            below = " ".join(s.text for s in layout.lines[index + 2])  # a wrapped header line
        if columns and len(columns) >= 3 and find_money(below):
            return Table(layout.number, index, columns, index)
    return None
