"""The tenth fresh slice of the synthetic evaluation set (`fresh10`), measured once unseen, now a
development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a mobile operator's bill with a summary box, a sign maker's letter for a window envelope, a
surveyor's fee note with a reference row, a cleaning contractor's invoice in per-site sections, a
bakery's invoice with its facts stacked at the far right, a sports club's membership invoice and a
nursery's corrected invoice that names the invoice it replaces.

Layouts (`evalset_fresh10_layouts.py`, `evalset_fresh10_pages.py`): the mobile bill puts the
amount to pay and the due date in a coloured box before the usage table, and the phone number of
each plan in grey under its line; the window letter names the seller only in the small
return-address line above the buyer's window and leaves it out of its footer; the fee note is a
letter with a row of references (the customer's reference and order date, ours, the number and
date) and names the due date only in a closing sentence; the cleaning invoice groups its lines
under each site with a site subtotal; the bakery stacks "label: value" facts right-aligned at
the right margin with the title under them; the club invoice has a crest, the member number and
the season; the corrected invoice prints its facts as a one-row ruled table beside the number
and date of the invoice it replaces. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric,
dotted, ISO, two-digit-year and month-name dates. Credit notes (type 381) reference the invoice
they correct; their truth keeps amounts positive. The net total is the sum of the lines less a
loyalty reduction where there is one (EN 16931). A line's truth description is its own printed
text line. Deterministic: fixed seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9 import Fresh9Line, Fresh9Sample
from evalset_fresh10_items import (
    AREAS,
    BAKERY,
    CLEANING,
    CLUB,
    NURSERY,
    PHONES,
    SIGNS,
    SURVEY,
    TELECOM,
    Item,
)
from evalset_fresh10_layouts import DRAW
from evalset_fresh10_parties import BUYERS, SELLERS
from evalset_fresh10_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20261228
NAME: Final = "fresh10"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "telecom": ("abbr", {"en", "nl"}, ((2, 4), (5, 8))),
    "window": ("dot", {"de"}, ((1, 3), (4, 7))),
    "refrow": ("long", {"it"}, ((1, 3), (4, 7))),
    "sites": ("num", {"fr"}, ((3, 6), (12, 18))),
    "stacked": ("iso", {"es"}, ((1, 4), (9, 14))),
    "club": ("yy", {"de"}, ((1, 2), (4, 7))),
    "reissue": ("num", set(), ((1, 3), (4, 8))),
}  # fmt: skip
ITEMS: Final = {"telecom": TELECOM, "window": SIGNS, "refrow": SURVEY, "stacked": BAKERY,
                "club": CLUB, "reissue": NURSERY}  # fmt: skip
PLANS: Final = frozenset(("SIM",))  # telecom lines printed with their phone numbers
MEMBERS: Final = {"club": 4}  # the club bills the first of its language's two members


@dataclasses.dataclass(frozen=True)
class Fresh10Line(Fresh9Line):
    site: int = -1  # cleaning: which of the customer's sites the line belongs to


@dataclasses.dataclass(frozen=True)
class Fresh10Sample(Fresh9Sample):
    """A tenth-slice invoice; money, dates, the printed truth and the allowance work as in the
    ninth slice, with this slice's wording."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _quantity(rng: random.Random, item: Item) -> Decimal:
    """The quantity an item's kind bills: one, two to four, a few, hours, a decimal amount, bulk
    or area."""
    if item.kind == "1":
        return Decimal(1)
    if item.kind == "f":
        return Decimal(rng.randrange(2, 5))
    if item.kind == "n":
        return Decimal(rng.randrange(2, 13))
    if item.kind == "h":
        return Decimal(rng.randrange(2, 41)) / 2
    if item.kind == "d":
        return Decimal(rng.randrange(12, 160)) / 10
    if item.kind == "m":
        return Decimal(rng.randrange(40, 900))
    return Decimal(rng.randrange(12, 240))


def _price(rng: random.Random, item: Item, scale: int) -> Decimal:
    return Decimal(rng.randrange(item.low * scale, item.high * scale)) / 100


def _priced(rng: random.Random, items: Sequence[Item], count: int, scale: int,
            lang: str) -> list[Fresh10Line]:  # fmt: skip
    found = []
    for item in rng.sample(items, count):
        note = ""
        if item.unit in PLANS:
            note = PHONES[lang].format(n=rng.randrange(10**5))
        found.append(Fresh10Line(item.description, _quantity(rng, item),
                                 _price(rng, item, scale), unit=item.unit, note=note))  # fmt: skip
    return found


def _sites(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """Cleaning tasks per area, grouped under two or three sites (contiguous, in site order)."""
    tasks, areas = CLEANING[lang], AREAS[lang]
    slots = rng.sample([(t, a) for t in range(len(tasks)) for a in range(len(areas))], count)
    groups = 1 if count < 4 else (2 if count < 10 else 3)
    found = []
    for k, (t, a) in enumerate(slots):
        item = tasks[t]
        found.append(Fresh10Line(f"{item.description}, {areas[a]}", _quantity(rng, item),
                                 _price(rng, item, scale), unit=item.unit,
                                 site=k * groups // count))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "sites":
        return _sites(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "telecom": f"{year % 100}{issue.month:02d} {n:05d}", "window": f"RE-{year}-{n % 10000:04d}",
        "refrow": f"{n % 1000:03d}/{year % 100}", "sites": f"SN{year}{n:05d}",
        "stacked": f"F{n:05d}", "club": f"{year}/{year % 100 + 1}-{n % 1000:03d}",
        "reissue": f"FV/{n % 1000:03d}/{issue.month:02d}/{year}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, issue: dt.date, credit: bool) -> dict[str, str]:
    earlier = issue - dt.timedelta(days=rng.randrange(9, 40))
    refs = {
        "account": f"{rng.randrange(10**8, 10**9)}",
        "your_ref": f"{rng.choice(['Ba', 'Kö', 'MR', 'JT', 'Lf'])}/{rng.randrange(10, 99)}",
        "our_ref": f"{rng.choice(['VT', 'GL', 'PS'])}-{rng.randrange(1000, 9999)}",
        "order_day": (issue - dt.timedelta(days=rng.randrange(30, 90))).isoformat(),
        "member": f"{rng.randrange(100, 4000):04d}",
        "old_day": earlier.isoformat(),
        "old": _number(rng, layout, earlier),
        "customer": f"K{rng.randrange(1000, 9999)}",
    }
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout == "stacked" and money.code == "EUR":  # bread is taxed at the reduced rate
        return Decimal({"en": "0", "de": "7", "fr": "5.5", "es": "4", "it": "4", "nl": "9"}[lang])
    if layout == "stacked":
        return Decimal(12)  # Swedish food rate
    return Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "telecom" and lang == "en":
        return "long"
    if layout == "reissue" and variant:
        return "dot"
    if layout == "stacked" and lang == "de":
        return "num"
    return style


def fresh10() -> list[Fresh10Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, counts)) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 9) + dt.timedelta(days=rng.randrange(330))
                is_credit = variant == 1 and lang in credit
                count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
                lines = _lines(rng, layout, lang, count, money)
                allowance = Decimal(rng.choice([5, 10, 15])) if (
                    layout == "telecom" and variant == 0) else Decimal(0)  # fmt: skip
                buyers = BUYERS[lang]
                buyer = buyers[MEMBERS[layout] + variant] if layout in MEMBERS else (
                    buyers[(index + variant) % 4])  # fmt: skip
                sample = Fresh10Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([10, 14, 20, 30, 45])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=buyer,
                    tax_rate=_rate(layout, lang, money), lines=tuple(lines),
                    credit_note=is_credit, thousands=money.thousands, decimal=money.decimal,
                    index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style),
                    refs=_refs(rng, layout, issue, is_credit), allowance_pct=allowance,
                )  # fmt: skip
                found.append(sample)
    return found


def render(sample: Fresh10Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh10/*.pdf` and the truth `out/fresh10.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh10(), render)
