"""Line items: a header row naming the columns, then rows read by column geometry."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from core.models import LineItem
from tasks.extract._labels import match_column, match_label
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, find_numbers

_TOTAL_FIELDS = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})


@dataclass
class Table:
    page: int
    header_line: int
    columns: list[tuple[str, Segment]]
    last_line: int
    items: list[LineItem] = field(default_factory=list)
    rows: list[list[Segment]] = field(default_factory=list)

    @property
    def header_text(self) -> str:
        return " | ".join(segment.text for _, segment in self.columns)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        segments = [s for _, s in self.columns] + [s for row in self.rows for s in row]
        return (
            min(s.x0 for s in segments),
            min(s.y0 for s in segments),
            max(s.x1 for s in segments),
            max(s.y1 for s in segments),
        )


def find_table(layout: PageLayout) -> Table | None:
    """The first line whose cells name a description, an amount and a quantity or price."""
    for index, line in enumerate(layout.lines):
        if len(line) < 3:
            continue
        kinds = [match_column(segment.folded) for segment in line]
        named = {kind for kind in kinds if kind}
        if {"description", "net_amount"} <= named and named & {"quantity", "unit_price"}:
            columns = [
                (kind or "other", segment) for kind, segment in zip(kinds, line, strict=True)
            ]
            return Table(layout.number, index, columns, index)
    return None


def _column_of(segment: Segment, columns: list[tuple[str, Segment]]) -> str:
    best, best_overlap = "", 0.0
    for kind, header in columns:
        overlap = min(segment.x1, header.x1) - max(segment.x0, header.x0)
        if overlap > best_overlap:
            best, best_overlap = kind, overlap
    if best:
        return best
    middle = (segment.x0 + segment.x1) / 2
    return min(columns, key=lambda c: abs((c[1].x0 + c[1].x1) / 2 - middle))[0]


def read_rows(table: Table, layout: PageLayout, decimal_hint: str | None) -> None:
    """Fill `table.items` from the lines under its header, stopping at the totals."""
    header = table.columns[0][1]
    last_bottom = max(s.y1 for _, s in table.columns)
    spacing = header.height * 3.5
    for index in range(table.header_line + 1, len(layout.lines)):
        line = layout.lines[index]
        if line[0].y0 - last_bottom > spacing:
            break
        labels = [match_label(segment.folded) for segment in line]
        if any(label and label.field in _TOTAL_FIELDS for label in labels):
            break
        cells: dict[str, list[str]] = defaultdict(list)
        for segment in line:
            cells[_column_of(segment, table.columns)].append(segment.text)
        amount = find_money(" ".join(cells["net_amount"]), decimal_hint)
        description = " ".join(cells["description"]).strip() or None
        if amount is not None:
            quantity = find_numbers(" ".join(cells["quantity"]), decimal_hint)
            price = find_money(" ".join(cells["unit_price"]), decimal_hint) or next(
                iter(find_numbers(" ".join(cells["unit_price"]), decimal_hint)), None
            )
            table.items.append(
                LineItem(
                    description=description,
                    quantity=quantity[0][0] if quantity else None,
                    unit_price=price[0] if price else None,
                    net_amount=amount[0],
                )
            )
        elif description and table.items and set(cells) == {"description"}:
            previous = table.items[-1]
            previous.description = f"{previous.description or ''} {description}".strip()
        else:
            break
        table.rows.append(line)
        table.last_line = index
        last_bottom = max(s.y1 for s in line)
