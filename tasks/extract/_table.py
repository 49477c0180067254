"""Line items by column geometry.

The header row is the first line whose words name a description, an amount and a quantity or
price (`_columns`: several languages, article-number/EAN columns, currency suffixes, headers
wrapped over several lines). Each column spans from halfway to its left neighbour to halfway
to its right one; every word below the header goes to the column its centre falls in (`_cells`).
A line with an amount is an item (`_items`); the lines right under it in the same font add to
its description, lines in a smaller font, another colour or weight, or holding only dates are
details (`_details`), and lines set closer to the row below than to the one above begin that
row's description. Reading stops at the totals: a totals label (`_roles`), an amount equal to
the sum of the items above it (a subtotal, unless more item rows follow it: `_blocks`), a
second header, a new section or a large gap; "carried forward" lines are skipped.
A heading with a colon ends the items unless full item rows follow it. A header whose
description column has a name we do not know takes its widest unnamed cell as the description.
A quantity column we cannot name ("Nr.") is found by quantity x price = amount, and so are
a quantity and a unit price under names we do not know (`_arith_columns`). A description name
right of the amount's ("Total concepto") is part of the amount's name when another
description name stands left of it. Rows whose
quantity times unit price equals their amount are marked as checked. A header of only a
description and, far right of it, an amount heads a table of services: each line is one unit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._aligned import table_grid
from tasks.extract._arith_columns import arithmetic_columns
from tasks.extract._blocks import items_follow, section_subtotal
from tasks.extract._cells import Style
from tasks.extract._columns import (
    dedupe,
    header_cells,
    may_name_amount,
    may_name_description,
    merged_columns,
    unnamed_description,
)
from tasks.extract._described import described_columns
from tasks.extract._details import detail_line, leads_row, wrapped_label
from tasks.extract._items import (
    continues,
    ends_table,
    full_row,
    has_numbers,
    join_text,
    make_item,
    multiplies_out,
)
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import find_money
from tasks.extract._running_columns import running_columns
from tasks.extract._share_columns import share_columns
from tasks.extract._stacked import stacked_columns
from tasks.extract._taxed_below import taxed_below

_TOTAL_FIELDS: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})
_WORDS: Final = re.compile(r"[^\W\d_]{2}")


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


def _line_words(line: list[Segment]) -> list[Word]:
    return [word for segment in line for word in segment.words]


def _is_header(kinds: set[str]) -> bool:
    return "description" in kinds and bool(kinds & {"quantity", "unit_price", "net_amount"})


def find_table(layout: PageLayout, start: int = 0) -> Table | None:
    """The first line (from line `start` on) whose cells (with any wrapped header lines) name
    a description, an amount and a quantity or price."""
    for index, line in enumerate(layout.lines):
        if index < start:
            continue
        words = _line_words(line)
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
        columns = unnamed_description(dedupe(header_cells(_line_words(line), layout.number, index)))
        below = " ".join(s.text for s in layout.lines[index + 1])
        if not any(c.isdigit() for c in below) and index + 2 < len(layout.lines):
            below = " ".join(s.text for s in layout.lines[index + 2])  # a wrapped header line
        if columns and len(columns) >= 3 and find_money(below):
            return Table(layout.number, index, columns, index)
    return None


def read_rows(
    table: Table,
    layout: PageLayout,
    decimal_hint: str | None,
    *,
    before: Decimal = Decimal(0),
    continued: bool = False,
) -> None:
    """Fill `table.items` from the lines under its header, stopping at the totals.

    `before` is the sum of the items on earlier pages (a "brought forward" line repeats it);
    a `continued` table goes on from an earlier page without a header of its own."""
    table.columns = running_columns(table.columns, layout, table.start_line, decimal_hint)
    table.columns = share_columns(table.columns, layout, table.start_line, decimal_hint)
    table.columns = arithmetic_columns(table.columns, layout, table.start_line, decimal_hint)
    grid, table.reach = table_grid(table.columns, layout, table.start_line)
    pitch, right = table.pitch, table.right
    left = min(s.x0 for _, s in table.columns) - pitch * 2  # text left of it: a sidebar
    left = left if left > layout.width * 0.25 else 0.0
    start = table.start_line
    if continued:
        last_bottom = layout.lines[start][0].y0 if start < len(layout.lines) else 0.0
    else:
        last_bottom = max(s.y1 for _, s in table.columns)
    # Header words on the next line (a wrapped header) are not an item.
    if start < len(layout.lines) and not continued:
        line = layout.lines[start]
        if line[0].y0 - last_bottom < pitch * 0.6 and not any(
            c.isdigit() for s in line for c in s.text
        ):
            start += 1
            last_bottom = max(s.y1 for s in line)
    merging = section = False
    block = 0
    style = Style()
    held = -1
    leading: list[str] = []
    pending: tuple[dict[str, list[str]], str, int, float] | None = None
    for index in range(start, len(layout.lines)):
        line = [s for s in layout.lines[index] if s.x0 <= right and s.x1 >= left]
        if not line:
            continue
        gap = line[0].y0 - last_bottom
        if gap > pitch * (12 if continued and not table.items else 6):
            break
        cells = grid.cells(line)
        amount = find_money(" ".join(cells["net_amount"]), decimal_hint)
        if (
            amount is not None
            and section_subtotal(table.items[block:], cells, amount[0], decimal_hint)
            and items_follow(layout, index, grid, right, decimal_hint)
        ):
            block, merging = len(table.items), False  # a section's subtotal; more follow
            last_bottom, table.last_line = max(s.y1 for s in line), index
            continue
        labels = [match_label(segment.folded) for segment in line]
        if (
            any(label and label.field in _TOTAL_FIELDS for label in labels)
            and not any(label and label.field == "reference" for label in labels)
            and not multiplies_out(cells, amount[0] if amount else None, decimal_hint)
        ):
            table.closed = True
            break
        running = before + sum((i.net_amount or Decimal(0) for i in table.items), Decimal(0))
        count = len(table.items) + (1 if before else 0)
        ends = ends_table(cells, amount[0] if amount else None, running, count, decimal_hint)
        if (
            ends is None
            and amount
            and table.items
            and amount[0] == running
            and not has_numbers(cells, decimal_hint)
            and taxed_below(layout, index, amount[0], decimal_hint)
        ):
            ends = "totals"  # the items' sum that the tax and total below add up with
        if (
            ends is None
            and amount
            and table.items
            and amount[0] == running
            and not cells["description"]
            and not has_numbers(cells, decimal_hint)
            and any(c.isalpha() for s in line for c in s.text)
        ):
            ends = "totals"  # a label beside the items' sum, outside the descriptions: a subtotal
        if ends == "carry":
            last_bottom = max(s.y1 for s in line)
            table.last_line = index
            if table.items:
                break
            continue
        if ends == "totals":
            table.closed = True
            break
        description = " ".join(cells["description"]).strip() or None
        if amount is None and description and has_numbers(cells, decimal_hint):
            # the amount may be printed a line lower
            pending = (cells, description, index, max(s.y1 for s in line))
        elif (
            amount is not None
            and pending
            and pending[2] == index - 1
            and line[0].y0 - pending[3] < pitch
            and not has_numbers(cells, decimal_hint)  # a full row of its own
        ):
            below = description  # words printed beside the lowered amount continue the text
            cells = defaultdict(list, {**pending[0], "net_amount": cells["net_amount"]})
            wordy = below and continues(below)
            description = join_text(pending[1], below) if wordy else pending[1]
        if amount is not None and section and not full_row(cells, decimal_hint):
            table.closed = True
            break  # an amount under a section heading, not an item
        if amount is not None and (table.items or gap < pitch * (12 if continued else 4)):
            pending = None
            section = False
            for text in reversed(leading):
                description = join_text(text, description) if description else text
            leading = []
            if table.stacked:  # the row holds an article number; the description follows
                description = None
            table.items.append(make_item(cells, description, amount[0], decimal_hint))
            style = grid.text_style(line)
            table.rows.append(line)
            table.last_line = index
            last_bottom = max(s.y1 for s in line)
            merging = True
            continue
        folded = " ".join(s.folded for s in line)
        if table.items and amount is None and (section or may_name_description(folded)):
            kinds = {k for k, _ in header_cells(_line_words(line), 0, 0)}
            # another table; under a section heading any header row ("Art | % | Betrag")
            named = len(kinds) >= 3 and may_name_description(folded)
            if named or (
                section and len(kinds - {"other"}) >= 2 and not any(c.isdigit() for c in folded)
            ):
                table.closed, table.follows = True, index if named else -1
                break
        # A heading ("Zahlungsbedingungen:", "Weitere Eigenschaften:") ends the items unless
        # full item rows (quantity, price and amount) follow it.
        if not section and table.items and len(line) == 1 and line[0].text.endswith(":"):
            section, held = gap > pitch * 3, table.last_line
        lead = (
            amount is None
            and _WORDS.search(description or "")
            and not has_numbers(cells, decimal_hint)
        )
        if lead and leading and gap < pitch * 0.9:
            leading.append(description)  # more of the description of the row under it
        elif lead and leads_row(layout, index, grid, decimal_hint, right=right, gap=gap,
                                limit=pitch * 0.9):  # fmt: skip
            leading = [description]
        else:
            leading = []
        if leading:
            merging, last_bottom = False, max(s.y1 for s in line)
            if table.items:
                table.last_line = index
            continue
        if not table.items:
            if gap > pitch * (12 if continued else 4):
                break
            if pending is None or pending[2] != index:
                last_bottom = max(s.y1 for s in line)  # a note above the first item
            continue
        previous = table.items[-1]
        near = pitch * (0.9 if previous.description else 1.8)
        if table.stacked and merging and amount is None and gap < near:
            # the line under a row of a stacked table: the item's description, all of it
            texts = [s.text for s in line if grid.kind_at(s.x0) == "description"]
            previous.description, merging, pending = " ".join(texts) or None, False, None
            table.rows.append(line)
            last_bottom, table.last_line = max(s.y1 for s in line), index
            continue
        text = " ".join(segment.text for segment in line)
        wordy = (
            description
            and continues(description)
            and not detail_line(description, grid.text_style(line), style)
        )
        if merging and wordy and gap < near and (":" not in text or wrapped_label(text)):
            previous.description = join_text(previous.description, description)
            table.rows.append(line)
            table.last_line = index
        else:
            merging = False
        last_bottom = max(s.y1 for s in line)
        table.last_line = index
    if section:  # nothing but other text under the heading: the table ended above it
        table.last_line, table.closed = held, True
    for item in table.items:  # "Heiße Luft pro Liter:" introduces a note we did not join
        if item.description and item.description.endswith(":"):
            item.description = item.description.rstrip(":").rstrip() or None
    if not {kind for kind, _ in table.columns} & {"quantity", "unit_price"}:
        for item in table.items:  # a table of amounts only: each line is one service
            item.quantity = Decimal(1) if item.quantity is None else item.quantity
    table.checked = sum(
        1
        for item in table.items
        if item.quantity is not None
        and item.unit_price is not None
        and item.net_amount is not None
        and abs(item.quantity * item.unit_price - item.net_amount) <= Decimal("0.01")
    )
