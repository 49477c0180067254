"""The words of a table row by column.

Each column spans from halfway to its left neighbour to halfway to its right one (the outer
ones to the page edge); a word goes to the column its centre falls in. Text that runs on from
the description stays in it, and so does the start of a piece of text (words without a column
gap) that reaches into the description from the left. A piece of text printed wholly left of
the description's header, apart from the description text under that header (a date or a
position number in a column without a header of its own), is not part of the description.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from tasks.extract._layout import Segment, Word

_THOUSANDS: Final = re.compile(r"^\d{3}(?:[.,]\d+)?(?:[.,]\d+)?$")
_GROUP_START: Final = re.compile(r"-?\d{1,3}(?:\s\d{3})*")


def _grouped(words: list[Word]) -> list[Word]:
    """Words with a number printed with space thousands marks ("29 181,32") joined into one,
    so that the whole number falls into one column."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if (
            last is not None
            and _GROUP_START.fullmatch(last.text)
            and _THOUSANDS.match(word.text)
            and word.bbox[0] - last.bbox[2] < word.size * 0.5
        ):
            box = (last.bbox[0], min(last.bbox[1], word.bbox[1]), word.bbox[2],
                   max(last.bbox[3], word.bbox[3]))  # fmt: skip
            out[-1] = replace(word, text=f"{last.text} {word.text}", bbox=box)
            continue
        out.append(word)
    return out


class Style(NamedTuple):
    """How a line's description words are printed."""

    size: float = 0.0
    color: int | None = None
    bold: bool = False


@dataclass
class Grid:
    """The columns of a table header, as spans across the page."""

    spans: list[tuple[str, float, float]]
    starts: dict[str, float]
    """Where each column's header begins."""
    ends: dict[str, float]
    """Where each column's header ends."""

    @classmethod
    def of(cls, columns: list[tuple[str, Segment]]) -> Grid:
        ordered = sorted(columns, key=lambda c: c[1].x0)
        spans = []
        for i, (kind, segment) in enumerate(ordered):
            left = -1e9 if i == 0 else (ordered[i - 1][1].x1 + segment.x0) / 2
            right = 1e9 if i == len(ordered) - 1 else (segment.x1 + ordered[i + 1][1].x0) / 2
            spans.append((kind, left, right))
        starts = {kind: segment.x0 for kind, segment in columns}
        ends = {kind: segment.x1 for kind, segment in columns}
        return cls(spans, starts, ends)

    def kind_at(self, x: float) -> str:
        """The column that the point `x` across the page falls in."""
        return next((k for k, left, right in self.spans if left <= x < right), "other")

    def _kinds(self, segment: Segment) -> list[tuple[str, Word]]:
        found: list[tuple[str, Word]] = []
        previous = ""
        for word in _grouped(segment.words):
            middle = (word.bbox[0] + word.bbox[2]) / 2
            kind = next((k for k, left, right in self.spans if left <= middle < right), "other")
            # Text that runs on from the description stays in it (long descriptions overflow),
            # and so do numbers in it ("48 pages") that end well left of their column's header.
            # An unheaded or demoted column ("Details of | charge") takes no words from a
            # piece of description text running into it ("Mobile crane 55 t with operator").
            if previous == "description" and (
                not any(c.isdigit() for c in word.text)
                or kind == "other"
                or word.bbox[2] < self.starts.get(kind, 0) - 4
            ):
                kind = "description"
            found.append((kind, word))
            previous = kind
        # ... and so do the words of its piece of text left of the description's span
        # ("Schraubenset Edelstahl" under a centred header): a piece has no column gap.
        first = next((i for i, (kind, _) in enumerate(found) if kind == "description"), 0)
        for i in range(first - 1, -1, -1):
            text = found[i][1].text
            if any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
                break
            found[i] = ("description", found[i][1])
        return found

    def words(self, line: list[Segment]) -> list[list[tuple[str, Word]]]:
        """The words of each segment of a line with the column each belongs to."""
        kinds = [self._kinds(segment) for segment in line]
        start = self.starts.get("description")
        if start is None:
            return kinds
        described = [
            i for i, found in enumerate(kinds) if any(k == "description" for k, _ in found)
        ]
        under = [i for i in described if line[i].x1 > start]
        if not under:
            return kinds
        for i in described:
            if line[i].x1 < start - 2 and i < min(under):
                kinds[i] = [("other", word) for _, word in kinds[i]]  # an unheaded column
        return kinds

    def cells(self, line: list[Segment]) -> dict[str, list[str]]:
        """The words of a line by column."""
        cells: dict[str, list[str]] = defaultdict(list)
        for found in self.words(line):
            for kind, word in found:
                cells[kind].append(word.text)
        return cells

    def text_style(self, line: list[Segment]) -> Style:
        """The font size (0 without any), colour and weight of the line's description words."""
        words = [w for found in self.words(line) for k, w in found if k == "description"]
        colors = Counter(w.color for w in words)
        return Style(
            max((w.size for w in words), default=0.0),
            colors.most_common(1)[0][0] if colors else None,
            bool(words) and all(w.bold for w in words),
        )
