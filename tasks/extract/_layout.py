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
Labels = tuple[tuple[int, LabelMatch], ...]
LabelsSeen = dict[str, Labels]
"""The labels of every text read so far in one document (`Segment.seen`)."""


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
    seen: LabelsSeen | None = field(default=None, repr=False, compare=False)
    """The document's labels by text, so that a text printed again (a repeated header, a
    footer) is not searched again."""

    def __post_init__(self) -> None:
        self.text = " ".join(word.text for word in self.words)
        self.folded = fold(self.text)
        boxes = [word.bbox for word in self.words]
        self.bbox = (
            round(min([b[0] for b in boxes]), 2),
            round(min([b[1] for b in boxes]), 2),
            round(max([b[2] for b in boxes]), 2),
            round(max([b[3] for b in boxes]), 2),
        )

    @cached_property
    def labels(self) -> Labels:
        """Every field label in its text (`find_labels`), sought once however many times the
        page is read (each page alone, then with the pages of its invoice)."""
        if self.seen is None:
            return tuple(find_labels(self.folded))
        found = self.seen.get(self.folded)
        if found is None:
            found = self.seen[self.folded] = tuple(find_labels(self.folded))
        return found

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
    found: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What a rule found on the page by itself, kept for each time the page is read in its
    document (alone, then with the pages of its invoice): the header of its item table."""
    rotated: list[Segment] = field(default_factory=list, repr=False, compare=False)
    """Lines printed rotated (up or down a page edge), each a segment of its own in reading
    order, kept out of `lines` so that they never join tables or parties (`_rotated`)."""

    @property
    def segments(self) -> list[Segment]:
        return [segment for line in self.lines for segment in line]


def page_words(
    page: pymupdf.Page,
    textpage: pymupdf.TextPage | None = None,
    rotated: list[dict[str, Any]] | None = None,
) -> list[Word]:
    """Words from the page's characters, so each keeps its span's font size and weight.

    `textpage` is an OCR text page to read instead of the page's own text layer; the lines
    printed rotated are left out, or put in `rotated` when it is given."""
    raw: dict[str, Any] = page.get_text(
        "rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE, textpage=textpage
    )
    words: list[Word] = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            if line.get("dir", (1, 0))[0] < 0.9:  # rotated text is read apart
                if rotated is not None:
                    rotated.append(line)
                continue
            for span in line["spans"]:
                size = span["size"]
                bold = bool(span["flags"] & 16) or "bold" in span["font"].lower()
                color = int(span.get("color") or 0)
                widest = size * 0.4  # a wider gap between characters ends the word
                text: list[str] = []
                boxes: list[Box] = []
                for char in span["chars"]:
                    c, box = char["c"], char["bbox"]
                    if c.isspace():
                        _flush(words, text, boxes, size, bold, color)
                        text, boxes = [], []
                        continue
                    if boxes and box[0] - boxes[-1][2] > widest:
                        _flush(words, text, boxes, size, bold, color)
                        text, boxes = [], []
                    text.append(c)
                    boxes.append(box)
                _flush(words, text, boxes, size, bold, color)
    return words


def _flush(
    words: list[Word], text: list[str], boxes: list[Box], size: float, bold: bool, color: int
) -> None:
    if not boxes:
        return
    bbox = (
        boxes[0][0],
        min([b[1] for b in boxes]),
        boxes[-1][2],
        max([b[3] for b in boxes]),
    )
    words.append(Word("".join(text), bbox, size, bold, color))


def read_layout(
    page: pymupdf.Page,
    textpage: pymupdf.TextPage | None = None,
    seen: LabelsSeen | None = None,
) -> PageLayout:
    """Group the page's words into visual lines (top to bottom) and segments (left to right).

    `seen` is shared by the pages of one document (see `Segment.seen`)."""
    turned: list[dict[str, Any]] = []
    words = sorted(
        page_words(page, textpage, turned), key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])
    )
    rows: list[list[Word]] = []
    middles: list[float] = []  # the vertical middles of the last row's words
    for word in words:
        middle = (word.bbox[1] + word.bbox[3]) / 2
        if rows:
            last = rows[-1]
            height = min(word.bbox[3] - word.bbox[1], last[0].bbox[3] - last[0].bbox[1])
            if abs(middle - median(middles)) < max(height * 0.45, 1.0):
                last.append(word)
                middles.append(middle)
                continue
        rows.append([word])
        middles = [middle]
    lines: list[list[Segment]] = []
    for row in rows:
        row.sort(key=lambda w: w.bbox[0])
        segments: list[Segment] = []
        current: list[Word] = [row[0]]
        for word in row[1:]:
            gap = word.bbox[0] - current[-1].bbox[2]
            if gap > max(word.size, current[-1].size) * 1.0 or _size_step(current[-1], word, gap):
                segments.append(Segment(page.number or 0, current, len(lines), seen=seen))
                current = []
            current.append(word)
        segments.append(Segment(page.number or 0, current, len(lines), seen=seen))
        lines.append(segments)
    sizes = [w.size for w in words]
    return PageLayout(
        number=page.number or 0,
        width=page.rect.width,
        height=page.rect.height,
        lines=lines,
        body_size=median(sizes) if sizes else 10.0,
        rotated=[s for s in (_turned(page.number or 0, line, seen) for line in turned) if s],
    )


_SIZE_STEP = 1.2


def _size_step(left: Word, right: Word, gap: float) -> bool:
    """Whether a word a space after another is set a size step larger, so that it opens a
    text of its own printed close by (a letterhead name running up to a title set larger
    beside it). A step down keeps the words together (a title and its number set smaller:
    "INVOICE #10442"), and so does a character set against its word without a space."""
    return right.size >= left.size * _SIZE_STEP and gap > left.size * 0.2


def _turned(number: int, line: dict[str, Any], seen: LabelsSeen | None) -> Segment | None:
    """A rotated line as one segment: its words in reading order, each boxed by the line."""
    chars = [c["c"] for span in line["spans"] for c in span["chars"]]
    box = tuple(line["bbox"])
    span = max(line["spans"], key=lambda s: len(s["chars"]), default=None)
    if span is None:
        return None
    size = span["size"]
    bold = bool(span["flags"] & 16) or "bold" in span["font"].lower()
    words = [Word(t, box, size, bold) for t in "".join(chars).split()]  # type: ignore[arg-type]
    return Segment(number, words, seen=seen) if words else None


def page_of(layouts: Sequence[PageLayout], number: int) -> PageLayout:
    """The layout of page `number` (0-based) among `layouts`, which may be a slice of pages."""
    for layout in layouts:
        if layout.number == number:
            return layout
    raise LookupError(f"page {number} is not among the layouts")
