"""Items listed without a table: lines of words each with one amount at the right, the amounts
right-aligned in one column and summed up by a total under them ("Privathaftpflicht 50,00 €" /
"Lebensgefährte/in zur Privathaftpflicht 0,00 €" / "Gesamtbeitrag 50,00 €"), as letters from
insurers, landlords or clubs print them. Lines without an amount between them (details of an
item) are passed over; a line whose words name a total, tax or payment is never an item. The
amounts must add up to the total exactly, and that total must not include tax (then they are
gross amounts); each item is one unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, fold
from tasks.extract._roles import INCLUDING, total_role
from tasks.extract._table import Table

_LETTERS: Final = re.compile(r"[^\W\d_]{2}")
_CODE: Final = re.compile(r"\b[A-Z]{3}\b")
_SUMS: Final = frozenset({"net_total", "grand_total"})
_ITEM_ROLES: Final = frozenset({None, "adjust"})
_ALIGNED: Final = 3.0
"""How far (points) the right edges of amounts in one column may differ."""
_SPREAD: Final = 8
"""How many lines (details of an item) may lie between two listed amounts."""


@dataclass
class _Priced:
    index: int
    amount: Decimal
    label: str
    where: Segment

    @property
    def role(self) -> str | None:
        return total_role(self.label)


def _priced(index: int, line: list[Segment], hint: str | None) -> _Priced | None:
    """A line of words with one amount alone at its right end."""
    if len(line) < 2:
        return None
    money = find_money(line[-1].text, hint)
    if money is None or _LETTERS.search(_CODE.sub("", line[-1].text)):
        return None
    label = " ".join(s.text for s in line[:-1])
    if not _LETTERS.search(label) or find_money(label, hint) is not None:
        return None
    return _Priced(index, money[0], label, line[-1])


def _items_above(priced: list[_Priced], at: int) -> list[_Priced]:
    """The listed lines right above `priced[at]` (a total) in its column of amounts."""
    total = priced[at]
    found: list[_Priced] = []
    below = total.index
    for row in reversed(priced[:at]):
        if below - row.index > _SPREAD or abs(row.where.x1 - total.where.x1) > _ALIGNED:
            break
        if row.role not in _ITEM_ROLES:
            break
        found.append(row)
        below = row.index
    return found[::-1]


def _listed(layout: PageLayout, hint: str | None) -> Table | None:
    priced = [
        row
        for index, line in enumerate(layout.lines)
        if (row := _priced(index, line, hint)) is not None
    ]
    for at, total in enumerate(priced):
        if total.role not in _SUMS or INCLUDING.search(fold(total.label)):
            continue  # items summed up "incl. tax" are gross amounts, not the lines' net
        items = _items_above(priced, at)
        if not items or sum((row.amount for row in items), Decimal(0)) != total.amount:
            continue
        first, last = items[0], items[-1]
        described = layout.lines[first.index][0]
        table = Table(layout.number, first.index, [("description", described),
                      ("net_amount", first.where)], last.index)  # fmt: skip
        table.items = [
            LineItem(description=row.label, quantity=Decimal(1), net_amount=row.amount)
            for row in items
        ]
        table.rows = [layout.lines[row.index] for row in items]
        table.closed = True
        return table
    return None


def listed_table(layouts: Sequence[PageLayout], hint: str | None) -> dict[int, Table]:
    """The listed items of the first page with any."""
    for layout in layouts:
        table = _listed(layout, hint)
        if table is not None:
            return {layout.number: table}
    return {}
