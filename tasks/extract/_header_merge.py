"""A table header continued over the lines around it ("Positions-" / "betrag"), joined by
column into one header, and the choice of one cell per column kind when two cells name the same
kind. What a single header line's cells name is `_columns`."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._columns import column_kind as _named
from tasks.extract._columns import header_cells
from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import find_money, fold, parse_date

_STRONG_DESCRIPTION: Final = re.compile(
    r"descri|beschreibung|bezeichnung|designation|libelle|omschrijving|concepto|particulars"
)


def _wrapped_lines(layout: PageLayout, index: int) -> list[int]:
    """The lines right above and below a header line that continue its cells: close to it,
    without amounts or dates, up to a rule ("-----") drawn with characters."""
    found: list[int] = []
    pitch = max(s.height for s in layout.lines[index]) or 10.0
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(layout.lines) and len(found) < 4:
            line = layout.lines[current + step]
            here, there = layout.lines[current][0].y0, line[0].y0
            if abs(there - here) > pitch * 1.6:
                break
            text = " ".join(s.text for s in line)
            if find_money(text) or parse_date(text) or any(c.isdigit() for c in text):
                break
            if not any(c.isalpha() for c in text):
                break  # a rule of dashes or equals signs under a printed header ends it
            found.append(current + step)
            current += step
    return found


def merged_columns(layout: PageLayout, index: int) -> tuple[list[tuple[str, Segment]], list[int]]:
    """The header cells of line `index`, with the words of wrapped header lines joined to the
    cell they sit under or over (or forming cells of their own); also those lines."""
    words = [word for segment in layout.lines[index] for word in segment.words]
    columns = header_cells(words, layout.number, index)
    extra = _wrapped_lines(layout, index)
    if not extra:
        return columns, []
    stacks: list[list[Word]] = [list(segment.words) for _, segment in columns]
    # Words beside the header's cells start cells of their own only when the header lacks its
    # amount column (wrapped onto the lines around it); otherwise they are other text there.
    own_cells = all(kind != "net_amount" for kind, _ in columns)
    for number in extra:
        for segment in layout.lines[number]:
            overlaps = [
                (min(segment.x1, max(w.bbox[2] for w in s))
                 - max(segment.x0, min(w.bbox[0] for w in s)), k)
                for k, s in enumerate(stacks)
            ]  # fmt: skip
            best = max(overlaps, default=(0.0, -1))
            named = _named(segment.folded)
            if best[0] > 0:
                stacks[best[1]].extend(segment.words)
            elif own_cells or (named and named not in {kind for kind, _ in columns}):
                stacks.append(list(segment.words))
    merged: list[tuple[str, Segment]] = []
    for k, stack in enumerate(stacks):
        stack.sort(key=lambda w: (round(w.bbox[1]), w.bbox[0]))
        kind = columns[k][0] if k < len(columns) else ""
        if k >= len(columns) or len(stack) > len(columns[k][1].words):
            kind = _named(fold(" ".join(w.text for w in stack)), wrapped=True) or kind
        if kind:  # words of wrapped lines that name no column are not a column
            merged.append((kind, Segment(layout.number, stack, index)))
    return sorted(merged, key=lambda c: c[1].x0), extra


_GROSS_WORD: Final = re.compile(
    r"(?<![a-z])(?:gross|brutto|bruto|ttc|incl|inkl|ivato|ivata|lordo|inclusief)(?![a-z])"
)


def _amount_rank(folded: str) -> int:
    """Which of two amount columns is the line's net amount: one that says gross ("Total TTC"
    right of "Total HT") loses."""
    return -1 if _GROSS_WORD.search(folded) else 0


def _tail_word(columns: list[tuple[str, Segment]], index: int) -> bool:
    """Whether a cell is one word printed a space after an unnamed word: the end of another
    column's name ("Data prestazione": the date of the service), not a name of its own."""
    segment = columns[index][1]
    if index == 0 or len(segment.words) != 1 or columns[index - 1][0] != "other":
        return False
    return segment.x0 - columns[index - 1][1].x1 < segment.size * 0.6


def dedupe(columns: list[tuple[str, Segment]]) -> list[tuple[str, Segment]]:
    """One cell per kind: a strong description word beats a weak one ("Article" beside
    "Description"), the rightmost amount column that does not say gross and the first of the
    others win."""
    keep: dict[str, int] = {}
    for index, (kind, segment) in enumerate(columns):
        if kind == "other" or kind not in keep:
            keep.setdefault(kind, index)
            continue
        if kind == "description":
            strong = bool(_STRONG_DESCRIPTION.search(segment.folded))
            weaker = strong and not _STRONG_DESCRIPTION.search(columns[keep[kind]][1].folded)
            if weaker or (_tail_word(columns, keep[kind]) and not _tail_word(columns, index)):
                keep[kind] = index
        elif kind == "net_amount" and _amount_rank(segment.folded) >= _amount_rank(
            columns[keep[kind]][1].folded
        ):
            keep[kind] = index
    chosen = set(keep.values())
    return [
        (kind if index in chosen or kind == "other" else "other", segment)
        for index, (kind, segment) in enumerate(columns)
    ]
