"""The fresh slice of the synthetic evaluation set: four layouts kept out of rule development
and away from the seen and held-out ones, in six languages, two variants each.

Layouts: a header band with the number boxed top right and the seller only in the footer; totals
in a right-hand sidebar; labels in small caps above values with a units and a discount column;
a letter whose number, date and due date sit in sentences. Label wording, number formats
(spaces or apostrophes as thousands separators, currency codes after amounts) and dates (month
names, ISO) differ from the other sets. Descriptions are long enough to wrap in the table; their
truth is the whole text. Deterministic: fixed seed, fixed PDF metadata.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Final

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalset_fresh_text import BUYERS, CATALOG, EXTRA, MONTHS_IT, SELLERS, WORDING
from generate import (
    BOLD,
    CENT,
    LOCALES,
    REGULAR,
    Canvas,
    Line,
    Locale,
    Sample,
    reproducible_pdf,
    write_set,
)

SEED: Final = 8128
NAME: Final = "fresh"


@dataclasses.dataclass(frozen=True)
class DiscountedLine(Line):
    discount: Decimal = Decimal(0)
    unit: str = ""

    @property
    def net_amount(self) -> Decimal:
        gross = self.quantity * self.unit_price * (1 - self.discount / 100)
        return gross.quantize(CENT, ROUND_HALF_UP)


@dataclasses.dataclass(frozen=True)
class FreshSample(Sample):
    wording: Locale | None = None
    date_style: str = "long"  # long (month names), iso, or numeric (the locale's format)

    @property
    def locale(self) -> Locale:
        return self.wording or LOCALES[self.lang]

    @property
    def labels(self) -> dict[str, str]:
        return EXTRA[self.lang]  # type: ignore[return-value]

    @property
    def title(self) -> str:
        return self.locale.credit_title if self.credit_note else self.locale.title

    def date_text(self, day: dt.date) -> str:
        if self.date_style == "iso":
            return day.isoformat()
        if self.date_style == "long":
            month = (self.locale.months or MONTHS_IT)[day.month - 1]
            return {"es": f"{day.day} de {month} de {day.year}",
                    "de": f"{day.day}. {month} {day.year}"}.get(
                self.lang, f"{day.day} {month} {day.year}")  # fmt: skip
        return super().date_text(day)


def _wrap(text: str, width: float, size: float) -> list[str]:
    rows = [""]
    for word in text.split():
        trial = f"{rows[-1]} {word}".strip()
        if rows[-1] and REGULAR.text_length(trial, fontsize=size) > width:
            rows.append(word)
        else:
            rows[-1] = trial
    return rows


def _table(
    canvas: Canvas,
    s: FreshSample,
    y: float,
    columns: list[tuple[str, float, str]],
    cells: Callable[[int, DiscountedLine], list[str]],
    *,
    zebra: bool = False,
) -> float:
    """A table; the first column is the description, wrapped to the room before the next."""
    x0, x1 = columns[0][1], columns[-1][1]
    for header, x, align in columns:
        canvas.text(x, y, header, bold=True, size=8, align=align)  # type: ignore[arg-type]
    canvas.rule(x0, y + 4, x1)
    y += 16
    room = columns[1][1] - x0 - 40
    for i, line in enumerate(s.lines, start=1):
        texts = cells(i, line)  # type: ignore[arg-type]
        wrapped = _wrap(texts[0], room, 8.5)
        if zebra and i % 2:
            canvas.page.draw_rect((x0 - 2, y - 10, x1 + 2, y - 10 + 12 * len(wrapped) + 3),
                                  color=None, fill=(0.92, 0.94, 0.97))  # fmt: skip
        for k, row in enumerate(wrapped):
            canvas.text(x0, y + 12 * k, row, size=8.5)
        for text, (_, x, align) in zip(texts[1:], columns[1:], strict=True):
            canvas.text(x, y, text, size=8.5, align=align)  # type: ignore[arg-type]
        y += 12 * len(wrapped) + 6
    canvas.rule(x0, y - 8, x1)
    return y + 8


def _footer_lines(s: FreshSample) -> list[str]:
    seller = s.seller
    return [f"{seller.name} · {' · '.join(seller.address)}",
            f"{LOCALES[s.lang].vat_id} {seller.vat_id} · IBAN {seller.iban}"]  # fmt: skip


def draw_band(canvas: Canvas, s: FreshSample) -> None:
    """A grey header band with the title, the number boxed at top right; buyer on the right;
    the seller only in the footer; amounts with the currency code after them."""
    loc = s.locale
    canvas.page.draw_rect((0, 0, 595, 95), color=None, fill=(0.82, 0.84, 0.88))
    canvas.text(40, 58, s.title, size=24, bold=True)
    canvas.page.draw_rect((400, 25, 560, 75), color=(0.1, 0.1, 0.1), fill=(1, 1, 1), width=1)
    canvas.text(410, 40, loc.number, size=7.5)
    canvas.text(410, 62, s.number, size=14, bold=True)
    canvas.text(340, 130, loc.bill_to, size=8, bold=True)
    canvas.text(340, 145, s.buyer.name, size=10.5, bold=True)
    for k, line in enumerate(s.buyer.address):
        canvas.text(340, 158 + 12 * k, line, size=9.5)
    for k, (label, value) in enumerate(((loc.date, s.date_text(s.issue)),
                                        (loc.due, s.date_text(s.due)))):  # fmt: skip
        canvas.text(40, 135 + 16 * k, f"{label}:", size=9)
        canvas.text(150, 135 + 16 * k, value, size=9, bold=True)
    columns = [(loc.description, 40, "left"), (loc.quantity, 380, "right"),
               (loc.unit_price, 465, "right"), (loc.amount, 555, "right")]  # fmt: skip
    y = _table(canvas, s, 240, columns, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.money_text(ln.unit_price),
        s.money_text(ln.net_amount)])  # fmt: skip
    rate = s.quantity_text(s.tax_rate)
    for label, value, bold in ((loc.net, s.net, False), (loc.tax.format(rate=rate), s.tax, False),
                               (loc.grand, s.grand, True)):  # fmt: skip
        canvas.text(360, y, label, bold=bold, size=9)
        canvas.text(555, y, s.money_text(value), bold=bold, size=9, align="right")
        y += 15
    canvas.rule(40, 770, 555, width=0.4)
    canvas.text(40, 784, s.seller.name, size=7.5, bold=True)
    for k, line in enumerate(_footer_lines(s)):
        canvas.text(40, 795 + 10 * k, line, size=7)


def draw_sidebar_totals(canvas: Canvas, s: FreshSample) -> None:
    """Letterhead and a narrow table on the left; facts inline on one row; the totals stacked
    (label above value) in a shaded right-hand sidebar."""
    loc = s.locale
    canvas.text(40, 55, s.seller.name, size=15, bold=True)
    canvas.text(40, 70, " · ".join(s.seller.address), size=8)
    canvas.text(40, 120, s.title, size=18, bold=True)
    x = 40.0
    for label, value in ((loc.number, s.number), (loc.date, s.date_text(s.issue)),
                         (loc.due, s.date_text(s.due))):  # fmt: skip
        x += canvas.text(x, 142, f"{label} ", size=8.5)
        x += canvas.text(x, 142, value, size=8.5, bold=True) + 18
    canvas.text(40, 172, loc.bill_to, size=8, bold=True)
    canvas.text(40, 186, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        canvas.text(40, 198 + 11 * k, line, size=9)
    columns = [(loc.description, 40, "left"), (loc.quantity, 240, "right"),
               (loc.unit_price, 310, "right"), (loc.amount, 385, "right")]  # fmt: skip
    _table(canvas, s, 250, columns, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), s.number_text(ln.unit_price),
        s.number_text(ln.net_amount)])  # fmt: skip
    canvas.page.draw_rect((410, 0, 595, 842), color=None, fill=(0.94, 0.94, 0.92))
    rate = s.quantity_text(s.tax_rate)
    y = 260.0
    for label, value, big in ((loc.net, s.net, False), (loc.tax.format(rate=rate), s.tax, False),
                              (loc.grand, s.grand, True)):  # fmt: skip
        canvas.text(425, y, label, size=7.5)
        canvas.text(575, y + 16, s.money_text(value), size=13 if big else 10, bold=big,
                    align="right")  # fmt: skip
        y += 44
    canvas.text(425, 700, f"{LOCALES[s.lang].vat_id} {s.seller.vat_id}", size=7)
    canvas.text(425, 712, f"IBAN {s.seller.iban}", size=6.5)


def _small_caps(canvas: Canvas, x: float, y: float, text: str) -> None:
    canvas.text(x, y, text.upper(), size=6.5, bold=True)


def draw_small_caps(canvas: Canvas, s: FreshSample) -> None:
    """Seller top right, buyer in the window at left; a row of facts with small-caps labels above
    values (customer and order numbers among them); units and discount columns."""
    loc, ex = s.locale, s.labels
    canvas.text(555, 50, s.seller.name, size=12, bold=True, align="right")
    for k, line in enumerate((*s.seller.address, f"IBAN {s.seller.iban}")):
        canvas.text(555, 64 + 11 * k, line, size=8, align="right")
    _small_caps(canvas, 50, 140, loc.bill_to)
    canvas.text(50, 154, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        canvas.text(50, 166 + 11 * k, line, size=10)
    canvas.text(50, 250, s.title, size=16, bold=True)
    cells = ((loc.number, s.number), (loc.date, s.date_text(s.issue)),
             (loc.due, s.date_text(s.due)), (ex["customer"], f"K-{len(s.buyer.name) * 731}"),
             (ex["order"], f"PO {s.issue:%y%m}-{len(s.lines)}"))  # fmt: skip
    for k, (label, value) in enumerate(cells):
        x = 50 + 101 * k
        if k:
            canvas.page.draw_line((x - 6, 262), (x - 6, 292), color=(0.6, 0.6, 0.6), width=0.5)
        _small_caps(canvas, x, 272, label)
        canvas.text(x, 287, value, size=9.5)
    columns = [(loc.description, 50, "left"), (loc.quantity, 300, "right"),
               (ex["unit"], 308, "left"), (loc.unit_price, 415, "right"),
               (ex["discount"], 470, "right"), (loc.amount, 550, "right")]  # fmt: skip
    y = _table(canvas, s, 330, columns, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), ln.unit, s.number_text(ln.unit_price),
        s.quantity_text(ln.discount), s.number_text(ln.net_amount)])  # fmt: skip
    rate = s.quantity_text(s.tax_rate)
    for label, value, bold in ((loc.net, s.net, False), (loc.tax.format(rate=rate), s.tax, False),
                               (loc.grand, s.grand, True)):  # fmt: skip
        canvas.text(360, y, label, bold=bold, size=9)
        canvas.text(550, y, s.money_text(value), bold=bold, size=9, align="right")
        y += 15
    canvas.text(50, 800, f"{LOCALES[s.lang].vat_id} {s.seller.vat_id}", size=7)


def draw_letter(canvas: Canvas, s: FreshSample) -> None:
    """A business letter: sender line over the window address, the number and date in the
    subject line, the due date in the payment sentence, a striped table, a banded total."""
    loc, ex = s.locale, s.labels
    canvas.text(297.5 + BOLD.text_length(s.seller.name, fontsize=16) / 2, 50, s.seller.name,
                size=16, bold=True, align="right")  # fmt: skip
    canvas.text(50, 120, f"{s.seller.name} · {' · '.join(s.seller.address)}", size=6)
    canvas.rule(50, 123, 290, width=0.3)
    canvas.text(50, 140, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        canvas.text(50, 152 + 12 * k, line, size=10)
    subject = ex["subject"].format(title=s.title, number=s.number, date=s.date_text(s.issue))
    canvas.text(50, 250, subject, size=11, bold=True)
    columns = [(loc.description, 50, "left"), (loc.quantity, 330, "right"),
               (ex["unit"], 338, "left"), (loc.unit_price, 460, "right"),
               (f"{loc.amount} {s.currency}", 545, "right")]  # fmt: skip
    y = _table(canvas, s, 285, columns, lambda i, ln: [
        ln.description, s.quantity_text(ln.quantity), ln.unit, s.number_text(ln.unit_price),
        s.number_text(ln.net_amount)], zebra=True)  # fmt: skip
    rate = s.quantity_text(s.tax_rate)
    for label, value in ((loc.net, s.net), (loc.tax.format(rate=rate), s.tax)):
        canvas.text(330, y, label, size=9)
        canvas.text(545, y, s.money_text(value), size=9, align="right")
        y += 14
    canvas.page.draw_rect((325, y - 10, 550, y + 6), color=None, fill=(0.85, 0.85, 0.85))
    canvas.text(330, y + 1, loc.grand, size=10, bold=True)
    canvas.text(545, y + 1, s.money_text(s.grand), size=10, bold=True, align="right")
    canvas.text(50, y + 40, ex["pay"].format(due=s.date_text(s.due)), size=9)
    canvas.rule(50, 785, 545, width=0.4)
    for k, line in enumerate(_footer_lines(s)):
        canvas.text(50, 797 + 10 * k, line, size=7)


DRAW: Final = {"band": draw_band, "sidebar-totals": draw_sidebar_totals,
               "small-caps": draw_small_caps, "letter": draw_letter}  # fmt: skip
# Per layout: wording (A=0, B=1), date style, and per language (code, symbol, before,
# thousands, decimal); None keeps the locale's separators.
STYLE: Final = {
    "band": (0, "long", {"en": ("GBP", "GBP", False, None, None)}, ("EUR", "EUR", False)),
    "sidebar-totals": (1, "iso", {"en": ("USD", "USD", False, " ", ".")},
                       ("EUR", "EUR", False, " ", ",")),
    "small-caps": (0, "numeric", {"en": ("GBP", "£", True, None, None),
                                  "de": ("CHF", "CHF", True, "'", "."),
                                  "fr": ("CHF", "CHF", True, "'", "."),
                                  "it": ("CHF", "CHF", True, "'", "."),
                                  "nl": ("EUR", "€", True, None, None)}, ("EUR", "€", False)),
    "letter": (1, "long", {"en": ("EUR", "EUR", True, None, None)}, ("EUR", "EUR", True)),
}  # fmt: skip
RATES: Final = {"en": "20", "de": "19", "fr": "20", "es": "21", "it": "22", "nl": "21"}


def _lines(
    rng: random.Random, lang: str, count: int, *, big: bool, discounts: bool
) -> tuple[DiscountedLine, ...]:
    """Lines with a unit; a discount only where the layout prints a discount column."""
    units = EXTRA[lang]["units"]
    return tuple(
        DiscountedLine(
            name,
            Decimal(rng.choice(["1", "2", "3", "6", "12", "0.5", "7.5"])),
            Decimal(rng.randrange(2000, 480000 if big else 90000)) / 100,
            discount=Decimal(rng.choice(["0", "0", "5", "10", "2.5"]) if discounts else "0"),
            unit=units[rng.randrange(len(units))],
        )
        for name in rng.sample(CATALOG[lang], count)
    )


def fresh() -> list[FreshSample]:
    """Four layouts x six languages x two variants; the second variant has bigger amounts and,
    in three languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for layout, (which, date_style, money, default) in STYLE.items():
        for lang in LOCALES:
            code, symbol, before, *separators = money.get(lang, default)
            thousands, decimal = (separators or [None, None])[:2]
            months = {"months": MONTHS_IT} if lang == "it" else {}
            wording = dataclasses.replace(LOCALES[lang], **WORDING[lang][which], **months)
            for variant in range(2):
                issue = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
                prefix = rng.choice(["", "FA", "2026-", "RG", "V/", "N"])
                found.append(FreshSample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=f"{prefix}{rng.randrange(1000, 999999)}", issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([10, 14, 30, 45, 60])),
                    currency=code, symbol=symbol, symbol_before=before, seller=SELLERS[lang],
                    buyer=BUYERS[lang], tax_rate=Decimal(RATES[lang]),
                    lines=_lines(rng, lang, rng.randrange(1, 5), big=variant == 1,
                                 discounts=layout == "small-caps"),
                    credit_note=variant == 1 and lang in {"de", "es", "nl"},
                    thousands=thousands, decimal=decimal, wording=wording,
                    date_style=date_style,
                ))  # fmt: skip
    return found


def render(sample: FreshSample) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    DRAW[sample.layout](Canvas(page), sample)
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh/*.pdf` and the truth `out/fresh.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh(), render)
