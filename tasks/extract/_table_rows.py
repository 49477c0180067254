"""Reading a table's rows: every word below the header goes to the column its centre falls in
(`_cells`), once the amount column is checked against a running total (`_running_columns`) and a
share of a cost (`_share_columns`), and a quantity and a unit price under names we do not know
are found by quantity x price = amount (`_arith_columns`). A line with an amount is an item
(`_items`); the lines right under it in the same font add to its description, lines in a smaller
font, another colour or weight, or holding only dates are details (`_details`), and lines set
closer to the row below than to the one above begin that row's description. A row whose
description cell is only "<quantity> [unit] x <price>" multiplying out to its amount
(`rate_cells`) is the quantity line of the description on the line above it. Reading stops at the
totals: a totals label (`_roles`), an amount equal to the sum of the items above it (a subtotal,
unless more item rows follow it: `_blocks`), a second header, a new section or a large gap;
"carried forward" lines are skipped. A heading with a colon ends the items unless full item rows
follow it. Rows whose quantity times unit price equals their amount are marked as checked; in a
table of amounts only each line is one unit. Where the table and its header are is `_table`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._aligned import table_grid
from tasks.extract._arith_columns import arithmetic_columns
from tasks.extract._blocks import items_follow, section_subtotal
from tasks.extract._cells import Style
from tasks.extract._columns import header_cells, may_name_description
from tasks.extract._details import detail_line, leads_row, wrapped_label
from tasks.extract._items import (
    continues,
    ends_table,
    full_row,
    has_numbers,
    join_text,
    make_item,
    multiplies_out,
    rate_cells,
)
from tasks.extract._labels import match_label
from tasks.extract._layout import PageLayout
from tasks.extract._parse import find_money
from tasks.extract._roles import TOTAL_ROLES
from tasks.extract._running_columns import running_columns
from tasks.extract._share_columns import share_columns
from tasks.extract._table import Table, line_words
from tasks.extract._tax_summary import summary_header
from tasks.extract._taxed_below import taxed_below

_WORDS: Final = re.compile(r"[^\W\d_]{2}")


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
    prior: tuple[int, str] | None = None  # the line above: words of a description only
    joined: tuple[int, LineItem, str | None] | None = None  # a line added to an item's text
    for index in range(start, len(layout.lines)):
        above, prior = prior, None
        line = [s for s in layout.lines[index] if s.x0 <= right and s.x1 >= left]
        if not line:
            continue
        gap = line[0].y0 - last_bottom
        if gap > pitch * (12 if continued and not table.items else 6):
            break
        cells = grid.cells(line)
        amount = find_money(" ".join(cells["net_amount"]), decimal_hint)
        rated = rate_cells(cells, amount[0], decimal_hint) if amount and not table.stacked else None
        if rated is not None and (
            leading or (above and above[0] == index - 1 and gap < pitch * 0.9)
        ):
            # "6 visit x 214.35 ... 1,286.10" under its description: the row's quantity line
            cells = rated
            if not leading and above:
                if joined and joined[0] == above[0]:
                    joined[1].description = joined[2]  # not the item above's text after all
                leading = [above[1]]
        if (
            amount is not None
            and section_subtotal(table.items[block:], cells, amount[0], decimal_hint)
            and items_follow(layout, index, grid, right, decimal_hint)
        ):
            block, merging = len(table.items), False  # a section's subtotal; more follow
            last_bottom, table.last_line = max(s.y1 for s in line), index
            continue
        labels = [match_label(segment.folded) for segment in line]
        if table.items and amount is None and summary_header(line) is not None:
            table.closed = True  # "VAT rate | Net | VAT | Gross": a tax summary, not items
            break
        if (
            any(label and label.field in TOTAL_ROLES for label in labels)
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
            kinds = {k for k, _ in header_cells(line_words(line), 0, 0)}
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
        prior = (index, description) if lead and description else None
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
            joined = (index, previous, previous.description)
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
