"""Labels found in positioned text, and the values they point at (inline, right of, or below)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from core.models import Evidence
from tasks.extract._before import above_candidate, before_candidates, leading_value
from tasks.extract._labels import (
    GENERIC_LABELS,
    NUMBER_WORDS,
    PARTY_FIELDS,
    LabelMatch,
    match_label,
    party_label,
)
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._parse import find_money, fold, parse_date
from tasks.extract._separated import separator_cuts
from tasks.extract._table import Table


@dataclass
class Hit:
    """A label found in a segment; `rest` is the text after it (up to the next label)."""

    field: str
    segment: Segment
    label: str
    rest: str
    start: int = 0
    """Where the label starts in the segment's text: 0 for a label that opens the segment."""
    ends_segment: bool = False


@dataclass
class Found:
    value: Any
    confidence: float
    source: str
    segment: Segment
    text: str

    def evidence(self, confidence: float | None = None, source: str | None = None) -> Evidence:
        return Evidence(
            confidence=round(min(max(confidence or self.confidence, 0.0), 1.0), 3),
            source=source or self.source,
            page=self.segment.page,
            bbox=self.segment.bbox,
            text=self.text,
        )


def find_hits(layouts: Sequence[PageLayout], tables: dict[int, Table]) -> list[Hit]:
    """Labels anywhere in the text (not only where a segment starts), in reading order."""
    hits = []
    for layout in layouts:
        table = tables.get(layout.number)
        cells = _table_cells(table, layout) if table else set()
        for segment in layout.segments:
            # Inside the line-item table only a due date is sought: a payment-terms table
            # ("Fälligkeit | Zahlbar ohne Abschlag bis | 20.11.2018") may be read as part of it.
            tabled = id(segment) in cells
            found = segment.labels
            if len(found) > 1:  # a party word that is no label ("N° de facture client") is text
                found = tuple(f for f in found if not _not_party_label(segment, *f))
            for index, (start, match) in enumerate(found):
                if tabled and match.field != "due_date":
                    continue
                stop = found[index + 1][0] if index + 1 < len(found) else len(segment.text)
                # leader dots or rules between a label and its value: "Invoice ..... 42"
                rest = segment.text[match.end : stop].strip(" :#\t-\u2013")
                rest = rest.lstrip(" :#\t-\u2013._\u2026\u00b7|")
                label = segment.text[start : match.end].strip()
                after = segment.text[match.end : match.end + 2].strip()
                generic = fold(label) in GENERIC_LABELS and not after.startswith(":")
                if start and generic and not _opens_piece(segment, start):
                    continue  # "data", "total" inside running text are words, not labels
                tail = segment.text[match.end :]
                if match.field in PARTY_FIELDS and not party_label(tail, label):
                    continue  # "Lieferant GmbH" is a name, not the label "Lieferant"
                if start and (
                    segment.text[start - 1] == "-" or fold(label).strip(" .:") in NUMBER_WORDS
                ):
                    continue  # "Art-Nr-Kunde", "Globale Nummer": part of another label, not one
                # "Total CHF" | 1'405.30, "MwSt. 19 %" | 57,00: the value may be right of it
                ends = find_money(tail) is None and parse_date(tail) is None
                hits.append(Hit(match.field, segment, label, rest, start, ends))
    return hits


def _opens_piece(segment: Segment, start: int) -> bool:
    """Whether a label at `start` opens a piece of a line set apart by a lone separator:
    "No. 42 · Date 01.02.2026" ("·", "•", "|", or "/" between wide gaps)."""
    before = segment.text[:start]
    if len(before) < 3 or before[-1] != " " or before[-3] != " ":
        return False
    return before[-2] in "\u00b7\u2022|/" and start - 2 in separator_cuts(segment)


def _not_party_label(segment: Segment, start: int, match: LabelMatch) -> bool:
    """Whether a party label inside a piece of text is a word of the text, not a label."""
    if not start or match.field not in PARTY_FIELDS:
        return False
    label = segment.text[start : match.end].strip()
    return not party_label(segment.text[match.end :], label)


def _table_cells(table: Table, layout: PageLayout) -> set[int]:
    """The ids of the page's segments that are the table's cells; a label wholly left of its
    leftmost column (a sidebar's "Payment due" beside the header) is not."""
    held = table.held(layout.segments)
    left = min((s.x0 for name, s in table.columns if name != "other"), default=None)
    return {
        id(segment)
        for segment in layout.segments
        if id(segment) in held and segment.x1 > (segment.x0 if left is None else left) - 2
    }


def value_candidates(hit: Hit, layout: PageLayout) -> list[tuple[Segment, str, str, float]]:
    """(segment, text, where, confidence): inline, then right on the line, then just below."""
    found = []
    inside = 0.0 if hit.start == 0 else 0.15  # a label inside running text is less sure
    if hit.rest:
        found.append((hit.segment, hit.rest, "inline", 0.9 - inside))
    label = hit.segment
    if hit.ends_segment:
        right = sorted(
            (s for s in layout.lines[label.line] if s.x0 >= label.x1 - 1), key=lambda s: s.x0
        ) or level_right(label, layout)
        for segment in right:  # the first value right of the label, up to the next label
            if match_label(segment.folded) is not None:
                break
            found.append((segment, segment.text, "right", 0.9 - inside))
    alone = hit.ends_segment and not any(c.isdigit() for c in hit.rest)
    left = before_candidates(label, hit.start, layout) if alone else []
    if left and left[0][2] == "before":
        return found + left  # "30.08.2026 Invoice raised": the pair is complete on its line
    x0, x1 = label.x0, label.x1
    if hit.start:
        # Column headers run together ("Invoice no. Invoice date Due date Currency", "Total
        # TTC (SEK) Échéance de paiement"): a label inside them heads the column under its
        # own words.
        headers = hit.ends_segment and (
            (not hit.rest and not _opens_phrase(hit))
            or (match_label(label.folded) is not None and not any(c.isdigit() for c in hit.rest))
        )
        if headers:
            x0, x1 = _span(label, hit.start, hit.start + len(hit.label))
        elif not _opens_phrase(hit):
            return found
    for line in layout.lines[label.line + 1 : label.line + 4]:
        near = [s for s in line if s.y0 - label.y1 < label.height * 2.2]
        below = [s for s in near if min(s.x1, x1) - max(s.x0, x0) > 0]
        if below:
            if match_label(below[0].folded) is None and leading_value(below[0]) is None:
                found.append((below[0], below[0].text, "below", 0.85))
            break
        if hit.ends_segment:
            # A sidebar: the value sits below and to the right of its label, right-aligned
            # to the column edge, with nothing of its own line between them.
            aside = [s for s in near if label.x1 <= s.x0 < label.x1 + layout.width * 0.25]
            if aside and not any(
                label.x0 - 2 <= s.x0 < aside[0].x0 for s in line if s is not aside[0]
            ):
                if match_label(aside[0].folded) is None:
                    found.append((aside[0], aside[0].text, "below-right", 0.8))
                break
    return _around(found, left, hit, layout)


def level_right(label: Segment, layout: PageLayout) -> list[Segment]:
    """The first segment right of a label alone on its line that a neighbouring line holds
    though it is printed level with the label (a larger value, "Factura nº | 36607", whose
    middle sits nearer the line above): each one's middle lies within the other's height."""
    middle = (label.y0 + label.y1) / 2
    level = [
        s
        for index in (label.line - 1, label.line + 1)
        if 0 <= index < len(layout.lines)
        for s in layout.lines[index]
        if s.x0 >= label.x1 - 1
        and s.y0 <= middle <= s.y1
        and label.y0 <= (s.y0 + s.y1) / 2 <= label.y1
    ]
    return sorted(level, key=lambda s: s.x0)[:1]


def _around(
    found: list[tuple[Segment, str, str, float]],
    left: list[tuple[Segment, str, str, float]],
    hit: Hit,
    layout: PageLayout,
) -> list[tuple[Segment, str, str, float]]:
    """Add a value left of a label alone on its line, or above it (a caption under its value,
    nearer than what is below), after (or, when nearer, before) the value below it."""
    if not hit.ends_segment or hit.rest or hit.start:
        return found
    below = next((f for f in found if f[2] == "below"), None)
    gap = below[0].y0 - hit.segment.y1 if below else None
    above = above_candidate(hit.segment, layout, gap)
    if above is not None:
        at = found.index(below) if below is not None else len(found)
        return [*found[:at], above, *found[at:]]
    return found + left


def _span(segment: Segment, start: int, stop: int) -> tuple[float, float]:
    """The horizontal extent of the words of `segment` between characters `start` and `stop`."""
    offset, x0, x1 = 0, segment.x1, segment.x0
    for word in segment.words:
        if start <= offset < stop:
            x0, x1 = min(x0, word.bbox[0]), max(x1, word.bbox[2])
        offset += len(word.text) + 1
    return (x0, x1) if x0 < x1 else (segment.x0, segment.x1)


def _opens_phrase(hit: Hit) -> bool:
    """A label that ends a short phrase of its own ("please pay by", "Bitte zahlen bis") with
    nothing after it: its value may be below it like that of a label opening the segment."""
    return hit.ends_segment and not hit.rest and len(hit.segment.text[: hit.start].split()) <= 2


_DATES = frozenset({"issue_date", "due_date"})


def _far(text: str) -> bool:
    """Whether more than three words stand before the first date in `text`."""
    day = parse_date(text)
    return day is not None and len(text[: text.find(day[1])].split()) > 3


def collect(
    hits: list[Hit], layouts: Sequence[PageLayout], field: str, parse: Callable[[str], Any]
) -> list[Found]:
    """Every value a label of `field` points at, best first (then top to bottom)."""
    found = []
    for hit in hits:
        if hit.field != field:
            continue
        for segment, text, where, confidence in value_candidates(
            hit, page_of(layouts, hit.segment.page)
        ):
            if where == "inline" and field in _DATES and _far(text):
                continue  # a date follows its label: "... uiterlijk 06-08-2026 te voldoen"
            value = parse(text)
            if value is not None:
                if fold(hit.label).strip(" .:") in GENERIC_LABELS:
                    confidence -= 0.15
                if field == "due_date" and len(hit.label.split()) > 3:
                    confidence -= 0.1  # a phrase in a sentence, less sure than a field label
                source = f"label:{hit.label.rstrip(':')}"
                found.append(Found(value, confidence, source, segment, text.strip()))
                break
    return sorted(found, key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
