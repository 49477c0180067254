"""The twenty-second fresh evaluation slice of the synthetic evaluation set (`fresh22`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: a tree surgeon's invoice with the facts under the firm's address in
the left column, the customer and the site in the right one and a tree reference column, a roofer's
invoice with its facts in a small ruled label and value grid under the customer and the lines in
materials and labour groups, a taxidermist's invoice with a three-column header (the studio's
details, the facts in a frame, the customer), a ceramics studio's tableware invoice to restaurants
with the facts under the title at the left, invoice and delivery addresses side by side and a long
table of article codes per glaze, a borehole driller's invoice with its header split by a vertical
rule and a depth column, a fencing contractor's invoice with the customer and the facts in two
framed boxes side by side and a fence run column, and a court reporting service's invoice whose one
framed caption holds the case heard and the invoice facts.

Layouts (`evalset_fresh22_layouts.py`, `evalset_fresh22_pages.py`): the ceramics studio gives a
trade discount on the first variant and bills up to twenty pieces of tableware. Money in EUR,
GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated and
month-name dates. Credit notes (type 381) reference the invoice they correct; their truth keeps
amounts positive. A line's truth description is its own printed text line. Deterministic: fixed
seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import ClassVar, Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19 import Fresh19Sample, _paired
from evalset_fresh22_items import (
    BORE,
    FENCE,
    GLAZES,
    MOUNTS,
    ROOF,
    TRANSCRIPT,
    TREES,
    WARE,
    WARE_PRICES,
)
from evalset_fresh22_layouts import DRAW
from evalset_fresh22_parties import BUYERS, CASES, SELLERS
from evalset_fresh22_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20280321
NAME: Final = "fresh22"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "treesurgeon": ("num", {"it"}, ((1, 3), (3, 6))),
    "roofer": ("dot", {"de"}, ((2, 4), (4, 7))),
    "taxidermy": ("dot", {"nl"}, ((1, 3), (3, 6))),
    "tableware": ("abbr", {"fr", "it"}, ((3, 8), (14, 20))),
    "borehole": ("iso", {"es"}, ((2, 4), (4, 7))),
    "fencing": ("yy", {"en"}, ((1, 3), (3, 6))),
    "courtreport": ("long", {"en"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"treesurgeon": TREES, "roofer": ROOF, "taxidermy": MOUNTS, "borehole": BORE,
                "fencing": FENCE, "courtreport": TRANSCRIPT}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "treesurgeon": "HA{n:04d}", "roofer": "{y}/{n:03d}", "taxidermy": "{n:05d}",
    "tableware": "FV {n:04d}/{yy}", "borehole": "B-{y}-{n:03d}", "fencing": "INV {n:05d}",
    "courtreport": "{yy}{m:02d}-{n:03d}",
}  # fmt: skip
# The units of hours: the roofer's labour group.
HOURS: Final = frozenset({"hr", "Std.", "h", "ora", "uur"})
# The taxidermist's units of a mount (each mount carries the tag number of the specimen).
MOUNT_UNITS: Final = frozenset({"mount", "Präp.", "pièce", "pieza", "pezzo", "prep."})
# The borehole driller's drilling lines (the first two items of each language), which print the
# depths drilled.
DRILLING: Final = frozenset(item.description for items in BORE.values() for item in items[:2])


@dataclasses.dataclass(frozen=True)
class Fresh22Sample(Fresh19Sample):
    """A twenty-second-slice invoice; money, dates, the printed truth, the allowance and the
    phrasing per layout work as in the nineteenth slice, with this slice's wording. `refs` also
    holds what single layouts print beside the parties: the borehole's position, the fencing
    quotation and the court case (its name, number, witness and the day heard)."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _notes(rng: random.Random, layout: str, lines: list[Fresh10Line]) -> list[Fresh10Line]:
    """What single layouts print in a column of their own (`note`) or group by (`section`):
    tree numbers, materials before labour, tag numbers, drilled depths and fence runs."""
    if layout == "treesurgeon":
        trees = sorted(rng.sample(range(1, 15), len(lines)))
        return [dataclasses.replace(ln, note=f"T{t}") for ln, t in zip(lines, trees, strict=True)]
    if layout == "roofer":
        marked = [dataclasses.replace(ln, section="labour" if ln.unit in HOURS else "materials")
                  for ln in lines]  # fmt: skip
        return sorted(marked, key=lambda ln: ln.section == "labour")
    if layout == "taxidermy":
        return [dataclasses.replace(ln, note=str(rng.randrange(1000, 99999)))
                if ln.unit in MOUNT_UNITS else ln for ln in lines]  # fmt: skip
    found, depth, run = [], 0, 0
    for ln in lines:
        note = ""
        if layout == "borehole" and ln.description in DRILLING:  # from and to depth
            note = f"{depth}\u2013{depth + int(ln.quantity)}"
            depth += int(ln.quantity)
        if layout == "fencing" and ln.unit in ("m", "ml"):  # the runs A, B, ...
            note, run = "ABCDEFG"[run], run + 1
        found.append(dataclasses.replace(ln, note=note))
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    """The lines of one document: tableware per glaze with its article code for the ceramics
    studio, the layout's own items otherwise (the borehole driller's in drilling order)."""
    if layout == "tableware":
        found = _paired(rng, WARE[lang], WARE_PRICES, list(GLAZES[lang]), count, money.scale)
        codes = []
        for ln in found:
            name, glaze = ln.description.rsplit(", ", 1)
            codes.append(f"K{WARE[lang].index(name) + 1:02d}-{GLAZES[lang].index(glaze) + 1}")
        return [dataclasses.replace(ln, note=code) for ln, code in zip(found, codes, strict=True)]
    found = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    if layout == "borehole":  # drilled from the top down: the items in their list's order
        order = [item.description for item in BORE[lang]]
        found.sort(key=lambda ln: order.index(ln.description))
    return _notes(rng, layout, found)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** {"taxidermy": 5, "fencing": 5, "treesurgeon": 4,
                                     "tableware": 4}.get(layout, 3))  # fmt: skip
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    case, pattern, witness = CASES[lang][variant]
    refs = {"position": f"{rng.uniform(38, 61):.5f} N, {rng.uniform(2, 17):.5f} E",
            "quote": f"Q{issue.year % 100:02d}-{rng.randrange(100, 999)}",
            "case": case, "caseno": pattern.format(n=rng.randrange(10, 99)),
            "witness": witness,
            "taken": (issue - dt.timedelta(days=rng.randrange(3, 20))).isoformat()}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh22Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the ceramics studio's first variant has a trade discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 7, 1) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    trade = layout == "tableware" and variant == 0
    return Fresh22Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, currency=money.code, symbol=money.symbol,
        symbol_before=money.before, money=money, thousands=money.thousands,
        decimal=money.decimal, index=index, date_style=date_style,
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([14, 21, 30, 45])),
        refs=_refs(rng, layout, lang, issue, credit=credit, variant=variant),
        allowance_pct=Decimal(rng.choice([5, 8, 10])) if trade else Decimal(0),
    )  # fmt: skip


def fresh22() -> list[Fresh22Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh22Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh22/*.pdf` and the truth `out/fresh22.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh22(), render)
