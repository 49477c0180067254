"""The seventeenth fresh slice of the synthetic evaluation set (`fresh17`), measured once unseen,
now a development set. Seven real-world invoice styles no other set uses, in six languages, two
variants each: a brewery's trade invoice to a pub with keg deposits and a keg account under the
table, a photocopier dealer's invoice with a meter-reading box before the charges, a skip-hire
firm's invoice with the title in colour at the left and the container's site and waste in a tinted
strip, a language school's tuition invoice with a student box beside the payer, a land surveyor's
fee note set as a letter (the firm at the right, the client in the window, a subject line), an art
gallery's commission invoice to one of its artists, and a car wash's monthly fleet account invoice
with a wash per van and programme.

Layouts (`evalset_fresh17_layouts.py`, `evalset_fresh17_pages.py`): the brewery counts the kegs
on site before the delivery, delivered, collected and on site now. The copier's click lines carry
the previous reading (`code`); the meter box prints it, the current reading and the copies. The
car wash bills up to twenty lines and gives its fleet customers a rebate on the first variant.
Money in EUR, GBP, CHF, USD, SEK, DKK and PLN; numeric, dotted, ISO, two-digit-year, abbreviated
and month-name dates. Credit notes (type 381) reference the invoice they correct; their truth
keeps amounts positive. A line's truth description is its own printed text line. Deterministic:
fixed seed, fixed PDF metadata.
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
from evalset_fresh17_items import BREWERY, COPIER, COURSES, GALLERY, SKIPS, SURVEY, WASHES
from evalset_fresh17_layouts import DRAW
from evalset_fresh17_parties import ARTISTS, BUYERS, COPIERS, PLATES, SELLERS, STUDENTS
from evalset_fresh17_text import EWC, MONEY, TITLES, WASTE, WORDING
from generate import LOCALES, render_layout, write_set

SEED: Final = 20270613
NAME: Final = "fresh17"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "kegledger": ("num", set(), ((1, 3), (4, 7))),
    "meterread": ("dot", {"de"}, ((1, 3), (3, 5))),
    "skiphire": ("iso", {"de", "nl"}, ((1, 3), (3, 6))),
    "coursefee": ("long", {"fr", "it"}, ((1, 3), (3, 6))),
    "feenote": ("abbr", {"en"}, ((1, 3), (3, 6))),
    "artistsale": ("yy", {"es"}, ((1, 3), (3, 6))),
    "fleetwash": ("dot", set(), ((2, 6), (14, 20))),
}  # fmt: skip
ITEMS: Final = {"kegledger": BREWERY, "skiphire": SKIPS, "coursefee": COURSES,
                "feenote": SURVEY, "artistsale": GALLERY}  # fmt: skip
NUMBERS: Final = {  # the invoice number of each layout: serial n, year y, two-digit year yy, month
    "kegledger": "BR{yy}/{n:05d}", "meterread": "CPC-{n:04d}-{m:02d}{yy}",
    "skiphire": "SK {y}/{n:04d}", "coursefee": "LS-{yy}-{n:03d}", "feenote": "FN{n:04d}/{yy}",
    "artistsale": "G {y} {n:03d}", "fleetwash": "FW{m:02d}{yy}-{n:04d}",
}  # fmt: skip
KEG_UNITS: Final = frozenset(("keg", "cask", "Fass", "fût", "barril", "fusto", "fust"))


@dataclasses.dataclass(frozen=True)
class Fresh17Sample(Fresh9Sample):
    """A seventeenth-slice invoice; money, dates, the printed truth and the allowance work as in
    the ninth slice, with this slice's wording. `refs` also holds what single layouts print
    beside the parties: the keg account, the copier, the skip's site and waste, the student and
    the course, the surveyed site, the exhibition and the fleet account."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label (phrasing `index % 3` of the common facts)."""
        options = WORDING[self.lang][key].split("|")
        return options[self.index % 3] if len(options) == 3 else options[0]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    digits = {"kegledger": 5, "skiphire": 4, "meterread": 4, "feenote": 4, "fleetwash": 4}
    serial = rng.randrange(10 ** digits.get(layout, 3))
    return NUMBERS[layout].format(n=serial, y=issue.year, yy=f"{issue.year % 100:02d}",
                                  m=issue.month)  # fmt: skip


def _clicks(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """The copier's meter lines first (mono, then colour when there is room), each with its
    previous reading in `code`, then the lease and any service."""
    meters, others = COPIER[lang][:2], COPIER[lang][2:]
    clicks = 1 if count == 1 else 2
    found = [Fresh10Line(item.description, Decimal(rng.randrange(800, 24000)),
                         Decimal(rng.randrange(item.low * scale * 10, item.high * scale * 10))
                         / 1000, unit=item.unit, code=str(rng.randrange(20000, 480000)))
             for item in meters[:clicks]]  # fmt: skip
    return found + _priced(rng, others, count - clicks, scale, lang)


def _washes(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh10Line]:
    """The car wash's month: `count` distinct (van, programme) pairs, in van order."""
    letters = "BCDFGHJKLMNPRSTVWXZ"
    plates = [PLATES[lang].format(**{k: rng.choice(letters) for k in "ABCDE"},
                                  n2=rng.randrange(10, 99), n3=rng.randrange(100, 999),
                                  n4=rng.randrange(1000, 9999)) for _ in range(6)]  # fmt: skip
    pairs = sorted(rng.sample([(v, p) for v in range(6) for p in range(4)], count))
    found = []
    for van, programme in pairs:
        name, low, high = WASHES[lang][programme]
        found.append(Fresh10Line(f"{name}, {plates[van]}", Decimal(rng.randrange(1, 9)),
                                 Decimal(rng.randrange(low * scale, high * scale)) / 100,
                                 unit="", section=plates[van]))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int,
           money: Money) -> list[Fresh10Line]:  # fmt: skip
    if layout == "meterread":
        return _clicks(rng, lang, count, money.scale)
    if layout == "fleetwash":
        return _washes(rng, lang, count, money.scale)
    return _priced(rng, ITEMS[layout][lang], count, money.scale, lang)


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          lines: list[Fresh10Line], *, credit: bool, variant: int) -> dict[str, str]:  # fmt: skip
    out = sum(int(ln.quantity) for ln in lines if ln.unit in KEG_UNITS)
    before = rng.randrange(2, 9)
    back = rng.randrange(0, before + out + 1)
    start = issue + dt.timedelta(days=rng.randrange(7, 30))
    refs = {"before": str(before), "out": str(out), "back": str(back),
            "held": str(before + out - back), "copier": rng.choice(COPIERS),
            "serial": f"{rng.choice('AVWXN')}{rng.randrange(10**8):08d}",
            "site": f"{rng.randrange(2, 180)} {rng.choice(['Ridge', 'Mill', 'Quarry'])}",
            "waste": WASTE[lang][variant], "ewc": EWC[variant],
            "student": STUDENTS[rng.randrange(len(STUDENTS))],
            "start": start.isoformat(), "end": (start + dt.timedelta(weeks=4)).isoformat(),
            "level": rng.choice(["A2", "B1", "B2", "C1"]),
            "client_ref": f"{rng.choice(['PL', 'KR', 'HB'])}/{rng.randrange(100, 999)}",
            "exhibition": f"{rng.choice(['Tidelines', 'Second Light', 'Salt & Iron'])} "
                          f"{issue.year}",
            "account": f"{rng.randrange(1000, 9999)}-F"}  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=35))
    return refs


def _sample(rng: random.Random, index: int, layout: str, lang: str,
            variant: int) -> Fresh17Sample:  # fmt: skip
    """One document: the second variant has more lines and, in the layout's credit-note
    languages, is a credit note; the car wash's first variant has a fleet rebate. The gallery
    bills one of its artists."""
    date_style, credit, counts = STYLE[layout]
    money = MONEY[layout][lang]
    issue = dt.date(2026, 5, 1) + dt.timedelta(days=rng.randrange(300))
    lines = _lines(rng, layout, lang, rng.randrange(counts[variant][0],
                                                     counts[variant][1] + 1), money)  # fmt: skip
    is_credit = bool(variant) and lang in credit
    buyer = (ARTISTS[lang][variant] if layout == "artistsale"
             else BUYERS[lang][(index + variant) % 4])  # fmt: skip
    rebate = rng.choice([3, 5, 8]) if layout == "fleetwash" and not variant else 0
    return Fresh17Sample(
        file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
        currency=money.code, symbol=money.symbol, symbol_before=money.before,
        seller=SELLERS[layout][lang], buyer=buyer,
        tax_rate=Decimal(STANDARD.get(money.code) or EUR_STANDARD[lang]),
        lines=tuple(lines), credit_note=is_credit, thousands=money.thousands,
        decimal=money.decimal, index=index, money=money, date_style=date_style,
        number=_number(rng, layout, issue), issue=issue,
        due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30])),
        refs=_refs(rng, layout, lang, issue, lines, credit=is_credit, variant=variant),
        allowance_pct=Decimal(rebate),
    )  # fmt: skip


def fresh17() -> list[Fresh17Sample]:
    """Seven layouts x six languages x two variants, drawn from one seeded generator."""
    rng = random.Random(SEED)
    return [_sample(rng, index, layout, lang, variant)
            for (index, layout), lang, variant in
            itertools.product(enumerate(STYLE), LOCALES, range(2))]  # fmt: skip


def render(sample: Fresh17Sample) -> bytes:
    return render_layout(DRAW, sample)


def generate(out: Path) -> Path:
    """Write `out/fresh17/*.pdf` and the truth `out/fresh17.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh17(), render)
