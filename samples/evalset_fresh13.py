"""The thirteenth fresh slice of the synthetic evaluation set (`fresh13`), measured once unseen,
now a development set. Seven real-world invoice styles no other set uses, in six languages, two
variants each: a piano tuner's invoice with its facts in one strip of cells, a pet boarding
kennel's invoice with the guest's stay, a sailmaker's invoice whose table starts with the quantity,
a bookbinder's invoice with its totals in a strip across the page, an optician's invoice to an
employer with its totals at the left and its number only under a barcode at the foot, a builders'
merchant's trade-account invoice listing its counter slips by day and a florist's invoice that
delivers to one person and bills another.

Layouts (`evalset_fresh13_layouts.py`, `evalset_fresh13_pages.py`): the piano tuner prints number,
dates and currency as labelled cells in a row under the letterhead, and the instrument serviced.
The kennel prints the guest, check-in and check-out in a box beside the owner billed, and gives
returning guests a discount on the first variant. The sailmaker's columns run quantity, unit,
description, price, amount. The bookbinder's net, VAT and total stand in three cells across the
foot of the table, labels above values. The optician prints title, dates and currency at the top
right but no number there, its totals at the left under the table, and the invoice number (digits
only) under a barcode at the foot of the page. The trade-account invoice has a day
and a counter-slip column and up to twenty lines. The florist names the recipient at the top
("Delivered to") and the billed customer only under the table. Money in EUR, GBP, CHF, USD, SEK,
DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated and month-name dates. Credit notes
(type 381) reference the invoice they correct; their truth keeps amounts positive. A line's truth
description is its own printed text line. Deterministic: fixed seed, fixed PDF metadata.
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
from evalset_fresh9 import Fresh9Sample
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh13_items import BINDING, BLOOMS, EYECARE, FIXINGS, KENNEL, PIANO, SAILS
from evalset_fresh13_layouts import DRAW
from evalset_fresh13_parties import BUYERS, PETS, RECIPIENTS, SELLERS
from evalset_fresh13_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270311
NAME: Final = "fresh13"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "pianotuner": ("long", set(), ((1, 2), (2, 4))),
    "kennel": ("dot", {"de"}, ((2, 3), (3, 5))),
    "qtyfirst": ("iso", {"en", "nl"}, ((1, 3), (4, 7))),
    "totalstrip": ("abbr", {"fr"}, ((1, 3), (3, 6))),
    "barcode": ("num", {"it"}, ((1, 3), (2, 5))),
    "counterslips": ("yy", {"es"}, ((4, 8), (14, 20))),
    "deliverto": ("num", {"de"}, ((1, 3), (3, 5))),
}  # fmt: skip
ITEMS: Final = {"pianotuner": PIANO, "kennel": KENNEL, "qtyfirst": SAILS, "totalstrip": BINDING,
                "barcode": EYECARE, "counterslips": FIXINGS, "deliverto": BLOOMS}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout from a serial, the year and the month
    "pianotuner": "PT/{y}/{s3}", "kennel": "K{s4}", "qtyfirst": "{y}-{s4}",
    "totalstrip": "{s3}/{yy}", "barcode": "{y}{m}{s5}", "counterslips": "TA-{y}-{s5}",
    "deliverto": "FL{m}{s3}",
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh13Sample(Fresh9Sample):
    """A thirteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds the kennel's guest and the
    florist's recipient."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        return WORDING[self.lang][key].split("|")[self.index % 3 if "|" in WORDING[self.lang][key]
                                                  else 0]  # fmt: skip

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n = rng.randrange(100, 99999)
    return NUMBERS[layout].format(y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=f"{issue.month:02d}", s3=f"{n % 1000:03d}",
                                  s4=f"{n % 10000:04d}", s5=f"{n:05d}")  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          *, credit: bool, variant: int) -> dict[str, str]:  # fmt: skip
    refs = {"account": f"{rng.choice(['TA', 'CU', 'AC'])}-{rng.randrange(1000, 9999)}",
            "pet": PETS[rng.randrange(len(PETS))],
            "recipient": RECIPIENTS[lang][variant]}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=40))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh13Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the kennel's first variant has a returning guest's discount."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randrange(320))
    count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
    lines: tuple[Fresh10Line, ...] = tuple(_priced(rng, ITEMS[layout][lang], count, money.scale,
                                                   lang))  # fmt: skip
    is_credit = bool(variant) and lang in credit
    fields = {"number": _number(rng, layout, issue), "issue": issue,
              "due": issue + dt.timedelta(days=rng.choice([10, 14, 20, 30, 45])),
              "refs": _refs(rng, layout, lang, issue, credit=is_credit, variant=variant),
              "allowance_pct": Decimal(rng.choice([5, 10]) if layout == "kennel" and not variant
                                       else 0)}  # fmt: skip
    return Fresh13Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=BUYERS[lang][(index + 2 * variant) % 4],
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]), lines=lines,
        credit_note=is_credit, thousands=money.thousands, decimal=money.decimal, index=index,
        money=money, date_style=date_style, **fields,
    )  # fmt: skip


def fresh13() -> list[Fresh13Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh13Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh13/*.pdf` and the truth `out/fresh13.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh13(), render)
