"""The twenty-first fresh evaluation slice of the synthetic evaluation set (`fresh21`), measured
once unseen, now a development set. Seven real-world invoice styles no other set uses, in six
languages, two variants each: a
commercial diving contractor's invoice on a landscape page with its facts in a header table
(labels as column heads, the values in one row under them), a sewing-machine repair shop's
invoice headed like a fax cover (To, From and the facts one line each), a confidential
shredding service's invoice with its facts under the table beside the totals, a clock and watch
repairer's letter that states its number and dates in a sentence, with a payment QR block at the
top right, a school bookseller's invoice to a school with the titles grouped by class and a
subtotal per class, a band's performance-fee invoice in numbered sections, and a glazier's
invoice with its facts in a slim line above the letterhead and a pane size column.

Layouts (`evalset_fresh21_layouts.py`, `evalset_fresh21_pages.py`): the school bookseller gives
a school discount on the first variant and bills up to twenty titles at the reduced book rate of
VAT. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year,
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
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19 import Fresh19Sample, _paired
from evalset_fresh21_items import (
    BAND,
    BOOK_PRICES,
    BOOKS,
    CLASSES,
    CLOCKS,
    DIVING,
    GLASS,
    SEWING,
    SHREDDING,
)
from evalset_fresh21_layouts import DRAW
from evalset_fresh21_parties import BUYERS, MACHINES, SELLERS
from evalset_fresh21_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20280214
NAME: Final = "fresh21"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "diving": ("iso", {"en"}, ((1, 3), (3, 6))),
    "sewingrepair": ("dot", {"it"}, ((1, 3), (3, 6))),
    "shredding": ("num", {"nl"}, ((1, 4), (4, 7))),
    "clockrepair": ("long", {"de"}, ((1, 3), (3, 6))),
    "schoolbooks": ("abbr", {"fr", "es"}, ((2, 6), (14, 20))),
    "bandfee": ("yy", set(), ((1, 3), (3, 6))),
    "glazier": ("num", {"en"}, ((1, 3), (3, 6))),
}  # fmt: skip
ITEMS: Final = {"diving": DIVING, "sewingrepair": SEWING, "shredding": SHREDDING,
                "clockrepair": CLOCKS, "bandfee": BAND, "glazier": GLASS}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "diving": "DV{y}-{n:04d}", "sewingrepair": "{n:04d}", "shredding": "SD/{yy}/{n:05d}",
    "clockrepair": "U-{n:03d}/{y}", "schoolbooks": "SB {y}/{n:04d}", "bandfee": "{y}-{n:03d}",
    "glazier": "G{yy}{m:02d} {n:03d}",
}  # fmt: skip
# Books are taxed at a reduced rate in all six countries (the English-language bookseller is
# Polish).
BOOK_RATES: Final = {"en": "5", "de": "7", "fr": "5.5", "es": "4", "it": "4", "nl": "9"}
# Pane sizes the glazier prints beside glass sold by area (width x height in mm).
PANES: Final = ("600 x 900", "1200 x 850", "450 x 1450", "910 x 2010", "1500 x 1200",
                "735 x 1180", "2400 x 1000")  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh21Sample(Fresh19Sample):
    """A twenty-first-slice invoice; money, dates, the printed truth, the allowance and the
    phrasing per layout work as in the nineteenth slice, with this slice's wording. `refs` also
    holds what single layouts print beside the parties: the dive project, the machine and its
    serial number, the shredding account and certificate, the school's order and the day of
    the show."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    """The lines of one document: titles per class for the bookseller, pane sizes beside the
    glazier's glass sold by area, the layout's own items otherwise."""
    if layout == "schoolbooks":
        wanted = max(rng.randrange(2, 5), -(-count // len(BOOKS[lang])))  # enough pairs
        classes = sorted(rng.sample(CLASSES[lang], wanted), key=CLASSES[lang].index)
        return _paired(rng, BOOKS[lang], BOOK_PRICES, classes, count, money.scale)
    found = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    if layout == "glazier":
        found = [dataclasses.replace(ln, note=rng.choice(PANES) if ln.unit == "m²" else "")
                 for ln in found]  # fmt: skip
    return found


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(1, 10 ** {"shredding": 5, "diving": 4, "sewingrepair": 4,
                                     "schoolbooks": 4}.get(layout, 3))  # fmt: skip
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    refs = {"project": f"P{issue.year % 100:02d}-{rng.randrange(100, 999)}",
            "machine": f"{MACHINES[(variant + rng.randrange(3) * 2) % len(MACHINES)]}, "
                       f"S/N {rng.randrange(10**6, 10**7)}",
            "account": f"K-{rng.randrange(10000, 99999)}",
            "certificate": f"CD {issue.year}-{rng.randrange(1000, 9999)}",
            "order": f"{rng.choice(['BST', 'PO', 'ORD'])}-{rng.randrange(100, 999)}",
            "show": (issue - dt.timedelta(days=rng.randrange(1, 12))).isoformat()}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh21Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the school bookseller's first variant has a school discount."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 6, 2) + dt.timedelta(days=rng.randrange(290))
    lines = _lines(rng, layout, lang, rng.randrange(low, high + 1), money)
    credit = variant == 1 and lang in credit_langs
    books = layout == "schoolbooks"
    reduction = Decimal(rng.choice([5, 8, 10])) if books else Decimal(0)
    rate = BOOK_RATES[lang] if books else STANDARD.get(money.code) or EUR_STANDARD[lang]
    return Fresh21Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=SELLERS[layout][lang], buyer=BUYERS[layout][lang][variant], lines=tuple(lines),
        credit_note=credit, currency=money.code, symbol=money.symbol,
        symbol_before=money.before, money=money, thousands=money.thousands,
        decimal=money.decimal, index=index, date_style=date_style, tax_rate=Decimal(rate),
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([7, 14, 30, 60] if books else [10, 14, 30])),
        refs=_refs(rng, layout, issue, credit=credit, variant=variant),
        allowance_pct=reduction if variant == 0 else Decimal(0),
    )  # fmt: skip


def fresh21() -> list[Fresh21Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh21Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh21/*.pdf` and the truth `out/fresh21.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh21(), render)
