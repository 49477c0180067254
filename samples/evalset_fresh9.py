"""The ninth fresh slice of the synthetic evaluation set (`fresh9`): measured once unseen, then used
for development (like every later slice). Seven real-world invoice styles no other set uses, in six
languages, two variants each: a veterinary clinic's invoice with the patient, a venue hire invoice
that deducts the deposit already paid, a managed IT services invoice with a framed fact box, a
tradesman's pre-printed pad filled in by hand, a wine merchant's letterhead that names the seller
only in the footer, a chauffeur service's account of rides, and a commercial laundry's linen invoice
with its values left of their labels.

Layouts (`evalset_fresh9_layouts.py`, `evalset_fresh9_pages.py`): the clinic prints its facts
and the patient as a grid of labels above values, and the day each treatment was given; the
venue prints number and dates in white on a coloured band and, after the grand total, the
deposit received and the balance; the IT invoice frames its facts at the right with labels on two
lines and bills seats and devices per month; the pad has pre-printed boxes and a ruled grid with
abbreviated labels, its values in a handwriting-like italic; the wine merchant shows only a
monogram on top, vintage and region columns and a case discount (a document-level allowance);
the chauffeur lists dated rides with pick-up time, route and passenger plus a fuel surcharge (a
document-level charge); the laundry bills pieces at prices with three decimals. Money in EUR,
GBP, CHF, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year and month-name dates. Credit
notes (type 381) reference the invoice they correct; their truth keeps amounts positive. The net
total is the sum of the lines less allowances plus charges (EN 16931). A line's truth
description is its own printed text line. Deterministic: fixed seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh5_items import Item
from evalset_fresh7 import Fresh7Line, Fresh7Sample
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9_items import (
    CALLOUT,
    EVENTS,
    LINEN,
    MANAGED,
    PASSENGERS,
    PETS,
    PLACES,
    SPECIES,
    TREATMENTS,
    VENUE,
    WINES,
)
from evalset_fresh9_layouts import DRAW
from evalset_fresh9_parties import BUSINESSES, PRIVATE, SELLERS
from evalset_fresh9_text import MONEY, TITLES, WORDING
from generate import CENT, LOCALES, render_layout, write_set

SEED: Final = 20261221
NAME: Final = "fresh9"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "veterinary": ("dot", {"de"}, ((1, 3), (4, 8))),
    "venue": ("long", {"nl"}, ((2, 4), (5, 8))),
    "managed": ("iso", {"en", "nl"}, ((1, 3), (5, 8))),
    "padform": ("yy", set(), ((1, 2), (3, 6))),
    "vintner": ("abbr", {"fr"}, ((1, 4), (6, 10))),
    "chauffeur": ("num", {"es"}, ((2, 5), (13, 20))),
    "laundry": ("dot", {"it"}, ((3, 6), (9, 12))),
}  # fmt: skip
# Passenger transport is taxed at a reduced rate in most of these countries.
TRANSPORT_RATES: Final = {"en": "8", "de": "19", "fr": "10", "es": "10", "it": "10", "nl": "9"}
# Venue hire by the day or evening (other venue items are flat fees, hours or pieces).
DAYS: Final = frozenset(("day", "eve", "Tag", "Abend", "jour", "soirée", "día", "noche", "giorno",
                         "serata", "dag", "avond"))  # fmt: skip
PRIVATE_BUYERS: Final = {"veterinary": 0, "padform": 1}  # the first of two private customers


@dataclasses.dataclass(frozen=True)
class Fresh9Line(Fresh7Line):
    passenger: str = ""  # chauffeur: who rode (the ride's day and pick-up time in day, time)
    vintage: str = ""  # wine: the year (or "NV") and the region (in origin)


@dataclasses.dataclass(frozen=True)
class Fresh9Sample(Fresh7Sample):
    """A ninth-slice invoice; money, dates, the printed truth, the allowance or charge and the
    deposit (in `instalments`) work as in the seventh slice, with this slice's wording."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _cents(rng: random.Random, low: int, high: int, scale: int) -> Decimal:
    return Decimal(rng.randrange(low * scale, high * scale)) / 100


def _veterinary(rng: random.Random, lang: str, count: int, scale: int,
                issue: dt.date) -> list[Fresh9Line]:  # fmt: skip
    found = []
    for item in rng.sample(TREATMENTS[lang], count):
        quantity = rng.choice([2, 4, 6, 10]) if item.high < 1000 else rng.choice([1, 1, 1, 2])
        found.append(Fresh9Line(item.description, Decimal(quantity),
                                _cents(rng, item.low, item.high, scale), unit=item.unit,
                                day=issue - dt.timedelta(days=rng.randrange(0, 21))))  # fmt: skip
    return sorted(found, key=lambda ln: ln.day)


def _priced(rng: random.Random, items: Sequence[Item], count: int, scale: int,
            quantity: Callable[[Item], Decimal]) -> list[Fresh9Line]:  # fmt: skip
    """`count` of the items, each in the quantity its style bills, at a price in its range."""
    found = []
    for item in rng.sample(items, count):
        amount = quantity(item)
        price = _cents(rng, item.low, item.high, scale)
        found.append(Fresh9Line(item.description, amount, price, unit=item.unit))
    return found


def _venue(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh9Line]:
    def quantity(item: Item) -> Decimal:
        if item.high <= 2600:  # tables
            return Decimal(rng.randrange(6, 41))
        if item.high <= 6500:  # staff by the hour
            return Decimal(rng.randrange(8, 33)) / 2
        return Decimal(rng.choice([1, 1, 2, 3]) if item.unit in DAYS else 1)  # or a flat fee

    return _priced(rng, VENUE[lang], count, scale, quantity)


def _managed(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh9Line]:
    def quantity(item: Item) -> Decimal:  # seats and devices, or a few sites and servers
        return Decimal(rng.randrange(4, 90) if item.high < 5000 else rng.randrange(1, 4))

    return _priced(rng, MANAGED[lang], count, scale, quantity)


def _padform(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh9Line]:
    def quantity(item: Item) -> Decimal:
        if item.unit in ("hr", "Std", "h", "ora", "uur"):
            return Decimal(rng.randrange(2, 17)) / 2
        if item.unit == "m":
            return Decimal(rng.randrange(1, 13))
        if item is CALLOUT[lang][0]:  # one call-out per visit
            return Decimal(1)
        return Decimal(rng.choice([1, 1, 1, 2, 3]))

    return _priced(rng, CALLOUT[lang], count, scale, quantity)


def _vintner(rng: random.Random, lang: str, count: int, scale: int,
             issue: dt.date) -> list[Fresh9Line]:  # fmt: skip
    found = []
    for item in rng.sample(WINES[lang], count):
        vintage = "NV" if "non-vintage" in item.description else str(
            issue.year - rng.randrange(2, 12))  # fmt: skip
        found.append(Fresh9Line(item.description, Decimal(rng.choice([3, 6, 6, 12, 12, 18, 24])),
                                _cents(rng, item.low, item.high, scale), origin=item.unit,
                                vintage=vintage))  # fmt: skip
    return found


def _chauffeur(rng: random.Random, lang: str, count: int, scale: int,
               issue: dt.date) -> list[Fresh9Line]:  # fmt: skip
    places, first = PLACES[lang], issue.replace(day=1) - dt.timedelta(days=28)
    days = sorted(rng.sample(range(28), count))
    disposal = WORDING[lang]["disposal"]
    seen: set[str] = set()
    found = []
    for offset in days:
        while True:
            a, b = rng.sample(places, 2)
            hourly = rng.random() < 0.25
            description = disposal.format(place=a) if hourly else f"{a} \u2013 {b}"
            if description not in seen:
                seen.add(description)
                break
        if hourly:
            quantity, price = Decimal(rng.randrange(6, 19)) / 2, _cents(rng, 5500, 8500, scale)
        else:
            quantity, price = Decimal(1), _cents(rng, 6500, 19000, scale)
        time = f"{rng.randrange(6, 22):02d}:{rng.choice([0, 15, 30, 45]):02d}"
        found.append(Fresh9Line(description, quantity, price, unit="h" if hourly else "",
                                day=first + dt.timedelta(days=offset), time=time,
                                passenger=rng.choice(PASSENGERS)))  # fmt: skip
    return found


def _laundry(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh9Line]:
    linen = LINEN[lang]
    found = []
    for k in sorted(rng.sample(range(len(linen)), count)):
        item = linen[k]
        price = Decimal(rng.randrange(item.low * scale, item.high * scale)) / 1000
        found.append(Fresh9Line(item.description, Decimal(rng.randrange(20, 900)), price,
                                unit=item.unit, code=f"{101 + k}"))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date) -> list[Fresh9Line]:  # fmt: skip
    scale = money.scale
    if layout in ("veterinary", "vintner", "chauffeur"):
        dated = {"veterinary": _veterinary, "vintner": _vintner, "chauffeur": _chauffeur}
        return dated[layout](rng, lang, count, scale, issue)
    return {"venue": _venue, "managed": _managed, "padform": _padform,
            "laundry": _laundry}[layout](rng, lang, count, scale)  # fmt: skip


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "veterinary": f"V{year % 100}-{n:05d}", "venue": f"EVT/{year}/{n % 1000:03d}",
        "managed": f"MSP-{year}{issue.month:02d}-{n % 10000:04d}", "padform": f"{n % 9000 + 1000}",
        "vintner": f"{n:05d}-{year % 100}", "chauffeur": f"{year}.{issue.month:02d}.{n % 1000:03d}",
        "laundry": f"L {n:06d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          credit: bool) -> dict[str, str]:  # fmt: skip
    start = (issue.replace(day=1) - dt.timedelta(1)).replace(day=1)
    refs = {"pet": rng.choice(PETS), "species": rng.choice(SPECIES[lang]),
            "chip": f"{rng.choice([250, 276, 380, 528, 724, 372])}{rng.randrange(10**11, 10**12)}",
            "event": rng.choice(EVENTS[lang]),
            "event_day": (issue - dt.timedelta(days=rng.randrange(2, 12))).isoformat(),
            "contract": f"SLA-{rng.randrange(1000, 9999)}", "start": start.isoformat(),
            "account": f"{rng.randrange(10000, 99999)}"}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout == "chauffeur":
        return Decimal(TRANSPORT_RATES[lang])
    return Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "veterinary" and lang == "en":
        return "num"
    if layout == "managed" and variant:
        return "dot"
    if layout == "vintner" and lang in ("de", "nl"):
        return "long"
    return style


def _deposit(rng: random.Random, sample: Fresh9Sample) -> tuple[tuple[dt.date, Decimal], ...]:
    """The deposit the venue received when the booking was made (a round share of the total)."""
    share = Decimal(rng.choice([20, 25, 30, 50])) / 100
    amount = (sample.grand * share).quantize(Decimal(10) if sample.grand > 1000 else CENT)
    return ((sample.issue - dt.timedelta(days=rng.randrange(40, 120)), amount),)


def fresh9() -> list[Fresh9Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, counts)) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randrange(330))
                is_credit = variant == 1 and lang in credit
                count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
                lines = _lines(rng, layout, lang, count, money, issue)
                allowance = Decimal(rng.choice([5, 8, 10])) if (
                    layout == "vintner" and not is_credit) else Decimal(0)  # fmt: skip
                charge = Decimal(rng.choice(["2.5", "3", "4"])) if layout == "chauffeur" else (
                    Decimal(0))  # fmt: skip
                if layout in PRIVATE_BUYERS:
                    buyer = PRIVATE[lang][PRIVATE_BUYERS[layout] + 2 * variant]
                else:
                    buyer = BUSINESSES[lang][(index + variant) % 4]
                sample = Fresh9Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30, 60])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=buyer,
                    tax_rate=_rate(layout, lang, money), lines=tuple(lines),
                    credit_note=is_credit, thousands=money.thousands, decimal=money.decimal,
                    index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style),
                    refs=_refs(rng, layout, lang, issue, is_credit),
                    allowance_pct=allowance, charge_pct=charge,
                )  # fmt: skip
                if layout == "venue" and not is_credit:
                    sample = dataclasses.replace(sample, instalments=_deposit(rng, sample))
                found.append(sample)
    return found


def render(sample: Fresh9Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh9/*.pdf` and the truth `out/fresh9.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh9(), render)
