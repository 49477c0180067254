"""The twelfth fresh evaluation slice (`fresh12`), measured once unseen, now a development set:
seven real-world invoice styles no other set uses, in six languages, two variants each: a piano
workshop's job sheet with the instrument, the work notes and a line for the customer's signature, a
car-hire invoice with the vehicle, the hire dates and the mileage out and in, a music school's
term-fee invoice to a pupil's family, a bookbinder's invoice whose facts sit in two columns of
labels right-aligned against their values, a coffee subscription's invoice with its summary box
above the table, a decorating wholesaler's invoice under a dark banner with a long table, and a
chimney sweep's invoice under its inspection record.

Layouts (`evalset_fresh12_layouts.py`, `evalset_fresh12_pages.py`): the job sheet sets the
workshop at the top right, names the instrument and its serial number, prints the work notes
before the charges and ends with a line for the customer's signature. The car-hire invoice
prints a vehicle box (model, registration, out and in with date and odometer). The music school
names the pupil and the term in a box under the family's address. The bookbinder's facts are two
columns of "label value" pairs, each label right-aligned against its value. The subscription
invoice prints net, VAT, total and due date in a framed box before the table (its first variant
with a loyalty discount). The banner is a dark band across the top with the seller and the title
in white; its table runs to sixteen lines of a product in one of its sizes. The chimney sweep
prints the appliances inspected and their result before the charges. Money in EUR, GBP, CHF,
USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated and month-name dates.
Credit notes (type 381) reference the invoice they correct; their truth keeps amounts positive.
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
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh9 import Fresh9Sample
from evalset_fresh10 import _priced
from evalset_fresh12_items import ITEMS, MODELS, PIANOS
from evalset_fresh12_layouts import DRAW
from evalset_fresh12_parties import BUYERS, FAMILIES, PUPILS, SELLERS
from evalset_fresh12_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270111
NAME: Final = "fresh12"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "jobsheet": ("long", {"de"}, ((1, 3), (3, 5))),
    "vehiclehire": ("dot", {"en", "it"}, ((2, 3), (3, 5))),
    "termfees": ("abbr", set(), ((1, 3), (3, 5))),
    "flushlabels": ("iso", {"fr"}, ((1, 3), (3, 5))),
    "totalsfirst": ("yy", {"nl"}, ((2, 3), (4, 5))),
    "banner": ("num", {"es", "de"}, ((3, 6), (12, 16))),
    "sweep": ("num", set(), ((1, 3), (3, 5))),
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh12Sample(Fresh9Sample):
    """A twelfth-slice invoice; money, dates, the printed truth and the allowance work as in the
    ninth slice, with this slice's wording."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "jobsheet": f"PW/{year}/{n % 1000:04d}", "vehiclehire": f"RA {n:05d}",
        "termfees": f"T{issue.month:02d}-{n % 1000:03d}", "flushlabels": f"{year}-B{n % 1000:03d}",
        "totalsfirst": f"SUB{n:06d}", "banner": f"{year % 100}/{n:05d}",
        "sweep": f"KS {year} {n % 1000:03d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          credit: bool) -> dict[str, str]:  # fmt: skip
    """The account, and what single layouts print: the vehicle, its plate and odometer, the
    hire date, the pupil, the piano and its serial number; the corrected invoice of a credit
    note."""
    out = rng.randrange(12000, 88000)
    refs = {"account": f"{rng.choice(['K', 'C', 'M'])}-{rng.randrange(1000, 9999)}",
            "model": rng.choice(MODELS), "plate": f"{rng.choice(['KX', 'BL', 'RF'])}"
            f"{rng.randrange(10, 99)} {rng.choice(['ZTU', 'MPE', 'HGD'])}",
            "km_out": f"{out}", "km_in": f"{out + rng.randrange(120, 1900)}",
            "pupil": PUPILS[lang][rng.randrange(len(PUPILS[lang]))],
            "piano": rng.choice(PIANOS), "serial": f"{rng.randrange(100000, 699999)}",
            "picked": (issue - dt.timedelta(days=rng.randrange(3, 12))).isoformat()}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _rate(money: Money, lang: str) -> Decimal:
    return Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh12Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the subscription's first variant has a loyalty discount."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randrange(320))
    low, high = counts[variant]
    lines = tuple(_priced(rng, ITEMS[layout][lang], rng.randrange(low, high + 1), money.scale,
                          lang))  # fmt: skip
    is_credit = bool(variant) and lang in credit
    buyer = FAMILIES[lang][variant] if layout == "termfees" else BUYERS[lang][(index + variant) % 4]
    discount = layout == "totalsfirst" and not variant
    return Fresh12Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([10, 14, 20, 30, 45])),
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=buyer, tax_rate=_rate(money, lang), lines=lines,
        credit_note=is_credit, thousands=money.thousands, decimal=money.decimal, index=index,
        money=money, date_style=date_style, refs=_refs(rng, layout, lang, issue, is_credit),
        allowance_pct=Decimal(rng.choice([5, 10, 15]) if discount else 0),
    )  # fmt: skip


def fresh12() -> list[Fresh12Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh12Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh12/*.pdf` and the truth `out/fresh12.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh12(), render)
