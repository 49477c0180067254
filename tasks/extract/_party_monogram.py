"""A monogram is no company name.

A letterhead often shows only the company's initials as a logo ("KVA", "W·H·K") while the full
name, with its legal form, address and VAT id, is printed elsewhere on the page (a footer column
or a side panel). The initials are a brand mark, not how the party is named: when a full company
name whose initials spell the monogram (or any full company block with ids) competes with it,
the full name wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from tasks.extract._parse import fold
from tasks.extract._party_names import has_legal_form, split_name

if TYPE_CHECKING:
    from tasks.extract._layout import Segment

Named = tuple[list["Segment"], str, "Segment", bool]

_MONOGRAM: Final = re.compile(r"^(?:[A-Z][.\u00b7&\s]?){2,5}$")
"""Two to five capitals, bare or parted by dots or middle dots: "KVA", "W.H.K.", "C·D·F"."""
_WORD: Final = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def is_monogram(name: str) -> bool:
    """A bare initialism: two to five capital letters and nothing else."""
    text = name.strip()
    return bool(_MONOGRAM.match(text)) and sum(c.isalpha() for c in text) >= 2


def letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalpha())


def spells(monogram: str, name: str) -> bool:
    """Whether the initials of `name`'s words spell `monogram` in order, opening with its
    first word ("KVA" in "Kongens Vinhandel ApS", "CDF" in "Caves Delorme & Fils SARL")."""
    wanted = letters(monogram)
    initials = "".join(fold(w)[0] for w in _WORD.findall(name))
    if len(wanted) < 2 or len(initials) < len(wanted) or initials[0] != wanted[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in wanted[1:])


def monogram_score(index: int, named: list[Named], footer: float) -> float:
    """The change to the seller score of candidate `index` among `named` (block, name, where,
    with ids): a monogram loses to a full company name with its legal form that it spells, or
    that carries the VAT id or IBAN in the footer (below `footer`); that name gains as the
    monogram's long form."""
    name = named[index][1]
    others = [(b, n, w) for j, (b, n, _, w) in enumerate(named) if j != index]
    if is_monogram(name):
        full = any(
            has_legal_form(n) and (spells(name, n) or (w and b[0].y0 >= footer))
            for b, n, w in others
        )
        return -2.0 if full else 0.0
    if has_legal_form(name) and any(is_monogram(n) and spells(n, name) for _, n, _ in others):
        return 1.0
    return 0.0


_CONNECTORS: Final = frozenset({"and", "und", "et", "y", "e", "en", "of", "de", "der", "van"})
_MAX_WORDS: Final = 7


def _capital_initials(name: str) -> str:
    """The initials of `name`'s capitalised words, connectors and legal forms left out."""
    words = [w for w in _WORD.findall(name) if w[0].isupper() and fold(w) not in _CONNECTORS]
    while words and has_legal_form(words[-1]):
        words.pop()
    return "".join(fold(w)[0] for w in words)


def long_form(monogram: str, segments: Sequence[Segment]) -> tuple[str, Segment] | None:
    """The full name the initials of `monogram` stand for, printed anywhere on the page: a
    return-address line over the window ("Ardmore Signs & Graphics · Unit 9 · Dublin"), a
    footer or a signature. Only a short line of words whose capitalised initials are exactly
    the monogram's letters counts; the first one printed wins."""
    wanted = letters(monogram)
    for segment in segments:
        text = segment.text.strip()
        if len(text) <= len(monogram) + 2 or text == monogram:
            continue
        name = split_name(text)
        if not name or any(c.isdigit() for c in name) or len(name.split()) > _MAX_WORDS:
            continue
        if len(name.split()) < 2 or is_monogram(name):
            continue
        if _capital_initials(name) == wanted and spells(monogram, name):
            return name, segment
    return None
