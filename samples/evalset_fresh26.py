"""The twenty-sixth fresh evaluation slice of the synthetic evaluation set (`fresh26`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: an engraving and calligraphy studio's invoice whose seller, facts and
bank details run down a ruled column at the right of the page beside a narrower main column, a
canal-boat hire firm's invoice with a canal drawn under the letterhead and the dates of each hire in
a column of their own, a mobile sawmill's long tally of cuts per species with the section milled in
its own column, a saddlery's invoice with the facts in an outlined box and the table head
underlined, a mobile cider and juice press's invoice with the lines in a rounded frame, a vineyard
pruning contractor's invoice billing by the vine with the totals boxed, and a brass-instrument
workshop's invoice over a faint drawn bell.

Layouts (`evalset_fresh26_layouts.py`): the pruning contractor gives an early-booking discount
on the first variant. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO,
two-digit-year, abbreviated and month-name dates. Credit notes (type 381) reference the invoice
they correct; their truth keeps amounts positive. A line's truth description is its own printed
text line. Deterministic: fixed seed, fixed PDF metadata.
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
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19 import Fresh19Sample, _paired
from evalset_fresh23 import _printed_money
from evalset_fresh26_items import (
    BOATS,
    BRASS,
    CUT_PRICES,
    CUTS,
    ENGRAVING,
    LEATHER,
    PRESSING,
    PRUNING,
    SPECIES,
)
from evalset_fresh26_layouts import DRAW
from evalset_fresh26_parties import BUYERS, SELLERS
from evalset_fresh26_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20281203
NAME: Final = "fresh26"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "engraver": ("long", {"fr"}, ((1, 3), (3, 5))),
    "canalboat": ("abbr", {"en"}, ((1, 2), (3, 5))),
    "sawmill": ("dot", set(), ((4, 8), (15, 20))),
    "saddler": ("num", {"de", "it"}, ((1, 3), (3, 6))),
    "juicepress": ("iso", {"nl"}, ((1, 3), (3, 6))),
    "pruning": ("yy", set(), ((2, 4), (3, 6))),
    "brassrepair": ("num", {"es"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"engraver": ENGRAVING, "canalboat": BOATS, "saddler": LEATHER,
                "juicepress": PRESSING, "pruning": PRUNING, "brassrepair": BRASS}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "engraver": "EC-{y}-{n:03d}", "canalboat": "NB{yy}{m:02d}/{n:03d}", "sawmill": "{n:05d}",
    "saddler": "S {yy}-{n:04d}", "juicepress": "PR{y}{n:04d}", "pruning": "{yy}/{n:03d}V",
    "brassrepair": "BW.{y}.{n:04d}",
}  # fmt: skip
DIGITS: Final = {"engraver": 3, "canalboat": 3, "sawmill": 5, "saddler": 4, "juicepress": 4,
                 "pruning": 3, "brassrepair": 4}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh26Sample(Fresh19Sample):
    """A twenty-sixth-slice invoice; money, dates, the printed truth and the phrasing per layout
    work as in the nineteenth slice, with this slice's wording."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "sawmill":  # pieces per cut and species, in species order
        species = rng.sample(SPECIES[lang], 4)
        return _paired(rng, CUTS[lang], CUT_PRICES, species, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** DIGITS[layout])
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh26Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the pruning contractor's first variant has an early-booking
    discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 11, 9) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    number = _number(rng, layout, issue)
    due = issue + dt.timedelta(days=rng.choice([7, 14, 28, 30]))
    refs = {}
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(15, 50)))
    pct = Decimal(rng.choice([4, 5, 10])) if layout == "pruning" and variant == 0 else Decimal(0)
    return Fresh26Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, index=index, date_style=date_style, number=number, issue=issue,
        due=due, refs=refs, allowance_pct=pct, **_printed_money(money, lang),
    )  # fmt: skip


def fresh26() -> list[Fresh26Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh26Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh26/*.pdf` and the truth `out/fresh26.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh26(), render)
