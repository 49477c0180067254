"""The sixth fresh slice of the synthetic evaluation set (`fresh6`): seven more real-world invoice
styles in six languages, two variants each, none of them (nor most of their label phrasings)
used by another set: a dental practice's account, a print shop's invoice, a B2B web-shop
invoice, a customs agent's invoice with disbursements outside VAT, a photographer's invoice in
two columns, a dense food-service ERP invoice and a wine merchant's invoice set entirely centred.

Layouts (`evalset_fresh6_layouts.py`, `evalset_fresh6_pages.py`): the dental account has a
patient box apart from the payer, a treatment-date column first, tooth and fee-code columns and
no VAT (exempt care, printed as 0.00); the print shop quotes its offer, prints each job's
specification in its own column beside the job, per-copy prices with up to four decimals and a
delivery charge added after the sum of the jobs (EN 16931 document-level charge); the web shop
prints the order number and date above the invoice's, SKUs, list prices, a volume-tier discount
per line (the printed line amount is the truth) and "paid online"; the customs agent splits
agency services (VAT) from disbursements (0 %) and prints a VAT analysis; the photographer's
page has a narrow left column holding the parties, the facts and the totals, the lines right
with the usage licence under each; the ERP invoice crams nine columns (line, article, name,
quantity, unit, price, discount, VAT code, amount) in 6.5 pt with two VAT rates; the wine
merchant centres every line, table cells included, with a case discount (document-level
allowance). Numeric, dotted, ISO, two-digit-year, US and month-name dates; EUR, GBP, CHF, USD,
NOK, PLN, DKK, CZK, HUF and RON. Credit notes (type 381) reference the invoice they correct;
their truth keeps amounts positive. A line's truth description is its first printed line.
Deterministic: fixed seed, fixed PDF metadata.
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

from evalset_fresh3_items import Money
from evalset_fresh5 import Fresh5Line, Fresh5Sample
from evalset_fresh6_items import ALL, PACKS, PROOF, SHIPPING, Item
from evalset_fresh6_layouts import DRAW
from evalset_fresh6_parties import BUYERS, PATIENTS, PAYERS, SELLERS, SHOOTS
from evalset_fresh6_text import EUR_RATES, MONEY, RATES, REDUCED, TITLES, WORDING
from generate import CENT, LOCALES, Company, reproducible_pdf, write_set

SEED: Final = 20261127
NAME: Final = "fresh6"
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (second variant)
    "dental": ("dot", set(), (4, 8)),
    "printshop": ("yy", {"fr"}, (3, 6)),
    "webshop": ("iso", {"en", "de"}, (5, 9)),
    "customs": ("num", {"it"}, (4, 7)),
    "photo": ("long", {"nl"}, (3, 6)),
    "erp": ("dot", {"es"}, (20, 35)),
    "centred": ("abbr", {"en"}, (4, 8)),
}  # fmt: skip
MULTI_RATE: Final = {"customs", "erp"}  # layouts whose lines carry their own VAT rate
FDI: Final = ("11", "14", "16", "17", "21", "24", "26", "27", "36", "37", "46", "47")


@dataclasses.dataclass(frozen=True)
class Fresh6Line(Fresh5Line):
    """`discount` (a percentage of the list price `unit_price`) is printed per line by the web
    shop and the ERP layout: their line amount is the discounted one."""

    spec: str = ""  # print shop: the specification column
    tooth: str = ""  # dental: the tooth treated (FDI)

    @property
    def net_amount(self) -> Decimal:
        gross = self.quantity * self.unit_price
        return (gross * (100 - self.discount) / 100).quantize(CENT, ROUND_HALF_UP)


@dataclasses.dataclass(frozen=True)
class Fresh6Sample(Fresh5Sample):
    """A sixth-slice invoice: the net total is the sum of the lines less `allowance_pct` of it
    plus the document-level `charge`; customs and ERP lines carry their own VAT rates (0 for
    disbursements); dental care is exempt (rate 0)."""

    charge: Decimal = Decimal(0)

    def w(self, key: str) -> str:
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        return TITLES[self.lang][int(self.credit_note)].split("|")[self.index]

    @property
    def net(self) -> Decimal:
        return self.line_total - self.allowance + self.charge

    @property
    def rates(self) -> tuple[Decimal, ...]:
        if self.layout in MULTI_RATE:
            return tuple(sorted({line.rate for line in self.lines}))  # type: ignore[attr-defined]
        return (self.tax_rate,)

    def base_of(self, rate: Decimal) -> Decimal:
        if self.layout not in MULTI_RATE:
            return self.net
        return sum((ln.net_amount for ln in self.lines if ln.rate == rate), Decimal("0.00"))  # type: ignore[attr-defined]


def _price(rng: random.Random, item: Item, scale: int, cents: int = 100) -> Decimal:
    return Decimal(rng.randrange(item.low * scale, item.high * scale)) / cents


def _dental(rng: random.Random, lang: str, count: int, issue: dt.date) -> list[Fresh6Line]:
    days = sorted(issue - dt.timedelta(days=rng.randrange(2, 60)) for _ in range(count))
    found = []
    for day, item in zip(days, rng.sample(ALL["dental"][lang], count), strict=True):
        per_tooth = item.description != ALL["dental"][lang][0].description
        found.append(Fresh6Line(item.description, Decimal(rng.choice([1, 1, 1, 2])),
                                _price(rng, item, 1), code=item.unit, day=day,
                                tooth=rng.choice(FDI) if per_tooth else ""))  # fmt: skip
    return found


def _printshop(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh6Line]:
    found = []
    if count > 1:
        found.append(Fresh6Line(PROOF[lang], Decimal(1),
                                _price(rng, Item("", "", 4500, 12000), scale)))  # fmt: skip
    for item in rng.sample(ALL["printshop"][lang], count - len(found)):
        big = item.low >= 100000  # banners: a few pieces
        quantity = Decimal(rng.randrange(1, 5) if big else
                           rng.choice([250, 500, 1000, 2500, 5000, 10000]))  # fmt: skip
        price = _price(rng, item, scale, 10000)
        if big:
            price = price.quantize(CENT, ROUND_HALF_UP)
        found.append(Fresh6Line(item.description, quantity, price, spec=item.unit))
    return found


def _webshop(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh6Line]:
    found = []
    items = rng.sample(ALL["webshop"][lang], count - 1 if count > 2 else count)
    for item in items:
        quantity = rng.choice([2, 4, 10, 12, 25, 30, 50, 60])
        tier = 15 if quantity >= 50 else 10 if quantity >= 25 else 5 if quantity >= 10 else 0
        found.append(Fresh6Line(item.description, Decimal(quantity), _price(rng, item, scale),
                                code=item.unit, discount=Decimal(tier)))  # fmt: skip
    if count > 2:
        carriage = _price(rng, Item("", "", 900, 4900), scale)
        found.append(Fresh6Line(SHIPPING[lang], Decimal(1), carriage, code="SHIP"))
    return found


def _customs(rng: random.Random, lang: str, count: int, scale: int,
             rate: Decimal) -> list[Fresh6Line]:  # fmt: skip
    services = [i for i in ALL["customs"][lang] if i.unit == "S"]
    outlays = [i for i in ALL["customs"][lang] if i.unit == "O"]
    taken = max(1, count - 3) if count > 2 else 1
    found = []
    for item in rng.sample(services, min(taken, len(services))):
        days = item.low == 1500  # storage per day
        found.append(Fresh6Line(item.description, Decimal(rng.randrange(2, 10) if days else 1),
                                _price(rng, item, scale), section="S", rate=rate))  # fmt: skip
    for item in rng.sample(outlays, count - len(found)):
        found.append(Fresh6Line(item.description, Decimal(1), _price(rng, item, scale),
                                section="O", rate=Decimal(0)))  # fmt: skip
    return found


def _photo(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh6Line]:
    found = []
    for item in rng.sample(ALL["photo"][lang], count):
        if item.low == 4500:  # retouching: per image
            quantity = Decimal(rng.randrange(8, 41))
        elif item.low == 95000:
            quantity = Decimal(rng.choice([1, 1, 2]))
        else:
            quantity = Decimal(1)
        found.append(Fresh6Line(item.description, quantity, _price(rng, item, scale),
                                serial="" if item.unit == "-" else item.unit))  # fmt: skip
    return found


def _erp(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh6Line]:
    reduced, standard = Decimal(REDUCED[lang]), _standard(lang, MONEY["erp"][lang])
    combos = [(item, pack) for item in ALL["erp"][lang] for pack in PACKS[lang]]
    picked = rng.sample(combos, count)
    while len({item.unit for item, _ in picked}) < 2:  # food and non-food on every invoice
        picked = rng.sample(combos, count)
    found = []
    for k, (item, (suffix, unit, factor)) in enumerate(picked):
        each = _price(rng, item, scale)
        price = (each * factor * Decimal("0.96") if factor > 1 else each).quantize(CENT)
        found.append(Fresh6Line(f"{item.description}{suffix}", Decimal(rng.randrange(1, 25)),
                                price, unit=unit, pos=f"{(k + 1) * 10}",
                                code=f"{rng.randrange(100000, 999999)}",
                                discount=Decimal(rng.choice([0, 0, 0, 2, 3, 5, 10])),
                                rate=reduced if item.unit == "R" else standard))  # fmt: skip
    return found


def _centred(rng: random.Random, lang: str, count: int, scale: int) -> list[Fresh6Line]:
    return [Fresh6Line(item.description, Decimal(rng.choice([1, 3, 6, 6, 12])),
                       _price(rng, item, scale), unit=item.unit)
            for item in rng.sample(ALL["centred"][lang], count)]  # fmt: skip


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date) -> list[Fresh6Line]:  # fmt: skip
    scale = money.scale
    if layout == "dental":
        return _dental(rng, lang, count, issue)
    if layout == "printshop":
        return _printshop(rng, lang, count, scale)
    if layout == "webshop":
        return _webshop(rng, lang, count, scale)
    if layout == "customs":
        return _customs(rng, lang, count, scale, _standard(lang, money))
    if layout == "photo":
        return _photo(rng, lang, count, scale)
    if layout == "erp":
        return _erp(rng, lang, count, scale)
    return _centred(rng, lang, count, scale)


def _standard(lang: str, money: Money) -> Decimal:
    return Decimal(RATES.get(money.code) or EUR_RATES[lang])


def _number(rng: random.Random, layout: str, lang: str, issue: dt.date) -> str:
    n, year = rng.randrange(100, 99999), issue.year
    return {
        "dental": {"en": f"HDP{n:05d}", "de": f"HR-{year}-{n:05d}", "fr": f"NH{year % 100}{n:05d}",
                   "es": f"CD-{n:05d}/{year % 100}", "it": f"{n % 1000}/S/{year}",
                   "nl": f"{n:07d}"}[lang],
        "printshop": f"D{year % 100}-{n % 10000:04d}",
        "webshop": f"INV-{year}-{n:06d}",
        "customs": f"{year % 100}{rng.choice('EIT')}{n:05d}",
        "photo": f"{year}-{n % 100:02d}" if lang != "de" else f"{year}{n % 1000:03d}",
        "erp": f"{rng.randrange(10**7, 10**8)}",
        "centred": f"{n % 1000:03d}/{year % 100}" if lang == "fr" else f"{n % 10000:04d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date, index: int,
          credit: bool) -> dict[str, str]:  # fmt: skip
    refs = {
        "patient": PATIENTS[(index + rng.randrange(8)) % len(PATIENTS)],
        "born": dt.date(
            rng.randrange(1950, 2015), rng.randrange(1, 13), rng.randrange(1, 29)
        ).isoformat(),
        "quote": f"A-{issue.year % 100}{rng.randrange(1000, 9999)}",
        "order": f"{rng.randrange(10**8, 10**9)}",
        "order_date": (issue - dt.timedelta(days=rng.randrange(0, 4))).isoformat(),
        "customs_no": f"{issue.year % 100}{lang.upper()}{rng.randrange(10**13, 10**14)}",
        "consignment": f"{rng.choice(['MSCU', 'MAEU', 'CMAU'])}{rng.randrange(10**6, 10**7)}",
        "shoot": SHOOTS[lang],
        "shoot_date": (issue - dt.timedelta(days=rng.randrange(5, 25))).isoformat(),
        "customer_no": f"{rng.randrange(10000, 99999)}",
        "dn": f"{rng.randrange(10**6, 10**7)}",
    }
    if credit:
        refs["original"] = _number(rng, layout, lang, issue - dt.timedelta(days=21))
    return refs


def _date_style(layout: str, lang: str, variant: int, style: str) -> str:
    if layout == "webshop" and lang == "en":
        return "us"
    if layout == "dental" and lang == "en":
        return "num"
    if layout == "photo" and variant == 0:
        return "abbr" if lang in ("de", "nl") else "iso"
    if layout == "erp" and lang in ("en", "nl"):
        return "yy"
    return style


def fresh6() -> list[Fresh6Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, (low, high))) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(330))
                is_credit = variant == 1 and lang in credit
                count = rng.randrange(low, high + 1) if variant else {
                    "dental": 1, "erp": rng.randrange(3, 7), "customs": 2, "webshop": 1,
                }.get(layout, rng.randrange(1, 3))  # fmt: skip
                lines = _lines(rng, layout, lang, count, money, issue)
                charge = Decimal(0)
                if layout == "printshop" and (variant or lang in ("de", "nl")):
                    charge = Decimal(rng.randrange(1800, 9500) * money.scale) / 100
                pct = Decimal(rng.choice([3, 5, 10])) if layout == "centred" and (
                    variant or lang == "it") else Decimal(0)  # fmt: skip
                buyer = BUYERS[lang][variant]
                if layout == "dental":
                    buyer = Company(PAYERS[lang][variant], buyer.address)
                found.append(Fresh6Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, lang, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([7, 10, 14, 21, 30, 60])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=buyer,
                    tax_rate=Decimal(0) if layout == "dental" else _standard(lang, money),
                    lines=tuple(lines), credit_note=is_credit, thousands=money.thousands,
                    decimal=money.decimal, index=index, money=money,
                    date_style=_date_style(layout, lang, variant, date_style),
                    refs=_refs(rng, layout, lang, issue, index, is_credit),
                    allowance_pct=pct, charge=charge,
                ))  # fmt: skip
    return found


def render(sample: Fresh6Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh6/*.pdf` and the truth `out/fresh6.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh6(), render)
