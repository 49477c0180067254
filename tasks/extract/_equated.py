"""Two date labels equated in one key ("Rechnungsdatum = Leistungsdatum", "Invoice date /
tax point", "Factuurdatum (= leverdatum)"): the date right of the key belongs to both, so an
issue or due date label followed only by a joining sign or word and another date label that
ends the key takes the whole key and its value."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._hits import Hit
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

    return merged_with_next(hits, equated, strip=" )")


__all__ = ["equated_dates"]
