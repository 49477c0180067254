"""The eighteenth fresh slice of the synthetic evaluation set (`fresh18`), measured once unseen, now
a development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a plant nursery's wholesale invoice to a garden centre with its facts in a right-aligned key
column and a long list of plants by pot size, a bakery's weekly account to a café with the number
and dates on one reference line under the title, a locksmith's call-out invoice with the call-out
times in a strip of three, a scaffolder's hire charged by the week with the contractor and the site
in two boxes, a stonemason's invoice with its facts in a two-column grid of cells, an upholsterer's
invoice with the facts only in a strip at the foot, and an event sound-and-lighting hire with its
facts stacked label over value beside an event panel.

Layouts (`evalset_fresh18_layouts.py`, `evalset_fresh18_pages.py`). The nursery bills up to
twenty lines and gives its garden centres trade terms on the first variant. Money in EUR, GBP,
CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated and month-name
dates. Credit notes (type 381) reference the invoice they correct; their truth keeps amounts
positive. A line's truth description is its own printed text line. Deterministic: fixed seed,
fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9 import Fresh9Sample
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh18_items import BAKERY, LOCKS, PLANTS, POTS, SCAFFOLD, SOUND, STONE, UPHOLSTERY
from evalset_fresh18_layouts import DRAW
from evalset_fresh18_parties import BUYERS, EVENTS, FABRICS, SELLERS, SHOPS, STREETS
from evalset_fresh18_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270921
NAME: Final = "fresh18"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "plantlist": ("num", set(), ((3, 6), (12, 20))),
    "bakeweek": ("long", set(), ((1, 3), (4, 8))),
    "calloutlock": ("yy", {"en"}, ((1, 3), (3, 6))),
    "scaffweeks": ("dot", {"de", "fr"}, ((1, 3), (3, 6))),
    "stonemason": ("abbr", {"fr"}, ((1, 3), (3, 6))),
    "upholsterer": ("iso", {"it"}, ((1, 3), (3, 6))),
    "soundlight": ("num", {"es", "nl"}, ((1, 3), (4, 7))),
}  # fmt: skip
ITEMS: Final = {"bakeweek": BAKERY, "calloutlock": LOCKS, "scaffweeks": SCAFFOLD,
                "stonemason": STONE, "upholsterer": UPHOLSTERY, "soundlight": SOUND}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "plantlist": "NUR/{y}/{n:05d}", "bakeweek": "B{yy}{m:02d}-{n:03d}",
    "calloutlock": "LS {n:05d}", "scaffweeks": "SC-{y}-{n:04d}", "stonemason": "{n:04d}/{yy}",
    "upholsterer": "UPH{yy}.{n:03d}", "soundlight": "EV {y} {m:02d} {n:03d}",
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh18Sample(Fresh9Sample):
    """An eighteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds what single layouts print:
    the nursery's trolleys, the bakery's week, the locksmith's call-out, the scaffold's site,
    the stonemason's place of work, the upholsterer's fabric and the hired-for event."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        *options, last = WORDING[self.lang][key].split("|")
        return [*options, last][self.index % 3] if options else last

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    width = {"plantlist": 5, "calloutlock": 5, "scaffweeks": 4, "stonemason": 4}.get(layout, 3)
    serial = rng.randrange(10 ** (width - 1), 10**width)
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _plants(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """The nursery's delivery: `count` distinct (plant, pot size) pairs, plant by plant; trays
    of small pots by the tray, containers by the pot."""
    pairs = sorted(rng.sample([(p, k) for p in range(10) for k in range(3)], count))
    found = []
    for plant, size in pairs:
        pot, unit, low, high = POTS[lang][size]
        quantity = rng.randrange(2, 13) if size == 0 else rng.randrange(5, 61)
        found.append(Fresh10Line(f"{PLANTS[lang][plant]}, {pot}", Decimal(quantity),
                                 Decimal(rng.randrange(low * scale, high * scale)) / 100,
                                 unit=unit))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "plantlist":
        return _plants(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *,
          credit: bool) -> dict[str, str]:  # fmt: skip
    out = rng.randrange(2, 9)
    monday = issue - dt.timedelta(days=issue.weekday() + 7)
    hour, minute = rng.randrange(18, 23), rng.randrange(0, 60, 5)
    wait = rng.randrange(25, 75)
    arrived = hour * 60 + minute + wait
    show = issue - dt.timedelta(days=rng.randrange(3, 20))
    refs = {"out": str(out), "back": str(rng.randrange(0, out + 1)),
            "start": monday.isoformat(), "end": (monday + dt.timedelta(days=6)).isoformat(),
            "called": f"{hour:02d}:{minute:02d}",
            "arrived": f"{arrived // 60 % 24:02d}:{arrived % 60:02d}",
            "site": f"{rng.randrange(2, 90)} {rng.choice(STREETS[lang])}",
            "erected": (issue - dt.timedelta(weeks=rng.randrange(3, 14))).isoformat(),
            "fabric": f"{rng.choice(FABRICS)} \u00b7 {rng.randrange(1000, 9999)}",
            "event": rng.choice(EVENTS), "show": show.isoformat(),
            "getin": (show - dt.timedelta(days=1)).isoformat()}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=28))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh18Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the nursery's first variant has garden-centre terms. The
    nursery and the bakery bill their shops, the others one of four customers."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randrange(300))
    low, high = counts[variant]
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    is_credit = bool(variant) and lang in credit
    shops = SHOPS.get(layout)
    buyer = shops[lang][variant] if shops else BUYERS[lang][(index + variant) % 4]
    terms = rng.choice([5, 7, 10]) if layout == "plantlist" and not variant else 0
    return Fresh18Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=buyer,
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        lines=tuple(lines), credit_note=is_credit, thousands=money.thousands,
        decimal=money.decimal, index=index, money=money, date_style=date_style,
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([10, 14, 30, 45])),
        refs=_refs(rng, layout, lang, issue, credit=is_credit), allowance_pct=Decimal(terms),
    )  # fmt: skip


def fresh18() -> list[Fresh18Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    documents = itertools.product(enumerate(STYLE), LOCALES, range(2))
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in documents]  # fmt: skip


def render(sample: Fresh18Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh18/*.pdf` and the truth `out/fresh18.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh18(), render)
