"""A sum row under the items that the amounts below it tax.

A table of one item is often closed by a row that repeats its amount under words we may not
know ("Som vóór belasting | € 71,40"): an item? Two items may cost the same, so a repeated
amount alone proves nothing. The amounts printed under the row do: when a tax T and a total G
follow with amount + T = G (T a plausible VAT share), the row is the net total, not an item.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from tasks.extract._parse import find_money

if TYPE_CHECKING:
    from tasks.extract._layout import PageLayout

_LOOKAHEAD: Final = 6
_MAX_RATE: Final = Decimal("0.3")


def taxed_below(layout: PageLayout, index: int, amount: Decimal, hint: str | None) -> bool:
    """Whether the lines right under line `index` print a tax and a total that `amount`
    (the net) adds up with: amount + tax = total, 0 < tax <= 30 % of the amount."""
    if amount <= 0:
        return False
    values: set[Decimal] = set()
    for line in layout.lines[index + 1 : index + 1 + _LOOKAHEAD]:
        for segment in line:
            money = find_money(segment.text, hint)
            if money is not None:
                values.add(money[0])
    return any(0 < tax <= amount * _MAX_RATE and amount + tax in values for tax in values)
