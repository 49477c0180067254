"""The twenty-third fresh evaluation slice of the synthetic evaluation set (`fresh23`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: a hot-air balloon operator's invoice for corporate flights with the
operator's details in a tinted sidebar down the left edge, a falconry bird-control service's invoice
with its facts aligned on a gutter under the customer and two-line table rows, a mobile welder's
invoice whose totals stand in a row of three boxes across the page, a knife-sharpening round's
invoice to restaurants under a one-line letterhead with a long table of pieces per kitchen section,
an organ builder's restoration invoice inside a double page border, a ship chandler's invoice to a
yacht owner with the vessel line and a striped table, and an escape-room venue's invoice for a
company team event with the event in a sentence under the title.

Layouts (`evalset_fresh23_layouts.py`, `evalset_fresh23_pages.py`): the sharpening round gives
its regular restaurants a round discount on the first variant and bills up to twenty pieces.
Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year,
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
from typing import Any, ClassVar, Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19 import Fresh19Sample, _paired
from evalset_fresh23_items import (
    BLADE_PRICES,
    BLADES,
    ESCAPE,
    FALCONRY,
    FLIGHTS,
    ORGAN,
    SECTIONS,
    STORES,
    WELDING,
)
from evalset_fresh23_layouts import DRAW
from evalset_fresh23_parties import BERTHS, BUYERS, LAUNCH, SELLERS, VESSELS
from evalset_fresh23_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20280509
NAME: Final = "fresh23"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "balloon": ("long", {"nl"}, ((1, 2), (2, 4))),
    "falconry": ("dot", {"de"}, ((1, 3), (3, 6))),
    "welding": ("iso", {"es"}, ((2, 4), (4, 6))),
    "sharpening": ("abbr", {"it"}, ((3, 8), (15, 20))),
    "organ": ("num", {"fr"}, ((1, 2), (3, 5))),
    "chandler": ("yy", {"en"}, ((2, 4), (4, 6))),
    "escape": ("dot", set(), ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"balloon": FLIGHTS, "falconry": FALCONRY, "welding": WELDING, "organ": ORGAN,
                "chandler": STORES, "escape": ESCAPE}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "balloon": "BF-{yy}{m:02d}{n:02d}", "falconry": "{n:04d}/{yy}", "welding": "W{n:05d}",
    "sharpening": "SR {y}.{n:03d}", "organ": "{y}-R{n:02d}", "chandler": "{n:06d}",
    "escape": "EV/{y}/{n:04d}",
}  # fmt: skip
# The organ builders whose instruments the restorer works on, per language.
BUILDERS: Final = {"en": "Marcussen & Søn", "de": "Gottfried Silbermann",
                   "fr": "Joseph Callinet", "es": "Aquilino Amezua", "it": "Fratelli Serassi",
                   "nl": "Bätz & Co."}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh23Sample(Fresh19Sample):
    """A twenty-third-slice invoice; money, dates, the printed truth, the allowance and the
    phrasing per layout work as in the nineteenth slice, with this slice's wording. `refs` also
    holds what single layouts print beside the parties: the flight day and launch site, the
    site patrolled, the job site, the day the knives were collected, the instrument, the
    yacht with its flag and berth, and the team event's day and size."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _blades(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """`count` distinct (section, piece) pairs in section order, as the nineteenth slice pairs
    them (the section at the end of the description), each a few pieces of one kind."""
    found = _paired(rng, BLADES[lang], BLADE_PRICES, list(SECTIONS[lang]), count, scale)
    return [dataclasses.replace(ln, quantity=Decimal(rng.randrange(1, 13))) for ln in found]


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "sharpening":
        return _blades(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** {"balloon": 2, "organ": 2, "sharpening": 3,
                                     "welding": 5, "chandler": 6}.get(layout, 4))  # fmt: skip
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    vessel, flag = VESSELS[variant]
    refs = {"flight": (issue - dt.timedelta(days=rng.randrange(2, 15))).isoformat(),
            "launch": LAUNCH[lang],
            "collected": (issue - dt.timedelta(days=rng.randrange(1, 6))).isoformat(),
            "instrument": f"{BUILDERS[lang]} {rng.randrange(1740, 1900)}, II/P, "
                          f"{rng.randrange(14, 38)}",
            "vessel": vessel, "flag": flag, "berth": rng.choice(BERTHS),
            "event": (issue - dt.timedelta(days=rng.randrange(1, 10))).isoformat(),
            "players": str(rng.randrange(8, 31))}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _printed_money(money: Money, lang: str) -> dict[str, Any]:
    """The sample fields that follow from the money a document bills in: the currency, how its
    amounts are printed and the standard VAT rate of its country."""
    return {"currency": money.code, "symbol": money.symbol, "symbol_before": money.before,
            "money": money, "thousands": money.thousands, "decimal": money.decimal,
            "tax_rate": Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])}  # fmt: skip


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh23Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the sharpening round's first variant has a round discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 8, 3) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    discount = layout == "sharpening" and variant == 0
    number = _number(rng, layout, issue)
    due = issue + dt.timedelta(days=rng.choice([10, 15, 30, 60]))
    refs = _refs(rng, layout, lang, issue, credit=credit, variant=variant)
    pct = Decimal(rng.choice([4, 6, 10])) if discount else Decimal(0)
    return Fresh23Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, index=index, date_style=date_style, number=number, issue=issue,
        due=due, refs=refs, allowance_pct=pct, **_printed_money(money, lang),
    )  # fmt: skip


def fresh23() -> list[Fresh23Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh23Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh23/*.pdf` and the truth `out/fresh23.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh23(), render)
