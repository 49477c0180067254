"""The fifth fresh slice of the synthetic evaluation set (`fresh5`): measured once unseen (on
pdf-rules 0.7.0), then used for development. Seven layouts modelled on real-world invoice
styles none of the other sets uses, in six languages, two variants each.

Layouts (`evalset_fresh5_layouts.py`, `evalset_fresh5_pages.py`): a car workshop invoice (a
vehicle box with registration, VIN, mileage and first registration; parts and labour in separate
sections, each with its own subtotal); a builder's final account (the number in the title line,
trades with position numbers 01.01, a unit column, a subtotal per trade, then the sum of the
positions less a negotiated discount); an event caterer's invoice (labels with leader dots,
event date and guests, two VAT rates per line by code, a VAT analysis table and the totals in a
box); a software reseller's invoice (facts stacked right-aligned with the label above the
value, a licence key and term under each product line, amounts with a trailing currency code,
a negative discount line); an equipment hire invoice (on-hire and off-hire dates on every line,
days x day rate, the currency only in the column headers); a translation agency's invoice (a
ruled label | value grid, language pairs, word counts with thousands marks and per-word rates);
a bilingual invoice (every label in two languages, facts in a row, the totals in a right-hand
box). Money in EUR, GBP, CHF, SEK, DKK, NOK, PLN, CZK, HUF and CAD; numeric, dotted, ISO,
two-digit-year and month-name dates. Credit notes (type 381) reference the invoice they
correct; their truth keeps amounts positive. The net total is the sum of the lines less any
document-level discount (EN 16931). A line's truth description is its first printed line (the
licence key under it is not part of it). Deterministic: fixed seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Final

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3 import Fresh3Line, Fresh3Sample
from evalset_fresh3_items import RATES, Money
from evalset_fresh5_items import (
    CATERING,
    CLEANING,
    DISCOUNT,
    EQUIPMENT,
    LABOUR,
    LANGUAGE_WORK,
    PAIRS,
    PARTS,
    ROOMS,
    SETUP,
    SOFTWARE,
    TRADES,
    TRANSPORT,
    Item,
)
from evalset_fresh5_layouts import DRAW
from evalset_fresh5_parties import (
    BUYERS,
    EVENTS,
    MANAGERS,
    PLATES,
    PROJECTS,
    SELLERS,
    SITES,
    VEHICLES,
)
from evalset_fresh5_text import (
    BELGIAN,
    CATERING_RATES,
    EUR_RATES,
    EXTRA_RATES,
    MONEY,
    TITLES,
    WORDING,
)
from generate import CENT, LOCALES, reproducible_pdf, write_set

SEED: Final = 20261126
NAME: Final = "fresh5"
SLASH: Final = "{dd}/{mm}/{yy}"
TWO_DIGIT: Final = {"en": SLASH, "de": "{dd}.{mm}.{yy}", "fr": SLASH, "es": SLASH, "it": SLASH,
                    "nl": "{dd}-{mm}-{yy}"}  # fmt: skip
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (second variant)
    "workshop": ("dot", {"fr"}, (4, 10)),
    "boq": ("num", set(), (16, 28)),
    "catering": ("long", {"es"}, (5, 8)),
    "reseller": ("iso", {"en", "nl"}, (3, 6)),
    "rental": ("abbr", {"it"}, (3, 6)),
    "translation": ("yy", {"de"}, (3, 6)),
    "bilingual": ("dot", {"fr"}, (3, 6)),
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh5Line(Fresh3Line):
    rate: Decimal = Decimal(0)  # catering: the line's own VAT rate
    section: str = ""  # workshop: "parts" or "labour"; building work: the trade
    pos: str = ""  # building work: the position number
    serial: str = ""  # software: the licence key printed under the line
    start: dt.date | None = None  # hire: on hire and off hire
    end: dt.date | None = None
    pair: str = ""  # translation: the language pair


@dataclasses.dataclass(frozen=True)
class Fresh5Sample(Fresh3Sample):
    """A fifth-slice invoice; money, dates and the printed truth work as in the third slice, the
    net total is the sum of the lines less `allowance_pct` of it, and catering lines carry their
    own VAT rates."""

    allowance_pct: Decimal = Decimal(0)

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]

    @property
    def line_total(self) -> Decimal:
        return sum((line.net_amount for line in self.lines), Decimal("0.00"))

    @property
    def allowance(self) -> Decimal:
        return (self.line_total * self.allowance_pct / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def net(self) -> Decimal:
        return self.line_total - self.allowance

    @property
    def rates(self) -> tuple[Decimal, ...]:
        """The VAT rates in use, lowest first."""
        per_line = {line.rate for line in self.lines if line.rate}  # type: ignore[attr-defined]
        return tuple(sorted(per_line)) if per_line else (self.tax_rate,)

    def base_of(self, rate: Decimal) -> Decimal:
        if len(self.rates) == 1:
            return self.net
        return sum((ln.net_amount for ln in self.lines if ln.rate == rate), Decimal("0.00"))  # type: ignore[attr-defined]

    def tax_of(self, rate: Decimal) -> Decimal:
        return (self.base_of(rate) * rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return sum((self.tax_of(rate) for rate in self.rates), Decimal("0.00"))

    def date_text(self, day: dt.date) -> str:
        if self.date_style == "yy":
            return TWO_DIGIT[self.lang].format(dd=f"{day.day:02d}", mm=f"{day.month:02d}",
                                               yy=f"{day.year % 100:02d}")  # fmt: skip
        return super().date_text(day)


def _price(rng: random.Random, item: Item, scale: int) -> Decimal:
    return Decimal(rng.randrange(item.low * scale, item.high * scale)) / 100


def _workshop(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh5Line]:
    labour = max(1, count // 3)
    parts = rng.sample(PARTS[lang], count - labour)
    found = []
    for item in parts:
        litres = item.unit == "l"
        quantity = Decimal(rng.choice(["4.2", "4.5", "5.2", "6"]) if litres else
                           rng.choice(["1", "1", "2", "4"]))  # fmt: skip
        found.append(Fresh5Line(item.description, quantity, _price(rng, item, scale),
                                unit=item.unit, section="parts",
                                code=f"{rng.randrange(10**8, 10**9)}"))  # fmt: skip
    for description in rng.sample(LABOUR[lang], labour):
        found.append(Fresh5Line(description, Decimal(rng.randrange(3, 36)) / 10,
                                _price(rng, Item("", "h", 6500, 13500), scale), unit="h",
                                section="labour",
                                code=f"{rng.randrange(10000, 99999)}"))  # fmt: skip
    return found


def _boq(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh5Line]:
    rooms = ROOMS[lang]
    slots = [(t, k, r) for t, (_, items) in enumerate(TRADES[lang]) for k in range(len(items))
             for r in range(len(rooms))]  # fmt: skip
    found = []
    numbers: dict[int, int] = {}
    for t, k, r in sorted(rng.sample(slots, count)):
        trade, items = TRADES[lang][t]
        item = items[k]
        numbers[t] = numbers.get(t, 0) + 1
        if item.unit in ("h", "uur", "no.", "Stk", "u", "ud", "cad", "st"):
            quantity = Decimal(rng.randrange(1, 24))
        else:
            quantity = Decimal(rng.randrange(150, 4800)) / 100
        found.append(Fresh5Line(f"{item.description}, {rooms[r]}", quantity,
                                _price(rng, item, scale), unit=item.unit, section=trade,
                                pos=f"{t + 1:02d}.{numbers[t]:02d}"))  # fmt: skip
    return found


def _catering(rng: random.Random, lang: str, count: int, guests: int) -> list[Fresh5Line]:
    reduced, standard = (Decimal(r) for r in CATERING_RATES[lang])
    items = list(CATERING[lang])
    first = [rng.choice([i for i in items if i.unit == "R"]),
             rng.choice([i for i in items if i.unit == "S"])]  # fmt: skip
    rest = rng.sample([i for i in items if i not in first], count - 2)
    found = []
    for item in (*first, *rest):
        kind = items.index(item)  # food per guest, then bottles, staff hours, hire
        if kind < 4:
            quantity = Decimal(guests)
        elif kind < 7:
            quantity = Decimal(rng.randrange(4, 40))
        else:
            quantity = Decimal(1)
        found.append(Fresh5Line(item.description, quantity, _price(rng, item, 1),
                                rate=reduced if item.unit == "R" else standard))  # fmt: skip
    return found


def _reseller(rng: random.Random, lang: str, count: int, scale: int, issue: dt.date,
              credit: bool) -> list[Fresh5Line]:  # fmt: skip
    found = []
    for item in rng.sample(SOFTWARE, min(count, len(SOFTWARE))):
        key = "-".join(f"{rng.randrange(16**5):05X}" for _ in range(5))
        found.append(Fresh5Line(item.description, Decimal(rng.choice([1, 2, 5, 10, 15, 25])),
                                _price(rng, item, scale), code=item.unit, serial=key,
                                start=issue, end=issue.replace(year=issue.year + 1)
                                - dt.timedelta(days=1)))  # fmt: skip
    if count > 1:
        found.append(Fresh5Line(SETUP[lang], Decimal(rng.randrange(2, 9)),
                                _price(rng, Item("", "h", 8500, 14000), scale),
                                code="SRV-H"))  # fmt: skip
    if count > 2 and not credit:
        pct = rng.choice([5, 8, 10, 12])
        base = sum((ln.net_amount for ln in found), Decimal(0))
        off = (base * pct / 100).quantize(CENT, ROUND_HALF_UP)
        found.append(Fresh5Line(f"{DISCOUNT[lang]} {pct} %", Decimal(1), -off, code="DISC"))
    return found


def _rental(rng: random.Random, lang: str, count: int, scale: int,
            issue: dt.date) -> list[Fresh5Line]:  # fmt: skip
    found = []
    for item in rng.sample(EQUIPMENT[lang], min(count, len(EQUIPMENT[lang]))):
        end = issue - dt.timedelta(days=rng.randrange(1, 6))
        start = end - dt.timedelta(days=rng.randrange(0, 25))
        found.append(Fresh5Line(item.description, Decimal((end - start).days + 1),
                                _price(rng, item, scale), unit="day", start=start,
                                end=end))  # fmt: skip
    if count > 1:
        found.append(Fresh5Line(TRANSPORT[lang], Decimal(rng.choice([1, 2])),
                                _price(rng, Item("", "", 8500, 26000), scale)))  # fmt: skip
    return found


def _translation(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh5Line]:
    found = []
    for item in rng.sample(LANGUAGE_WORK[lang], count):
        if item.unit == "word":
            quantity = Decimal(rng.randrange(180, 14000))
            price = Decimal(rng.randrange(item.low, item.high) * scale) / 10000
            price = price.quantize(Decimal("0.001") if scale == 1 else CENT, ROUND_HALF_UP)
        elif item.unit == "h":
            quantity = Decimal(rng.randrange(2, 25)) / 2
            price = _price(rng, item, scale)
        elif item.unit == "page":
            quantity, price = Decimal(rng.randrange(4, 80)), _price(rng, item, scale)
        else:
            quantity, price = Decimal(1), _price(rng, item, scale)
        found.append(Fresh5Line(item.description, quantity, price, unit=item.unit,
                                pair=rng.choice(PAIRS[lang]),
                                code=f"J{rng.randrange(1000, 9999)}"))  # fmt: skip
    return found


def _bilingual(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh5Line]:
    found = []
    for item in rng.sample(CLEANING[lang], count):
        if item.unit == "m²":
            quantity = Decimal(rng.randrange(40, 900))
        else:
            quantity = Decimal(rng.choice([1, 1, 2, 3, 4]))
        found.append(Fresh5Line(item.description, quantity, _price(rng, item, scale),
                                unit=item.unit))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int, scale: int, issue: dt.date,
           refs: dict[str, str], credit: bool) -> list[Fresh5Line]:  # fmt: skip
    if layout == "workshop":
        return _workshop(rng, lang, count, scale)
    if layout == "boq":
        return _boq(rng, lang, count, scale)
    if layout == "catering":
        return _catering(rng, lang, count, int(refs["guests"]))
    if layout == "reseller":
        return _reseller(rng, lang, count, scale, issue, credit)
    if layout == "rental":
        return _rental(rng, lang, count, scale, issue)
    if layout == "translation":
        return _translation(rng, lang, count, scale)
    return _bilingual(rng, lang, count, scale)


def _number(rng: random.Random, layout: str, lang: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "workshop": {"en": f"SI-{n:06d}", "de": f"W{year}-{n:05d}", "fr": f"FA{n:07d}",
                     "es": f"T{year % 100}/{n:05d}", "it": f"{n % 10000}/{year}",
                     "nl": f"{year}{n:05d}"}[lang],
        "boq": f"{year}/{n % 10000:04d}" if lang != "nl" else f"{year}-{n % 1000:03d}",
        "catering": f"CAT-{year % 100}{n % 10000:04d}",
        "reseller": f"SR-{year}/{n % 10000:04d}",
        "rental": f"{rng.choice('ABH')}{n:06d}",
        "translation": f"LP-{year}-{n % 1000:03d}" if lang == "en" else
                       f"{year % 100}-{n % 1000:03d}",
        "bilingual": f"{year % 100}{n % 10000:04d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, index: int,
          credit: bool) -> dict[str, str]:  # fmt: skip
    a, b = rng.choice("BCDFGHKLMNPRSTVWXZ"), rng.choice("BCDFGHKLMNPRSTVWXZ")
    event, venue = EVENTS[lang][rng.randrange(2)].split("|")
    refs = {
        "job": f"{rng.randrange(10000, 99999)}",
        "vehicle": rng.choice(VEHICLES),
        "plate": PLATES[lang].format(a=a, b=b, n=rng.randrange(100, 999)),
        "vin": f"W{rng.choice('VBFM')}{rng.randrange(10**14, 10**15)}",
        "mileage": f"{rng.randrange(8000, 240000)}",
        "first_reg": (issue - dt.timedelta(days=rng.randrange(400, 4000))).isoformat(),
        "project": PROJECTS[lang],
        "contract": f"{rng.randrange(100, 999)}-{issue.year - 1}",
        "customer_no": f"{rng.randrange(10000, 99999)}",
        "po": f"PO{rng.randrange(100000, 999999)}",
        "event": event, "venue": venue,
        "event_date": (issue - dt.timedelta(days=rng.randrange(1, 10))).isoformat(),
        "guests": f"{rng.randrange(18, 160)}",
        "hire_no": f"MV{rng.randrange(100000, 999999)}",
        "site": SITES[lang],
        "job_no": f"P{issue.year % 100}{rng.randrange(1000, 9999)}",
        "pm": MANAGERS[index % len(MANAGERS)],
    }  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, lang, issue - dt.timedelta(days=30))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout == "catering":
        return Decimal(CATERING_RATES[lang][1])
    if layout == "bilingual" and lang in BELGIAN:
        return Decimal(21)
    code = money.code
    return Decimal(RATES.get(code) or EXTRA_RATES.get(code) or EUR_RATES[lang])


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "workshop" and lang == "en":
        return "num"
    if layout == "boq" and variant:
        return "long"
    if layout == "catering" and lang == "en":
        return "abbr"
    if layout == "rental" and lang == "it" and variant:
        return "num"
    if layout == "bilingual" and lang == "en":
        return "iso"
    return style


def fresh5() -> list[Fresh5Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, (low, high))) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randrange(320))
                is_credit = variant == 1 and lang in credit
                count = rng.randrange(low, high + 1) if variant else {
                    "workshop": 2, "boq": rng.randrange(3, 7), "catering": 2, "reseller": 1,
                }.get(layout, rng.randrange(1, 3))  # fmt: skip
                refs = _refs(rng, layout, lang, issue, index, is_credit)
                lines = _lines(rng, layout, lang, count, money.scale, issue, refs, is_credit)
                pct = Decimal(rng.choice([2, 3, 5])) if layout == "boq" and (
                    variant or lang in ("de", "it")) else Decimal(0)  # fmt: skip
                found.append(Fresh5Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, lang, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([8, 10, 14, 20, 30, 45])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=BUYERS[lang][variant],
                    tax_rate=_rate(layout, lang, money), lines=tuple(lines),
                    credit_note=is_credit, thousands=money.thousands, decimal=money.decimal,
                    index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style), refs=refs,
                    allowance_pct=pct,
                ))  # fmt: skip
    return found


def render(sample: Fresh5Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh5/*.pdf` and the truth `out/fresh5.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh5(), render)
