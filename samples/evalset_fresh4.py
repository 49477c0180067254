"""The fourth fresh slice of the synthetic evaluation set (`fresh4`): measured once as the unseen
slice, then used for development (like every later slice). Seven
layouts modelled on real-world invoice styles none of the other sets uses, in six languages, two
variants each.

Layouts (`evalset_fresh4_layouts.py`): a marketplace order invoice (platform brand on top, the
merchant under "Sold by", order number and order date beside the invoice number and date, bill-to
and ship-to, a shipping line); a hotel folio (folio and room numbers, arrival and departure
dates, dated room nights, a payments section with a deposit and the balance); a SaaS
subscription invoice (service period, plan, seat and metered usage lines with four-decimal
prices, amount paid and balance); a freight forwarder's invoice (a grid of shipment, CMR,
container and purchase-order references around the invoice number, a weight column); an invoice
with a reference band (number, date, customer number, due date) and the legal small print of its
country (registration, share capital, late-payment penalties); a long invoice of 25-40 lines over
two or three pages with the header repeated and "page x of y"; a narrow till receipt that is a
simplified invoice on account, totals centred, with a VAT breakdown. Money in EUR, GBP, CHF,
USD, SEK, PLN and CZK (dots, commas, spaces, no-break spaces, apostrophes); numeric, dotted, ISO,
US and month-name dates. Credit notes (type 381) reference the invoice they correct; their truth
keeps amounts positive (marketplace refunds print them negative). Deterministic: fixed seed,
fixed PDF metadata.
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

from evalset_fresh3 import Fresh3Line, Fresh3Sample
from evalset_fresh3_items import EUR_RATES, RATES, Money
from evalset_fresh4_layouts import DRAW
from evalset_fresh4_parties import BUYERS, CATALOG, PRODUCTS, RECIPIENTS, SELLERS
from evalset_fresh4_text import EXTRA_RATES, HOTEL_RATES, MONEY, WORDING
from generate import LOCALES, reproducible_pdf, write_set

SEED: Final = 261126
NAME: Final = "fresh4"
SHIPPING: Final = {"en": "Standard delivery", "de": "Versandkosten DHL",
                   "fr": "Livraison Colissimo", "es": "Gastos de envío",
                   "it": "Spese di spedizione", "nl": "Verzendkosten PostNL"}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh4Line(Fresh3Line):
    weight: int = 0  # freight: the shipment's gross weight in kg (0: not printed)


@dataclasses.dataclass(frozen=True)
class Fresh4Sample(Fresh3Sample):
    """A fourth-slice invoice; money, dates and the printed truth work as in the third slice."""

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        if self.credit_note:
            return self.w("credit_title")
        return WORDING[self.lang]["title"].split("|")[TITLE[self.layout]]


TITLE: Final = {"market": 0, "hotel": 1, "saas": 0, "freight": 0, "legal": 0, "multipage": 0,
                "receipt": 2}  # fmt: skip
STYLE: Final = {  # per layout: date style, credit-note languages, line counts (second variant)
    "market": ("long", {"en", "de"}, (1, 4)),
    "hotel": ("dot", {"fr"}, (2, 5)),
    "saas": ("abbr", {"nl"}, (2, 5)),
    "freight": ("iso", {"it"}, (2, 5)),
    "legal": ("num", {"es"}, (2, 5)),
    "multipage": ("num", set(), (31, 40)),
    "receipt": ("num", {"de"}, (2, 5)),
}  # fmt: skip


def _price(rng: random.Random, low: int, high: int, scale: int) -> Decimal:
    """A price between low and high (in cents of a euro-like currency) times `scale`."""
    return Decimal(rng.randrange(low * scale, high * scale)) / 100


def _lines(rng: random.Random, layout: str, lang: str, count: int, money: Money,
           issue: dt.date) -> tuple[Fresh4Line, ...]:  # fmt: skip
    scale = money.scale
    if layout == "multipage":
        names = rng.sample(PRODUCTS[lang], count)
        return tuple(Fresh4Line(name, Decimal(rng.choice([1, 2, 3, 5, 10, 12, 20, 25, 50])),
                                _price(rng, 45, 8900, scale), unit="pcs",
                                code=f"{rng.randrange(10**7, 10**8)}")
                     for name in names)  # fmt: skip
    catalog = CATALOG[layout][lang]
    if layout in ("hotel", "freight", "saas"):  # the room, the haul or the plan first
        first = rng.randrange(2) if layout == "saas" else 0
        rest = [item for item in catalog if item != catalog[first]]
        items = (catalog[first], *rng.sample(rest, min(count - 1, len(rest))))
    else:
        items = tuple(rng.sample(catalog, min(count, len(catalog))))
    nights = rng.randrange(1, 7)
    found = []
    for k, (description, unit) in enumerate(items):
        weight = 0
        if layout == "market":
            quantity, price = Decimal(rng.choice([1, 1, 1, 2, 3, 4])), _price(rng, 800, 40000, 1)
        elif layout == "hotel":
            quantity = Decimal(nights * (2 if unit.startswith("pers") else 1) if k < 3 else
                               rng.randrange(1, 4))  # fmt: skip
            price = _price(rng, 12000, 42000, 1) if k == 0 else _price(rng, 900, 8000, 1)
        elif layout == "saas":
            if unit in ("1000", "SMS", "GB", "documento"):
                quantity = Decimal(rng.randrange(120, 9800))
                price = Decimal(rng.randrange(40, 500)) / 10000
            else:
                quantity = Decimal(rng.randrange(1, 26) if k == 0 else rng.randrange(1, 4))
                price = _price(rng, 900, 7900, 1)
        elif layout == "freight":
            if k == 0:
                quantity, price = Decimal(1), _price(rng, 45000, 280000, scale)
                weight = rng.randrange(120, 24000)
            else:
                quantity = (Decimal(rng.randrange(1, 9)) / 2).normalize()
                price = _price(rng, 2500, 30000, scale)
        elif layout == "legal":
            quantity = (Decimal(rng.randrange(1, 25)) / 2).normalize()
            price = _price(rng, 6000, 250000, scale)
        else:  # receipt
            quantity, price = Decimal(rng.randrange(1, 5)), _price(rng, 150, 2990, scale)
        day = issue - dt.timedelta(days=nights - min(k, nights - 1)) if layout == "hotel" else issue
        found.append(Fresh4Line(description, quantity, price, unit=unit, weight=weight, day=day))
    if layout == "market":
        found.append(Fresh4Line(SHIPPING[lang], Decimal(1), _price(rng, 395, 1495, 1),
                                unit="", day=issue))  # fmt: skip
    return tuple(found)


def _number(rng: random.Random, layout: str, lang: str, issue: dt.date) -> str:
    n, year = rng.randrange(12, 99999), issue.year
    return {
        "market": f"{lang.upper()}{year % 100}-{n:06d}-INV",
        "hotel": f"{rng.randrange(100000, 999999)}",
        "saas": f"{rng.choice(['C4F1A9', '7D20BE', 'A83E51'])}-{n % 10000:04d}",
        "freight": f"{year}{n:06d}",
        "legal": {"en": f"HM{n:05d}", "de": f"RE-{year}-{n % 10000:04d}",
                  "fr": f"F{year % 100}{n % 10000:04d}", "es": f"A-{year}/{n % 1000:03d}",
                  "it": f"{n % 1000}/PA", "nl": f"{year}.{n % 10000:04d}"}[lang],
        "multipage": f"{rng.randrange(1000000, 9999999)}",
        "receipt": f"{rng.randrange(1, 40):04d}-{rng.randrange(1, 9):02d}-{n:06d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, issue: dt.date,
          credit: bool) -> dict[str, str]:  # fmt: skip
    refs = {
        "order_no": f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-"
        f"{rng.randrange(10**6, 10**7)}",
        "order_date": (issue - dt.timedelta(days=rng.randrange(1, 6))).isoformat(),
        "recipient": RECIPIENTS[rng.randrange(len(RECIPIENTS))],
        "folio": f"{rng.randrange(10000, 99999)}",
        "room": f"{rng.randrange(1, 6)}{rng.randrange(1, 40):02d}",
        "period_start": (issue - dt.timedelta(days=30)).isoformat(),
        "customer_no": f"{rng.randrange(10000, 99999)}",
        "shipment": f"SHP{rng.randrange(10**7, 10**8)}",
        "cmr": f"{rng.randrange(10**6, 10**7)}",
        "container": f"MSKU {rng.randrange(10**6, 10**7)}",
        "po": f"PO-{rng.randrange(1000, 99999)}",
        "cashier": rng.choice(["Anna", "Ben", "Chloé", "Dario", "Eva", "Femke"]),
        "time": f"{rng.randrange(8, 19):02d}:{rng.randrange(60):02d}",
        "paid": "yes" if rng.random() < 0.5 else "",
    }
    if credit:
        refs["original"] = _number(rng, layout, lang, issue - dt.timedelta(days=35))
    return refs


def _rate(layout: str, lang: str, money: Money) -> Decimal:
    if layout == "hotel" and money.code != "GBP":
        return Decimal(HOTEL_RATES["CHF"] if money.code == "CHF" else
                       ("9" if lang == "nl" else HOTEL_RATES["EUR"]))  # fmt: skip
    code = money.code
    return Decimal(RATES.get(code) or EXTRA_RATES.get(code) or EUR_RATES[lang])


def fresh4() -> list[Fresh4Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, (low, high))) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(320))
                if layout == "multipage":
                    count = rng.randrange(low, high + 1) if variant else rng.randrange(25, 31)
                elif layout == "saas" and not variant:
                    count = 1
                else:
                    count = rng.randrange(low, high + 1) if variant else rng.randrange(1, 3)
                lines = _lines(rng, layout, lang, count, money, issue)
                is_credit = variant == 1 and lang in credit
                style = date_style
                if layout == "saas" and lang == "en":
                    style = "us"
                elif layout in ("multipage", "receipt") and variant:
                    style = "long" if layout == "multipage" else "dot"
                found.append(Fresh4Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=_number(rng, layout, lang, issue), issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30, 60])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=BUYERS[lang][variant],
                    tax_rate=_rate(layout, lang, money), lines=lines, credit_note=is_credit,
                    thousands=money.thousands, decimal=money.decimal, index=index,
                    money=money, date_style=style,
                    refs=_refs(rng, layout, lang, issue, is_credit),
                    negative=is_credit and layout == "market",
                ))  # fmt: skip
    return found


def render(sample: Fresh4Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh4/*.pdf` and the truth `out/fresh4.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh4(), render)
