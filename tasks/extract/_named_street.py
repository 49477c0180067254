"""A party's name that carries its address: a homeowners' association, a building or an estate
named after the street it stands in ("Comunidad de Propietarios Plaza Mayor 7", "VvE
Residentie Parklaan 66"). The words before the street word make it a name, not a street line."""

from __future__ import annotations

import re

from tasks.extract._parse import fold


def before_street(text: str, street: re.Pattern[str], postcode: re.Pattern[str]) -> bool:
    """Whether `text` is a name before a street: two or more words without a digit, the first
    capitalised, then a `street` word opening a word, and no `postcode` on the line."""
    folded = fold(text)
    found = next((m for m in street.finditer(folded) if folded[m.start() - 1 : m.start()] == " "),
                 None)  # fmt: skip
    if found is None or postcode.search(folded):
        return False
    head = text[: found.start()].split()
    return (
        len(head) >= 2
        and head[0][:1].isupper()
        and not any(c.isdigit() or c in ",;" for c in "".join(head))
    )


__all__ = ["before_street"]
