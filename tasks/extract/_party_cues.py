"""Which block is the seller's when no label says so, by its strongest cues: a company in the
footer with its VAT id or IBAN (the buyer is never printed there), then an IBAN (a buyer prints
its VAT id, never its bank account). Letterhead prominence, legal form and contact lines, which
the buyer's block may show as well, only decide when these are missing (see `_parties`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tasks.extract._parse import IBAN_RE
from tasks.extract._party_context import bank_name
from tasks.extract._party_names import has_legal_form
from tasks.extract._same_party import related, same_party

if TYPE_CHECKING:
    from tasks.extract._layout import Segment

_NEAR = 0.25
"""How close a block with an IBAN must score to win over a better block without one."""


def proven(
    best: tuple[float, int],
    scores: list[tuple[float, int]],
    named: list[tuple[list[Segment], str, Segment, bool]],
    footer: float,
) -> tuple[float, int]:
    """The seller by its strongest cues, when the best-looking block lacks them: a company in
    the footer with its VAT id or IBAN is the seller unless the chosen block names it too (the
    buyer's bold name at the top is no letterhead); and a block with an IBAN beats one without
    that scores about as well (the buyer prints a VAT id, never its IBAN)."""
    block, name = named[best[1]][0], named[best[1]][1]
    if block[0].y0 >= footer:
        return best

    def other(index: int) -> bool:
        """Another party's name, not a bank's."""
        rival = named[index][1]
        return not (same_party(rival, name) or related(rival, name) or bank_name(rival))

    companies = [
        (score, index)
        for score, index in scores
        if named[index][0][0].y0 >= footer and named[index][3] and has_legal_form(named[index][1])
    ]  # fmt: skip
    if companies and all(other(index) for _, index in companies):
        return max(companies)  # no bank among them: `other` is false for a bank's name
    if _iban(block):
        return best
    rivals = [
        (score, index)
        for score, index in scores
        if _iban(named[index][0]) and score >= best[0] - _NEAR and other(index)
    ]
    return max(rivals) if rivals else best


def _iban(block: list[Segment]) -> bool:
    return any(IBAN_RE.search(s.text) for s in block)
