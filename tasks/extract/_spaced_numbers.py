"""Invoice numbers printed in parts: digit groups set with word spaces ("2608 29478", "KS 2026
632"), a series prefix or an identifier and the running digits after it ("T26 13392", "KS-26
1234", "FA 2026-07 0042"), two parts around a spaced slash ("2026 / 118"), and a capital prefix
before an identifier ("FV 986/06/2026"). A date, a year alone, a currency or a following word
or number is never glued."""

from __future__ import annotations

import itertools
import re
from typing import Final

from tasks.extract._before import joined_identifier
from tasks.extract._dashed_numbers import dashed_code, dated_piece
from tasks.extract._layout import Segment, Word
from tasks.extract._parse import currencies, parse_date

CAPS: Final = re.compile(r"[A-Z]{1,4}")

DATE_CUE: Final = re.compile(
    r"^\s*(?:vom|von|du|del|dal|dated|of|from|van|d\.d\.|dd\.?|datum|date|data|fecha"
    r"|de\s+fecha|en\s+date\s+du|in\s+data|con\s+data|issued\s+on|de(?=\s+\d))\s*:?\s*",
    re.IGNORECASE,
)


_GROUP: Final = re.compile(r"\d{2,}")


def spaced_groups(segment: Segment, text: str, value: str) -> str:
    """The whole run of digit groups a label's value prints with single word spaces ("2608
    29478"), perhaps after a short capital prefix ("KS 2026 632"), when the run ends the value
    (or a date cue follows it: "KS 2026 632 vom 01.11.2026") and every gap between its tokens
    is a normal word space; otherwise the first group alone. A date, a year after the first
    group, a currency or a following word or number is never glued."""
    tokens = text.split()
    dashed = dashed_code(text)  # "INV - 2026 - 0042": a code in parts joined by spaced dashes
    code = tokens[: dashed[1]] if dashed is not None else []
    if dashed is not None and value in code and _word_spaced(_words_of(segment, code)):
        return dashed[0]
    if len(tokens) > 1 and tokens[0] == value and _SERIES.fullmatch(value):
        return _series_groups(segment, tokens, value)  # "T26 13392": a series, then digits
    first = 1 if len(tokens) > 2 and _prefix(tokens[0]) else 0
    if len(tokens) > first + 1 and tokens[first] == value:
        glued = _slashed(segment, tokens, first)  # "2026 / 118"
        if glued is None and not value.isdigit():
            glued = _identifier_groups(segment, tokens, first)  # "KS-26 1234"
        if glued is not None:
            return glued
    run = list(itertools.takewhile(_GROUP.fullmatch, tokens[first : first + 4]))
    if len(run) < 2 or run[0] != value:
        return value
    if not _ends_value(tokens[first + len(run) :]):
        return value  # "4711 0815 Kundennr.", "12 345 678,90": more follows the groups
    if parse_date(" ".join(run)) is not None or any(_YEAR.fullmatch(t) for t in run[1:]):
        return value  # "12 05 2026", "4711 2026": a date or a year follows
    run = tokens[:first] + run
    return " ".join(run) if _word_spaced(_words_of(segment, run)) else value


_PART: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/._]*")
_JOINT: Final = frozenset({"/", "-", "\u2013"})


def _slashed(segment: Segment, tokens: list[str], first: int) -> str | None:
    """Two parts of a number around a spaced slash or dash ("2026 / 118", "RE-2026 / 00118"),
    ending the value and set with word spaces; never a date or an amount after it."""
    parts = tokens[first : first + 3]
    if len(parts) < 3 or parts[1] not in _JOINT or not _PART.fullmatch(parts[2]):
        return None
    if not any(c.isdigit() for c in parts[2]) or parse_date(parts[2]) is not None:
        return None
    if parse_date(" ".join(parts)) is not None or not _ends_value(tokens[first + 3 :]):
        return None
    glued = tokens[: first + 3]
    return " ".join(glued) if _word_spaced(_words_of(segment, glued)) else None


def _identifier_groups(segment: Segment, tokens: list[str], first: int) -> str | None:
    """An identifier with letters or signs and the digit groups after it ("KS-26 1234",
    "F2026 118", "FA 2026-07 0042"), ending the value and set with word spaces; a year alone
    after it ("RE-118 2026"), a date, an amount or a word is never glued."""
    run = list(itertools.takewhile(_GROUP.fullmatch, tokens[first + 1 : first + 4]))
    if not run or (len(run) == 1 and _YEAR.fullmatch(run[0])):
        return None
    glued = tokens[: first + 1 + len(run)]
    if parse_date(" ".join(glued[first:])) is not None or parse_date(" ".join(run)) is not None:
        return None
    if not _ends_value(tokens[first + 1 + len(run) :]):
        return None
    return " ".join(glued) if _word_spaced(_words_of(segment, glued)) else None


_SERIES: Final = re.compile(r"[A-Z]{1,3}\d{1,3}")
"""A short series prefix of capitals and digits ("T26", "RE1", "A7") printed apart from the
running number after it."""


def _series_groups(segment: Segment, tokens: list[str], value: str) -> str:
    """A series prefix and the digit groups after it ("T26 13392", "RE1 2026 118"), when the
    groups end the value (or a date cue follows them) and are set with normal word spaces;
    a year alone after the prefix ("Q3 2026"), an amount, a word or a date is never glued."""
    run = list(itertools.takewhile(_GROUP.fullmatch, tokens[1:4]))
    if not run or (len(run) == 1 and _YEAR.fullmatch(run[0])) or parse_date(" ".join(run)):
        return value
    if not _ends_value(tokens[1 + len(run) :]):
        return value
    return " ".join([value, *run]) if _word_spaced(_words_of(segment, [value, *run])) else value


def _ends_value(after: list[str]) -> bool:
    """Whether nothing follows a run of groups, or only a dated cue ("vom 01.11.2026")."""
    rest = " ".join(after)
    if rest and dated_piece(" " + rest):
        return True  # "KS 2026 632 - 03.03.2026" (any dash): the date's own piece
    return not rest or (DATE_CUE.match(rest) is not None and parse_date(rest) is not None)


def _word_spaced(words: list[Word] | None) -> bool:
    """Whether words are set with normal word spaces: a wider gap parts two values."""
    return words is not None and all(
        right.bbox[0] - left.bbox[2] <= 0.5 * max(left.size, right.size)
        for left, right in itertools.pairwise(words)
    )


def _prefix(token: str) -> bool:
    """A short capital prefix of a number ("KS", "RE"), not a number word or a currency."""
    return bool(CAPS.fullmatch(token)) and token not in NOT_PREFIX and not currencies(token)


def _words_of(segment: Segment, tokens: list[str]) -> list[Word] | None:
    """The words of `segment` that print `tokens` one after another (the last such run)."""
    texts = [w.text for w in segment.words]
    for at in range(len(texts) - len(tokens), -1, -1):
        if texts[at : at + len(tokens)] == tokens:
            return segment.words[at : at + len(tokens)]
    return None


_YEAR: Final = re.compile(r"(?:19|20)\d\d")
NOT_PREFIX: Final = frozenset(
    {"NO", "NR", "N", "NUM", "REF", "ID", "NRO", "NO.", "TEL", "FAX", "VAT", "TVA", "IVA", "BTW",
     "UST", "IBAN", "BIC", "CIF", "NIF", "EIN", "PAGE"}
)  # fmt: skip


def prefixed_value(text: str, value: str) -> str:
    """A label's value that is a whole piece of text of a short capital prefix and an
    identifier ("FV 986/06/2026", "RE 2026-118"): the prefix is part of the number, unless
    it is a number word or a currency code ("NR 4711", "EUR 120"). A date's own piece after
    it ("RE 4711 - 03.03.2026", "RE 4711 vom 03.03.2026") is no part of the number."""
    tokens = text.split()
    if len(tokens) > 2 and _ends_value(tokens[2:]):
        text = " ".join(tokens[:2])
    joined = joined_identifier(text)
    if joined is None:
        return value
    prefix, rest = joined.split(" ", 1)
    if rest != value or prefix in NOT_PREFIX or currencies(prefix):
        return value
    if parse_date(rest) is not None and parse_date(rest)[1] == rest:
        return value  # a date after a prefix is a date, not a number
    return joined


def leading_prefix(segment: Segment, text: str, value: str) -> str:
    """A label's inline value opening with a short capital prefix set apart from the digits it
    heads ("Our ref. no.: LS 43692", "Invoice No VND 267858 dated ..."): the prefix is part of
    the number when a word space parts them, unless it is a number word, a tax or contact word
    or a currency code; a date after a prefix stays a date."""
    tokens = text.split()
    at = next((i for i, t in enumerate(tokens) if t.rstrip(",;:)]") == value), 0)
    if at < 1 or not _prefix(tokens[at - 1].lstrip("([")):
        return value  # "(please quote): LS 43692", "(LS 43692)": the word before the digits
    if not value[0].isdigit() or _YEAR.fullmatch(value):
        return value  # "INV 2026": a year alone is no running number
    if parse_date(value) is not None and parse_date(value)[1] == value:
        return value
    if not _word_spaced(_words_of(segment, tokens[at - 1 : at + 1])):
        return value
    return f"{tokens[at - 1].lstrip('([')} {value}"


def whole_value(segment: Segment, text: str, where: str, value: str) -> str:
    """The whole code a label's value prints from its first identifier token `value`: its
    digit groups ("2608 29478") and its capital prefix ("LS 43692", "FA 2026 0042")."""
    value = spaced_groups(segment, text, value)
    if where in ("right", "below"):
        return prefixed_value(text, value)
    return leading_prefix(segment, text, value) if where == "inline" else value


__all__ = [
    "CAPS", "DATE_CUE", "NOT_PREFIX", "leading_prefix", "prefixed_value", "spaced_groups",
    "whole_value",
]  # fmt: skip
