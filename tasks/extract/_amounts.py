"""The amounts printed outside the line-item table, each with the words that label it (on its
line to the left, or right above it) and the role those words name (`_roles.total_role`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import ISO_CODES, find_money, fold
from tasks.extract._roles import TAX, TOTAL_ROLES, tax_on_base, total_role
from tasks.extract._table import Table


@dataclass
class Amount:
    """An amount printed outside the item table, with its label and the role it names."""

    value: Decimal
    segment: Segment
    text: str
    label: str
    role: str | None
    direct: bool
    """Whether the label is right before the value (no other amount between them)."""

    @property
    def order(self) -> tuple[int, float, float]:
        return (self.segment.page, self.segment.y0, self.segment.x0)


_MAX_AMOUNTS: Final = 60
_WORD: Final = re.compile(r"[^\W\d_]{2}|(?:[^\W\d_]\.){2}")
"""A word, or "I.V.A."."""


def _wordy(text: str) -> bool:
    """Whether `text` has words beyond a currency code ("EUR" beside an amount is no label)."""
    rest = " ".join(w for w in text.split() if w.strip("().:") not in ISO_CODES)
    return bool(_WORD.search(rest))


def _label_above(layout: PageLayout, segment: Segment) -> str:
    """A label printed above its value (totals side by side, or a grid of totals with a
    header row): the first text up the value's column, past other amounts in it."""
    bottom = segment.y0
    for line in reversed(layout.lines[max(0, segment.line - 8) : segment.line]):
        if bottom - line[0].y1 > segment.height * 2.5:
            break
        above = [
            other for other in line if min(other.x1, segment.x1) - max(other.x0, segment.x0) > 0
        ]
        if not above:
            return _caption_left_above(line, segment) if bottom == segment.y0 else ""
        if find_money(above[0].text) is None:
            return above[0].text if _wordy(above[0].text) else ""
        bottom = line[0].y0
    return ""


def _caption_left_above(line: list[Segment], segment: Segment) -> str:
    """The caption at the top left of a box whose value sits at its bottom right, in a row of
    such boxes ("Net | Tax | Amount due" boxes side by side): the nearest caption starting left
    of the value on the line right above, when it names a total; a caption further right heads
    the next box, not this one."""
    left = [other for other in line if other.x0 <= segment.x0]
    if not left or find_money(left[-1].text) is not None:
        return ""
    caption = left[-1]
    if segment.x0 - caption.x1 > segment.height * 4 or total_role(caption.text) not in TOTAL_ROLES:
        return ""
    return caption.text


_GENERIC: Final = frozenset(
    {"total", "totale", "totaal", "summe", "sum", "betrag", "amount", "bedrag", "importe",
     "importo", "montant", "gesamt", "brutto", "net", "netto", "tax", "vat"}
)  # fmt: skip


def _nearest(texts: list[str]) -> str:
    """The words left of an amount on its line: the nearest piece alone when it names a total
    itself, since pieces further left may belong to a block beside the totals ("VAT analysis |
    rate | base | tax | gross" left of "Total VAT | 86,99")."""
    if len(texts) > 1:
        role = total_role(texts[-1])
        # a generic word alone ("Summe", "Total") may be the end of a label split in pieces
        if role in TOTAL_ROLES and fold(texts[-1]).strip(" .:") not in _GENERIC:
            return texts[-1]
    return " ".join(texts)


def totals_area(
    layouts: Sequence[PageLayout], tables: dict[int, Table], hint: str | None
) -> list[Amount]:
    """Every amount outside the item tables, in reading order, with its label and role."""
    found: list[Amount] = []
    for layout in layouts:
        table = tables.get(layout.number)
        held = table.held(layout.segments) if table else set()
        for line in layout.lines:
            texts: list[str] = []
            previous = ""
            for segment in line:
                if id(segment) in held:
                    texts, previous = [], ""
                    continue
                money = find_money(segment.text, hint)
                if money is None:
                    if _wordy(segment.text):
                        texts.append(segment.text)
                    continue
                head = segment.text[: segment.text.rfind(money[1])].strip()
                inline = head if _wordy(head) else ""
                label, direct = inline or _nearest(texts), True
                above = False  # the label is a caption over the value, in its own column
                if label:
                    previous = label
                else:
                    label = _label_above(layout, segment)
                    if not label and previous:
                        label, direct = previous, False
                    above = bool(label) and direct
                role = total_role(label)
                if above and tax_on_base(label):
                    role = "tax_total"  # a caption over its one value: "Tax 8 % on net charges"
                if not direct and role == "net_total" and TAX.search(fold(label)):
                    # "VAT 19 % on | 100,00 | 19,00": the base, then its tax
                    role, direct = "tax_total", True
                found.append(Amount(money[0], segment, segment.text, label, role, direct))
                texts = []
    return found[-_MAX_AMOUNTS:]
