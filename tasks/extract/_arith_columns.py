"""Quantity and unit-price columns found by arithmetic when their headers use words we do not
know ("Mengeneinheiten", "Miettage", "Costo unitario", "Count").

The numbers under the unnamed columns right of the description are read for the first rows
with an amount and two numbers, up to the totals (dates are no numbers here); the pair of
columns whose numbers multiply out to the row's amount in every row (or in most of several)
becomes the quantity and the unit price: the quantity is the column not printed like money
when the other is ("200" beside "0,45"), else the left one. A named column keeps its name
when numbers stand under it; only a missing quantity or unit price is filled in, and nothing
is renamed when no pair multiplies out.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from tasks.extract._cells import Grid
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, find_numbers, parse_date
from tasks.extract._roles import TOTAL_ROLES, total_role

_CENT: Final = Decimal("0.01")
_PRICE_WORD: Final = re.compile(r"pri[jx]s|preis|price|precio|prezzo|tarif|cost[eo]?\b")
_FREE: Final = frozenset({"other", "unit", "position", "tax_rate"})
"""Columns whose numbers may be a quantity or a price ("Taux" over prices is no tax rate)."""
_ROWS: Final = 8
_LOOK: Final = 30


def _value(words: list[str], hint: str | None) -> Decimal | None:
    """The number a cell holds: its first number, unless the cell holds a date."""
    text = " ".join(words)
    if not text or parse_date(text):
        return None
    found = find_numbers(text, hint)
    return found[0][0] if found else None


def _sample(
    columns: list[tuple[str, Segment]], layout: PageLayout, start: int, hint: str | None
) -> list[tuple[Decimal, dict[str, Decimal]]]:
    """(amount, number by column key) for the first rows with an amount."""
    grid = Grid.of(columns)
    rows: list[tuple[Decimal, dict[str, Decimal]]] = []
    for line in layout.lines[start : start + _LOOK]:
        cells = grid.cells(line)
        words = " ".join(w for key, ws in cells.items() if key != "net_amount" for w in ws)
        values = {}
        for key, _ in columns:
            value = _value(cells.get(key, []), hint) if key not in {"net_amount"} else None
            if value is not None:
                values[key] = value
        if total_role(words) in TOTAL_ROLES and len(values) < 2:
            break  # the totals under the table (an item naming a tax holds two numbers more)
        amount = find_money(" ".join(cells["net_amount"]), hint)
        if amount is None or amount[0] == 0:
            continue
        rows.append((amount[0], values))
        if len(rows) >= _ROWS:
            break
    return rows


def _fits(rows: list[tuple[Decimal, dict[str, Decimal]]], first: str, second: str) -> int:
    return sum(
        1
        for amount, values in rows
        if first in values
        and second in values
        and values[first] > 0
        and abs(values[first] * abs(values[second]) - abs(amount)) <= _CENT
    )


def _cents(rows: list[tuple[Decimal, dict[str, Decimal]]], key: str) -> bool:
    """Whether a column's numbers are all printed with two decimals, as money is."""
    return all(values[key].as_tuple().exponent == -2 for _, values in rows if key in values)


def _quantity_first(
    rows: list[tuple[Decimal, dict[str, Decimal]]],
    first: str,
    second: str,
    order: dict[str, float],
    headers: dict[str, str],
) -> bool:
    """Whether of two unnamed columns that multiply out `first` is the quantity: the other when
    only its name holds a word for a price ("Literprijs", "Stückpreis", "Prix/kg"), else the one
    not printed like money ("200", "1,5", "7 671") when the other is ("0,45"), else the left one."""
    priced = {key for key in (first, second) if _PRICE_WORD.search(headers[key])}
    if len(priced) == 1:  # "Liters | Literprijs excl.": the name says which is the price
        return second in priced
    money_first, money_second = _cents(rows, first), _cents(rows, second)
    if money_first != money_second:
        return money_second
    return order[first] < order[second]


def arithmetic_columns(
    columns: list[tuple[str, Segment]], layout: PageLayout, start: int, hint: str | None
) -> list[tuple[str, Segment]]:
    """The columns with a missing quantity or unit price named where the numbers of unnamed
    columns multiply out to the amounts of the rows under the header."""
    kinds = [kind for kind, _ in columns]
    if "description" not in kinds or "net_amount" not in kinds:
        return columns
    left = next(s.x0 for k, s in columns if k == "description")
    keyed = [
        (f"free{i}" if kind in _FREE and segment.x0 > left else kind, segment)
        for i, (kind, segment) in enumerate(columns)
    ]
    free = [key for key, _ in keyed if key.startswith("free")]
    if not free:
        return columns
    rows = _sample(keyed, layout, start, hint)
    if not rows:
        return columns
    # a named column counts only when numbers stand under it (a price printed under the
    # unit of "Prix par | unité" is found among the others)
    held = {key for _, values in rows for key in values}
    if {"quantity", "unit_price"} <= held:
        return columns
    quantities = ["quantity"] if "quantity" in held else free
    prices = ["unit_price"] if "unit_price" in held else free
    numeric = {*quantities, *prices}
    # rows without two numbers to multiply (a subtotal, a lump sum) say nothing
    rows = [row for row in rows if len(numeric & row[1].keys()) >= 2]
    order = {key: segment.x0 for key, segment in keyed}
    headers = {key: segment.folded for key, segment in keyed}
    best: tuple[int, str, str] | None = None
    for quantity in quantities:
        for price in prices:
            if quantity == price:
                continue
            if (
                quantity in free
                and price in free
                and not _quantity_first(rows, quantity, price, order, headers)
            ):
                continue
            count = _fits(rows, quantity, price)
            if best is None or count > best[0]:
                best = (count, quantity, price)
    if best is None or not rows:
        return columns
    count, quantity, price = best
    if count < len(rows) and (count < 2 or count * 5 < len(rows) * 3):
        return columns
    names = {quantity: "quantity", price: "unit_price"}
    replaced = {"quantity"} - {quantity} | {"unit_price"} - {price}
    return [
        (names.get(key, "other" if key in replaced else kind), segment)
        for (key, segment), (kind, _) in zip(keyed, columns, strict=True)
    ]
