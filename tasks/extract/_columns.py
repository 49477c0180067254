"""The header row of a line-item table: which column each header cell names.

Column names in en, de, fr, es, it and nl (`_column_names`); a cell may add a currency or unit
("Betrag CHF", "Amount (EUR)", "Positionsbetrag ohne USt."). Article numbers, EANs and other
codes have their own kind, so that "Réf. article" is not taken for the description, and so
have list prices and discounts, so that the net price is the unit price. A word right after a
named cell joins it ("Prezzo cad."). A header wrapped over several lines ("Positions-" /
"betrag") and two cells naming the same kind are `_header_merge`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final

from tasks.extract._column_names import TABLE_COLUMNS
from tasks.extract._layout import Segment, Word
from tasks.extract._parse import ISO_CODES, find_numbers, fold

_COLUMN_RES: Final = {
    name: re.compile(rf"(?:{'|'.join(patterns)})(?:\s*\(.*\))?\s*[:.]?\s*$")
    for name, patterns in TABLE_COLUMNS.items()
}
_DESCRIPTION_SEARCH: Final = re.compile(
    rf"(?<![a-z])(?:{'|'.join(TABLE_COLUMNS['description'])})(?![a-z])"
)


_AMOUNT_SEARCH: Final = re.compile(
    rf"(?<![a-z])(?:{'|'.join(TABLE_COLUMNS['net_amount'])})(?![a-z])"
)


def may_name_amount(folded: str) -> bool:
    """A quick test before a line is split into header cells: does it name a line amount?"""
    return _AMOUNT_SEARCH.search(folded) is not None


def unnamed_description(columns: list[tuple[str, Segment]]) -> list[tuple[str, Segment]] | None:
    """A header whose description column has a name we do not know ("Werkzaamheden" beside
    "Tarief" and "Regeltotaal"): the unnamed text cell left of the numbers with the widest
    room to its right (descriptions are the wide column) becomes the description."""
    kinds = {kind for kind, _ in columns}
    if "net_amount" not in kinds or not kinds & {"quantity", "unit_price"}:
        return None
    # A quantity column may come first ("How many | What we did | Rate | Total"): the cell
    # must sit left of the prices.
    first_number = min(s.x0 for k, s in columns if k in {"unit_price", "net_amount"})
    best, room = -1, 0.0
    for index, (kind, segment) in enumerate(columns):
        if (
            kind != "other"
            or segment.x1 > first_number
            or not _THREE_LETTERS.search(segment.folded)
        ):
            continue
        right = columns[index + 1][1].x0 if index + 1 < len(columns) else segment.x1
        if right - segment.x1 > room:
            best, room = index, right - segment.x1
    if best < 0 or room < columns[best][1].height * 4:
        return None
    return [("description", s) if i == best else (k, s) for i, (k, s) in enumerate(columns)]


def may_name_description(folded: str) -> bool:
    """A quick test before a line is split into header cells: does it name a description?"""
    return _DESCRIPTION_SEARCH.search(folded) is not None


_SUFFIX_RE: Final = re.compile(r"^(?:\(.*\)|\[.*\]|[€$£¥%]|in|en|ht|ttc|excl\.?|incl\.?|netto)$")
_QUALIFIER_RE: Final = re.compile(
    r"^(?:net|brutto|ohne|exkl\.?|inkl\.?|zzgl\.?|ust\.?|mwst\.?|vat|tax|tva|iva|btw)$"
)
"""Words after a column name on a wrapped header: "Positionsbetrag ohne USt."."""
_POSITION_RE: Final = re.compile(
    r"^(?:#|no\.?|nr\.?|n°|pos\.?|position|item\s*#|lfd\.?\s*nr\.?|ln\.?|line|lig\.?|lin\.?"
    r"|rig\.?|rg\.?|zeile|r\.)$"
)
_MAX_PHRASE: Final = 4
_THREE_LETTERS: Final = re.compile(r"[a-z]{3}")
_HYPHENATED: Final = re.compile(r"(\w)-\s+(\w)")
_SPACED_MARK: Final = re.compile(r"\s*([/-])\s+")


def match_column(folded: str, *, wrapped: bool = False) -> str | None:
    """Which line-item column a table header cell names; a cell wrapped over lines may join
    hyphenated words and add qualifiers after the name ("Positions-" / "betrag ohne USt.")."""
    if not wrapped:
        text = folded.strip()
        return next((name for name, p in _COLUMN_RES.items() if p.match(text)), None)
    text = _HYPHENATED.sub(r"\1\2", folded.strip())
    text = _SPACED_MARK.sub(r"\1", text)
    words = text.split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        for name, pattern in _COLUMN_RES.items():
            if pattern.match(phrase):
                if all(_is_suffix(w) or _QUALIFIER_RE.match(w) for w in words[size:]):
                    return name
                break
        else:
            continue
        break
    return None


_WITH_RE: Final = re.compile(
    r"^(?:(?:ex|in)(?:c|k)l\.?|excluding|including|without|with|plus|ohne|mit|zzgl\.?|"
    r"sin|con|mas|hors|avec|sans|senza|zonder|met|exclusief|inclusief)$"
)
"""Words that make the tax word after them part of a column's name: "Precio sin IVA"."""


def _qualifies(word: str, after: str) -> bool:
    """Whether `word` is a tax word qualifying the name ending in `after` ("excl. VAT")."""
    return bool(_WITH_RE.match(fold(after))) and bool(_QUALIFIER_RE.match(fold(word).strip(":")))


def _is_suffix(word: str, after: str = "") -> bool:
    folded = fold(word).strip(":")
    if _qualifies(word, after):
        return True  # "Regelbedrag excl. btw", "Amount incl. VAT": the tax word qualifies
    return bool(_SUFFIX_RE.match(folded)) or word.strip("()[]:") in ISO_CODES


def column_kind(text: str, *, wrapped: bool = False) -> str:
    """The column a header cell names, a position word's too ("Pos."); "" when none."""
    named = match_column(text, wrapped=wrapped)
    if not named and "/" in text and " " not in text.strip():  # "Qty/Hrs": the first says it
        named = match_column(text.split("/")[0])
    return named or ("position" if _POSITION_RE.match(text.strip()) else "")


def _slashed(cell: tuple[str, list[Word]], phrase: list[Word]) -> bool:
    """Whether a unit's name joins the quantity's before it with a slash ("Qty / Unit",
    "Menge/ Einheit", "Quantité /Unité"): one column printing both ("53 l", "3 Dose")."""
    kind, words = cell
    if kind != "quantity" or not (words[-1].text.endswith("/") or phrase[0].text.startswith("/")):
        return False
    return phrase[0].bbox[0] - words[-1].bbox[2] < phrase[0].size * 0.8


def _same_cell(cell: tuple[str, list[Word]], kind: str) -> bool:
    """Whether a named cell and the name right after it are one column: the same name twice,
    or a spelled-out position word ("Line", "Item", "Zeile") before the description's name."""
    word = cell[1][0].text if len(cell[1]) == 1 else ""
    spelled = word.isalpha() and len(word) >= 4
    return cell[0] == kind or (kind == "description" and cell[0] == "position" and spelled)


_GLUED: Final = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])")


def _unglued(words: list[Word]) -> list[Word]:
    """Header words printed without a space between them ("Quant.Prezzo": a right-aligned
    name ending where the next one starts) split at the abbreviation's dot, each with its
    share of the box."""
    out: list[Word] = []
    for word in words:
        cut = _GLUED.search(word.text)
        if cut is None:
            out.append(word)
            continue
        x0, y0, x1, y1 = word.bbox
        middle = x0 + (x1 - x0) * cut.start() / len(word.text)
        out.append(replace(word, text=word.text[: cut.start()], bbox=(x0, y0, middle, y1)))
        out.append(replace(word, text=word.text[cut.start() :], bbox=(middle, y0, x1, y1)))
    return out


def _two_names(phrase: list[Word], named: str) -> bool:
    """Whether a phrase naming a column is two names further apart than one space: a code's
    and the description's ("ART.-NR.  BEZEICHNUNG" printed in a fixed-width font)."""
    if not named or len(phrase) < 2 or named == "description":
        return False
    if phrase[-1].bbox[0] - phrase[-2].bbox[2] < phrase[-1].size * 0.9:
        return False  # "Réf. article": one name
    prefix = column_kind(fold(" ".join(w.text for w in phrase[:-1])))
    return column_kind(fold(phrase[-1].text)) == "description" and bool(prefix)


_QUALIFIED: Final = frozenset({"quantity", "unit_price"})


def _qualifier(cell: tuple[str, list[Word]]) -> bool:
    """An unnamed cell of one word that may qualify the column name after it: a capitalised
    word of letters ("Berechnete"), not a word of running text ("the", "Hello,")."""
    kind, words = cell
    text = words[0].text if len(words) == 1 else ""
    return not kind and len(text) > 2 and text[:1].isupper() and text.isalpha()


_PER_LINE: Final = frozenset({"net_amount", "unit_price", "quantity"})


def _qualified_by_position(cell: tuple[str, list[Word]], phrase: list[Word]) -> bool:
    """Whether a spelled-out position word one space after an amount's, price's or quantity's
    name says the column is per line ("Nettowert Position", "Amount line", "Menge Zeile")."""
    word = phrase[0].text if len(phrase) == 1 else ""
    if cell[0] not in _PER_LINE or not (word.isalpha() and len(word) >= 4):
        return False
    return phrase[0].bbox[0] - cell[1][-1].bbox[2] < phrase[0].size * 0.4


def header_cells(words: list[Word], page: int, line: int) -> list[tuple[str, Segment]]:
    """The words of a line grouped into header cells: the longest phrase naming a column, with
    any currency or unit suffix after it; other words form unnamed cells."""
    words = _unglued(words)
    cells: list[tuple[str, list[Word]]] = []
    index = 0
    while index < len(words):
        kind, size = "", 1
        if cells and _qualifies(words[index].text, cells[-1][1][-1].text):
            previous = cells[-1][1]  # "Precio/l sin" + "IVA": the tax word qualifies the price
            if words[index].bbox[0] - previous[-1].bbox[2] < words[index].size * 0.8:
                previous.append(words[index])
                index += 1
                continue
        for length in range(min(_MAX_PHRASE, len(words) - index), 0, -1):
            phrase = words[index : index + length]
            if length > 1 and phrase[-1].bbox[0] - phrase[-2].bbox[2] > phrase[-1].size * 1.5:
                continue
            named = column_kind(fold(" ".join(w.text for w in phrase)))
            if _two_names(phrase, named):
                continue
            if named:
                kind, size = named, length
                break
        phrase = words[index : index + size]
        index += size
        while index < len(words) and _is_suffix(words[index].text, phrase[-1].text):
            if words[index].bbox[0] - phrase[-1].bbox[2] > phrase[-1].size * 1.5:
                break
            phrase = [*phrase, words[index]]
            index += 1
        if kind in _QUALIFIED and cells and _qualifier(cells[-1]):
            # an unnamed word right before a quantity's or price's name (one space away)
            # qualifies it: "Berechnete Menge", "Gelieferte Anzahl", "Vereinbarter Preis"
            previous = cells[-1][1]
            if phrase[0].bbox[0] - previous[-1].bbox[2] < phrase[0].size * 0.4:
                cells[-1] = (kind, [*previous, *phrase])
                continue
        if kind == "position" and cells and _qualified_by_position(cells[-1], phrase):
            cells[-1] = (cells[-1][0], [*cells[-1][1], *phrase])  # "Nettowert Position"
            continue
        if kind == "unit" and cells and _slashed(cells[-1], phrase):
            cells[-1] = ("quantity", [*cells[-1][1], *phrase])  # "Menge / Einheit": "53 l"
            continue
        if kind and cells and _same_cell(cells[-1], kind) and kind != "position":
            # two names of one column side by side: "Descrizione prestazione", or a word
            # naming the position that qualifies the description: "Line details"
            previous = cells[-1][1]
            if phrase[0].bbox[0] - previous[-1].bbox[2] < phrase[0].size * 0.8:
                previous.extend(phrase)
                cells[-1] = (kind, previous)
                continue
        if not kind and cells:
            # an unnamed word right after a cell (one space away) belongs to it: "Prezzo cad."
            previous = cells[-1][1]
            near = 0.8 if not cells[-1][0] else 0.4
            if phrase[0].bbox[0] - previous[-1].bbox[2] < phrase[0].size * near:
                previous.extend(phrase)
                continue
        cells.append((kind, phrase))
    return [(kind or "other", Segment(page, ws, line)) for kind, ws in cells]


_CENT: Final = Decimal("0.01")
_NOT_QUANTITY: Final = frozenset(
    {"description", "unit_price", "net_amount", "tax_rate", "discount", "list_price"}
)


def implied_quantity(
    cells: dict[str, list[str]], price: Decimal, amount: Decimal, hint: str | None
) -> Decimal | None:
    """The quantity of a row whose quantity column has a name we do not read ("Nr.", a header
    word taken for the position): the rightmost number in another cell with number x price =
    amount."""
    found = [
        value
        for kind, words in cells.items()
        if kind not in _NOT_QUANTITY
        for value, _ in find_numbers(" ".join(words), hint)
    ]
    return next(
        (v for v in reversed(found) if v > 0 and abs(v * abs(price) - abs(amount)) <= _CENT),
        None,
    )
