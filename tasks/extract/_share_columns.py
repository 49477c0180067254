"""The line's amount right of a named amount column: a share of a total cost.

Tables of apportioned costs print, per row, a total cost (under a name we read as the amount),
then units and a rate, and at the right the row's share: units x rate = share. When the named
amount column is not the rightmost number column and, in every sampled row, the numbers of
the rightmost column (printed like money) equal the product of two other number columns, the
rightmost column is the amount, the two are the quantity and the unit price (the one printed
with more decimals is the price; else the left one is the quantity), and every other column
of numbers is kept as a column of its own so that its numbers do not join theirs. Columns are
taken from the numbers themselves (right-aligned: their right edges), not from the header,
whose names may be wrapped or run together over these columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from itertools import permutations
from typing import Final

from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import find_numbers, parse_date
from tasks.extract._roles import TOTAL_ROLES, total_role

_CENT: Final = Decimal("0.01")
_NUMBER: Final = re.compile(r"^-?\d[\d.,']*$")
_GROUP: Final = re.compile(r"^\d{3}(?:[.,]\d+)?$")
_ROWS: Final = 8
_LOOK: Final = 30

Token = tuple[list[Word], Decimal]


def _tokens(words: list[Word], hint: str | None) -> list[Token]:
    """The numbers among `words` (left to right), "1 000" with a space as one number."""
    out: list[Token] = []
    current: list[Word] = []
    for word in sorted(words, key=lambda w: w.bbox[0]):
        numeric = bool(_NUMBER.match(word.text)) and not parse_date(word.text)
        if (
            current
            and numeric
            and _GROUP.match(word.text)
            and word.bbox[0] - current[-1].bbox[2] < word.size * 0.5
        ):
            current.append(word)
            continue
        if current:
            out.append(current)  # type: ignore[arg-type]
        current = [word] if numeric else []
    if current:
        out.append(current)  # type: ignore[arg-type]
    tokens: list[Token] = []
    for group in out:
        found = find_numbers(" ".join(w.text for w in group), hint)  # type: ignore[union-attr]
        if len(found) == 1:
            tokens.append((group, found[0][0]))  # type: ignore[arg-type]
    return tokens


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def number_rows(
    layout: PageLayout,
    start: int,
    left: float,
    hint: str | None,
    keep: Callable[[list[Token]], bool],
) -> list[list[Token]]:
    """The numbers right of `left` on the lines under a table header (line `start`), up to the
    totals: at most `_ROWS` rows that `keep` accepts, within `_LOOK` lines."""
    rows: list[list[Token]] = []
    for line in layout.lines[start : start + _LOOK]:
        if total_role(" ".join(s.text for s in line)) in TOTAL_ROLES:
            break
        tokens = _tokens([w for s in line for w in s.words if w.bbox[0] >= left], hint)
        if keep(tokens):
            rows.append(tokens)
        if len(rows) >= _ROWS:
            break
    return rows


def right_bands(rows: list[list[Token]], pitch: float) -> list[float]:
    """The columns of the rows' numbers, by their right edges (right-aligned), left to right."""
    bands: list[float] = []
    for tokens in rows:
        for group, _ in tokens:
            right = group[-1].bbox[2]
            if not any(abs(right - band) < pitch for band in bands):
                bands.append(right)
    return sorted(bands)


def band_of(bands: list[float], group: list[Word]) -> int:
    """The index of the band a group of words ends in."""
    return min(range(len(bands)), key=lambda i: abs(bands[i] - group[-1].bbox[2]))


def share_columns(
    columns: list[tuple[str, Segment]], layout: PageLayout, start: int, hint: str | None
) -> list[tuple[str, Segment]]:
    """The columns with the amount moved to the rightmost number column when it is a share
    (units x rate) right of a named total; unchanged otherwise."""
    named = [s for k, s in columns if k == "net_amount"]
    described = [s for k, s in columns if k == "description"]
    if not named or not described:
        return columns
    amount = named[0]
    pitch = max(amount.height, 1.0)
    if not any(s.x0 > amount.x1 + pitch for _, s in columns):
        return columns  # the named amount is the rightmost column
    rows = number_rows(
        layout, start, amount.x0 - pitch, hint,
        lambda tokens: len(tokens) >= 4 and _decimals(tokens[-1][1]) == 2,
    )  # fmt: skip
    if len(rows) < 2:
        return columns
    bands = right_bands(rows, pitch)

    def band(group: list[Word]) -> int:
        return band_of(bands, group)

    values = [{band(g): v for g, v in tokens} for tokens in rows]
    last = len(bands) - 1
    if bands[last] < amount.x1 + pitch or not all(last in row for row in values):
        return columns
    fits = [
        (first, second)
        for first, second in permutations(range(last), 2)
        if abs(bands[first] - amount.x1) > pitch
        and abs(bands[second] - amount.x1) > pitch
        and all(
            first in row and second in row and abs(row[first] * row[second] - row[last]) <= _CENT
            for row in values
        )
    ]
    if not fits:
        return columns
    first, second = fits[0]
    places = [max(_decimals(row[i]) for row in values) for i in (first, second)]
    if places[0] > places[1] or (places[0] == places[1] and bands[first] > bands[second]):
        first, second = second, first
    kinds = {first: "quantity", second: "unit_price", last: "net_amount"}
    made: list[tuple[str, Segment]] = []
    for index in range(len(bands)):
        words = [
            replace(w, bbox=(w.bbox[0], amount.y0, w.bbox[2], amount.y1))  # on the header line
            for tokens in rows
            for g, _ in tokens
            if band(g) == index
            for w in g
        ]
        made.append((kinds.get(index, "other"), Segment(layout.number, words, amount.line)))
    left = min(s.x0 for _, s in made)
    kept = [
        ("other" if kind in {"net_amount", "quantity", "unit_price"} else kind, segment)
        for kind, segment in columns
        if segment.x1 < left or not any(s.x0 <= segment.x1 and segment.x0 <= s.x1 for _, s in made)
    ]
    return sorted(kept + made, key=lambda c: c[1].x0)
