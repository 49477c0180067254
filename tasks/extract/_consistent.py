"""Totals that check themselves: a plausible VAT rate between a net and a tax amount, and the
(net, tax, grand) amounts of the totals area that add up when their labels say otherwise.

Labels can mislead (a phrasing no rule knows, "VAT on services" read as a net total, "Amount
VAT included" read as a tax): the arithmetic of the printed amounts, their reading order and
the line items then decide, with a lower confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from tasks.extract._amounts import Amount
from tasks.extract._roles import TOTAL_ROLES

STANDARD_RATES: Final = tuple(
    Decimal(rate)
    for rate in ("2.1", "2.5", "3", "3.7", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9",
                 "10", "12", "13", "13.5", "14", "15", "16", "17", "18", "19", "20", "21", "22",
                 "23", "24", "25", "25.5", "27")
)  # fmt: skip
"""VAT rates in use in Europe: a tax that is one of them of the net total fits best."""


def standard_rate(net: Decimal, tax: Decimal) -> bool:
    """Whether `tax` is one of the standard VAT rates of `net` (to the cent, or rounding)."""
    return any(
        abs(net * r / 100 - tax) <= max(Decimal("0.02"), abs(tax) / 500) for r in STANDARD_RATES
    )


def rate_score(net: Decimal, tax: Decimal) -> float:
    """A plausible VAT rate scores, an impossible one costs."""
    if net == 0 or tax * net < 0:
        return -3.0
    rate = tax / net * 100
    if rate == 0:
        return 0.0
    if rate > 30:
        return -3.0
    return 1.5 if standard_rate(net, tax) else 1.0


@dataclass
class Consistent:
    """Amounts of the totals area that add up: net + tax = grand."""

    net: Amount
    tax: Amount
    grand: Amount
    score: float


_MAX_CANDIDATES: Final = 24
"""Only the last amounts of the totals area are tried (bounded work on long documents)."""


def _corroboration(net: Amount, tax: Amount, grand: Amount, lines_sum: Decimal | None) -> float:
    """What besides the sum speaks for the reading: line items adding up to the net, a label
    naming the role, the three printed one after the other."""
    score = 0.0
    if lines_sum is not None and lines_sum == net.value:
        score += 2.0
    if net.role == "net_total":
        score += 1.0
    if tax.role == "tax_total":
        score += 1.0
    if grand.role in ("grand_total", "amount_due"):
        score += 1.0
    return score


def consistent_triple(amounts: Sequence[Amount], lines_sum: Decimal | None) -> Consistent | None:
    """The net, tax and grand amounts that add up exactly at a standard VAT rate, printed in
    that order on one page with the grand total the largest of them, and backed by the line
    items or by at least one label naming its role; None when no such reading exists or two
    different readings are equally good (a wrong reading is worse than none)."""
    usable = [a for a in amounts if (a.role is None or a.role in TOTAL_ROLES) and a.value > 0][
        -_MAX_CANDIDATES:
    ]
    found: list[Consistent] = []
    for k, grand in enumerate(usable):
        for i in range(k):
            net = usable[i]
            if net.segment.page != grand.segment.page:
                continue
            for j in range(i + 1, k):
                tax = usable[j]
                if net.value + tax.value != grand.value or not standard_rate(net.value, tax.value):
                    continue
                if tax.value >= net.value or tax.segment.page != grand.segment.page:
                    continue
                score = _corroboration(net, tax, grand, lines_sum)
                if score <= 0:
                    continue
                if k - i == 2:  # printed one after the other: a totals box
                    score += 1.0
                found.append(Consistent(net, tax, grand, score))
    if not found:
        return None
    found.sort(key=lambda c: (c.score, c.grand.order), reverse=True)
    best = found[0]
    if len(found) > 1:
        rival = found[1]
        same = (rival.net.value, rival.tax.value, rival.grand.value) == (
            best.net.value, best.tax.value, best.grand.value,
        )  # fmt: skip
        if rival.score == best.score and not same:
            return None
    return best


def over_lines(amounts: Sequence[Amount], lines_sum: Decimal) -> tuple[Amount, Amount] | None:
    """The tax and the grand total when the net is printed nowhere outside the item table (or
    not at all) but the line items give it: the one pair of amounts, the tax printed before the
    grand total on its page, with lines + tax = grand at a standard VAT rate."""
    if lines_sum <= 0:
        return None
    usable = [a for a in amounts if (a.role is None or a.role in TOTAL_ROLES) and a.value > 0][
        -_MAX_CANDIDATES:
    ]
    if any(a.value == lines_sum for a in usable):
        return None  # the net is printed: `consistent_triple` reads it with its neighbours
    pairs = [
        (tax, grand)
        for k, grand in enumerate(usable)
        for tax in usable[:k]
        if tax.segment.page == grand.segment.page
        and lines_sum + tax.value == grand.value
        and standard_rate(lines_sum, tax.value)
    ]
    values = {(tax.value, grand.value) for tax, grand in pairs}
    return pairs[-1] if len(values) == 1 else None
