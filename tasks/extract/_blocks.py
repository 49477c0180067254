"""Tables in sections, each closed by its own subtotal ("Ersatzteile" ... "Summe Ersatzteile
128,50", then "Arbeitslohn" ...): a line whose amount is the sum of the items since the last
such line, with no quantity or price of its own, is a section's subtotal, not the end of the
table, when a full item row (quantity x price = amount) follows it within a few lines before
any totals label.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._cells import Grid
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, find_numbers
from tasks.extract._roles import total_role

_CENT: Final = Decimal("0.01")
_LOOKAHEAD: Final = 5
_TOTAL_FIELDS: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})


def _numbers(cells: dict[str, list[str]], kind: str, hint: str | None) -> list[Decimal]:
    return [value for value, _ in find_numbers(" ".join(cells[kind]), hint)]


def full_row(cells: dict[str, list[str]], hint: str | None) -> bool:
    """Whether the cells hold a quantity, a unit price and an amount that multiply out."""
    amount = find_money(" ".join(cells["net_amount"]), hint)
    quantities, prices = _numbers(cells, "quantity", hint), _numbers(cells, "unit_price", hint)
    if amount is None or not quantities or not prices:
        return False
    return abs(quantities[0] * prices[0] - amount[0]) <= _CENT


def _totals_label(line: list[Segment]) -> bool:
    labels = [match_label(segment.folded) for segment in line]
    return any(label and label.field in _TOTAL_FIELDS for label in labels)


def section_subtotal(
    items: Sequence[LineItem],
    cells: dict[str, list[str]],
    amount: Decimal,
    hint: str | None,
) -> bool:
    """Whether a line with `amount` (and these cells) sums up `items`, the items of a section."""
    if not items or full_row(cells, hint):
        return False
    # a number beside a totals label ("Subtotal section 01" reaching over the price column)
    # is no quantity or price
    words = " ".join(w for kind, ws in cells.items() if kind != "net_amount" for w in ws)
    if total_role(words) not in _TOTAL_FIELDS and (
        _numbers(cells, "quantity", hint) or _numbers(cells, "unit_price", hint)
    ):
        return False
    return sum((i.net_amount or Decimal(0) for i in items), Decimal(0)) == amount


def items_follow(
    layout: PageLayout, index: int, grid: Grid, right: float, hint: str | None
) -> bool:
    """Whether a full item row follows line `index` within a few lines, before any totals."""
    for number in range(index + 1, min(index + 1 + _LOOKAHEAD, len(layout.lines))):
        line = [s for s in layout.lines[number] if s.x0 <= right]
        if not line:
            continue
        if _totals_label(line):
            return False
        cells = grid.cells(line)
        if find_money(" ".join(cells["net_amount"]), hint) is None:
            continue  # a section heading or a note
        return full_row(cells, hint)
    return False
