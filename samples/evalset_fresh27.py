"""The twenty-seventh fresh evaluation slice of the synthetic evaluation set (`fresh27`), the
unseen slice. Seven real-world invoice styles no other set uses, in six languages, two variants
each: an equine dentist's invoice to stables with the title centred over the treatments, a
sign-language interpreter's invoice with a small return-address line over the client in the
envelope window and the title under the client, a wedding-cake bakery's invoice under a centred
letterhead closed by a short double rule, a rope-access window cleaner's invoice under a thin
coloured edge line with a VAT column in the table, an outboard-engine workshop's invoice whose
table head is white on a sea-blue fill, a vintage-car restoration garage's invoice with the
facts at the left and the client at the right, and a cheesemaker's long delivery invoice to a
delicatessen, one line per cheese and cut.

Layouts (`evalset_fresh27_layouts.py`): the cheesemaker gives a trade discount on the first
variant. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year,
abbreviated and month-name dates. Credit notes (type 381) reference the invoice they correct;
their truth keeps amounts positive. A line's truth description is its own printed text line.
Deterministic: fixed seed, fixed PDF metadata.
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
from evalset_fresh27_items import (
    CAKES,
    CHEESE_PRICES,
    CHEESES,
    CLASSIC,
    CUTS,
    DROPS,
    EQUINE,
    OUTBOARD,
    SIGNING,
)
from evalset_fresh27_layouts import DRAW
from evalset_fresh27_parties import BUYERS, SELLERS
from evalset_fresh27_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20281217
NAME: Final = "fresh27"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "equine": ("long", {"fr"}, ((1, 3), (3, 6))),
    "interpreter": ("abbr", {"en"}, ((1, 2), (3, 5))),
    "weddingcake": ("num", {"de", "it"}, ((1, 3), (3, 6))),
    "ropeaccess": ("yy", set(), ((1, 3), (3, 6))),
    "outboard": ("iso", {"nl"}, ((1, 3), (3, 6))),
    "vintagecar": ("num", {"es"}, ((2, 4), (5, 8))),
    "cheesemaker": ("dot", set(), ((4, 8), (15, 20))),
}  # fmt: skip
ITEMS: Final = {"equine": EQUINE, "interpreter": SIGNING, "weddingcake": CAKES,
                "ropeaccess": DROPS, "outboard": OUTBOARD, "vintagecar": CLASSIC}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "equine": "ED/{y}/{n:03d}", "interpreter": "RVE-{yy}{m:02d}-{n:02d}",
    "weddingcake": "WC {n:04d}", "ropeaccess": "INV-{n:05d}", "outboard": "{y}-W{n:04d}",
    "vintagecar": "R{yy}.{n:03d}", "cheesemaker": "{n:06d}",
}  # fmt: skip
DIGITS: Final = {"equine": 3, "interpreter": 2, "weddingcake": 4, "ropeaccess": 5,
                 "outboard": 4, "vintagecar": 3, "cheesemaker": 6}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh27Sample(Fresh19Sample):
    """A twenty-seventh-slice invoice; money, dates, the printed truth and the phrasing per layout
    work as in the nineteenth slice, with this slice's wording."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "cheesemaker":  # pieces per cheese and cut, in cut order
        return _paired(rng, CHEESES[lang], CHEESE_PRICES, list(CUTS[lang]), count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** DIGITS[layout])
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh27Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the cheesemaker's first variant has a trade discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 12, 7) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    number = _number(rng, layout, issue)
    due = issue + dt.timedelta(days=rng.choice([7, 14, 28, 30]))
    refs = {}
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(15, 50)))
    trade = layout == "cheesemaker" and variant == 0
    pct = Decimal(rng.choice([3, 5, 8])) if trade else Decimal(0)
    return Fresh27Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, index=index, date_style=date_style, number=number, issue=issue,
        due=due, refs=refs, allowance_pct=pct, **_printed_money(money, lang),
    )  # fmt: skip


def fresh27() -> list[Fresh27Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh27Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh27/*.pdf` and the truth `out/fresh27.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh27(), render)
