"""Which of two description names heads the description column."""

from __future__ import annotations

from tasks.extract._layout import Segment


def described_columns(
    merged: list[tuple[str, Segment]], columns: list[tuple[str, Segment]]
) -> list[tuple[str, Segment]]:
    """A description name right of the amount's ("Total concepto": what the amount is for)
    is not the description column when another description name stands left of the amount."""
    amounts = [s.x0 for k, s in columns if k == "net_amount"]
    chosen = [i for i, (k, _) in enumerate(columns) if k == "description"]
    if not amounts or not chosen or columns[chosen[0]][1].x0 < amounts[0]:
        return columns
    left = [i for i, (k, s) in enumerate(merged) if k == "description" and s.x0 < amounts[0]]
    if not left:
        return columns
    out = list(columns)
    named = columns[chosen[0]][1]
    out[left[0]] = ("description", columns[left[0]][1])
    before = out[chosen[0] - 1]
    if chosen[0] > 0 and before[0] == "net_amount" and named.x0 - before[1].x1 < named.size:
        # one name: the amount column spans both words
        out[chosen[0] - 1] = ("net_amount", Segment(named.page, before[1].words + named.words,
                                                    named.line))  # fmt: skip
        del out[chosen[0]]
    else:
        out[chosen[0]] = ("other", named)
    return out
