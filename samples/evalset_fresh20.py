"""The twentieth fresh evaluation slice of the synthetic evaluation set (`fresh20`), measured once
unseen, now a development set. Seven real-world invoice styles no other set uses, in six languages,
two variants each: a crane hire firm's invoice with its facts in a narrow left margin beside the
letter and the crane and operator named over the crane days and operator hours, a winter service
contractor's invoice with a dated line per gritting or clearing run and a running total column, an
asbestos surveyor's invoice with its number and date inside the title line and surveyor and client
side by side under tinted headings, an archive scanning bureau's letter with a place-and-date line
and the invoice number as a large figure beside the title, a workwear supplier's invoice with
embroidery charges and a remittance slip to cut off at the foot, a carpet fitter's invoice whose
totals sit in the last rows of a fully ruled table, and a marquee hire firm's invoice with its
number printed up the left edge of the page.

Layouts (`evalset_fresh20_layouts.py`, `evalset_fresh20_pages.py`): the workwear supplier gives a
volume discount on the first variant; the winter service contractor bills up to twenty dated
runs. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year,
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

from evalset_fresh7_text import EUR_STANDARD, STANDARD
from evalset_fresh10 import Fresh10Line, _priced
from evalset_fresh19 import Fresh19Sample
from evalset_fresh20_items import (
    ASBESTOS,
    CARPET,
    CRANE,
    MARQUEE,
    SCANNING,
    WINTER,
    WINTER_PRICES,
    WORKWEAR,
)
from evalset_fresh20_layouts import DRAW
from evalset_fresh20_parties import BUYERS, PLACES, SELLERS
from evalset_fresh20_text import CRANES, MONEY, OPERATORS, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20271127
NAME: Final = "fresh20"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "cranehire": ("num", {"en", "de"}, ((1, 3), (3, 6))),
    "gritting": ("dot", set(), ((1, 4), (14, 20))),
    "asbestos": ("iso", {"nl"}, ((1, 3), (3, 6))),
    "scanbureau": ("long", {"fr"}, ((2, 4), (4, 7))),
    "workwear": ("abbr", set(), ((2, 5), (5, 10))),
    "carpetfit": ("yy", {"es", "it"}, ((2, 4), (4, 7))),
    "marquee": ("num", {"it"}, ((2, 4), (4, 7))),
}  # fmt: skip
ITEMS: Final = {"cranehire": CRANE, "asbestos": ASBESTOS, "scanbureau": SCANNING,
                "workwear": WORKWEAR, "carpetfit": CARPET, "marquee": MARQUEE}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "cranehire": "CR-{yy}{m:02d}-{n:03d}", "gritting": "W{yy}/{n:04d}",
    "asbestos": "AS {y} {n:04d}", "scanbureau": "{n:05d}", "workwear": "WW-{n:06d}",
    "carpetfit": "{n:04d}/{yy}", "marquee": "MQ.{y}.{n:03d}",
}  # fmt: skip
DAYS: Final = {"de": "{d:02d}.{m:02d}.", "nl": "{d:02d}-{m:02d}"}  # a run's day; others dd/mm


@dataclasses.dataclass(frozen=True)
class Fresh20Sample(Fresh19Sample):
    """A twentieth-slice invoice; money, dates, the printed truth, the allowance and the
    phrasing per layout work as in the nineteenth slice, with this slice's wording. `refs` also
    holds what single layouts print beside the parties: the crane, its operator and site, the
    winter season, the survey report, the bureau's town and the boxes received, the workwear
    account and the marquee's event day."""

    wording: ClassVar[dict[str, dict[str, str]]] = WORDING
    titles: ClassVar[dict[str, tuple[str, str]]] = TITLES


def _runs(rng: random.Random, lang: str, issue: dt.date, count: int,
          scale: int) -> list[Fresh10Line]:  # fmt: skip
    """`count` distinct dated runs in date order, the run's day at the end of the description,
    each billed in hours."""
    names = WINTER[lang]
    slots = sorted(rng.sample([(d, k) for d in range(1, 40) for k in range(len(names))], count),
                   reverse=True)  # fmt: skip
    found = []
    for back, k in slots:
        day = issue - dt.timedelta(days=back)
        low, high = WINTER_PRICES[k]
        when = DAYS.get(lang, "{d:02d}/{m:02d}").format(d=day.day, m=day.month)
        found.append(Fresh10Line(f"{names[k]}, {when}", Decimal(rng.randrange(2, 10)) / 2,
                                 Decimal(rng.randrange(low * scale, high * scale)) / 100,
                                 unit=""))  # fmt: skip
    return found


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    serial = rng.randrange(10000 if layout == "scanbureau" else 1,
                           10 ** {"scanbureau": 5, "workwear": 6}.get(layout, 3))  # fmt: skip
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, *, credit: bool,
          variant: int) -> dict[str, str]:  # fmt: skip
    """What single layouts print beside the facts, and the corrected invoice of a credit note."""
    season = issue.year - (issue.month < 7)
    refs = {"crane": rng.choice(CRANES), "operator": OPERATORS[lang][variant],
            "season": f"{season}/{(season + 1) % 100:02d}",
            "report": f"R{issue.year % 100:02d}-{rng.randrange(100, 999)}",
            "place": PLACES[lang],
            "boxes": str(rng.randrange(8, 60)), "account": f"K{rng.randrange(1000, 9999)}",
            "event": (issue - dt.timedelta(days=rng.randrange(3, 20))).isoformat()}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=rng.randrange(20, 60)))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh20Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the workwear supplier's first variant has a volume discount.
    The winter service contractor invoices between late December and March."""
    date_style, credit_langs, counts = STYLE[layout]
    low, high = counts[variant]
    money = MONEY[layout][lang]
    count = rng.randrange(low, high + 1)
    if layout == "gritting":
        issue = dt.date(2026, 12, 20) + dt.timedelta(days=rng.randrange(100))
        lines = _runs(rng, lang, issue, count, money.scale)
    else:
        issue = dt.date(2026, 6, 2) + dt.timedelta(days=rng.randrange(290))
        lines = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    credit = variant == 1 and lang in credit_langs
    seller = SELLERS[layout][lang]
    reduction = Decimal(rng.choice([5, 8, 10])) if layout == "workwear" else Decimal(0)
    return Fresh20Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        seller=seller, buyer=BUYERS[lang][(index + variant) % 4], lines=tuple(lines),
        credit_note=credit, currency=money.code, symbol=money.symbol,
        symbol_before=money.before, money=money, thousands=money.thousands,
        decimal=money.decimal, index=index, date_style=date_style,
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([14, 21, 30, 45])),
        refs=_refs(rng, layout, lang, issue, credit=credit, variant=variant),
        allowance_pct=reduction if variant == 0 else Decimal(0),
    )  # fmt: skip


def fresh20() -> list[Fresh20Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh20Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh20/*.pdf` and the truth `out/fresh20.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh20(), render)
