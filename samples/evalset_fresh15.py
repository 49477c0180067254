"""The fifteenth fresh slice of the synthetic evaluation set (`fresh15`), measured once unseen, now
a development set. Seven real-world invoice styles no other set uses, in six languages, two variants
each: a removal firm's invoice with its facts in a coloured sidebar and the volume estimated and
loaded, a landscaper's invoice with materials and labour in two sections, each closed by its own
subtotal, a medical laboratory's invoice with a sample reference and a test code on every line, an
event ticketing invoice whose facts stand on a stub beside a dashed tear-off line, a bicycle
workshop's invoice under a boxed repair-ticket number, a co-working space's monthly membership
invoice with its facts in ruled rows and a striped table, and a driving school's lesson-package
invoice whose number stands in its heading, with the learner and the lessons taken.

Layouts (`evalset_fresh15_layouts.py`, `evalset_fresh15_pages.py`): the removal firm prints
name, address and the facts in white in a dark band down the left edge, the customer, the move
(volume estimated, volume loaded, crew) and the table at the right of it. The landscaper heads
each section ("Materials supplied", "Labour on site") and closes it with "Subtotal ...". The
laboratory's table runs sample reference, test code, test and patient code, quantity, price,
amount, up to twenty lines. The ticketing invoice is a body and a stub: event, venue and the
performance in the body above the tickets; number, dates, currency and the amount payable on the
stub. The bicycle workshop prints the repair-ticket number (not the invoice number) large in a
box at the top right, with the bicycle and its frame number. The co-working space gives annual
members a discount on the first variant. Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric,
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
from evalset_fresh10 import Fresh10Line, _price, _priced
from evalset_fresh15_items import (
    BICYCLE,
    COWORKING,
    LABOUR,
    LESSONS,
    MATERIALS,
    PATIENT,
    REMOVALS,
    TESTS,
    TICKETS,
)
from evalset_fresh15_layouts import DRAW
from evalset_fresh15_parties import BIKES, BUYERS, EVENTS, INSTRUCTORS, LEARNERS, SELLERS
from evalset_fresh15_text import MONEY, TITLES, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270402
NAME: Final = "fresh15"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "removals": ("dot", {"de"}, ((1, 3), (3, 6))),
    "gardensplit": ("long", {"nl"}, ((2, 4), (5, 8))),
    "labsamples": ("iso", {"en", "it"}, ((1, 3), (14, 20))),
    "ticketstub": ("abbr", {"fr", "es"}, ((1, 2), (2, 5))),
    "repairticket": ("yy", set(), ((1, 3), (3, 6))),
    "coworking": ("num", {"de"}, ((1, 3), (3, 5))),
    "lessonpack": ("dot", set(), ((1, 2), (2, 5))),
}  # fmt: skip
ITEMS: Final = {"removals": REMOVALS, "ticketstub": TICKETS, "repairticket": BICYCLE,
                "coworking": COWORKING, "lessonpack": LESSONS}  # fmt: skip
WORK: Final = frozenset(("hr", "Std.", "h", "ora", "uur"))  # the workshop's hours, coded AW
NUMBERS: Final = {  # the invoice number of each layout from a serial, the year and the month
    "removals": "REM {s5}", "gardensplit": "{y}/{m}/{s3}", "labsamples": "LAB-{s5}-{yy}",
    "ticketstub": "TK{y}{s5}", "repairticket": "{s4}-{yy}", "coworking": "CW {y} {m} {s3}",
    "lessonpack": "DS-{y}-{s4}",
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh15Sample(Fresh9Sample):
    """A fifteenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds what single layouts print
    beside the parties: the move's volumes, the event, the repair ticket, the learner."""

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


def _garden(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """Materials first, then labour, at least one of each."""
    labour = min(len(LABOUR[lang]), max(1, count // 2))
    return [dataclasses.replace(ln, section=section)
            for section, items, k in (("materials", MATERIALS, count - labour),
                                      ("labour", LABOUR, labour))
            for ln in _priced(rng, items[lang], k, scale, lang)]  # fmt: skip


def _tests(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """One test per line on one patient's sample, the sample reference in `code` and the test
    code in `unit`; a patient may have several tests, never the same one twice."""
    patients = [f"{rng.randrange(1000, 9999)}" for _ in range(max(1, count // 2))]
    pairs = rng.sample([(t, p) for p in patients for t in TESTS[lang]], count)
    first = rng.randrange(10000, 90000)
    return [Fresh10Line(PATIENT[lang].format(test=item.description, p=patient), Decimal(1),
                        _price(rng, item, scale), unit=item.unit, code=f"S{first + k * 7}")
            for k, (item, patient) in enumerate(sorted(pairs, key=lambda tp: tp[1]))]  # fmt: skip


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "gardensplit":
        return _garden(rng, lang, count, money.scale)
    if layout == "labsamples":
        return _tests(rng, lang, count, money.scale)
    found = _priced(rng, ITEMS[layout][lang], count, money.scale, lang)
    if layout == "repairticket":  # the workshop's part or work code
        found = [dataclasses.replace(ln, code=("AW" if ln.unit in WORK else "TL")
                                     + f"-{rng.randrange(100, 999)}") for ln in found]  # fmt: skip
    return found


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          *, credit: bool, variant: int) -> dict[str, str]:  # fmt: skip
    estimate = rng.randrange(18, 60)
    event, venue = EVENTS[lang][variant].split("|")
    refs = {"estimate": f"{estimate} m³", "loaded": f"{estimate + rng.randrange(-3, 6)} m³",
            "crew": f"{rng.randrange(2, 5)} / {rng.choice(['7.5 t', '12 t', '3.5 t'])}",
            "event": event, "venue": venue,
            "showtime": f"{rng.randrange(18, 21)}:{rng.choice(['00', '30'])}",
            "ticket": f"{rng.randrange(1000, 9999)}", "bike": BIKES[rng.randrange(len(BIKES))],
            "frame": f"WBK{rng.randrange(10**6, 10**7)}", "learner": LEARNERS[lang][variant],
            "instructor": INSTRUCTORS[rng.randrange(len(INSTRUCTORS))],
            "licence": rng.choice(["B", "B", "BE", "A2"])}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=35))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh15Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the co-working space's first variant has an annual member's
    discount."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randrange(300))
    count = rng.randrange(counts[variant][0], counts[variant][1] + 1)
    is_credit = bool(variant) and lang in credit
    return Fresh15Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang],
        buyer=BUYERS[lang][2 if layout == "labsamples" else (index + 3 * variant) % 4],
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        lines=tuple(_lines(rng, layout, lang, count, money)), credit_note=is_credit,
        thousands=money.thousands, decimal=money.decimal, index=index, money=money,
        date_style=date_style, number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30])),
        refs=_refs(rng, layout, lang, issue, credit=is_credit, variant=variant),
        allowance_pct=Decimal(rng.choice([8, 12]) if layout == "coworking" and not variant
                              else 0),
    )  # fmt: skip


def fresh15() -> list[Fresh15Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh15Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh15/*.pdf` and the truth `out/fresh15.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh15(), render)
