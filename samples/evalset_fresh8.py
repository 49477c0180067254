"""The eighth fresh slice of the synthetic evaluation set (`fresh8`): measured once unseen, then
used for development. Seven real-world invoice styles no other set uses, in six languages, two
variants each: a Swiss invoice with a QR-bill payment slip, a parts distributor's invoice with
back-order columns, a pharmacy wholesaler's invoice with batches and expiry dates, a warehouse
storage invoice in pallet-days, a publisher's subscription invoice with issue numbers, a guarding
company's invoice per site, and an invoice that prints the table first and the parties last.

Layouts (`evalset_fresh8_layouts.py`, `evalset_fresh8_slip.py`): the QR bill repeats the
account, reference, currency and grand total in a receipt and a payment part under a dashed
line; the parts distributor prints ordered, delivered, back-ordered and invoiced quantities (only
the invoiced quantity is billed); the pharmacy wholesaler prints a batch and an expiry month per
line; the warehouse bills pallet-days (pallets x days in grey under the line) at a rate with up
to four decimals and adds an insurance surcharge (a document-level charge); the publisher prints
the issues a subscription covers under each title; the guarding company groups its hours under
a bold heading per site; the last style starts with the table and ends with the parties. Money
in CHF, EUR, GBP, NOK, SEK, HUF and CZK; numeric, dotted, ISO, two-digit-year and month-name
dates. Credit notes (type 381) reference the invoice they correct; their truth keeps amounts
positive. The net total is the sum of the lines less allowances plus charges (EN 16931). A
line's truth description is its own printed text line. Deterministic: fixed seed, fixed PDF
metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Final

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh3_items import Money
from evalset_fresh7 import Fresh7Line, Fresh7Sample
from evalset_fresh7_text import EUR_STANDARD, REDUCED, STANDARD
from evalset_fresh8_items import (
    BUYERS,
    GOODS,
    GUARDING,
    MEDICINES,
    PERIODICALS,
    SELLERS,
    SITES,
    SPARES,
    STORAGE,
    SWISS_WORK,
)
from evalset_fresh8_layouts import DRAW
from evalset_fresh8_text import MONEY, TITLES, WORDING
from generate import LOCALES, reproducible_pdf, write_set

SEED: Final = 20261214
NAME: Final = "fresh8"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (both variants)
    "qrbill": ("dot", set(), ((1, 3), (4, 7))),
    "backorder": ("num", {"fr"}, ((2, 5), (10, 18))),
    "pharmacy": ("iso", {"de", "nl"}, ((1, 4), (7, 10))),
    "storage": ("yy", set(), ((2, 3), (4, 6))),
    "periodicals": ("long", {"en", "it"}, ((1, 2), (3, 6))),
    "guarding": ("abbr", {"es"}, ((2, 4), (6, 12))),
    "tablefirst": ("num", {"de"}, ((1, 3), (12, 18))),
}  # fmt: skip
REDUCED_RATE: Final = {"pharmacy", "periodicals"}
BUYER: Final = {"pharmacy": 0, "backorder": 1}  # the clinic buys medicines, the garage parts
GBP_RATES: Final = {"pharmacy": "0", "periodicals": "0"}  # zero-rated in the UK
STANDARD_RATES: Final = STANDARD | {"NOK": "25", "EUR": ""}


@dataclasses.dataclass(frozen=True)
class Fresh8Line(Fresh7Line):
    ordered: Decimal = Decimal(0)  # back orders: ordered and still open (delivered = quantity)
    open: Decimal = Decimal(0)
    expiry: dt.date | None = None  # medicines: the batch (in `lot`) and its expiry month
    pallets: int = 0  # storage: pallets x days make the pallet-days billed
    days: int = 0
    site: str = ""  # guarding: the site the hours were worked at
    first: int = 0  # periodicals: the first and last issue the subscription covers
    last: int = 0


@dataclasses.dataclass(frozen=True)
class Fresh8Sample(Fresh7Sample):
    """An eighth-slice invoice; money, dates, the printed truth and the allowance or charge work
    as in the seventh slice, with this slice's wording."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]


def _cents(rng: random.Random, low: int, high: int, scale: int) -> Decimal:
    return Decimal(rng.randrange(low * scale, high * scale)) / 100


def _qrbill(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    found = []
    for item in rng.sample(SWISS_WORK[lang], count):
        quantity = Decimal(rng.choice([1, 1, 2, 3, 4, 6, 12]))
        if item.unit in ("h", "Std", "m²", "ora", "uur", "kg", "ml"):
            quantity = Decimal(rng.randrange(4, 120)) / 2
        price = _cents(rng, item.low, item.high, scale)
        found.append(Fresh8Line(item.description, quantity, price, unit=item.unit))
    return found


def _backorder(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    found = []
    for item in rng.sample(SPARES[lang], count):
        ordered = rng.choice([2, 4, 5, 6, 10, 12, 20])
        open_ = rng.choice([0, 0, 0, 1, 2]) if ordered > 2 else 0
        found.append(Fresh8Line(item.description, Decimal(ordered - open_),
                                _cents(rng, item.low, item.high, scale), unit=item.unit,
                                code=f"{rng.choice('ABKMRT')}{rng.randrange(10000, 99999)}",
                                ordered=Decimal(ordered), open=Decimal(open_)))  # fmt: skip
    return found


def _pharmacy(rng: random.Random, lang: str, count: int, scale: int,
              issue: dt.date) -> list[Fresh8Line]:  # fmt: skip
    found = []
    for item in rng.sample(MEDICINES[lang], count):
        expiry = dt.date(issue.year + rng.randrange(1, 4), rng.randrange(1, 13), 1)
        found.append(Fresh8Line(item.description, Decimal(rng.choice([5, 10, 12, 20, 24, 50])),
                                _cents(rng, item.low, item.high, scale), unit=item.unit,
                                code=f"{rng.randrange(1000000, 9999999)}",
                                lot=f"{rng.choice('BCHLPX')}{rng.randrange(10000, 99999)}",
                                expiry=expiry))  # fmt: skip
    return found


def _storage(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    services = STORAGE[lang]
    chosen = [services[0], *rng.sample(services[1:], count - 1)]
    found = []
    for item in chosen:
        price = Decimal(rng.randrange(item.low, item.high) * scale) / 10000
        if item is services[0] or item is services[1]:
            pallets, days = rng.randrange(4, 60), rng.choice([28, 30, 31])
            found.append(Fresh8Line(item.description, Decimal(pallets * days), price,
                                    unit=item.unit, pallets=pallets, days=days))  # fmt: skip
        else:
            quantity = Decimal(rng.randrange(12, 400))
            found.append(Fresh8Line(item.description, quantity, price, unit=item.unit))
    return found


def _periodicals(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    found = []
    for item in rng.sample(PERIODICALS[lang], count):
        first = rng.randrange(1, 200)
        found.append(Fresh8Line(item.description, Decimal(rng.choice([1, 1, 2, 3, 5, 10])),
                                _cents(rng, item.low, item.high, scale), first=first,
                                last=first + rng.choice([3, 5, 11])))  # fmt: skip
    return found


def _guarding(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    sites = SITES[lang][: 1 if count < 3 else 2 if count <= 8 else 3]
    pairs = sorted(rng.sample([(s, g) for s in range(len(sites))
                               for g in range(len(GUARDING[lang]))], count))  # fmt: skip
    rates = {g: _cents(rng, item.low, item.high, scale) for g, item in enumerate(GUARDING[lang])}
    found = []
    for s, g in pairs:
        site = sites[s]
        hours = Decimal(rng.randrange(8, 720)) / 2 if g != 3 else Decimal(rng.randrange(1, 6))
        label = site.split(" \u2013 ")[0]
        found.append(Fresh8Line(f"{GUARDING[lang][g].description} ({label})", hours, rates[g],
                                unit="h", site=site))  # fmt: skip
    return found


def _tablefirst(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh8Line]:
    found = []
    for description, unit in rng.sample(GOODS[lang], count):
        found.append(Fresh8Line(description, Decimal(rng.choice([1, 2, 3, 4, 6, 10, 25, 50])),
                                _cents(rng, 80, 9000, scale), unit=unit,
                                code=f"{rng.randrange(100000, 999999)}"))  # fmt: skip
    return found


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date) -> list[Fresh8Line]:  # fmt: skip
    scale = money.scale
    if layout == "pharmacy":
        return _pharmacy(rng, lang, count, scale, issue)
    return {"qrbill": _qrbill, "backorder": _backorder, "storage": _storage,
            "periodicals": _periodicals, "guarding": _guarding,
            "tablefirst": _tablefirst}[layout](rng, lang, count, scale)  # fmt: skip


def _number(rng: random.Random, layout: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "qrbill": f"{year}-{n:05d}", "backorder": f"SI{n:06d}", "pharmacy": f"{year % 100}{n:07d}",
        "storage": f"WH/{year}/{n % 10000:04d}", "periodicals": f"ABO-{year % 100}-{n:05d}",
        "guarding": f"S{year % 100}{issue.month:02d}/{n % 1000:03d}", "tablefirst": f"{n}/{year}",
    }[layout]  # fmt: skip


def _reference(rng: random.Random) -> str:
    """A 27-digit QR reference printed in groups of five (the first group has two digits)."""
    digits = f"{rng.randrange(10**26, 10**27)}"
    return " ".join([digits[:2], *(digits[k : k + 5] for k in range(2, 27, 5))])


def _refs(rng: random.Random, layout: str, issue: dt.date, credit: bool) -> dict[str, str]:
    refs = {"qr": _reference(rng), "order": f"PO-{rng.randrange(10000, 99999)}",
            "dispatch": f"DN{rng.randrange(100000, 999999)}",
            "subscriber": f"{rng.randrange(100000, 999999)}",
            "start": (issue.replace(day=1) - dt.timedelta(1)).replace(day=1).isoformat(),
            }  # fmt: skip
    if credit:
        refs["original"] = _number(rng, layout, issue - dt.timedelta(days=30))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if money.code == "GBP" and layout in GBP_RATES:
        return Decimal(GBP_RATES[layout])
    if layout == "qrbill":
        return Decimal(STANDARD["CHF"])  # Swiss VAT, in francs or euros
    if layout in REDUCED_RATE and money.code == "EUR":
        return Decimal(REDUCED[lang])
    return Decimal(STANDARD_RATES.get(money.code) or EUR_STANDARD[lang])


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "tablefirst" and variant:
        return "abbr"
    if layout == "pharmacy" and lang == "nl":
        return "num"
    if layout == "guarding" and variant:
        return "dot"
    return style


def fresh8() -> list[Fresh8Sample]:
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
                lines = _lines(rng, layout, lang, count, money, issue)
                allowance = Decimal(0)
                if layout in ("backorder", "tablefirst") and variant and not is_credit:
                    allowance = Decimal(rng.choice([2, 3, 5, 8]))
                charge = Decimal(rng.choice(["0.5", "1", "1.5"])) if layout == "storage" else (
                    Decimal(0))  # fmt: skip
                found.append(Fresh8Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([10, 14, 20, 30, 45])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=BUYERS[lang][BUYER.get(layout, variant)],
                    tax_rate=_rate(layout, lang, money), lines=tuple(lines),
                    credit_note=is_credit, thousands=money.thousands, decimal=money.decimal,
                    index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style),
                    refs=_refs(rng, layout, issue, is_credit),
                    allowance_pct=allowance, charge_pct=charge,
                ))  # fmt: skip
    return found


def render(sample: Fresh8Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh8/*.pdf` and the truth `out/fresh8.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh8(), render)
