"""A tax summary table: a header row of column captions naming the tax rate, the net (base,
taxable amount), the tax and the gross amount ("VAT rate | Net | VAT | Gross", "Aliquota IVA |
Imponibile | Importo IVA | Lordo", "Taux TVA | Base HT | Montant TVA | TTC"), one row of
amounts per rate under it. Such a header ends the item table above it (its rows are no items),
and its rows, when each adds up (net + tax = gross), give the invoice's net, tax and gross
summed over the rates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from tasks.extract._layout import PageLayout, Segment
from tasks.extract._parse import find_money, fold
from tasks.extract._roles import NET, TAX, total_role

_W = r"(?<![a-z])"
_E = r"(?![a-z])"
_GROSS: Final = re.compile(
    _W + r"(?:gross|brutto|bruto|lordo|ttc|ivato|ivata|incl\.?|inkl\.?|inclusief|total|totale|"
    r"totaal|gesamt|summe|suma|somma|somme|som|bedrag)" + _E
)
"""The gross column's caption: "Gross", "Brutto", "Bruto", "Lordo", "TTC", "Total"."""
_RATE: Final = re.compile(
    _W + r"(?:rate|satz|steuersatz|tarief|tarif|tarifa|taux|tipo|tasa|aliquota|percentuale|"
    r"percentage|percent|prozent|code|codice|codigo|cat(?:egory)?|categorie|categoria)" + _E + r"|%"
)
"""The rate column's caption beside a tax word: "VAT rate", "MwSt.-Satz", "Taux TVA", "IVA %"."""
_PERCENT: Final = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s*%")
_CENT: Final = Decimal("0.01")


def caption_kind(text: str) -> str | None:
    """Which column of a tax summary a header caption names: rate, net, tax, gross or None."""
    folded = fold(text)
    rest = _PERCENT.sub("", folded)
    if any(c.isdigit() for c in rest) or not re.search(r"[a-z]{2}", rest):
        return None
    role = total_role(text)
    if TAX.search(rest):
        if _RATE.search(rest) and role not in ("net_total", "grand_total"):
            return "rate"
        return {"net_total": "net", "grand_total": "gross"}.get(role or "", "tax")
    if role == "grand_total" or _GROSS.search(rest):
        return "gross"
    if role == "net_total" or NET.search(rest):
        return "net"
    return None


def summary_header(line: Sequence[Segment]) -> dict[str, Segment] | None:
    """The captions of a tax summary header row by kind, or None when `line` is none: three
    or more captions, every one naming a summary column once, a tax and a net or gross."""
    if len(line) < 3 or len(line) > 6:
        return None
    kinds: dict[str, Segment] = {}
    for segment in line:
        kind = caption_kind(segment.text)
        if kind is None or kind in kinds:
            return None
        kinds[kind] = segment
    if "tax" not in kinds or not {"net", "gross"} & set(kinds):
        return None
    return kinds


@dataclass(frozen=True)
class SummaryTotals:
    """The net, tax and gross of a tax summary table, summed over its rows."""

    net: Decimal
    tax: Decimal
    gross: Decimal | None
    rows: int
    last: dict[str, Segment]
    """The last row's amounts by column (evidence of the totals)."""


def _column(segment: Segment, captions: dict[str, Segment]) -> str | None:
    """The caption whose column `segment` sits in: the one it overlaps most, else none."""
    best, overlap = None, 0.0
    for kind, caption in captions.items():
        width = min(segment.x1, caption.x1) - max(segment.x0, caption.x0)
        if width > overlap:
            best, overlap = kind, width
    return best


def summary_totals(
    layout: PageLayout, index: int, decimal_hint: str | None
) -> SummaryTotals | None:
    """The totals of the tax summary whose header is line `index` of `layout`: its rows of
    amounts summed, when every row's net and tax add up to its gross (or, without a gross
    column, the tax is the net at the row's rate). None when no row adds up."""
    captions = summary_header(layout.lines[index])
    if captions is None or "net" not in captions:
        return None
    net = tax = gross = Decimal(0)
    last: dict[str, Segment] = {}
    rows = 0
    bottom = max(s.y1 for s in layout.lines[index])
    for line in layout.lines[index + 1 : index + 12]:
        if line[0].y0 - bottom > line[0].height * 3:
            break
        values: dict[str, Decimal] = {}
        placed: dict[str, Segment] = {}
        for segment in line:
            kind = _column(segment, captions)
            money = find_money(segment.text, decimal_hint)
            if kind in ("net", "tax", "gross") and money is not None and kind not in values:
                values[kind], placed[kind] = money[0], segment
        if "net" not in values or "tax" not in values:
            break
        if "gross" in captions:
            if (
                "gross" not in values
                or abs(values["net"] + values["tax"] - values["gross"]) > _CENT
            ):
                return None
        elif not _taxed_at_rate(line, captions, values, decimal_hint):
            return None
        label = " ".join(
            s.text for s in line if find_money(s.text, decimal_hint) is None
        )  # a closing row summing the rates: "Total | 100,00 | 19,00 | 119,00"
        if rows and not _PERCENT.search(label) and values["net"] == net and values["tax"] == tax:
            break
        net, tax = net + values["net"], tax + values["tax"]
        gross += values.get("gross", values["net"] + values["tax"])
        last = placed
        rows += 1
        bottom = max(s.y1 for s in line)
    if not rows:
        return None
    return SummaryTotals(net, tax, gross if "gross" in captions else None, rows, last)


def _taxed_at_rate(
    line: Sequence[Segment],
    captions: dict[str, Segment],
    values: dict[str, Decimal],
    decimal_hint: str | None,
) -> bool:
    """Whether a row without a gross column taxes its net at the rate printed in it."""
    for segment in line:
        found = _PERCENT.search(segment.text)
        if found is None:
            continue
        rate = Decimal(found.group(0).rstrip("% ").replace(",", "."))
        return abs(values["net"] * rate / 100 - values["tax"]) <= _CENT
    return False


def find_summaries(layouts: Sequence[PageLayout], decimal_hint: str | None) -> list[SummaryTotals]:
    """Every tax summary table of the document that adds up, in reading order."""
    found: list[SummaryTotals] = []
    for layout in layouts:
        for index, line in enumerate(layout.lines):
            if 3 <= len(line) <= 6 and find_money(line[-1].text, decimal_hint) is None:
                totals = summary_totals(layout, index, decimal_hint)
                if totals is not None:
                    found.append(totals)
    return found


def confirmed_summary(
    layouts: Sequence[PageLayout],
    decimal_hint: str | None,
    printed: Sequence[Decimal],
    lines_sum: Decimal | None,
) -> SummaryTotals | None:
    """The last tax summary of the document whose sums another reading confirms: the items
    add up to its net, or its gross is printed again (the sum due under it)."""
    for summary in reversed(find_summaries(layouts, decimal_hint)):
        gross = summary.gross if summary.gross is not None else summary.net + summary.tax
        if lines_sum == summary.net or (summary.rows >= 2 and gross in printed):
            return summary
    return None
