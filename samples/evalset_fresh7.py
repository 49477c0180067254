"""The seventh fresh slice of the synthetic evaluation set (`fresh7`): measured once unseen (on
pdf-rules 0.8.0), then used for development. Seven real-world invoice styles no other set uses, in
six languages, two variants each: an architect's fee by work stage, a produce wholesaler's weights,
a landscape fuel-card statement, a two-page library invoice with carried-forward sums, a monospaced
printout aligned by spaces, a training invoice with a right sidebar and an apportioned service
charge.

Layouts (`evalset_fresh7_layouts.py`, `evalset_fresh7_pages.py`): the architect bills percentage
points of the agreed fee per work stage (share and progress in grey under each stage), the date
without a label after the town, and deducts earlier instalments after the grand total; the
produce invoice has boxed facts and lot, origin, crates, gross, tare and net weight columns
(net kg x price per kg with three decimals); the fuel card is a landscape page of dated
transactions (litres x price per litre with three decimals); the library supplier's long
invoices run over two pages with "carried forward" / "brought forward" amounts at the break;
the monospaced printout is one text line per row, padded with spaces; the training invoice keeps
its facts in a shaded right sidebar, course dates in grey under each course and a group
discount; the service charge apportions each building cost by a key (rate per unit with four
decimals) and adds a management fee (a document-level charge). Money in EUR, GBP, CHF, USD,
SEK, DKK, PLN, CZK, HUF and RON; numeric, dotted, ISO, two-digit-year and month-name dates.
Credit notes (type 381) reference the invoice they correct; their truth keeps amounts positive.
The net total is the sum of the lines less allowances plus charges (EN 16931). A line's truth
description is its first printed line. Deterministic: fixed seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Final

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh5 import Fresh5Line, Fresh5Sample
from evalset_fresh7_items import (
    BOOKS,
    COSTS,
    COURSES,
    FUELS,
    ISBN_GROUP,
    ORIGINS,
    PARTS,
    PRODUCE,
    STAGES,
    STATIONS,
    VENUES,
    VOLUME,
)
from evalset_fresh7_layouts import DRAW
from evalset_fresh7_parties import BUILDINGS, BUYERS, PLATES, PROJECTS, SELLERS
from evalset_fresh7_text import EUR_STANDARD, MONEY, REDUCED, STANDARD, TITLES, WORDING
from generate import CENT, LOCALES, reproducible_pdf, write_set

SEED: Final = 20261207
NAME: Final = "fresh7"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "architect": ("long", set(), ((1, 2), (4, 6))),
    "produce": ("dot", {"de", "it"}, ((1, 3), (6, 12))),
    "fuelcard": ("num", {"fr"}, ((3, 6), (14, 22))),
    "carryover": ("abbr", set(), ((3, 8), (26, 35))),
    "mono": ("yy", {"nl"}, ((1, 4), (5, 10))),
    "training": ("iso", {"en", "es"}, ((1, 2), (3, 5))),
    "property": ("num", {"de"}, ((3, 5), (6, 8))),
}  # fmt: skip
REDUCED_RATE: Final = {"produce", "carryover"}
PAGE_ROWS: Final = 20  # library invoice: rows on the first page before the carried-forward line


@dataclasses.dataclass(frozen=True)
class Fresh7Line(Fresh5Line):
    note: str = ""  # a grey second line under the description (not part of it)
    share: int = 0  # architect: the stage's share of the fee and its progress, in %
    done: int = 0
    lot: str = ""  # produce: lot, origin, crates and tare (gross = quantity + tare)
    origin: str = ""
    crates: int = 0
    tare: Decimal = Decimal(0)
    time: str = ""  # fuel card: time, receipt, card and vehicle of the transaction
    receipt: str = ""
    card: str = ""
    plate: str = ""
    isbn: str = ""  # books
    author: str = ""
    key: str = ""  # service charge: "area" or "units", and the building's total units
    total_units: Decimal = Decimal(0)


@dataclasses.dataclass(frozen=True)
class Fresh7Sample(Fresh5Sample):
    """A seventh-slice invoice; money, dates and the printed truth work as in the fifth slice;
    the net total is the sum of the lines less `allowance_pct` plus `charge_pct` of it."""

    charge_pct: Decimal = Decimal(0)
    instalments: tuple[tuple[dt.date, Decimal], ...] = ()

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]

    @property
    def charge(self) -> Decimal:
        return (self.line_total * self.charge_pct / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def net(self) -> Decimal:
        return self.line_total - self.allowance + self.charge


def _cents(rng: random.Random, low: int, high: int, scale: int) -> Decimal:
    return Decimal(rng.randrange(low * scale, high * scale)) / 100


def _architect(rng: random.Random, lang: str, count: int, fee: Decimal) -> list[Fresh7Line]:
    stages = STAGES[lang]
    count = min(count, len(stages) - 1)
    first = rng.randrange(0, len(stages) - count + 1)
    found = []
    for k, (name, share) in enumerate(stages[first : first + count]):
        done = 100 if k < count - 1 else rng.choice([20, 25, 40, 50, 60, 75, 80, 100])
        points = Decimal(share * done) / 100
        points = points.quantize(Decimal(1)) if points == points.to_integral() else points
        found.append(Fresh7Line(name, points, fee / 100, share=share, done=done))
    return found


def _produce(rng: random.Random, lang: str, count: int, money: Money) -> list[Fresh7Line]:
    found = []
    for name in rng.sample(PRODUCE[lang], count):
        crates = rng.randrange(4, 64)
        net = Decimal(rng.randrange(crates * 80, crates * 190)) / 10
        if money.scale > 1:
            price = Decimal(rng.randrange(60 * money.scale, 420 * money.scale)) / 100
        else:
            price = Decimal(rng.randrange(600, 4200)) / 1000
        tare = crates * Decimal(rng.choice(["1.2", "1.5", "1.8"]))
        lot, origin = f"L{rng.randrange(1000, 9999)}", rng.choice(ORIGINS[lang])
        found.append(Fresh7Line(name, net, price, lot=lot, origin=origin, crates=crates, tare=tare))
    return found


def _fuelcard(rng: random.Random, lang: str, count: int, scale: int,
              issue: dt.date) -> list[Fresh7Line]:  # fmt: skip
    fuels, stations = FUELS[lang], STATIONS[lang]
    pairs = [(f, s) for f in fuels[:3] for s in stations]
    chosen = rng.sample(pairs, count - 1 if count > 3 else count)
    if count > 3:
        chosen.append((fuels[3], rng.choice(stations)))
    end = issue.replace(day=1) - dt.timedelta(days=1)
    days = sorted(rng.sample(range(1, end.day + 1), len(chosen)))
    vehicles = [(f"70{rng.randrange(10**12, 10**13)}",
                 PLATES[lang].format(a=rng.choice("BCDFHKLMRST"), b=rng.choice("AEGNPVXZ"),
                                     n=rng.randrange(100, 999)))
                for _ in range(rng.choice([2, 3]))]  # fmt: skip
    found = []
    for day, (fuel, station) in zip(days, chosen, strict=True):
        if fuel.unit == "pc":
            quantity, price = Decimal(1), _cents(rng, fuel.low, fuel.high, scale)
        else:
            litres = (500, 2000) if fuel is fuels[2] else (2000, 9500)
            quantity = Decimal(rng.randrange(*litres)) / 100
            price = Decimal(rng.randrange(fuel.low, fuel.high) * scale) / 10000
            price = price.quantize(Decimal("0.001"))
        card, plate = rng.choice(vehicles)
        found.append(Fresh7Line(f"{fuel.description} \u2013 {station}", quantity, price,
                                unit=fuel.unit, day=end.replace(day=day),
                                time=f"{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}",
                                receipt=f"{rng.randrange(100000, 999999)}", card=card[-6:],
                                plate=plate))  # fmt: skip
    return found


def _isbn(rng: random.Random, lang: str) -> str:
    group = ISBN_GROUP[lang]
    publisher = f"{rng.randrange(1000, 10000)}"
    title = f"{rng.randrange(10 ** (5 - len(group))):0{5 - len(group)}d}"
    body = "978" + group + publisher + title
    check = -sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10
    return f"978-{group}-{publisher}-{title}-{check}"


def _carryover(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh7Line]:
    slots = sorted(rng.sample([(t, n) for t in range(len(BOOKS[lang])) for n in range(1, 7)],
                              count))  # fmt: skip
    found = []
    for t, n in slots:
        title, author = BOOKS[lang][t]
        found.append(Fresh7Line(VOLUME[lang].format(title=title, n=n),
                                Decimal(rng.choice([1, 1, 2, 2, 3, 4])),
                                _cents(rng, 790, 2990, scale), isbn=_isbn(rng, lang),
                                author=author))  # fmt: skip
    return found


def _mono(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh7Line]:
    found = []
    for item in rng.sample(PARTS[lang], count):
        quantity = rng.randrange(5, 60) if item.unit == "l" else rng.choice([1, 1, 2, 4, 6, 10])
        code = f"{rng.randrange(10000, 99999)}-{rng.randrange(10, 99)}"
        found.append(Fresh7Line(item.description, Decimal(quantity),
                                _cents(rng, item.low, item.high, scale), unit=item.unit,
                                code=code))  # fmt: skip
    return found


def _training(rng: random.Random, lang: str, count: int, scale: int,
              issue: dt.date) -> list[Fresh7Line]:  # fmt: skip
    found = []
    for item in rng.sample(COURSES[lang], count):
        start = issue - dt.timedelta(days=rng.randrange(3, 40))
        found.append(Fresh7Line(item.description, Decimal(rng.randrange(1, 13)),
                                Decimal(rng.randrange(item.low // 100, item.high // 100) * scale),
                                start=start, end=start + dt.timedelta(days=rng.randrange(3)),
                                note=rng.choice(VENUES[lang])))  # fmt: skip
    return found


def _property(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh7Line]:
    per_mille = lang in ("fr", "it")
    found = []
    for name, key in rng.sample(COSTS[lang], count):
        if key == "units":
            total, yours = Decimal(rng.randrange(12, 60)), Decimal(rng.randrange(1, 4))
        elif per_mille:
            total, yours = Decimal(1000), Decimal(rng.randrange(20, 180))
        else:
            total = Decimal(rng.randrange(180000, 950000)) / 100
            yours = Decimal(rng.randrange(6000, 60000)) / 100
        cost = _cents(rng, 120000, 2400000, scale)
        rate = (cost / total).quantize(Decimal("0.0001"), ROUND_HALF_UP)
        found.append(Fresh7Line(name, yours, rate, key=key, total_units=total))
    return found


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "architect": f"H{year % 100}-{n % 1000:03d}", "produce": f"{n % 10000:04d}/{year % 100}",
        "fuelcard": f"FC{year}{issue.month:02d}-{n:05d}", "carryover": f"{year}/L{n % 10000:04d}",
        "mono": f"{rng.randrange(100000, 999999)}", "training": f"TR-{n:05d}",
        "property": f"NK{year}-{n % 1000:03d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          credit: bool) -> dict[str, str]:  # fmt: skip
    refs = {
        "project": PROJECTS[lang], "building": BUILDINGS[lang],
        "delivery": f"LS {rng.randrange(100000, 999999)}",
        "account": f"{rng.randrange(1000, 9999)}-{rng.randrange(100, 999)}",
        "order": f"{rng.randrange(1000, 9999)}/{issue.year % 100}",
        "booking": f"B{rng.randrange(10000, 99999)}",
        "unit_no": f"{rng.choice('ABC')}.{rng.randrange(1, 6)}.{rng.randrange(1, 12):02d}",
        "year": str(issue.year - 1),
    }  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date, fee: Decimal) -> list[Fresh7Line]:  # fmt: skip
    scale = money.scale
    if layout == "architect":
        return _architect(rng, lang, count, fee)
    if layout == "produce":
        return _produce(rng, lang, count, money)
    if layout == "fuelcard":
        return _fuelcard(rng, lang, count, scale, issue)
    if layout == "carryover":
        return _carryover(rng, lang, count, scale)
    if layout == "mono":
        return _mono(rng, lang, count, scale)
    if layout == "training":
        return _training(rng, lang, count, scale, issue)
    return _property(rng, lang, count, scale)


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout in REDUCED_RATE and money.code == "EUR":
        return Decimal(REDUCED[lang])
    if layout == "produce":
        return Decimal(REDUCED["en"])  # the Hungarian exporter's reduced rate
    return Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])


def _instalments(rng: random.Random, sample: Fresh7Sample) -> tuple[tuple[dt.date, Decimal], ...]:
    """Earlier instalments the architect deducts after the grand total."""
    count = min(len(sample.lines) - 1, 3)
    found = []
    for k in range(count):
        share = Decimal(rng.randrange(12, 22)) / 100
        day = sample.issue - dt.timedelta(days=60 * (count - k) + rng.randrange(10))
        found.append((day, (sample.grand * share).quantize(Decimal(100)).quantize(CENT)))
    return tuple(found)


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "architect" and lang == "nl":
        return "abbr"
    if layout == "fuelcard" and variant:
        return "dot"
    if layout == "mono" and lang == "en":
        return "iso"
    if layout == "training" and lang in ("de", "it"):
        return "long"
    return style


def fresh7() -> list[Fresh7Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, counts)) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randrange(320))
                is_credit = variant == 1 and lang in credit
                count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
                fee = Decimal(rng.randrange(40000, 480000) * money.scale)
                lines = _lines(rng, layout, lang, count, money, issue, fee)
                allowance = (Decimal(rng.choice([5, 10, 15])) if layout == "training" and
                             variant and not is_credit else Decimal(0))  # fmt: skip
                if layout == "mono" and variant and lang in ("de", "fr", "it"):
                    allowance = Decimal(rng.choice([2, 3, 5]))
                charge = Decimal(rng.choice([3, 4, 5])) if layout == "property" and not (
                    is_credit) else Decimal(0)  # fmt: skip
                sample = Fresh7Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([7, 10, 14, 21, 30])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=BUYERS[lang][variant],
                    tax_rate=_rate(layout, lang, money), lines=tuple(lines),
                    credit_note=is_credit, thousands=money.thousands, decimal=money.decimal,
                    index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style),
                    refs=_refs(rng, layout, lang, issue, is_credit) | {"fee": str(fee)},
                    allowance_pct=allowance, charge_pct=charge,
                )  # fmt: skip
                if layout == "architect":
                    sample = dataclasses.replace(sample, instalments=_instalments(rng, sample))
                found.append(sample)
    return found


def render(sample: Fresh7Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh7/*.pdf` and the truth `out/fresh7.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh7(), render)
