"""Invoice numbers printed as a code in parts joined by spaced dashes ("INV - 2026 - 0042",
also with en dashes), read whole and as printed (the way "2026 / 118" is), and the piece of a
header strip that a dash (hyphen, en or em dash) opens before a date ("Facture INV-4711 -
03/03/2026", "Invoice 2026/118 - 3 March 2026"): the number stops at that dash, and the date
is never part of it."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._parse import currencies, parse_date

_JOINTS: Final = frozenset({"-", "\u2013"})
"""Dashes that join the parts of a code; an em dash only ever parts two pieces."""
_HEAD: Final = re.compile(r"[A-Z]{1,5}")
_PART: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._]*")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_AMOUNT: Final = re.compile(r"\d{1,3}(?:[.,']\d{3})*[.,]\d{2}")
_NOT_HEAD: Final = frozenset(
    {"NO", "NR", "N", "NUM", "REF", "ID", "NRO", "TEL", "FAX", "VAT", "TVA", "IVA", "BTW",
     "UST", "IBAN", "BIC", "CIF", "NIF", "EIN", "PAGE", "DATE", "DATUM"}
)  # fmt: skip
_PIECE: Final = re.compile(r"^\s*[-\u2013\u2014\u00b7\u2022|]\s+")
"""A separator opening the next piece of a header strip."""


def dated_piece(rest: str) -> bool:
    """Whether `rest` is a separator (a dash, a bullet, a bar) and a date opening the piece
    after it (" - 03/03/2026"): what follows a number in a header strip, never part of it."""
    cut = _PIECE.match(rest)
    if cut is None:
        return False
    after = rest[cut.end() :]
    day = parse_date(after)
    return day is not None and after.startswith(day[1][:2])


def _dated_from(tokens: list[str], at: int) -> bool:
    """Whether the tokens from `at` open with a date ("03/03/2026", "3 March 2026")."""
    after = " ".join(tokens[at:])
    day = parse_date(after)
    return day is not None and after.startswith(day[1][:2])


def dashed_code(text: str) -> tuple[str, int] | None:
    """The code opening `text` printed in parts joined by spaced dashes ("INV - 2026 - 0042",
    "2026 - 07 - 0042") and the count of its tokens, when a digit is in it, it is no date, no
    amount and no year alone, and it ends the text or a date follows it (after a cue word or a
    dash). None otherwise."""
    tokens = text.split()
    if len(tokens) < 3 or tokens[1] not in _JOINTS:
        return None
    head = tokens[0]
    if _HEAD.fullmatch(head):
        if head in _NOT_HEAD or currencies(head):
            return None
    elif not _PART.fullmatch(head) or not any(c.isdigit() for c in head):
        return None
    end = 1
    while end + 1 < len(tokens) and tokens[end] in _JOINTS:
        part = tokens[end + 1]
        if not _PART.fullmatch(part) or not any(c.isdigit() for c in part):
            break
        if _AMOUNT.fullmatch(part) or _dated_from(tokens, end + 1):
            break  # "INV-4711 - 03/03/2026": a date after the dash is not a part
        end += 2
    # one part alone, or a year closing it ("4711 - 2026": a period or a date); but a letter
    # prefix, a serial and a year ("AB - 12 - 2026") are a code, never "12" alone
    if end < 3 or (_YEAR.fullmatch(tokens[end - 1]) and not (end >= 5 and head.isalpha())):
        return None
    code = " ".join(tokens[:end])
    if parse_date(code) is not None:
        return None  # "01 - 09 - 2026"
    rest = " ".join(tokens[end:])
    if rest and not dated_piece(" " + rest) and not cued_date(rest):
        return None
    return code, end


_CUE: Final = re.compile(
    r"^(?:vom|von|du|del|dal|dated|of|from|van|datum|date|data|fecha|de|en\s+date\s+du"
    r"|in\s+data|con\s+data|issued\s+on)\s*:?\s*",
    re.IGNORECASE,
)


def cued_date(rest: str) -> bool:
    """A cue word and a date after a code ("vom 01.11.2026", "dated 3 March 2026")."""
    cue = _CUE.match(rest)
    if cue is None:
        return False
    after = rest[cue.end() :]
    day = parse_date(after)
    return day is not None and after.startswith(day[1][:2])


__all__ = ["cued_date", "dashed_code", "dated_piece"]
