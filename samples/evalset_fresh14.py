"""The fourteenth fresh slice of the synthetic evaluation set (`fresh14`), measured once unseen, now
a development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a heat-pump and solar installer's final invoice that deducts the deposit already paid before
the balance due, a cleaning firm's monthly invoice with one line per visit, a cycle workshop's
simplified invoice that names the customer without an address, a marina's berth invoice with the
boat and its stay, a nursery's monthly fees for one child with a sibling reduction, a charging
network's invoice printed from its customer portal (breadcrumbs, tabs and the page address at the
foot) and an IT supplier's hardware invoice with a serial-number line under each item.

Layouts (`evalset_fresh14_layouts.py`, `evalset_fresh14_pages.py`): the installer's invoice
names the installation site and the system, and under the totals takes off the deposit received
on a date and prints the balance now due in a box; the cleaning invoice states the period of its
visits and numbers them, each line the task with the visit's weekday and date, up to twenty; the
simplified invoice is a narrow centred column: the shop and its tax number, the customer's name
only, each item's description over its quantity x price; the marina prints the vessel, its
length, the berth and the arrival and departure in a ruled panel beside the owner; the nursery
names the child, the room and the care month above the parent billed; the portal printout has a
grey site bar, breadcrumbs, a row of tabs and a facts card, and the printing time, the page's
address and "page 1 of 1" at the foot; the hardware invoice has a part-number column and the
serial numbers in grey under each line. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric,
dotted, ISO, two-digit-year, abbreviated and month-name dates. Credit notes (type 381) reference
the invoice they correct; their truth keeps amounts positive. A line's truth description is its
own printed text line. Deterministic: fixed seed, fixed PDF metadata.
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

from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh10 import Fresh10Line, _price, _priced
from evalset_fresh13 import Fresh13Sample
from evalset_fresh14_items import BERTH, BIKE, CARE, CHARGE, HARDWARE, HEAT, TASKS, WEEKDAYS
from evalset_fresh14_layouts import DRAW
from evalset_fresh14_parties import BOATS, BUYERS, CHILDREN, SELLERS
from evalset_fresh14_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270402
NAME: Final = "fresh14"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "heatpump": ("long", set(), ((1, 3), (4, 7))),
    "visits": ("dot", {"fr"}, ((4, 8), (14, 20))),
    "simplified": ("num", {"es", "it"}, ((1, 2), (2, 4))),
    "berth": ("iso", {"nl"}, ((2, 3), (3, 5))),
    "childcare": ("abbr", {"de"}, ((2, 3), (3, 5))),
    "portal": ("yy", {"en"}, ((1, 3), (4, 6))),
    "serials": ("num", {"en", "de"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"heatpump": HEAT, "simplified": BIKE, "berth": BERTH, "childcare": CARE,
                "portal": CHARGE, "serials": HARDWARE}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout from a serial, the year and the month
    "heatpump": "SR-{y}-{s4}", "visits": "{y}/{m}/{s3}", "simplified": "T{yy} {s5}",
    "berth": "M{yy}.{s4}", "childcare": "{y}{m}-{s3}", "portal": "VP-{yy}{m}-{s5}",
    "serials": "HW{s5}",
}  # fmt: skip
PARENTS: Final = frozenset(("heatpump", "berth", "childcare"))  # bill a private customer
FIXED_FIRST: Final = frozenset(("berth", "childcare"))  # the first item heads every document
SERIAL_PREFIXES: Final = ("5CG", "CN0", "SGH", "FOC", "MXL", "JPB", "CZJ")


@dataclasses.dataclass(frozen=True)
class Fresh14Sample(Fresh13Sample):
    """A fourteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the thirteenth slice, with this slice's wording. `refs` also holds the nursery's child and
    the marina's boat and berth."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        phrasings = WORDING[self.lang][key].split("|")
        return phrasings[self.index % len(phrasings)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _visits(rng: random.Random, lang: str, count: int, scale: int,
            issue: dt.date) -> list[Fresh10Line]:  # fmt: skip
    """One line per cleaning visit on a working day of the five weeks before the invoice: the
    task with the visit's weekday and date, hours on site at the task's hourly rate."""
    rates = {task: _price(rng, task, scale) for task in TASKS[lang]}
    days = sorted(rng.sample([issue - dt.timedelta(days=d) for d in range(1, 36)
                              if (issue - dt.timedelta(days=d)).weekday() < 6], count))  # fmt: skip
    sep, end = {"de": (".", "."), "nl": ("-", "")}.get(lang, ("/", ""))
    found = []
    for day in days:
        task = rng.choice(TASKS[lang])
        when = f"{WEEKDAYS[lang].split()[day.weekday()]} {day.day:02d}{sep}{day.month:02d}{end}"
        found.append(
            Fresh10Line(
                f"{task.description}, {when}",
                Decimal(rng.randrange(4, 17)) / 2,
                rates[task],
                unit=task.unit,
            )
        )
    return found


def _serials(rng: random.Random, lines: list[Fresh10Line]) -> list[Fresh10Line]:
    """Hardware lines with the serial number of each piece (service hours have none)."""
    found = []
    for k, ln in enumerate(lines):
        if ln.quantity == ln.quantity.to_integral_value() and ln.unit not in {
            "hr",
            "Std.",
            "h",
            "ora",
            "uur",
        }:
            prefix = SERIAL_PREFIXES[k]
            ln = dataclasses.replace(
                ln,
                note=", ".join(
                    f"{prefix}{rng.randrange(10**7):07d}" for _ in range(int(ln.quantity))
                ),
            )
        found.append(ln)
    return found


def _number(layout: str, day: dt.date, serial: int) -> str:
    """The layout's invoice number from a serial and the date's year and month."""
    return NUMBERS[layout].format(y=day.year, yy=f"{day.year % 100:02d}", m=f"{day.month:02d}",
                                  s3=f"{serial % 1000:03d}", s4=f"{serial % 10000:04d}",
                                  s5=f"{serial:05d}")  # fmt: skip


def _lines(rng: random.Random, layout: str, lang: str, count: int, scale: int,
           issue: dt.date) -> list[Fresh10Line]:  # fmt: skip
    if layout == "visits":
        return _visits(rng, lang, count, scale, issue)
    items = ITEMS[layout][lang]
    if layout in FIXED_FIRST:  # the berth or the place itself, then what else was used
        lines = [*_priced(rng, items[:1], 1, scale, lang),
                 *_priced(rng, items[1:], count - 1, scale, lang)]  # fmt: skip
    else:
        lines = _priced(rng, items, count, scale, lang)
    return _serials(rng, lines) if layout == "serials" else lines


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh14Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the nursery's first variant has a sibling reduction."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randrange(300))
    is_credit = bool(variant) and lang in credit
    lines = _lines(rng, layout, lang, rng.randrange(counts[variant][0], counts[variant][1] + 1),
                   money.scale, issue)  # fmt: skip
    serial = rng.randrange(100, 99999)
    refs = {
        "child": CHILDREN[lang][variant],
        "boat": "|".join(BOATS[(index + variant) % 4]),
        "berth": f"{rng.choice('ABCDE')}-{rng.randrange(1, 80):02d}",
    }
    if is_credit:
        refs["original"] = _number(layout, issue - dt.timedelta(days=40), serial - 37)
    buyer = 2 * variant if layout in PARENTS else (index + variant) % 4
    return Fresh14Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        number=_number(layout, issue, serial), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30])), refs=refs,
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=BUYERS[lang][buyer],
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]), lines=tuple(lines),
        credit_note=is_credit, thousands=money.thousands, decimal=money.decimal, index=index,
        money=money, date_style=date_style,
        allowance_pct=Decimal(rng.choice([10, 15]) if layout == "childcare" and not variant
                              else 0),
    )  # fmt: skip


def fresh14() -> list[Fresh14Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh14Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh14/*.pdf` and the truth `out/fresh14.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh14(), render)
