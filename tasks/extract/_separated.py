"""Several facts on one line, set apart by a lone separator ("No. B2608-605 · Issued 9 Aug
2026 · Net payment date 23 Sep 2026", "Invoice 42 | Date 01.02.2026", a slash between wide
gaps): each piece between separators is a label and its value of its own, so a label's value
stops at the next separator even when the next piece has no label that this engine knows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tasks.extract._hits import Hit
    from tasks.extract._layout import Segment

_SEPARATORS: Final = frozenset({"\u00b7", "\u2022", "|", "\u2219", "\u25aa", "\u2027", "\u25e6"})
"""Middle dot, bullet, bar and their look-alikes, printed as a word of their own."""
_SLASH: Final = frozenset({"/", "\u2215"})
"""A slash separates only between wide gaps: "Date / Datum" is one bilingual label."""


def separator_cuts(segment: Segment) -> list[int]:
    """Where in the segment's text each separator word starts."""
    cuts: list[int] = []
    offset = 0
    words = segment.words
    for index, word in enumerate(words):
        text = word.text
        if 0 < index < len(words) - 1 and (text in _SEPARATORS or text in _SLASH):
            wide = word.size * 0.6
            if text in _SEPARATORS or (
                word.bbox[0] - words[index - 1].bbox[2] > wide
                and words[index + 1].bbox[0] - word.bbox[2] > wide
            ):
                cuts.append(offset)
        offset += len(text) + 1
    return cuts


def separated(hits: list[Hit]) -> list[Hit]:
    """`hits` with each inline value cut at the first separator after its label."""
    out: list[Hit] = []
    cache: dict[int, list[int]] = {}
    for hit in hits:
        segment = hit.segment
        marks = _SEPARATORS | _SLASH
        if not hit.rest or not any(w.text in marks for w in segment.words):
            out.append(hit)
            continue
        cuts = cache.setdefault(id(segment), separator_cuts(segment))
        end = hit.start + len(hit.label)
        cut = next((c for c in cuts if c >= end), None)
        if cut is None:
            out.append(hit)
            continue
        piece = segment.text[end:cut].strip(" :#\t-\u2013").lstrip(" :#\t-\u2013._\u2026")
        if piece and len(piece) < len(hit.rest):
            hit = replace(hit, rest=piece)
        out.append(hit)
    return out


__all__ = ["separated", "separator_cuts"]
