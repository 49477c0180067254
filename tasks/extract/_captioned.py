"""An invoice number printed under a drawn code (a barcode, a QR code) that an invoice label
captions from above: the label ends its piece of text with no value beside or just below it,
a blank block (the drawing, which has no text) follows, and the first text under the block,
near the label, is a lone identifier. Only a label naming the invoice captions a number so;
a long digit run anywhere else (an IBAN, a phone, a customer number) is never taken."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.extract._hits import Found, Hit, value_candidates
from tasks.extract._labels import GENERIC_LABELS
from tasks.extract._layout import PageLayout, Segment, page_of
from tasks.extract._number_labels import INVOICE_STEM, NOT_OTHER
from tasks.extract._numbers import bare_word, invoice_number_value, names_invoice, short_no
from tasks.extract._parse import fold

_STEM: Final = re.compile(rf"{INVOICE_STEM}{NOT_OTHER}")
"""An invoice word, also grown into a compound: "Rechnungsreferenz", "Factuurreferentie"."""
_MIN_GAP: Final = 2.2
"""Nearer than this many label heights, the value is simply below its label (`_hits`)."""
_MAX_GAP: Final = 9.0
"""A drawn code is a few lines high; farther down, the text belongs to another block."""


def _caption(hit: Hit, layout: PageLayout) -> bool:
    """A label naming the invoice that is its whole piece of text and points at nothing."""
    label = fold(hit.label).strip(" .:")
    return (
        hit.field == "invoice_number"
        and not (bare_word(hit) or short_no(hit) or label in GENERIC_LABELS)
        and (names_invoice(hit.label) or _STEM.search(fold(hit.label)) is not None)
        and hit.start == 0
        and hit.ends_segment
        and not hit.rest
        and not value_candidates(hit, layout)
    )


def _under(label: Segment, layout: PageLayout) -> Segment | None:
    """The lone identifier under the blank block below `label`, or None."""
    reach = 2 * (label.x1 - label.x0)
    left, right = label.x0 - reach, label.x1 + reach
    for line in layout.lines[label.line + 1 :]:
        band = [s for s in line if s.x1 > left and s.x0 < right]
        if not band:
            continue
        gap = band[0].y0 - label.y1
        if not _MIN_GAP * label.height <= gap <= _MAX_GAP * label.height or len(band) > 1:
            return None
        text = band[0].text.strip()
        value = invoice_number_value(text)
        if value != text or len(value) < 6:
            return None
        return band[0]
    return None


def captioned_numbers(hits: list[Hit], layouts: Sequence[PageLayout]) -> list[Found]:
    """Invoice numbers under a drawn code their invoice label captions, best first."""
    found = []
    for hit in hits:
        layout = page_of(layouts, hit.segment.page)
        if not _caption(hit, layout):
            continue
        value = _under(hit.segment, layout)
        if value is not None:
            source = f"caption:{hit.label.rstrip(':')}"
            found.append(Found(value.text.strip(), 0.7, source, value, value.text.strip()))
    return found


__all__ = ["captioned_numbers"]
