"""Two date labels equated in one key ("Rechnungsdatum = Leistungsdatum", "Invoice date /
tax point", "Factuurdatum (= leverdatum)"): the date right of the key belongs to both, so an
issue or due date label followed only by a joining sign or word and another date label that
ends the key takes the whole key and its value."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._hits import Hit
from tasks.extract._parse import fold
from tasks.extract._split_labels import merged_with_next

_JOIN: Final = re.compile(r"[\s=/()&+,|-]*(?:(?:and|und|et|y|e|en|ed)[\s=/()&+,|-]*)?")
"""What may stand between two equated labels: "=", "/", "(=", "and", "und", "et"."""
_DATED: Final = frozenset({"issue_date", "due_date"})


def equated_dates(hits: list[Hit]) -> list[Hit]:
    """`hits` with an issue or due date label equated to another date label after it in the
    same key read as one label whose value is the key's."""

    def equated(hit: Hit, after: Hit) -> bool:
        return (
            hit.field in _DATED
            and after.field in (hit.field, "other_date")
            and after.start > hit.start
            and _JOIN.fullmatch(hit.rest) is not None
        )

    return _invoice_and_other(merged_with_next(hits, equated, strip=" )"))


_INVOICE_AND: Final = re.compile(
    r"(?<![a-z])(?:rechnungs?|invoice|facture|factura|fattura|factuur|faktura)\s*-?\s*"
    r"(?:[/&+]|(?:and|und|u\.|et|y|e|en|ed)(?![a-z]))[\s/&+-]*$"
)
"""An invoice word joined to the date label after it: "Rechnungs-/", "Invoice & ", "Factuur- en
", "Rechnungs- und " before "Lieferdatum", "delivery date", "leverdatum"."""


def _invoice_and_other(hits: list[Hit]) -> list[Hit]:
    """`hits` with a label of another day that an invoice word shares ("Rechnungs-/Lieferdatum",
    "Invoice & delivery date", "Factuur- en leverdatum") read as an issue date label: the one
    date dates both, the invoice and its delivery; the bare invoice word is no number label."""
    merged: list[Hit] = []
    for hit in hits:
        shared = hit.field == "other_date" and _INVOICE_AND.search(
            fold(hit.segment.text[: hit.start])
        )
        if not shared:
            merged.append(hit)
            continue
        start = shared.start()
        merged = [
            h
            for h in merged
            if not (h.segment is hit.segment and h.field == "invoice_number" and h.start >= start)
        ]
        label = hit.segment.text[start : hit.start + len(hit.label)].strip()
        merged.append(Hit("issue_date", hit.segment, label, hit.rest, start, hit.ends_segment))
    return merged


__all__ = ["equated_dates"]
