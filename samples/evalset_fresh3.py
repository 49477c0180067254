"""The third fresh slice of the synthetic evaluation set (`fresh3`): measured once as the unseen
slice, then used for development (like every later slice). Seven
layouts modelled on real-world invoice styles, in six languages, two variants each, none of them
(nor their label phrasings) used by another set.

Layouts (`evalset_fresh3_layouts.py`): a utility/telecom bill with a shaded summary box (account
number beside the invoice number, billing period, amount due); a consultancy fee invoice with a
centred letterhead, a project reference and day | consultant | hours x rate lines; a wholesale
invoice with a ship-to beside the invoice-to, a boxed meta grid and list price | discount | net
price columns; a Nordic-style invoice with an OCR payment reference, ISO dates and the totals in
a boxed footer grid; a craftsman's letter with the letterhead on the right, the customer window
on the left, the number in the subject line and the due date in a sentence; "From"/"To" boxes
with a right-aligned totals block whose currency code sits in its own column; an Italian-style
form of boxed header fields with a ruled table and a tax summary grid. Money in EUR, GBP, CHF,
USD, SEK, DKK, NOK and PLN with their usual separators (dot, comma, space, no-break space,
apostrophes); numeric, ISO, US and month-name dates. Credit notes (type 381) reference the
invoice they correct; their truth keeps amounts positive (the Nordic layout prints them
negative). A line's truth unit price is its net price after any discount. Deterministic: fixed
seed, fixed PDF metadata.
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

from evalset_fresh3_items import CATALOG, EUR_RATES, FI_RATE, MONEY, RATES, Money
from evalset_fresh3_layouts import DRAW
from evalset_fresh3_text import (
    BUYERS,
    CONSULTANTS,
    MONTHS,
    MONTHS_ABBR,
    SELLERS,
    SHIP_TO,
    WORDING,
)
from generate import CENT, LOCALES, Line, Sample, reproducible_pdf, write_set

SEED: Final = 240611
NAME: Final = "fresh3"
SLASH: Final = "{dd}/{mm}/{year}"
NUMERIC: Final = {"en": SLASH, "de": "{dd}.{mm}.{year}", "fr": SLASH, "es": SLASH, "it": SLASH,
                  "nl": "{dd}-{mm}-{year}"}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Fresh3Line(Line):
    unit: str = ""
    list_price: Decimal = Decimal(0)  # wholesale: before the discount; unit_price is after it
    discount: Decimal = Decimal(0)
    day: dt.date = dt.date(2026, 1, 1)  # consultancy: the day the hours were worked
    consultant: str = ""
    code: str = ""  # article number


@dataclasses.dataclass(frozen=True)
class Fresh3Sample(Sample):
    index: int = 0  # the layout's position: picks one phrasing of each label
    money: Money = MONEY["utility"]["de"]
    date_style: str = "num"  # num, dot, iso, long, abbr or us
    refs: dict[str, str] = dataclasses.field(default_factory=dict)
    negative: bool = False  # a credit note printing its amounts with a minus sign

    def w(self, key: str) -> str:
        """This layout's phrasing of a label."""
        variants = WORDING[self.lang][key].split("|")
        return variants[self.index % len(variants)]

    @property
    def title(self) -> str:
        if self.credit_note:
            return self.w("credit_title")
        return WORDING[self.lang]["title"].split("|")[TITLE[self.layout]]

    def date_text(self, day: dt.date) -> str:
        style, lang = self.date_style, self.lang
        if style == "iso":
            return day.isoformat()
        if style == "us":
            return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
        if style in ("long", "abbr"):
            month = (MONTHS if style == "long" else MONTHS_ABBR)[lang][day.month - 1]
            if lang == "es":
                return f"{day.day} de {month} de {day.year}" if style == "long" else (
                    f"{day.day} {month} {day.year}")  # fmt: skip
            return f"{day.day}{'.' if lang == 'de' else ''} {month} {day.year}"
        pattern = "{dd}.{mm}.{year}" if style == "dot" else NUMERIC[lang]
        return pattern.format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", year=day.year)

    def quantity_text(self, value: Decimal) -> str:
        exponent = value.normalize().as_tuple().exponent
        return self.number_text(value, max(0, -int(exponent)))

    def price_text(self, value: Decimal) -> str:
        """A unit price with at least two decimals (utility tariffs print four)."""
        exponent = value.normalize().as_tuple().exponent
        return self.number_text(value, max(2, -int(exponent)))

    def signed(self, value: Decimal) -> str:
        """An amount without symbol, negative on credit notes that print signs."""
        return self.number_text(-value if self.negative else value)

    def signed_money(self, value: Decimal) -> str:
        return self.money_text(-value if self.negative else value)

    @property
    def rate_text(self) -> str:
        return self.quantity_text(self.tax_rate)

    def printed(self) -> dict[str, object]:
        """The truth as the page prints it (amounts without their currency decoration)."""
        return {
            "number": self.number, "issue": self.date_text(self.issue),
            "due": self.date_text(self.due), "seller": self.seller.name,
            "buyer": self.buyer.name, "net": self.number_text(self.net),
            "tax": self.number_text(self.tax), "grand": self.number_text(self.grand),
            "lines": [(ln.description, self.quantity_text(ln.quantity),
                       self.price_text(ln.unit_price), self.number_text(ln.net_amount))
                      for ln in self.lines],
        }  # fmt: skip


TITLE: Final = {
    "utility": 0,
    "hours": 1,
    "wholesale": 2,
    "nordic": 0,
    "craft": 0,
    "fromto": 2,
    "boxed": 2,
}  # which title phrasing each layout prints
STYLE: Final = {  # per layout: date style, credit-note languages, line counts
    "utility": ("long", {"nl"}, (2, 4)),
    "hours": ("num", {"de"}, (1, 5)),
    "wholesale": ("dot", {"es"}, (4, 12)),
    "nordic": ("iso", {"en", "it"}, (1, 6)),
    "craft": ("num", {"fr"}, (2, 5)),
    "fromto": ("abbr", {"en"}, (1, 5)),
    "boxed": ("num", {"it"}, (2, 6)),
}  # fmt: skip


def _price(rng: random.Random, low: int, high: int, scale: int) -> Decimal:
    return Decimal(rng.randrange(low * scale, high * scale)) / 100


def _line(rng: random.Random, layout: str, item: tuple[str, ...], money: Money,
          issue: dt.date) -> Fresh3Line:  # fmt: skip
    description, unit = item
    scale = money.scale
    if layout == "utility":
        if unit in ("kWh", "min", "m³", "GB"):
            quantity = Decimal(rng.randrange(12, 950))
            price = Decimal(rng.randrange(180, 4200) * scale) / 10000
        elif unit == "days":
            quantity = Decimal(rng.randrange(28, 32))
            price = Decimal(rng.randrange(3000, 9000) * scale) / 10000
        else:
            quantity = Decimal(rng.choice(["1", "1", "1", "3"]))
            price = _price(rng, 120, 3500, scale)
        return Fresh3Line(description, quantity, price, unit=unit)
    if layout == "hours":
        hours = Decimal(rng.randrange(2, 64)) / 4
        return Fresh3Line(description, hours.normalize(), _price(rng, 9000, 24000, scale),
                          unit=unit, day=issue - dt.timedelta(days=rng.randrange(2, 28)),
                          consultant=rng.choice(CONSULTANTS))  # fmt: skip
    if layout == "wholesale":
        listed = _price(rng, 35, 48000, scale)
        discount = Decimal(rng.choice(["0", "5", "10", "12.5", "15", "20", "25", "33"]))
        net = (listed * (100 - discount) / 100).quantize(CENT, ROUND_HALF_UP)
        return Fresh3Line(description, Decimal(rng.choice([1, 2, 5, 6, 10, 12, 24, 25, 50, 100])),
                          net, unit=unit, list_price=listed, discount=discount,
                          code=f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}")  # fmt: skip
    per_metre = layout == "craft" and unit in ("m²", "m")
    if per_metre:
        quantity = (Decimal(rng.randrange(10, 400)) / 4).normalize()
    elif layout in ("craft", "fromto"):
        quantity = Decimal(rng.choice(["1", "1", "2", "3", "4.5", "6", "8", "12"]))
    else:
        quantity = Decimal(
            rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 40][: 9 if layout == "nordic" else None])
        )
    low, high = {"craft": (800, 9000 if per_metre else 90000), "fromto": (6000, 380000)}.get(
        layout, (250, 52000)
    )
    return Fresh3Line(description, quantity, _price(rng, low, high, scale), unit=unit,
                      code=f"{rng.randrange(100000, 999999)}")  # fmt: skip


def _ocr(digits: str) -> str:
    """A Swedish OCR reference: the digits, a length digit and a Luhn check digit."""
    body = digits + str((len(digits) + 2) % 10)
    total = sum(sum(divmod(int(d) * (2 if i % 2 == 0 else 1), 10))
                for i, d in enumerate(reversed(body)))  # fmt: skip
    return body + str(-total % 10)


def _number(rng: random.Random, layout: str, lang: str, issue: dt.date) -> str:
    n, year = rng.randrange(12, 9999), issue.year
    return {
        "utility": f"{rng.randrange(10**9, 10**10)}",
        "hours": f"{year}-{n % 1000:03d}",
        "wholesale": f"WH{year % 100}/{n:05d}",
        "nordic": f"{rng.randrange(10000, 999999)}",
        "craft": {"en": f"PJ{n}", "de": f"{n}/{year % 100}", "fr": f"FA{year}{n:04d}",
                  "es": f"{year}/{n:04d}", "it": f"{n}/E", "nl": f"{year}{n:04d}"}[lang],
        "fromto": f"{''.join(p[0] for p in SELLERS['fromto'][lang].name.split()[:2])}-{n:04d}",
        "boxed": f"{n}/{year}" if lang == "it" else f"B{year % 100}-{n:05d}",
    }[layout]  # fmt: skip


def _refs(rng: random.Random, layout: str, lang: str, sample_number: str,
          issue: dt.date, credit: bool) -> dict[str, str]:  # fmt: skip
    start = (issue.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    digits = "".join(ch for ch in sample_number if ch.isdigit()) or "0"
    refs = {
        "account": f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} "
        f"{rng.randrange(100, 999)}",
        "period_start": start.isoformat(),
        "project": f"PRJ-{rng.randrange(1000, 9999)}",
        "customer_no": f"{rng.randrange(10000, 99999)}",
        "ocr": _ocr(f"{rng.randrange(10**6, 10**7)}{digits[-4:]}"),
        "our_ref": rng.choice(["Eva Lind", "Jonas Berg", "Karin Holm", "Mats Ek"]),
        "your_ref": rng.choice(["P. Janssen", "R. Costa", "H. Meier", "C. Dubois"]),
        "ship_to": SHIP_TO[lang],
    }
    if credit:
        refs["original"] = _number(rng, layout, lang, issue - dt.timedelta(days=40))
    return refs


def fresh3() -> list[Fresh3Sample]:
    """Seven layouts x six languages x two variants; the second variant has more lines and, in
    the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for index, (layout, (date_style, credit, (low, high))) in enumerate(STYLE.items()):
        for lang in LOCALES:
            money = MONEY[layout][lang]
            rate = RATES.get(money.code, EUR_RATES[lang])
            if layout == "nordic" and money.code == "EUR":
                rate = FI_RATE
            for variant in range(2):
                issue = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(330))
                catalog = CATALOG[layout][lang]
                count = rng.randrange(low, high + 1) if variant else rng.randrange(low, low + 2)
                items = rng.sample(catalog, min(count, len(catalog)))
                lines = tuple(_line(rng, layout, item, money, issue) for item in items)
                number = _number(rng, layout, lang, issue)
                is_credit = variant == 1 and lang in credit
                found.append(Fresh3Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=number, issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([10, 14, 20, 30, 45])),
                    currency=money.code, symbol=money.symbol, symbol_before=money.before,
                    seller=SELLERS[layout][lang], buyer=BUYERS[lang][variant],
                    tax_rate=Decimal(rate), lines=lines, credit_note=is_credit,
                    thousands=money.thousands, decimal=money.decimal, index=index,
                    money=money,
                    date_style="us" if layout == "hours" and lang == "en" else (
                        "long" if layout == "boxed" and variant else date_style),
                    refs=_refs(rng, layout, lang, number, issue, is_credit),
                    negative=is_credit and layout == "nordic",
                ))  # fmt: skip
    return found


def render(sample: Fresh3Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh3/*.pdf` and the truth `out/fresh3.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh3(), render)
