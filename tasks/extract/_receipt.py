"""Items printed the way till receipts print them, without a table header: the description on
its own line, then "quantity x unit price" and the amount at the right on the line under it
("Claw hammer 16 oz" / "2 x 19.69    39.38"); all on one line (the quantity and price before or
after the description); or the description and amount
on one line and "quantity x price" under it ("Milch 1,5 %   2,38 A" / "2 x 1,19"). The
quantity times the price must give the amount ("2 St. x 19,69", "3 @ 4.50" too). Between such
rows, a line of words and an amount alone is an item of one. A tax-class letter after the
amount ("A", "B") is not part of the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, find_numbers, to_decimal
from tasks.extract._table import Table

_CENT: Final = Decimal("0.01")
_NUMBER: Final = r"\d{1,3}(?:[.,'\u00a0 ]\d{3})*(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?"
_TIMES: Final = re.compile(
    rf"(?<![\w.,])({_NUMBER})\s*(?:[^\W\d_]{{1,10}}\.?\s*)?[x\u00d7*@]\s*"
    rf"(?:[€$£]\s*)?({_NUMBER})(?:\s*(?:[€$£]|[A-Z]{{3}}))?\s*$"
)
_TIMES_FIRST: Final = re.compile(
    rf"^\s*({_NUMBER})\s*(?:[^\W\d_]{{1,10}}\.?\s*)?[x\u00d7*@]\s*(?:[€$£]\s*)?({_NUMBER})"
    rf"(?:\s*(?:[€$£]|[A-Z]{{3}}))?\s+(?=[^\W\d_])"
)
_LETTERS: Final = re.compile(r"[^\W\d_]{2}")
_TAX_CLASS: Final = re.compile(r"[A-Z]\*?|\*")
"""The tax class a till prints after an amount ("2,38 A")."""
_CODE: Final = re.compile(r"\b[A-Z]{3}\b")
_MONEY_MARK: Final = re.compile(r"[€$£¥]|\b(?:EUR|USD|GBP|CHF)\b")
_TAX_CLASS_END: Final = re.compile(rf"\s+(?:{_TAX_CLASS.pattern})$")
"""A tax class ending a piece of text, with the space before it."""


def _times(text: str, amount: Decimal, hint: str | None) -> tuple[Decimal, Decimal, str] | None:
    """The quantity and unit price printed as "2 x 19.69" at the end of `text` (or at its start,
    before the description) when they give `amount`, with the rest of the text."""
    match = _TIMES.search(text)
    found = match or _TIMES_FIRST.match(text)
    if found is None:
        return None
    quantity = to_decimal(found.group(1), hint)
    price = to_decimal(found.group(2), hint)
    if quantity is None or price is None or quantity <= 0:
        return None
    if abs(quantity * price - abs(amount)) > _CENT:
        return None
    rest = text[: found.start()] if match is not None else text[found.end() :]
    return quantity, price, rest.strip()


def _words_only(line: list[Segment], amount: Segment) -> bool:
    """A description alone on its line: words (sizes and numbers among them, "Inner tube 28 x
    1.75"), no label, no currency and nothing printed in the amounts' column."""
    text = " ".join(s.text for s in line)
    if not _LETTERS.search(text) or ":" in text or line[-1].x1 > amount.x0:
        return False
    return not _MONEY_MARK.search(text)


def _priced(line: list[Segment], hint: str | None) -> tuple[Decimal, str, Segment] | None:
    """The amount printed at the right end of a line (before any tax-class letter, "A"), the
    text before it and its segment."""
    if len(line) >= 3 and _TAX_CLASS.fullmatch(line[-1].text):
        line = line[:-1]
    if len(line) < 2:
        return None
    money = find_money(line[-1].text, hint)
    rest = _CODE.sub("", _TAX_CLASS_END.sub("", line[-1].text))
    if money is None or _LETTERS.search(rest):
        return None
    return money[0], " ".join(s.text for s in line[:-1]), line[-1]


@dataclass
class _Row:
    first: int
    last: int
    item: LineItem
    description: Segment
    quantity: Segment
    amount: Segment


def _row(layout: PageLayout, index: int, hint: str | None, used: int) -> _Row | None:
    """The item whose amount is printed on line `index`, its quantity and price beside it, on
    it ahead of the description or on the line under it; or its description above it."""
    line = layout.lines[index]
    priced = _priced(line, hint)
    if priced is None:
        return None
    amount, before, where = priced
    found = _times(before, amount, hint)
    if found is not None:
        quantity, price, description = found
        if _LETTERS.search(description):
            item = LineItem(description=description, quantity=quantity, unit_price=price,
                            net_amount=amount)  # fmt: skip
            return _Row(index, index, item, line[0], line[0], where)
        if index == 0 or index - 1 == used:
            return None
        above = layout.lines[index - 1]
        if not _words_only(above, where) or line[0].y0 - above[0].y1 > line[0].height * 1.5:
            return None
        item = LineItem(description=" ".join(s.text for s in above), quantity=quantity,
                        unit_price=price, net_amount=amount)  # fmt: skip
        return _Row(index - 1, index, item, above[0], line[0], where)
    if index + 1 >= len(layout.lines) or not _LETTERS.search(before):
        return None
    below = layout.lines[index + 1]  # "Milch 1,5 %   2,38" over "2 x 1,19"
    found = _times(" ".join(s.text for s in below), amount, hint)
    if found is None or found[2] or below[-1].x1 > where.x0:
        return None
    if below[0].y0 - line[0].y1 > line[0].height * 1.5:
        return None
    item = LineItem(description=before, quantity=found[0], unit_price=found[1],
                    net_amount=amount)  # fmt: skip
    return _Row(index, index + 1, item, line[0], below[0], where)


def _single(layout: PageLayout, index: int, hint: str | None) -> LineItem | None:
    """A line with words and an amount only, between receipt rows: one of the item."""
    priced = _priced(layout.lines[index], hint)
    if priced is None or not _LETTERS.search(priced[1]) or find_numbers(priced[1], hint):
        return None
    return LineItem(description=priced[1], quantity=Decimal(1), unit_price=priced[0],
                    net_amount=priced[0])  # fmt: skip


def _receipt_rows(layout: PageLayout, hint: str | None) -> Table | None:
    rows: list[_Row] = []
    index = 0
    while index < len(layout.lines):
        if rows and index - rows[-1].last > 3:
            break
        row = _row(layout, index, hint, rows[-1].last if rows else -1)
        if row is None:
            index += 1
            continue
        rows.append(row)
        index = row.last + 1
    if not rows:
        return None
    taken = {number for row in rows for number in range(row.first, row.last + 1)}
    found = [(row.first, row.item) for row in rows]
    for number in range(rows[0].first, rows[-1].last):
        single = None if number in taken else _single(layout, number, hint)
        if single is not None:
            found.append((number, single))
    first = rows[0]
    columns = [("description", first.description), ("quantity", first.quantity),
               ("net_amount", first.amount)]  # fmt: skip
    table = Table(layout.number, first.first, columns, rows[-1].last)
    table.items = [item for _, item in sorted(found, key=lambda pair: pair[0])]
    table.rows = [layout.lines[row.last] for row in rows]
    return table


def receipt_table(layouts: Sequence[PageLayout], hint: str | None) -> dict[int, Table]:
    """The receipt-style items of the first page with any (two at least, or one whose
    description is on the line above its quantity and price)."""
    for layout in layouts:
        table = _receipt_rows(layout, hint)
        if table is not None:
            table.checked = len(table.items)
            table.closed = True
            return {layout.number: table}
    return {}
