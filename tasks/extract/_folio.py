"""The number of a folio when nothing else numbers the document: "Folio number", "N° de
folio", "N. foglio", "Folionummer". A folio is the numbered sheet of an account (a hotel's,
a merchant's, a venue's); on a document that prints no invoice number, its number is the
document's own, less sure than any invoice label."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit
from tasks.extract._layout import PageLayout
from tasks.extract._ref_labels import NO
from tasks.extract._title_numbers import keyed_number

_FOLIO_LABEL: Final = re.compile(
    rf"^(?:{NO}(?![a-z])\s*(?:de\s*|di\s*|del\s*|van\s*|of\s*)?)?(?:folio|foglio|feuillet|hoja)"
    rf"\s*-?\s*(?:{NO}(?![a-z]))?\s*:?\s*(?P<rest>.*)$"
)


def folio_numbers(layouts: Sequence[PageLayout], hits: list[Hit]) -> list[Found]:
    """The value of the folio label high on the first page, when there is exactly one and no
    other identifier (a customer's, an account's) is labelled beside it: among several, the
    folio may number the guest's account rather than the document."""
    if not layouts:
        return []
    layout = layouts[0]
    others = [
        h
        for h in hits
        if h.field == "reference" and h.segment.page == layout.number
        and not _FOLIO_LABEL.match(h.segment.folded[h.start :])
    ]  # fmt: skip
    if others:
        return []
    found: list[Found] = []
    for segment in layout.segments:
        if segment.y0 > layout.height * 0.5:
            continue
        match = _FOLIO_LABEL.match(segment.folded)
        if match is None or any(c.isdigit() for c in segment.folded[: match.start("rest")]):
            continue
        keyed = keyed_number(segment, match["rest"], layout, 0.5, "folio")
        if keyed is not None:
            found.append(keyed)
    return found[:1] if len({f.value for f in found}) == 1 else []


__all__ = ["folio_numbers"]
