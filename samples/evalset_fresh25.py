"""The twenty-fifth fresh evaluation slice of the synthetic evaluation set (`fresh25`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: a hedge-laying and dry-stone walling contractor's invoice billing
by the metre with the parcel under the customer and the total double-underlined, a
furniture-restoration workshop's invoice in a serif letterhead with the facts on a tinted card
and hairlines between the rows, a thatcher's invoice with a drawn roof mark, the roof named
under the customer and the unit in a column of its own, a stained-glass studio's invoice with a
strip of coloured glass under the letterhead and an outlined table head, a shearing contractor's
account to farms listing up to twenty lines of tasks per flock and the head shorn, a funeral
director's account with a mourning rule, the deceased named under the client and a line of
sympathy, and a hearing-aid audiologist's invoice with the patient number, the warranty date and
the amount due reversed out of a dark bar.

Layouts (`evalset_fresh25_layouts.py`, `evalset_fresh25_pages.py`): the shearing contractor
gives a whole-flock discount on the first variant. Money in EUR, GBP, CHF, USD, SEK, DKK and
PLN; numeric, dotted, ISO, two-digit-year, abbreviated and month-name dates. Credit notes (type
381) reference the invoice they correct; their truth keeps amounts positive. A line's truth
description is its own printed text line. Deterministic: fixed seed, fixed PDF metadata.
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
from evalset_fresh25_items import (
    FLOCKS,
    FUNERAL,
    GLASS,
    HEARING,
    HEDGES,
    REPAIRS,
    SHEAR_PRICES,
    SHEARS,
    THATCH,
)
from evalset_fresh25_layouts import DRAW
from evalset_fresh25_parties import BUYERS, DECEASED, PIECES, SELLERS
from evalset_fresh25_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20281014
NAME: Final = "fresh25"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "hedgelayer": ("abbr", {"es"}, ((1, 3), (3, 5))),
    "restorer": ("dot", {"de"}, ((1, 3), (3, 6))),
    "thatcher": ("num", {"fr"}, ((1, 3), (3, 5))),
    "stainedglass": ("long", {"nl"}, ((1, 3), (3, 6))),
    "shearing": ("yy", set(), ((3, 8), (14, 20))),
    "funeral": ("long", set(), ((2, 4), (4, 6))),
    "audiologist": ("iso", {"it", "en"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"hedgelayer": HEDGES, "restorer": REPAIRS, "thatcher": THATCH,
                "stainedglass": GLASS, "funeral": FUNERAL, "audiologist": HEARING}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "hedgelayer": "HW{yy}/{n:03d}", "restorer": "R-{y}-{n:04d}", "thatcher": "{n:04d}/{yy}",
    "stainedglass": "SG {y} {n:03d}", "shearing": "SH{m:02d}{yy}-{n:02d}",
    "funeral": "FD/{y}/{n:04d}", "audiologist": "{y}.{n:05d}",
}  # fmt: skip
DIGITS: Final = {"hedgelayer": 3, "restorer": 4, "thatcher": 4, "stainedglass": 3,
                 "shearing": 2, "funeral": 4, "audiologist": 5}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh25Sample(Fresh19Sample):
    """A twenty-fifth-slice invoice; money, dates, the printed truth and the phrasing per
    layout work as in the nineteenth slice, with this slice's wording. `refs` also holds what
    single layouts print beside the customer: the hedge's parcel, the piece restored, the
    deceased, the patient number and the warranty date."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "shearing":  # head per task and flock, in flock order
        flocks = rng.sample(FLOCKS[lang], 4)
        return _paired(rng, SHEARS[lang], SHEAR_PRICES, flocks, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** DIGITS[layout])
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the customer, and the corrected invoice of a credit
    note."""
    refs = {"field": f"{rng.choice('ABCDK')}{rng.randrange(10, 99)}/{rng.randrange(1, 40)}",
            "piece": PIECES[lang][variant], "deceased": DECEASED[lang][variant],
            "patient": f"{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}",
            "warranty": issue.replace(year=issue.year + rng.choice([2, 3, 4])).isoformat(),
            }  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh25Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the shearing account's first variant has a whole-flock
    discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 10, 5) + dt.timedelta(days=rng.randrange(300))
    if issue.month == 2 and issue.day == 29:  # a warranty a whole number of years on
        issue -= dt.timedelta(days=1)
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    number = _number(rng, layout, issue)
    due = issue + dt.timedelta(days=rng.choice([10, 14, 21, 30]))
    refs = _refs(rng, layout, lang, issue, credit=credit, variant=variant)
    pct = Decimal(rng.choice([3, 5, 8])) if layout == "shearing" and variant == 0 else Decimal(0)
    return Fresh25Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, index=index, date_style=date_style, number=number, issue=issue,
        due=due, refs=refs, allowance_pct=pct, **_printed_money(money, lang),
    )  # fmt: skip


def fresh25() -> list[Fresh25Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh25Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh25/*.pdf` and the truth `out/fresh25.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh25(), render)
