"""Line items by column geometry.

The header row is the first line whose words name a description, an amount and a quantity or
price (`_columns`: several languages, article-number/EAN columns, currency suffixes, headers
wrapped over several lines). Each column spans from halfway to its left neighbour to halfway
to its right one; every word below the header goes to the column its centre falls in. A line
with an amount is an item; the lines right under it add to its description. Reading stops at
the totals: a totals label (`_roles`), an amount equal to the sum of the items above it (a
subtotal), a second header, a new section or a large gap; "carried forward" lines are skipped.
A heading with a colon ends the items unless full item rows follow it. A header whose
description column has a name we do not know takes its widest unnamed cell as the description.
A quantity column we cannot name ("Nr.") is found by quantity x price = amount. Rows whose
quantity times unit price equals their amount are marked as checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._columns import (
    dedupe,
    header_cells,
    implied_quantity,
    may_name_amount,
    may_name_description,
    merged_columns,
    unnamed_description,
)
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import find_money, find_numbers
from tasks.extract._roles import TOTAL_ROLES, total_role

_TOTAL_FIELDS: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})
_CODE: Final = re.compile(r"\d{6,}")


def _continues(text: str) -> bool:
    """Whether a line's description text may continue the item above: words, or a short number
    ("Abrechnungskreis" / "1"), but not a bare article number or GTIN."""
    if any(c.isalpha() for c in text):
        return True
    return len(text.split()) <= 2 and not _CODE.search(text)


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
        return max(s.x1 for _, s in self.columns) + self.pitch * 2

    def holds(self, segment: Segment) -> bool:
        return self.header_line <= segment.line <= self.last_line and segment.x0 <= self.right

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


def find_table(layout: PageLayout) -> Table | None:
    """The first line whose cells (with any wrapped header lines) name a description, an
    amount and a quantity or price."""
    for index, line in enumerate(layout.lines):
        words = _line_words(line)
        if not words or not may_name_description(" ".join(s.folded for s in line)):
            continue
        kinds = {kind for kind, _ in header_cells(words, layout.number, index)}
        if "description" not in kinds or not kinds & _NUMERIC_KINDS:
            continue
        merged, wrapped = merged_columns(layout, index)
        columns = dedupe(merged)
        kinds = {kind for kind, _ in columns}
        if not _is_header(kinds) or len(columns) < 3:
            continue
        if "net_amount" not in kinds:
            # A header wrapped over two lines ("Positions-" / "betrag"): the amount is the
            # rightmost column.
            if columns[-1][0] != "other":
                continue
            columns[-1] = ("net_amount", columns[-1][1])
        first, last = min([index, *wrapped]), max([index, *wrapped])
        return Table(layout.number, first, columns, last, start_line=last + 1)
    return _unnamed_table(layout)


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
        if columns and len(columns) >= 3 and find_money(below):
            return Table(layout.number, index, columns, index)
    return None


def _bounds(columns: list[tuple[str, Segment]]) -> list[tuple[str, float, float]]:
    ordered = sorted(columns, key=lambda c: c[1].x0)
    spans = []
    for i, (kind, segment) in enumerate(ordered):
        left = -1e9 if i == 0 else (ordered[i - 1][1].x1 + segment.x0) / 2
        right = 1e9 if i == len(ordered) - 1 else (segment.x1 + ordered[i + 1][1].x0) / 2
        spans.append((kind, left, right))
    return spans


_THOUSANDS: Final = re.compile(r"^\d{3}(?:[.,]\d+)?(?:[.,]\d+)?$")


def _grouped(words: list[Word]) -> list[Word]:
    """Words with a number printed with space thousands marks ("29 181,32") joined into one,
    so that the whole number falls into one column."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if (
            last is not None
            and re.fullmatch(r"-?\d{1,3}(?:\s\d{3})*", last.text)
            and _THOUSANDS.match(word.text)
            and word.bbox[0] - last.bbox[2] < word.size * 0.5
        ):
            box = (last.bbox[0], min(last.bbox[1], word.bbox[1]), word.bbox[2],
                   max(last.bbox[3], word.bbox[3]))  # fmt: skip
            out[-1] = Word(f"{last.text} {word.text}", box, word.size, word.bold)
            continue
        out.append(word)
    return out


def _cells(
    line: list[Segment], spans: list[tuple[str, float, float]], starts: dict[str, float]
) -> dict[str, list[str]]:
    """The words of a line by column; `starts` is where each column's header begins."""
    cells: dict[str, list[str]] = defaultdict(list)
    for segment in line:
        previous = ""
        for word in _grouped(segment.words):
            middle = (word.bbox[0] + word.bbox[2]) / 2
            kind = next((k for k, left, right in spans if left <= middle < right), "other")
            # Text that runs on from the description stays in it (long descriptions overflow),
            # and so do numbers in it ("48 pages") that end well left of their column's header.
            if previous == "description" and (
                not any(c.isdigit() for c in word.text) or word.bbox[2] < starts.get(kind, 0) - 4
            ):
                kind = "description"
            cells[kind].append(word.text)
            previous = kind
    return cells


def _ends_table(
    cells: dict[str, list[str]],
    amount: Decimal | None,
    running: Decimal,
    count: int,
    hint: str | None,
) -> str | None:
    """Why a row is not an item: "carry" (carried or brought forward), "totals" (a totals
    label, or an amount equal to the sum of the items above it), or None."""
    words = " ".join(w for kind, ws in cells.items() if kind != "net_amount" for w in ws)
    role = total_role(words)
    if role == "carry" and (amount is None or amount == running or not _has_numbers(cells, hint)):
        return "carry"  # not an item with its own quantity and price ("Frais de transport")
    if role in TOTAL_ROLES and not cells["description"]:
        return "totals"  # "Goods value 1 234,56" under the quantity and price columns
    if _has_numbers(cells, hint):
        return None
    if (role in TOTAL_ROLES or role == "paid") and amount is not None:
        return "totals"
    if amount is not None and count >= 2 and amount == running:
        return "carry" if not cells["description"] else "totals"
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
    spans = _bounds(table.columns)
    starts = {kind: segment.x0 for kind, segment in table.columns}
    pitch = table.pitch
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
    held = -1
    pending: tuple[dict[str, list[str]], str, int, float] | None = None
    for index in range(start, len(layout.lines)):
        line = [s for s in layout.lines[index] if s.x0 <= table.right]
        if not line:
            continue
        gap = line[0].y0 - last_bottom
        if gap > pitch * (12 if continued and not table.items else 6):
            break
        labels = [match_label(segment.folded) for segment in line]
        if any(label and label.field in _TOTAL_FIELDS for label in labels) and not any(
            label and label.field == "reference" for label in labels
        ):
            table.closed = True
            break
        cells = _cells(line, spans, starts)
        amount = find_money(" ".join(cells["net_amount"]), decimal_hint)
        running = before + sum((i.net_amount or Decimal(0) for i in table.items), Decimal(0))
        count = len(table.items) + (1 if before else 0)
        ends = _ends_table(cells, amount[0] if amount else None, running, count, decimal_hint)
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
        if amount is None and description and _has_numbers(cells, decimal_hint):
            # the amount may be printed a line lower
            pending = (cells, description, index, max(s.y1 for s in line))
        elif (
            amount is not None
            and pending
            and pending[2] == index - 1
            and line[0].y0 - pending[3] < pitch
        ):
            below = description  # words printed beside the lowered amount continue the text
            cells = defaultdict(list, {**pending[0], "net_amount": cells["net_amount"]})
            wordy = below and _continues(below)
            description = _join(pending[1], below) if wordy else pending[1]
        if amount is not None and section and not _full_row(cells, decimal_hint):
            table.closed = True
            break  # an amount under a section heading, not an item
        if amount is not None and (table.items or gap < pitch * (12 if continued else 4)):
            pending = None
            section = False
            table.items.append(_item(cells, description, amount[0], decimal_hint))
            table.rows.append(line)
            table.last_line = index
            last_bottom = max(s.y1 for s in line)
            merging = True
            continue
        folded = " ".join(s.folded for s in line)
        if table.items and amount is None and (section or may_name_description(folded)):
            kinds = {k for k, _ in header_cells(_line_words(line), 0, 0)}
            # another table; under a section heading any header row ("Art | % | Betrag")
            if (len(kinds) >= 3 and may_name_description(folded)) or (
                section and len(kinds - {"other"}) >= 2 and not any(c.isdigit() for c in folded)
            ):
                table.closed = True
                break
        # A heading ("Zahlungsbedingungen:", "Weitere Eigenschaften:") ends the items unless
        # full item rows (quantity, price and amount) follow it.
        if not section and table.items and len(line) == 1 and line[0].text.endswith(":"):
            section, held = gap > pitch * 3, table.last_line
        if not table.items:
            if gap > pitch * (12 if continued else 4):
                break
            if pending is None or pending[2] != index:
                last_bottom = max(s.y1 for s in line)  # a note above the first item
            continue
        previous = table.items[-1]
        near = pitch * (0.9 if previous.description else 1.8)
        text = " ".join(segment.text for segment in line)
        wordy = description and _continues(description)
        if merging and wordy and gap < near and ":" not in text:
            previous.description = _join(previous.description, description)
            table.rows.append(line)
            table.last_line = index
        else:
            merging = False
        last_bottom = max(s.y1 for s in line)
        table.last_line = index
    if section:  # nothing but other text under the heading: the table ended above it
        table.last_line, table.closed = held, True
    table.checked = sum(
        1
        for item in table.items
        if item.quantity is not None
        and item.unit_price is not None
        and item.net_amount is not None
        and abs(item.quantity * item.unit_price - item.net_amount) <= Decimal("0.01")
    )


def _join(first: str | None, second: str) -> str:
    """A description continued on the next line: "Beamer-" + "Deckenhalterung" is one word,
    "TGA Obermonteur/" + "Monteur" too."""
    if not first:
        return second
    if first.endswith(("-", "/")) and first[-2:-1].isalpha() and second[:1].isalpha():
        return first + second
    return f"{first} {second}"


def _full_row(cells: dict[str, list[str]], hint: str | None) -> bool:
    return all(find_numbers(" ".join(cells[kind]), hint) for kind in ("quantity", "unit_price"))


def _has_numbers(cells: dict[str, list[str]], hint: str | None) -> bool:
    return bool(find_numbers(" ".join(cells["quantity"] + cells["unit_price"]), hint))


def _item(
    cells: dict[str, list[str]], description: str | None, amount: Decimal, hint: str | None
) -> LineItem:
    quantity = find_numbers(" ".join(cells["quantity"]), hint)
    price_text = " ".join(cells["unit_price"])
    price = find_money(price_text, hint) or next(iter(find_numbers(price_text, hint)), None)
    count = quantity[0][0] if quantity else None
    if count is None and price is not None:
        count = implied_quantity(cells, price[0], amount, hint)
    return LineItem(
        description=description,
        quantity=count,
        unit_price=price[0] if price else None,
        net_amount=amount,
    )
