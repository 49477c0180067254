"""The eleventh fresh slice of the synthetic evaluation set (`fresh11`), measured once unseen, now a
development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a design studio's invoice with a courtesy-titled customer block, a copywriter's invoice
printed from an e-mail, a beekeeper's farm-shop invoice on an A5 sheet, a consultant's day-rate
invoice with expenses re-billed at cost, a locksmith's invoice that names its issuer only at the
bottom left, an office supplier's system printout with dotted leaders and an electrician's materials
invoice on a landscape page.

Layouts (`evalset_fresh11_layouts.py`, `evalset_fresh11_pages.py`): the design studio centres
its letterhead, names the customer at the right under a courtesy title ("Spett.le", "Messrs")
and prints the number and date in one phrase ("no. ... of ..."). The
e-mail printout has From/To/Sent/Subject lines, the number only in the subject ("Re: Invoice
..."), the due date only in the message sentence and the seller's details in the signature. The
A5 sheet is narrow, with a members' discount on its first variant. The day-rate invoice lists
fees and expenses in two headed sections, each with its own subtotal. The locksmith's invoice
puts the customer at the top right and the seller's block, labelled as the issuer, at the bottom
left. The printout lists its facts and totals as "label ...... value" lines and its table
between dashed rules. The landscape page has an item-code column and up to eighteen lines. Money
in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated and
month-name dates. Credit notes (type 381) reference the invoice they correct; their truth keeps
amounts positive. A line's truth description is its own printed text line. Deterministic: fixed
seed, fixed PDF metadata.
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
from evalset_fresh11_items import CONSULT, COPY, DESIGN, FEES, HONEY, LOCKS, OFFICE, WIRING
from evalset_fresh11_layouts import DRAW
from evalset_fresh11_parties import BUYERS, SELLERS
from evalset_fresh11_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270104
NAME: Final = "fresh11"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "courtesy": ("long", {"it"}, ((1, 3), (4, 7))),
    "emailed": ("abbr", set(), ((1, 2), (3, 5))),
    "halfsheet": ("dot", set(), ((1, 3), (3, 5))),
    "dayrate": ("num", {"en", "es"}, ((2, 3), (4, 7))),
    "sellerfoot": ("iso", {"fr"}, ((1, 3), (4, 7))),
    "dotted": ("yy", {"de", "nl"}, ((2, 4), (6, 10))),
    "widepage": ("num", {"fr"}, ((3, 6), (12, 18))),
}  # fmt: skip
ITEMS: Final = {"courtesy": DESIGN, "emailed": COPY, "halfsheet": HONEY, "sellerfoot": LOCKS,
                "dotted": OFFICE, "widepage": WIRING}  # fmt: skip
# Honey is food: the reduced rate (zero-rated in Ireland).
FOOD: Final = {"en": "0", "de": "7", "fr": "5.5", "es": "10", "it": "10", "nl": "9"}


@dataclasses.dataclass(frozen=True)
class Fresh11Sample(Fresh9Sample):
    """An eleventh-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. A line's `site` is its section on the day-rate
    invoice (0 fees, 1 expenses)."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _dayrate(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """Fees first (one to three), then expenses (at least one), each with its section."""
    items = CONSULT[lang]
    low = max(1, count - (len(items) - FEES))
    fees = rng.randrange(low, min(FEES, count - 1) + 1)
    found = _priced(rng, items[:FEES], fees, scale, lang)
    found += _priced(rng, items[FEES:], count - fees, scale, lang)
    return [dataclasses.replace(ln, site=int(k >= fees)) for k, ln in enumerate(found)]


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "dayrate":
        return _dayrate(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "courtesy": f"{year}.{n % 1000:03d}", "emailed": f"CW {n % 1000:03d}/{year}",
        "halfsheet": f"H-{n % 1000:03d}",
        "dayrate": f"DR{year % 100}{issue.month:02d}-{n % 100:02d}",
        "sellerfoot": f"{n:06d}", "dotted": f"0{year % 100}-{n:05d}",
        "widepage": f"FV {n % 1000}/{issue.month:02d}/{year}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, issue: dt.date, credit: bool) -> dict[str, str]:
    refs = {"account": f"{rng.choice(['KD', 'AC', 'CL'])}{rng.randrange(10000, 99999)}",
            "engagement": f"P-{rng.randrange(100, 999)}"}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout == "halfsheet":
        return Decimal(FOOD[lang])
    return Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang])


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh11Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the A5 sheet's first variant has a members' discount."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randrange(330))
    low, high = counts[variant]
    lines = tuple(_lines(rng, layout, lang, rng.randrange(low, high + 1), money))
    discount = layout == "halfsheet" and not variant
    is_credit = bool(variant) and lang in credit
    return Fresh11Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30, 60])),
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=BUYERS[lang][(index + variant) % 4],
        tax_rate=_rate(layout, lang, money), lines=lines, credit_note=is_credit,
        thousands=money.thousands, decimal=money.decimal, index=index, money=money,
        date_style=date_style, refs=_refs(rng, layout, issue, is_credit),
        allowance_pct=Decimal(rng.choice([5, 10]) if discount else 0),
    )  # fmt: skip


def fresh11() -> list[Fresh11Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh11Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh11/*.pdf` and the truth `out/fresh11.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh11(), render)
