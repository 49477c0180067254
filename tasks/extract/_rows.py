"""The line items of all pages, and items without a header we can read.

The table starts at the first header and goes on over the next pages (under a repeated header
or, without one, in the same columns) until its totals; a second table under a header of its own
on the same page adds its items. Without any header we can read, rows
are recognised by their shape alone, as a till receipt prints them (`_receipt`), or as a list
of amounts summed up by a total (`_listed`).

A row is a line with words (the description: the longest text, which may follow a position
and quantity) and a quantity, a unit price and an amount with quantity x price = amount (the
rightmost amount on the line). A
run of such rows on one page is a table whatever its header says; the columns are taken from
the first row, so that the rows are kept out of the label search like any other table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._listed import listed_table
from tasks.extract._parse import find_money, find_numbers
from tasks.extract._receipt import receipt_table
from tasks.extract._table import Table, find_table
from tasks.extract._table_rows import read_rows

_CENT: Final = Decimal("0.01")
_LETTERS: Final = re.compile(r"[^\W\d_]{2}")
_WORD: Final = re.compile(r"(?<![\w])[^\W\d_]{3,}(?![\w])")


def _row(
    line: list[Segment], hint: str | None
) -> tuple[LineItem, list[tuple[str, Segment]]] | None:
    """The item a line shows when its numbers multiply out, with the segment of each part."""
    if len(line) < 3:
        return None
    money = find_money(line[-1].text, hint)
    if money is None:
        return None
    amount = money[0]
    numbers: list[tuple[Decimal, Segment]] = []
    description: list[Segment] = []
    for segment in line[:-1]:
        found = find_numbers(segment.text, hint)
        if found and not numbers and _LETTERS.search(segment.text) and len(found) == 1:
            text = segment.text.replace(found[0][1], "").strip()
            if _LETTERS.search(text) and segment is line[0]:
                description.append(segment)  # "Widget 20 mm" is a description
                continue
        if found:
            numbers.extend((value, segment) for value, _ in found)
        elif _LETTERS.search(segment.text) and (not numbers or _WORD.search(segment.text)):
            description.append(segment)  # after a position or quantity: words, not a code
    if not description or len(numbers) < 2:
        return None
    if len(description) > 1:
        # a name or unit column beside the description ("A. Novak", "maand"): the longest text
        description = [max(description, key=lambda s: len(s.text))]
    for i, (first, f_segment) in enumerate(numbers):
        for second, s_segment in numbers[i + 1 :]:
            # the quantity is the number that is not printed like money ("4 kg", "5,50")
            money_first = find_money(f_segment.text, hint) is not None
            swap = money_first and find_money(s_segment.text, hint) is None
            quantity, q_segment, price, p_segment = (
                (second, s_segment, first, f_segment)
                if swap
                else (first, f_segment, second, s_segment)
            )
            if quantity > 0 and abs(quantity * price - amount) <= _CENT:
                text = " ".join(s.text for s in description)
                item = LineItem(description=text, quantity=quantity, unit_price=price,
                                net_amount=amount)  # fmt: skip
                columns = [("description", description[0]), ("quantity", q_segment),
                           ("unit_price", p_segment), ("net_amount", line[-1])]  # fmt: skip
                return item, columns
    return None


def shaped_table(layouts: Sequence[PageLayout], hint: str | None) -> dict[int, Table]:
    """The first run of rows whose quantity x price = amount, on the first page with one."""
    for layout in layouts:
        table: Table | None = None
        for index, line in enumerate(layout.lines):
            row = _row(line, hint)
            if row is None:
                if table is not None and index - table.last_line > 3:
                    break
                continue
            item, columns = row
            if table is None:
                table = Table(layout.number, index, columns, index)
            table.items.append(item)
            table.rows.append(line)
            table.last_line = index
        if table is not None:
            table.checked = len(table.items)
            table.closed = True
            return {layout.number: table}
    return {}


def _read_on(table: Table, layout: PageLayout, hint: str | None, before: Decimal) -> None:
    """The items of the tables that follow `table` on its page under headers of their own
    ("Hardware" ... then "Dienstleistungen" with other column names), added to it."""
    while table.items and table.follows >= 0:
        more = find_table(layout, table.follows)
        if more is None or more.header_line > table.follows + 1:
            return
        done = sum((item.net_amount or Decimal(0) for item in table.items), Decimal(0))
        read_rows(more, layout, hint, before=before + done)
        if not more.items:
            return
        table.items += more.items
        table.rows += more.rows
        table.checked += more.checked
        table.last_line, table.closed, table.follows = more.last_line, more.closed, more.follows


def header_table(layout: PageLayout) -> Table | None:
    """`find_table(layout)`, sought once per page (`PageLayout.found`): a new table to fill
    each time."""
    if "table" not in layout.found:
        layout.found["table"] = find_table(layout)
    header: Table | None = layout.found["table"]
    if header is None:
        return None
    return replace(header, columns=list(header.columns), items=[], rows=[])


def read_tables(layouts: Sequence[PageLayout], decimal_hint: str | None) -> dict[int, Table]:
    """The line-item table by page: it starts at the first header and goes on over the next
    pages (under a repeated header or, without one, in the same columns) until the totals."""
    tables: dict[int, Table] = {}
    previous: Table | None = None
    waiting = False
    before = Decimal(0)
    for layout in layouts:
        table = header_table(layout)
        continued = False
        if table is None and previous is not None and not previous.closed:
            table = Table(
                layout.number, 0, previous.columns, 0, start_line=0, stacked=previous.stacked
            )
            continued = True
        if table is None:
            if previous is not None:
                break
            continue
        read_rows(table, layout, decimal_hint, before=before, continued=continued)
        _read_on(table, layout, decimal_hint, before)
        if not table.items:
            if previous is not None:
                break
            tables.setdefault(layout.number, table)
            if not table.closed:  # a header at the foot of a page: the rows may follow
                previous, waiting = table, True
            continue
        if previous is None or waiting:
            tables.clear()
        waiting = False
        tables[layout.number] = table
        before += sum((item.net_amount or Decimal(0) for item in table.items), Decimal(0))
        previous = table
        if table.closed:
            break
    if not any(table.items for table in tables.values()):
        return (
            shaped_table(layouts, decimal_hint)
            or receipt_table(layouts, decimal_hint)
            or listed_table(layouts, decimal_hint)
            or tables
        )
    return tables


def all_items(tables: dict[int, Table]) -> list[LineItem]:
    return [item for page in sorted(tables) for item in tables[page].items]
