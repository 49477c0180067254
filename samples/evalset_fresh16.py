"""The sixteenth fresh slice of the synthetic evaluation set (`fresh16`), measured once unseen, now
a development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a dairy's monthly bill for its delivery round with its facts in a tinted band and a line per
product and week, a pest controller's invoice with a framed treatment report under the totals, an
alarm company's quarterly monitoring invoice with the contract and quarter as a heading and the
facts in a ruled strip, a recording studio's session invoice with its name in a large light type
over a thin coloured rule and a session day on every line, a tailor's alterations invoice with the
facts at the left, the customer at the right over a fitting box, a livery yard's monthly invoice
grouped by horse, and a tyre garage's invoice under a number plate with the car and its odometer
reading.

Layouts (`evalset_fresh16_layouts.py`, `evalset_fresh16_pages.py`): the dairy prints the round
and the customer's drop number, and the days delivered; up to twenty lines. The pest controller
reports the pest found, the product applied, the stations checked and the next visit. The alarm
company gives customers on a multi-year contract a reduction on the first variant. The studio
names the project, the artist and the engineer. The tailor prints the day of the last fitting
and the day the garments are ready in a box (dates only). The livery yard heads
each horse's lines with its name. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric,
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

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9 import Fresh9Sample
from evalset_fresh10 import Fresh10Line, _price, _priced, _quantity
from evalset_fresh16_items import ALARM, DAIRY, LIVERY, PEST, STUDIO, TAILOR, TYRES, WEEK
from evalset_fresh16_layouts import DRAW
from evalset_fresh16_parties import ARTISTS, BUYERS, CARS, ENGINEERS, HORSES, PESTS, SELLERS
from evalset_fresh16_text import MONEY, PRODUCTS, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270509
NAME: Final = "fresh16"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "milkround": ("num", set(), ((2, 5), (14, 20))),
    "pestreport": ("dot", {"de", "nl"}, ((1, 3), (3, 6))),
    "alarmquarter": ("iso", {"fr"}, ((1, 3), (3, 6))),
    "studiobook": ("abbr", {"en", "es"}, ((1, 3), (3, 7))),
    "alterations": ("long", set(), ((1, 3), (3, 6))),
    "livery": ("yy", {"it"}, ((1, 3), (4, 8))),
    "tyrebay": ("dot", {"de", "es"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"pestreport": PEST, "alarmquarter": ALARM, "studiobook": STUDIO,
                "alterations": TAILOR, "tyrebay": TYRES}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout from a serial, the year and the month
    "milkround": "MR/{yy}{m}/{s4}", "pestreport": "PC {s5}", "alarmquarter": "AM-{y}-Q-{s4}",
    "studiobook": "{s3}.{yy}", "alterations": "T{yy}-{s4}", "livery": "LV {m}/{y}-{s3}",
    "tyrebay": "W {s5} {yy}",
}  # fmt: skip
PLATES: Final = {"en": "{A}{B}{n2} {C}{D}{E}", "de": "RO-{A}{B} {n3}", "fr": "{A}{B}-{n3}-{C}{D}",
                 "es": "{n4} {C}{D}{E}", "it": "{A}{B} {n3}{C}{D}",
                 "nl": "{A}-{n3}-{C}{D}"}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh16Sample(Fresh9Sample):
    """A sixteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds what single layouts print
    beside the parties: the round, the treatment, the contract, the session, the days from the
    tailor's last fitting to the invoice, the horses and the car."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        phrasings = WORDING[self.lang][key].split("|")
        return phrasings[self.index % 3 if len(phrasings) > 1 else 0]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n = rng.randrange(100, 99999)
    return NUMBERS[layout].format(y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=f"{issue.month:02d}", s3=f"{n % 1000:03d}",
                                  s4=f"{n % 10000:04d}", s5=f"{n:05d}")  # fmt: skip


def _pairs_of(rng: random.Random, items: int, groups: int, count: int) -> list[tuple[int, int]]:
    """`count` distinct (group, item) index pairs, in group order, then item order."""
    return sorted(rng.sample([(g, k) for g in range(groups) for k in range(items)], count))


def _weekly(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """The dairy's products by week of the month: each line one product in one week."""
    items = list(DAIRY[lang])
    return [Fresh10Line(WEEK[lang].format(item=items[k].description, w=week + 1),
                        _quantity(rng, items[k]), _price(rng, items[k], scale),
                        unit=items[k].unit)
            for week, k in _pairs_of(rng, len(items), 4, count)]  # fmt: skip


def _horses(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """The livery yard's services for two horses, each line for one horse (its `section`)."""
    items, horses = list(LIVERY[lang]), rng.sample(HORSES, 2)
    return [Fresh10Line(f"{items[k].description}, {horses[h]}", _quantity(rng, items[k]),
                        _price(rng, items[k], scale), unit=items[k].unit, section=horses[h])
            for h, k in _pairs_of(rng, len(items), 2, count)]  # fmt: skip


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date) -> list[Fresh10Line]:  # fmt: skip
    if layout == "milkround":
        return _weekly(rng, lang, count, money.scale)
    if layout == "livery":
        return _horses(rng, lang, count, money.scale)
    found = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    if layout == "studiobook":  # the day of each session (ISO here, printed in the slice's style)
        start = issue - dt.timedelta(days=2 * count + rng.randrange(2, 9))
        found = [dataclasses.replace(ln, code=(start + dt.timedelta(days=2 * k)).isoformat())
                 for k, ln in enumerate(found)]  # fmt: skip
    return found


def _plate(rng: random.Random, lang: str) -> str:
    letters = {k: rng.choice("BCDFGHJKLMNPRSTVWXZ") for k in "ABCDE"}
    return PLATES[lang].format(**letters, n2=rng.randrange(10, 99), n3=rng.randrange(100, 999),
                               n4=rng.randrange(1000, 9999))  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          *, credit: bool, variant: int) -> dict[str, str]:  # fmt: skip
    stations = rng.randrange(6, 24)
    artist = ARTISTS[rng.randrange(len(ARTISTS))]
    refs = {"round": f"{rng.randrange(2, 19)}{rng.choice('ABC')}",
            "drop": f"{rng.randrange(10, 140)}", "pest": PESTS[lang][variant],
            "product": PRODUCTS[lang][variant], "stations": f"{stations} / {stations}",
            "contract": f"MC-{rng.randrange(10000, 99999)}", "artist": artist,
            "project": f"{artist.split()[-1]} {rng.choice(['EP', 'LP', 'Single'])} {issue.year}",
            "engineer": ENGINEERS[rng.randrange(len(ENGINEERS))],
            "fitted": f"{2 + rng.randrange(100, 999) % 6}", "plate": _plate(rng, lang),
            "vehicle": CARS[rng.randrange(len(CARS))],
            "mileage": f"{rng.randrange(8, 190)}{rng.randrange(100, 999)} km"}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=40))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh16Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the alarm company's first variant has a contract-term
    reduction."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 4, 1) + dt.timedelta(days=rng.randrange(300))
    count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
    is_credit = bool(variant) and lang in credit
    return Fresh16Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=BUYERS[lang][(index + 2 * variant) % 4],
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        lines=tuple(_lines(rng, layout, lang, count, money, issue)), credit_note=is_credit,
        thousands=money.thousands, decimal=money.decimal, index=index, money=money,
        date_style=date_style, number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([10, 14, 20, 28])),
        refs=_refs(rng, layout, lang, issue, credit=is_credit, variant=variant),
        allowance_pct=Decimal(rng.choice([5, 10]) if layout == "alarmquarter" and not variant
                              else 0),
    )  # fmt: skip


def fresh16() -> list[Fresh16Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh16Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh16/*.pdf` and the truth `out/fresh16.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh16(), render)
