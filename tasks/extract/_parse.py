"""Reading values out of short pieces of text: amounts, quantities, dates and currencies."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, one character per input character (so indices carry over)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join([_FOLDED.get(char) or _fold_char(char) for char in text])


_FOLDED: dict[str, str] = {}


def _fold_char(char: str) -> str:
    if char in "º°":
        out = "°"
    elif char in "\u2019\u2018`\u00b4":
        out = "'"
    else:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        lower = base.lower()
        out = lower if len(lower) == 1 else base
    _FOLDED[char] = out
    return out


_GROUP = "[.,'\u2019\u00a0\u202f ]"
NUMBER_RE: Final = re.compile(
    rf"(?<![\w.,/-])([-\u2212\u2013]\s?)?(\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![\w]|[.,/-]\d|\s?%)"
)


_GROUP_MARKS: Final = re.compile(r"[\s'\u2019\u00a0\u202f]")
_CENTS: Final = re.compile(r"[.,]\d{2}$")
_DECIMAL_MARK: Final = re.compile(r"([.,])\d{1,2}$")


def to_decimal(number: str, decimal_hint: str | None = None) -> Decimal | None:
    """`1.234,56`, `1,234.56`, `1'234.50`, `5 682,36`, `2,5` -> Decimal; None if not a number."""
    text = _GROUP_MARKS.sub("", number.strip())
    text = text.replace("\u2212", "-").replace("\u2013", "-")
    if not text:
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
    elif dots + commas == 1:
        sep = "." if dots else ","
        digits_after = len(text) - text.rfind(sep) - 1
        if decimal_hint:
            decimal = sep if sep == decimal_hint or digits_after != 3 else ""
        else:
            decimal = "" if digits_after == 3 else sep
    else:
        decimal = ""
    thousands = {".", ","} - {decimal}
    for mark in thousands:
        text = text.replace(mark, "")
    if decimal == ",":
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def find_numbers(text: str, decimal_hint: str | None = None) -> list[tuple[Decimal, str]]:
    """Every number in `text` that is not part of a word, date or percentage, in reading order."""
    found = []
    for match in NUMBER_RE.finditer(text):
        number = _signed(match, decimal_hint)
        if number is not None:
            found.append(number)
    return found


def _signed(match: re.Match[str], decimal_hint: str | None) -> tuple[Decimal, str] | None:
    """The value of a `NUMBER_RE` match with its sign, and the text matched."""
    value = to_decimal(match.group(2), decimal_hint)
    if value is None:
        return None
    return (-value if match.group(1) else value), match.group(0)


def find_money(text: str, decimal_hint: str | None = None) -> tuple[Decimal, str] | None:
    """The last amount with decimals in `text` (a total's value), or None."""
    last = None
    for match in NUMBER_RE.finditer(text):
        if _CENTS.search(match.group(0).strip()):  # only numbers with decimals are read
            last = _signed(match, decimal_hint) or last
    return last


def decimal_mark(raw: str) -> str | None:
    """Which decimal separator a printed amount with decimals uses."""
    match = _DECIMAL_MARK.search(raw.strip())
    return match.group(1) if match else None


MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "january jan januar janner janvier janv enero ene gennaio gen januari",
        "february feb febr februar feber fevrier fevr fev febrero febbraio februari",
        "march mar marz maerz mrz mars marzo maart mrt",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio mag mei",
        "june jun juni juin junio giugno giu",
        "july jul juli juillet juil julio luglio lug",
        "august aug aout agosto ago augustus",
        "september sep sept septembre septiembre setiembre settembre set",
        "october oct oktober okt octobre octubre ottobre ott",
        "november nov novembre noviembre",
        "december dec dezember dez decembre diciembre dic dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = r"([a-z]{3,10})\.?"
_DATE_PATTERNS: Final = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")),
    (
        "d-name-y",
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:\.|er|st|nd|rd|th|°)?[\s./-]*(?:de\s+|of\s+)?{_MONTH}"
            r"[\s.,/-]*(?:de\s+|del\s+)?(\d{4})(?!\d)"
        ),
    ),
    # "05-SEP-26", as ledgers print it: a month name between dashes, a two-digit year
    ("d-name-yy", re.compile(r"(?<![\d-])(\d{1,2})-([a-z]{3,4})-(\d{2})(?![\d-])")),
    (
        "name-d-y",
        re.compile(rf"{_MONTH}[\s.-]+(\d{{1,2}})(?:st|nd|rd|th)?,?[\s-]+(\d{{4}})(?!\d)"),
    ),
)


_SLASHED: Final = re.compile(r"(?<![\d./-])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def slash_order(text: str) -> bool | None:
    """What a slashed date in `text` that can be read only one way says about the order:
    True for month first ("12/31/2026"), False for day first ("31/12/2026"), else None."""
    for match in _SLASHED.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second >= 1:
            return False
        if second > 12 >= first >= 1 and second <= 31:
            return True
    return None


def parse_date(text: str, *, month_first: bool = False) -> tuple[dt.date, str] | None:
    """The first date in `text` in any of the usual European or US forms, with its raw text."""
    folded = fold(text)
    best: tuple[int, dt.date, str] | None = None
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            day = _to_date(kind, match.groups(), month_first=month_first)
            if day is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), day, text[match.start() : match.end()])
                break
    return (best[1], best[2]) if best else None


def _to_date(kind: str, groups: tuple[str, ...], *, month_first: bool) -> dt.date | None:
    try:
        if kind == "ymd":
            year, month, day = (int(g) for g in groups)
        elif kind == "dmy":
            first, second, year = int(groups[0]), int(groups[2]), int(groups[3])
            if year < 100:
                year += 2000
            day, month = first, second
            # Month first only where the US writes it: with slashes or dashes, never dots.
            if second > 12 or (month_first and first <= 12 and groups[1] != "."):
                day, month = second, first
        elif kind in ("d-name-y", "d-name-yy"):
            if groups[1] not in MONTHS:
                return None
            day, month, year = int(groups[0]), MONTHS[groups[1]], int(groups[2])
            year += 2000 if year < 100 else 0
        else:
            if groups[0] not in MONTHS:
                return None
            day, month, year = int(groups[1]), MONTHS[groups[0]], int(groups[2])
        if not 1990 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


ISO_CODES: Final = frozenset(
    [
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "JPY",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "CAD",
        "AUD",
        "NZD",
        "CNY",
        "INR",
        "RON",
        "BGN",
        "HKD",
        "SGD",
        "MXN",
        "BRL",
        "ZAR",
        "TRY",
        "ISK",
        "ILS",
        "KRW",
        "AED",
        "THB",
    ]
)
_CURRENCY_RE: Final = re.compile(
    r"(?<![A-Za-z])(?P<iso>[A-Z]{3})(?![A-Za-z])|(?P<sym>US\$|CA\$|C\$|A\$|AU\$|NZ\$|HK\$|S\$"
    r"|[€£$¥₹₺₪]|(?<![A-Za-z])(?:zł|Kč)(?![A-Za-z]))"
    r"|(?P<fr>(?<![A-Za-z.\-])S?Fr\.(?=\s?\d)|(?<=\d)\s?S?Fr\.)"
)
_SYMBOLS: Final = {
    "€": "EUR", "£": "GBP", "$": "USD", "US$": "USD", "CA$": "CAD", "C$": "CAD",
    "A$": "AUD", "AU$": "AUD", "¥": "JPY", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "₹": "INR",
    "₺": "TRY", "₪": "ILS", "zł": "PLN", "Kč": "CZK",
}  # fmt: skip


CURRENCY_CUE: Final = re.compile(
    r"(?<![a-z])(?:currency|wahrung|rechnungswahrung|devise|moneda|divisa|valuta|munt"
    r"|(?:all\s+)?amounts\s+(?:are\s+)?(?:in|shown\s+in)|(?:alle\s+)?betrage\s+in"
    r"|montants\s+(?:exprimes\s+)?en|importes\s+(?:expresados\s+)?en|importi\s+(?:espressi\s+)?in"
    r"|bedragen\s+(?:zijn\s+)?in)(?![a-z])"
)
"""Words that name the document's currency: "Währung: EUR", "All amounts in GBP"."""


def currencies(text: str) -> list[tuple[str, str]]:
    """(ISO code, what was printed) for every currency code or symbol in `text`."""
    found = []
    for match in _CURRENCY_RE.finditer(text):
        if match.group("iso"):
            if match.group("iso") in ISO_CODES:
                found.append((match.group("iso"), match.group("iso")))
        elif match.group("sym"):
            found.append((_SYMBOLS[match.group("sym")], match.group("sym")))
        else:
            found.append(("CHF", match.group("fr").strip()))
    return found


IBAN_RE: Final = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
