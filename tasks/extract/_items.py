"""How one row under a table header becomes an item: its quantity, unit price and amount from
the cells, whether its words continue the description above, and whether it is no item at all
but a carry-over or the totals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._columns import implied_quantity
from tasks.extract._parse import find_money, find_numbers, fold, to_decimal
from tasks.extract._roles import CARRY, TOTAL_ROLES, total_role

_CODE: Final = re.compile(r"\d{6,}")


def continues(text: str) -> bool:
    """Whether a line's description text may continue the item above: words, or a short number
    ("Abrechnungskreis" / "1"), but not a bare article number or GTIN."""
    if any(c.isalpha() for c in text):
        return True
    return len(text.split()) <= 2 and not _CODE.search(text)


def ends_table(
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
    if role == "carry" and amount is None and not CARRY.match(fold(words).lstrip()):
        role = None  # "preparation and report": words of a description, not "Report"
    if role == "carry" and (amount is None or amount == running or not has_numbers(cells, hint)):
        return "carry"  # not an item with its own quantity and price ("Frais de transport")
    if role in TOTAL_ROLES and not cells["description"]:
        return "totals"  # "Goods value 1 234,56" under the quantity and price columns
    if has_numbers(cells, hint):
        return None
    if (role in TOTAL_ROLES or role == "paid") and amount is not None:
        return "totals"
    if amount is not None and count >= 2 and amount == running:
        return "carry" if not cells["description"] else "totals"
    return None


def join_text(first: str | None, second: str) -> str:
    """A description continued on the next line: "Beamer-" + "Deckenhalterung" is one word,
    "TGA Obermonteur/" + "Monteur" and "4-" + "Fahrten-Karte" too."""
    if not first:
        return second
    if first.endswith(("-", "/")) and first[-2:-1].isalnum() and second[:1].isalpha():
        return first + second
    return f"{first} {second}"


def full_row(cells: dict[str, list[str]], hint: str | None) -> bool:
    return all(find_numbers(" ".join(cells[kind]), hint) for kind in ("quantity", "unit_price"))


def multiplies_out(cells: dict[str, list[str]], amount: Decimal | None, hint: str | None) -> bool:
    """Whether the row's quantity times its unit price is its amount: an item, whatever its
    words ("Verauslagte Einfuhrumsatzsteuer" names a tax but is a disbursement)."""
    quantity = find_numbers(" ".join(cells["quantity"]), hint)
    price = find_numbers(" ".join(cells["unit_price"]), hint)
    if amount is None or len(quantity) != 1 or len(price) != 1 or amount == 0:
        return False
    return abs(quantity[0][0] * price[0][0] - amount) <= Decimal("0.01")


def has_numbers(cells: dict[str, list[str]], hint: str | None) -> bool:
    return bool(find_numbers(" ".join(cells["quantity"] + cells["unit_price"]), hint))


_GLUED: Final = re.compile(
    r"^\s*[x\u00d7]?\s*(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:[x\u00d7]|[^\W\d_]{1,5}\.?)?\s*$"
)


_TIMES: Final = re.compile(r"(\d{1,6}(?:[.,]\d{1,3})?)\s*[x\u00d7]\s+(?=[^\W\d_])")
_CENT: Final = Decimal("0.01")


def glued_quantity(text: str, hint: str | None) -> Decimal | None:
    """A quantity printed with its unit or a times sign joined to it: "2x", "x3", "3h",
    "10pcs", "1,5h"."""
    match = _GLUED.match(text)
    return to_decimal(match.group(1), hint) if match else None


def make_item(
    cells: dict[str, list[str]], description: str | None, amount: Decimal, hint: str | None
) -> LineItem:
    quantity = find_numbers(" ".join(cells["quantity"]), hint)
    price_text = " ".join(cells["unit_price"])
    price = find_money(price_text, hint) or next(iter(find_numbers(price_text, hint)), None)
    count = quantity[0][0] if quantity else glued_quantity(" ".join(cells["quantity"]), hint)
    if count is None and price is not None:
        count = implied_quantity(cells, price[0], amount, hint)
    if count is None and price is not None:
        # a narrow quantity right-aligned under a left-aligned header falls into the price's
        # column ("5  36,77"): the number before the price that multiplies out
        count = next(
            (v for v, raw in find_numbers(price_text, hint)[:-1]
             if v > 0 and abs(v * abs(price[0]) - abs(amount)) <= _CENT),
            None,
        )  # fmt: skip
    if count is None and price is not None and description:
        # "2 x Widget" under the description: the quantity when it multiplies out
        times = _TIMES.match(description)
        value = to_decimal(times.group(1), hint) if times else None
        if times and value and abs(value * price[0] - amount) <= _CENT:
            count, description = value, description[times.end() :]
    if count is None and price is not None and price[0] == amount and not cells.get("quantity"):
        count = Decimal(1)  # no quantity printed, the price is the amount: one unit
    return LineItem(
        description=description,
        quantity=count,
        unit_price=price[0] if price else None,
        net_amount=amount,
    )


_MONEY_MARK = r"(?:[$\u00a3\u20ac\u00a5]|EUR|CHF|USD|GBP|SEK|NOK|DKK|PLN|CZK)"
_RATE: Final = re.compile(
    r"^\s*(\d{1,6}(?:[.,]\d{1,3})?)\s*"  # the quantity
    r"(?:[^\W\d_][^\s\u00d7*@]{0,11}\s*){0,2}?"  # its unit: "visit", "Std.", "h", "m2"
    r"(?:[x\u00d7*@\u00e0]|\bper\b|\bje\b|\bpar\b|\bpor\b|\ba\b)\s*"  # times or "at"
    rf"{_MONEY_MARK}?\s*(\d{{1,3}}(?:[.,'\u00a0 ]\d{{3}})*(?:[.,]\d{{1,4}})?)\s*{_MONEY_MARK}?"
    r"(?:\s*/\s*[^\W_]{1,8}\.?)?\s*$",  # the price, with its currency and "/h"
    re.IGNORECASE,
)


def rate_cells(
    cells: dict[str, list[str]], amount: Decimal, hint: str | None
) -> dict[str, list[str]] | None:
    """A row's description cell that is only "<quantity> [unit] x <price>" ("6 visit x 214.35",
    "3,5 Std. à 89,60 €/h") multiplying out to its amount: the quantity-and-price line of a
    description printed above it. The cells with that quantity and price in their columns and
    no description; None when the row has its own quantity or price, or no such line."""
    if cells.get("quantity") or cells.get("unit_price") or amount == 0:
        return None
    match = _RATE.match(" ".join(cells.get("description", [])))
    if not match:
        return None
    quantity, price = to_decimal(match.group(1), hint), to_decimal(match.group(2), hint)
    if not quantity or price is None or abs(quantity * price - amount) > _CENT:
        return None
    out: dict[str, list[str]] = defaultdict(list, cells)
    out["quantity"], out["unit_price"], out["description"] = [match.group(1)], [match.group(2)], []
    return out
