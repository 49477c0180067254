"""The page as positioned text: words from PyMuPDF's characters, grouped into visual lines and
segments (runs of words without a column gap), each with its box, font size, weight and colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from statistics import median
from typing import Any

import pymupdf

from tasks.extract._labels import LabelMatch, find_labels
from tasks.extract._parse import fold

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Word:
    text: str
    bbox: Box
    size: float
    bold: bool
    color: int = 0
    """The text colour (sRGB), so that a grey detail line under an item stands apart."""


@dataclass
class Segment:
    """Words on one visual line with no column-sized gap between them."""

    page: int
    words: list[Word]
    line: int = 0
    text: str = field(init=False)
    folded: str = field(init=False)
    bbox: Box = field(init=False)

    def __post_init__(self) -> None:
        self.text = " ".join(word.text for word in self.words)
        self.folded = fold(self.text)
        self.bbox = (
            round(min(w.bbox[0] for w in self.words), 2),
            round(min(w.bbox[1] for w in self.words), 2),
            round(max(w.bbox[2] for w in self.words), 2),
            round(max(w.bbox[3] for w in self.words), 2),
        )

    @cached_property
    def labels(self) -> tuple[tuple[int, LabelMatch], ...]:
        """Every field label in its text (`find_labels`), sought once however many times the
        page is read (each page alone, then with the pages of its invoice)."""
        return tuple(find_labels(self.folded))

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def y1(self) -> float:
        return self.bbox[3]

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def size(self) -> float:
        return max(word.size for word in self.words)

    @property
    def bold(self) -> bool:
        return all(word.bold for word in self.words)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[list[Segment]]
    body_size: float

    @property
    def segments(self) -> list[Segment]:
        return [segment for line in self.lines for segment in line]


def page_words(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> list[Word]:
    """Words from the page's characters, so each keeps its span's font size and weight.

    `textpage` is an OCR text page to read instead of the page's own text layer."""
    raw: dict[str, Any] = page.get_text(
        "rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE, textpage=textpage
    )
    words: list[Word] = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            if line.get("dir", (1, 0))[0] < 0.9:  # skip rotated text
                continue
            for span in line["spans"]:
                bold = bool(span["flags"] & 16) or "bold" in span["font"].lower()
                color = int(span.get("color") or 0)
                chars: list[tuple[str, Box]] = []
                for char in span["chars"]:
                    c, box = char["c"], tuple(char["bbox"])
                    gap = box[0] - chars[-1][1][2] if chars else 0.0
                    if c.isspace() or gap > span["size"] * 0.4:
                        _flush(words, chars, span["size"], bold, color)
                        chars = []
                    if not c.isspace():
                        chars.append((c, box))
                _flush(words, chars, span["size"], bold, color)
    return words


def _flush(
    words: list[Word], chars: list[tuple[str, Box]], size: float, bold: bool, color: int = 0
) -> None:
    if not chars:
        return
    text = "".join(c for c, _ in chars)
    bbox = (
        chars[0][1][0],
        min(b[1] for _, b in chars),
        chars[-1][1][2],
        max(b[3] for _, b in chars),
    )
    words.append(Word(text, bbox, size, bold, color))


def read_layout(page: pymupdf.Page, textpage: pymupdf.TextPage | None = None) -> PageLayout:
    """Group the page's words into visual lines (top to bottom) and segments (left to right)."""
    words = sorted(
        page_words(page, textpage), key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])
    )
    rows: list[list[Word]] = []
    for word in words:
        middle = (word.bbox[1] + word.bbox[3]) / 2
        if rows:
            last = rows[-1]
            last_middle = median((w.bbox[1] + w.bbox[3]) / 2 for w in last)
            height = min(word.bbox[3] - word.bbox[1], last[0].bbox[3] - last[0].bbox[1])
            if abs(middle - last_middle) < max(height * 0.45, 1.0):
                last.append(word)
                continue
        rows.append([word])
    lines: list[list[Segment]] = []
    for row in rows:
        row.sort(key=lambda w: w.bbox[0])
        segments: list[Segment] = []
        current: list[Word] = [row[0]]
        for word in row[1:]:
            gap = word.bbox[0] - current[-1].bbox[2]
            if gap > max(word.size, current[-1].size) * 1.0:
                segments.append(Segment(page.number or 0, current, len(lines)))
                current = []
            current.append(word)
        segments.append(Segment(page.number or 0, current, len(lines)))
        lines.append(segments)
    sizes = [w.size for w in words]
    return PageLayout(
        number=page.number or 0,
        width=page.rect.width,
        height=page.rect.height,
        lines=lines,
        body_size=median(sizes) if sizes else 10.0,
    )


def page_of(layouts: Sequence[PageLayout], number: int) -> PageLayout:
    """The layout of page `number` (0-based) among `layouts`, which may be a slice of pages."""
    for layout in layouts:
        if layout.number == number:
            return layout
    raise LookupError(f"page {number} is not among the layouts")
