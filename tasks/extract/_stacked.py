"""A table header over two lines whose description is named under another column's name:
"GTIN | Art-Nr-Lieferant | Menge | Nettopreis | Nettowert" over "Art-Nr-Kunde |
Artikelbezeichnung". Each item is printed the same way: the row with the numbers holds the
article number in that column and the description follows on the line under it.
"""

from __future__ import annotations

from typing import Final

from tasks.extract._columns import header_cells
from tasks.extract._header_merge import dedupe
from tasks.extract._layout import PageLayout, Segment, Word

_NUMERIC: Final = frozenset({"quantity", "unit_price", "net_amount"})
_STACKED: Final = 1.6
"""How many line heights apart the two header lines are, at most."""


def _words(line: list[Segment]) -> list[Word]:
    return [word for segment in line for word in segment.words]


def _overlap(a: Segment, b: Segment) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def stacked_columns(layout: PageLayout, index: int) -> list[tuple[str, Segment]] | None:
    """The columns of a header whose line `index` names the description (and no quantity,
    price or amount) under a cell of the line above it, which names those; None otherwise."""
    if index == 0:
        return None
    lower, upper = layout.lines[index], layout.lines[index - 1]
    pitch = max(s.height for s in lower) or 10.0
    if lower[0].y0 - upper[0].y0 > pitch * _STACKED:
        return None
    if any(c.isdigit() for s in upper for c in s.text):
        return None
    above = header_cells(_words(upper), layout.number, index - 1)
    below = header_cells(_words(lower), layout.number, index)
    if not {kind for kind, _ in above} & _NUMERIC or any(k in _NUMERIC for k, _ in below):
        return None
    described = next((s for kind, s in below if kind == "description"), None)
    if described is None:
        return None
    columns: list[tuple[str, Segment]] = []
    stacked = False
    for kind, segment in above:
        if kind != "description" and _overlap(segment, described) > 0:
            words = sorted([*segment.words, *described.words], key=lambda w: w.bbox[1])
            columns.append(("description", Segment(layout.number, words, index)))
            stacked = True
        else:
            columns.append((kind, segment))
    columns = dedupe(columns)
    kinds = [kind for kind, _ in columns]
    if not stacked or "net_amount" not in kinds or kinds.count("description") != 1:
        return None
    return columns
