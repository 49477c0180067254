"""The twenty-fourth fresh evaluation slice of the synthetic evaluation set (`fresh24`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: a wasp-nest service's invoice laid out like an online invoice (the
title and the facts at the top left, the seller and the customer side by side under them, then one
large line naming the amount due and its date), a sauna and hot-tub servicing firm's invoice closed
by a VAT summary table (rate, net, VAT, gross), a stage magician's fee invoice to a company with
the performance beside an accent bar, a church-bell restorer's invoice with numbered positions and
the bell under the customer, a mobile dog groomer's invoice with the dogs named and the totals on a
tinted panel, a seed merchant's invoice to farms listing up to twenty seeds per delivery note in a
table with column rules, and a party-hire firm's invoice with the customer, the delivery address
and the facts in three columns.

Layouts (`evalset_fresh24_layouts.py`, `evalset_fresh24_pages.py`): the seed merchant gives an
early-order discount on the first variant. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric,
dotted, ISO, two-digit-year, abbreviated and month-name dates. Credit notes (type 381) reference
the invoice they correct; their truth keeps amounts positive. A line's truth description is its own
printed text line. Deterministic: fixed seed, fixed PDF metadata.
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
from evalset_fresh24_items import BELLS, GROOMS, NOTE, PARTY, SEED_PRICES, SEEDS, SHOW, SPAS, WASPS
from evalset_fresh24_layouts import DRAW
from evalset_fresh24_parties import BELLS as CAST
from evalset_fresh24_parties import BUYERS, DOGS, SELLERS
from evalset_fresh24_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20280731
NAME: Final = "fresh24"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "waspnest": ("long", {"fr"}, ((1, 2), (2, 4))),
    "hottub": ("dot", {"nl"}, ((2, 4), (4, 6))),
    "magician": ("abbr", {"de"}, ((1, 3), (3, 5))),
    "churchbell": ("num", set(), ((1, 2), (3, 5))),
    "groomer": ("yy", {"it"}, ((1, 3), (3, 5))),
    "seedmerchant": ("iso", {"es"}, ((3, 8), (15, 20))),
    "bouncycastle": ("dot", {"en"}, ((1, 3), (3, 5))),
}  # fmt: skip
ITEMS: Final = {"waspnest": WASPS, "hottub": SPAS, "magician": SHOW, "churchbell": BELLS,
                "groomer": GROOMS, "bouncycastle": PARTY}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "waspnest": "BZ-{n:04d}", "hottub": "{y}{m:02d}-{n:03d}", "magician": "AM {yy}/{n:03d}",
    "churchbell": "GR {y}/{n:02d}", "groomer": "{n:05d}", "seedmerchant": "FV/{n:05d}/{m:02d}/{yy}",
    "bouncycastle": "JJ{yy}-{n:04d}",
}  # fmt: skip
# Where the party-hire firm sets up, per language.
VENUES: Final = {"en": "Tilgate Park, Lakeside Lawn", "de": "Wittelsbacher Park, Festwiese",
                 "fr": "Prairie des Filtres", "es": "Parque El Palmeral",
                 "it": "Parco dei Giardini Margherita", "nl": "Liesbos, speelweide"}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh24Sample(Fresh19Sample):
    """A twenty-fourth-slice invoice; money, dates, the printed truth, the allowance and the
    phrasing per layout work as in the nineteenth slice, with this slice's wording. `refs` also
    holds what single layouts print beside the parties: the day of the show and its venue, the
    bell restored, the dogs groomed, and the party's day and venue."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _seeds(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """`count` distinct (delivery note, seed) pairs in delivery-note order, sacks of one seed
    each, the delivery note at the end of the description."""
    serials = itertools.accumulate(rng.randrange(3, 40) for _ in range(3))
    first = rng.randrange(40000, 49000)
    notes = [f"{NOTE[lang]} {first + step}" for step in serials]
    return _paired(rng, SEEDS[lang], SEED_PRICES, notes, count, scale)


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "seedmerchant":
        return _seeds(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** {"hottub": 3, "magician": 3, "churchbell": 2,
                                     "groomer": 5, "seedmerchant": 5}.get(layout, 4))  # fmt: skip
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    name, year, weight = CAST[variant]
    refs = {"show": (issue - dt.timedelta(days=rng.randrange(2, 20))).isoformat(),
            "bell": f"\u201c{name}\u201d, {year}, {weight}",
            "dogs": ", ".join(rng.sample(DOGS, rng.randrange(1, 4))),
            "event": (issue - dt.timedelta(days=rng.randrange(1, 12))).isoformat(),
            "venue": VENUES[lang]}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh24Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the seed merchant's first variant has an early-order
    discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 9, 7) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    discount = layout == "seedmerchant" and variant == 0
    number = _number(rng, layout, issue)
    due = issue + dt.timedelta(days=rng.choice([7, 14, 30, 45]))
    refs = _refs(rng, layout, lang, issue, credit=credit, variant=variant)
    pct = Decimal(rng.choice([3, 5, 8])) if discount else Decimal(0)
    return Fresh24Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, index=index, date_style=date_style, number=number, issue=issue,
        due=due, refs=refs, allowance_pct=pct, **_printed_money(money, lang),
    )  # fmt: skip


def fresh24() -> list[Fresh24Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh24Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh24/*.pdf` and the truth `out/fresh24.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh24(), render)
