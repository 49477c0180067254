"""A party's name that carries its address: a homeowners' association, a building or an estate
named after the street it stands in ("Comunidad de Propietarios Plaza Mayor 7", "VvE
Residentie Parklaan 66"). The words before the street word make it a name, not a street line."""

from __future__ import annotations

import re
from collections.abc import Callable

from tasks.extract._layout import Segment
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


def repeats_street(text: str, following: str) -> bool:
    """Whether `text` is a name ending in the street line printed under it ("Stockwerkeigentümer
    Rebhaldenweg 8" over "Rebhaldenweg 8", "Comunidad de Propietarios Calle Real 4" over "Calle
    Real 4"): the building's owners named after their address, which follows in full."""
    line, street = " ".join(fold(text).split()), " ".join(fold(following).split())
    if not re.search(r"\d", street) or len(line) <= len(street) or not line.endswith(street):
        return False
    head = line[: len(line) - len(street)]
    words = head.split()
    return (
        head.endswith(" ")
        and text.strip()[:1].isupper()
        and sum(c.isalpha() for c in head) >= 4
        and not any(c.isdigit() or c in ":,;" for c in head)
        and len(words) <= 6
    )


def name_line(
    segment: Segment, addressy: Callable[[str], bool], nameable: Callable[[str], bool]
) -> str:
    """A line's text, cut where a letterhead's name stops and its address begins in other type
    or after a wide gap: "Schleiferei Klingenrunde" in large bold, then "Venloer Straße 401 ·
    50825 Köln" in small print on the same line. A name holding its street in one run of type
    ("Comunidad de Propietarios Plaza Mayor 7") stays whole."""
    words = segment.words
    for i in range(1, len(words)):
        before, after = words[i - 1], words[i]
        larger = max(before.size, after.size)
        if not (
            abs(before.size - after.size) >= 0.15 * larger
            or before.bold != after.bold
            or after.bbox[0] - before.bbox[2] >= 0.6 * larger
        ):
            continue
        head = " ".join(w.text for w in words[:i])
        rest = " ".join(w.text for w in words[i:])
        if addressy(rest) and not addressy(head) and nameable(head):
            return head
    return segment.text


__all__ = ["before_street", "name_line", "repeats_street"]
