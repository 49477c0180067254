"""The nineteenth fresh slice of the synthetic evaluation set (`fresh19`), measured once unseen, now
a development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a lift maintenance contractor's quarterly invoice with its facts in a right-aligned key column
and the contract and installation in a ruled reference band, a fire-extinguisher servicing firm's
invoice with its facts in a two-column grid of ruled cells, a pool maintenance firm's invoice that
prints its number and dates only in a strip at the foot, a vending operator's invoice with all its
facts on one reference line under the title and a refill per machine and product, a blind fitter's
invoice with the fitting address and the billed customer side by side and a room column, a
bookkeeping firm's monthly fee invoice with its facts as a row of captioned cells over the client,
and a farrier's account to a horse owner with a line per horse and piece of work.

Layouts (`evalset_fresh19_layouts.py`, `evalset_fresh19_pages.py`): the extinguisher firm gives
its contract customers a reduction on the first variant; the vending operator bills up to twenty
lines. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year,
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
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9 import Fresh9Sample
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19_items import (
    BLINDS,
    BOOKKEEPING,
    EXTINGUISHERS,
    FARRIERY,
    FARRIERY_PRICES,
    LIFT,
    POOL,
    PRODUCT_PRICES,
    PRODUCTS,
)
from evalset_fresh19_layouts import DRAW
from evalset_fresh19_parties import BUYERS, HORSES, MACHINES, OWNERS, SELLERS
from evalset_fresh19_text import MONEY, POOLS, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270904
NAME: Final = "fresh19"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "liftservice": ("dot", {"en", "de"}, ((1, 2), (3, 5))),
    "extinguishers": ("num", {"nl"}, ((1, 3), (3, 6))),
    "poolvisit": ("long", set(), ((1, 3), (3, 5))),
    "vending": ("iso", {"fr"}, ((3, 6), (14, 20))),
    "blindfit": ("yy", {"es", "it"}, ((1, 3), (3, 6))),
    "bookkeeping": ("abbr", {"de"}, ((2, 4), (3, 6))),
    "farrier": ("num", set(), ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"liftservice": LIFT, "extinguishers": EXTINGUISHERS, "poolvisit": POOL,
                "blindfit": BLINDS, "bookkeeping": BOOKKEEPING}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "liftservice": "LS/{y}/{n:05d}", "extinguishers": "FX-{n:04d}-{yy}",
    "poolvisit": "{yy}{m:02d}.{n:03d}", "vending": "VND {n:06d}", "blindfit": "BF{yy}-{n:04d}",
    "bookkeeping": "{y}-{m:02d}/{n:03d}", "farrier": "F {n:04d}",
}  # fmt: skip
ROOMS: Final = {"en": ("Lounge", "Kitchen", "Bedroom 1", "Bedroom 2", "Office", "Landing"),
                "de": ("Wohnzimmer", "Küche", "Schlafzimmer", "Kinderzimmer", "Büro", "Flur"),
                "fr": ("Séjour", "Cuisine", "Chambre 1", "Chambre 2", "Bureau", "Palier"),
                "es": ("Salón", "Cocina", "Dormitorio 1", "Dormitorio 2", "Despacho",
                       "Pasillo"),
                "it": ("Soggiorno", "Cucina", "Camera 1", "Camera 2", "Studio", "Corridoio"),
                "nl": ("Woonkamer", "Keuken", "Slaapkamer 1", "Slaapkamer 2", "Kantoor",
                       "Overloop")}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh19Sample(Fresh9Sample):
    """A nineteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds what single layouts print
    beside the parties: the lift contract, the next inspection, the pool, the vending site, the
    fitting date, the client number and the yard. A later slice's subclass names its own
    `wording` and `titles`."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        options = self.wording[self.lang][key].split("|")
        return options[self.index % 3] if len(options) == 3 else options[0]

    @property
    def title(self) -> str:
        return self.titles[self.lang][int(self.credit_note)].split("|")[self.index]


def _paired(rng: random.Random, names: tuple[str, ...], prices: tuple[tuple[int, int], ...],
            tags: list[str], count: int, scale: int) -> list[Fresh10Line]:  # fmt: skip
    """`count` distinct (tag, item) pairs in tag order: a machine's refills or a horse's work,
    the tag (machine code or horse) at the end of the description and in `section`."""
    pairs = sorted(rng.sample([(t, k) for t in range(len(tags)) for k in range(len(names))],
                              count))  # fmt: skip
    found = []
    for tag, k in pairs:
        low, high = prices[k]
        quantity = Decimal(rng.randrange(6, 96) if len(names) > 4 else 1)
        found.append(Fresh10Line(f"{names[k]}, {tags[tag]}", quantity,
                                 Decimal(rng.randrange(low * scale, high * scale)) / 100,
                                 unit="", section=tags[tag]))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "vending":
        machines = [rng.choice(MACHINES).format(n=rng.randrange(100, 999)) for _ in range(3)]
        return _paired(rng, PRODUCTS[lang], PRODUCT_PRICES, machines, count, money.scale)
    if layout == "farrier":
        return _paired(rng, FARRIERY[lang], FARRIERY_PRICES, rng.sample(HORSES, 3), count,
                       money.scale)  # fmt: skip
    found = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    if layout == "blindfit":
        rooms = rng.sample(ROOMS[lang], len(found))
        found = [
            dataclasses.replace(ln, section=room) for ln, room in zip(found, rooms, strict=True)
        ]
    return found


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** {"liftservice": 5, "vending": 6}.get(layout, 4))
    if layout in ("poolvisit", "bookkeeping"):
        serial %= 1000
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    refs = {"contract": f"WV-{rng.randrange(100, 999)}-{rng.choice('ABCK')}",
            "lift": f"{rng.choice(['L', 'AZ', 'E'])}{rng.randrange(10000, 99999)}",
            "next": f"{(issue.month % 12) + 1:02d}/{issue.year + 1}",
            "pool": POOLS[lang][variant], "client_no": str(rng.randrange(10000, 99999)),
            "fitted_on": (issue - dt.timedelta(days=rng.randrange(2, 9))).isoformat(),
            "month": LOCALES[lang].months[(issue.month - 2) % 12] if LOCALES[lang].months
            else f"{(issue.month - 2) % 12 + 1:02d}"}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh19Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the extinguisher firm's first variant has a contract reduction.
    The farrier bills a horse owner."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 6, 2) + dt.timedelta(days=rng.randrange(290))
    credit = variant == 1 and lang in credit_langs
    party = OWNERS[lang][variant] if layout == "farrier" else BUYERS[lang][(index + variant) % 4]
    reduction = Decimal(rng.choice([5, 10, 12])) if layout == "extinguishers" else Decimal(0)
    lines = tuple(_lines(rng, layout, lang, rng.randrange(low, high + 1), money))
    return Fresh19Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=party, lines=lines, credit_note=credit,
        currency=money.code, symbol=money.symbol, symbol_before=money.before, money=money,
        thousands=money.thousands, decimal=money.decimal, index=index, date_style=date_style,
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([10, 14, 28, 30])),
        refs=_refs(rng, layout, lang, issue, credit=credit, variant=variant),
        allowance_pct=reduction if variant == 0 else Decimal(0),
    )  # fmt: skip


def fresh19() -> list[Fresh19Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh19Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh19/*.pdf` and the truth `out/fresh19.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh19(), render)
