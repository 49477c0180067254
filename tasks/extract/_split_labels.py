"""Labels set over two lines in a narrow key column ("Our billing" / "ref.", "Billed" / "on",
"Settle on" / "or before"): the key's first line carries its value to the right, the second
line continues the key with nothing beside it. Joined by geometry (same left edge, the next
line, no value beside the continuation), the two lines read as one label."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tasks.extract._hits import Hit
from tasks.extract._labels import BARE_INVOICE_RE, find_labels
from tasks.extract._layout import PageLayout, Segment
from tasks.extract._numbers import of_another_invoice
from tasks.extract._parse import fold, parse_date


def _key_like(segment: Segment) -> bool:
    text = segment.text
    return not any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _continuation(layout: PageLayout, segment: Segment) -> Segment | None:
    """The piece of text continuing `segment` on the next line: same left edge, key-like,
    short, the same type size, nothing right of it on its line."""
    if segment.line + 1 >= len(layout.lines):
        return None
    line = layout.lines[segment.line + 1]
    for candidate in line:
        if abs(candidate.x0 - segment.x0) > 2:
            continue
        if (
            candidate.y0 - segment.y1 > segment.height * 0.8
            or not _key_like(candidate)
            or len(candidate.words) > 3
            or abs(candidate.size - segment.size) > 0.3
            or any(s.x0 > candidate.x1 for s in line)
        ):
            return None
        return candidate
    return None


def joined_labels(layouts: Sequence[PageLayout], hits: list[Hit]) -> list[Hit]:
    """`hits` with each two-line label read as one: the hits of its two pieces replaced by the
    hit of the joined label when that label runs into the second line."""
    joined: list[Hit] = []
    replaced: set[int] = set()
    for layout in layouts:
        for line in layout.lines:
            for index, segment in enumerate(line):
                right = line[index + 1 : index + 2]
                if not right or not _key_like(segment) or _key_like(right[0]):
                    continue  # the first line of a key carries its value right of it
                below = _continuation(layout, segment)
                if below is None:
                    continue
                text = f"{segment.text} {below.text}"
                found = find_labels(fold(text))
                if not found:
                    continue
                start, match = found[-1]
                if (
                    start >= len(segment.folded)
                    or match.end <= len(segment.folded)
                    or fold(text)[match.end :].strip(" .:")
                ):
                    continue  # the label does not run over the line break, or words follow it
                words = segment.words + below.words
                piece = Segment(segment.page, words, segment.line)
                label = text[start : match.end].strip()
                joined.append(Hit(match.field, piece, label, "", start, ends_segment=True))
                replaced |= {id(segment), id(below)}
    if not joined:
        return hits
    return [h for h in hits if id(h.segment) not in replaced] + joined


def _dated_invoice_word(hit: Hit) -> bool:
    """A bare invoice word whose value opens with a date: an invoice word never takes a date,
    so the date is the value of a date label that the invoice word qualifies."""
    if hit.field != "invoice_number" or not BARE_INVOICE_RE.fullmatch(fold(hit.label)):
        return False
    if of_another_invoice(hit):
        return False  # "Datum der Originalrechnung": the date of the invoice this one corrects
    day = parse_date(hit.rest)
    return day is not None and hit.rest.lstrip().startswith(day[1][:2])


def qualified_dates(hits: list[Hit]) -> list[Hit]:
    """`hits` with a date label qualified by the invoice it dates read as one label: "Datum
    dieser Rechnung 14.09.2026", "Date de la présente facture", "Fecha de esta factura", "Datum
    van deze factuur": a date label, at most three words without a digit, then a bare invoice
    word in the same piece of text, and the date after it is the date label's value."""

    def qualified(hit: Hit, after: Hit) -> bool:
        return (
            hit.field in ("issue_date", "due_date")
            and len(hit.rest.split()) <= 3
            and not any(c.isdigit() for c in hit.rest)
            and _dated_invoice_word(after)
        )

    return merged_with_next(hits, qualified)


def merged_with_next(
    hits: list[Hit], joins: Callable[[Hit, Hit], bool], strip: str = ""
) -> list[Hit]:
    """`hits` with each hit that `joins` the next one in the same piece of text read as one
    label: the first hit's field, the label running to the end of the second's, and the
    second's rest (less any leading `strip` characters) as its value."""
    merged: list[Hit] = []
    skip: set[int] = set()
    for hit, after in zip(hits, [*hits[1:], None], strict=False):
        if id(hit) in skip:
            continue
        if after is not None and after.segment is hit.segment and joins(hit, after):
            label = hit.segment.text[hit.start : after.start + len(after.label)].strip()
            merged.append(Hit(hit.field, hit.segment, label, after.rest.lstrip(strip),
                              hit.start, after.ends_segment))  # fmt: skip
            skip.add(id(after))
            continue
        merged.append(hit)
    return merged


__all__ = ["joined_labels", "merged_with_next", "qualified_dates"]
