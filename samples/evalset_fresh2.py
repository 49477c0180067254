"""The second fresh slice of the synthetic evaluation set (`fresh2`): five layouts kept out of
rule development and away from every other set, in six languages, two variants each.

Layouts: a two-page invoice whose table continues on page 2 (carried forward) with the totals
there; a product table with article number and EAN columns before the description and a
right-aligned meta block with dotted leaders; a large logo text (the legal name only in the
small print) with totals in a label | value grid under a summary heading, VAT split by two
rates; a landscape page with a delivery-date column and the totals side by side; a minimalist
page without rules, amounts aligned on the decimal point, credit notes printing negative
amounts. Dates like "12-Mar-2026" and "12.3.26"; SEK, DKK and PLN with their local formats.
Credit-note truth keeps amounts positive (the type code carries the sign), as the corpus does.
Deterministic: fixed seed, fixed PDF metadata.
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

from evalset_fresh2_text import (
    BUYERS,
    CATALOG,
    EAN_PREFIX,
    MONTHS_ABBR,
    RATES,
    SELLERS,
    STYLE,
    WORDING,
)
from generate import (
    BOLD,
    CENT,
    LOCALES,
    REGULAR,
    Canvas,
    Line,
    Sample,
    reproducible_pdf,
    write_set,
)

SEED: Final = 31337
NAME: Final = "fresh2"
A4: Final = (595.0, 842.0)


@dataclasses.dataclass(frozen=True)
class ArticleLine(Line):
    rate: Decimal = Decimal(0)
    article: str = ""
    ean: str = ""
    shipped: dt.date = dt.date(2026, 1, 1)


@dataclasses.dataclass(frozen=True)
class Fresh2Sample(Sample):
    words: dict[str, str] = dataclasses.field(default_factory=dict)
    date_style: str = "locale"  # locale, abbr (12-Mar-2026) or short (12.3.26)
    logo: str = ""
    negative: bool = False  # a credit note printing its amounts with a minus sign

    @property
    def title(self) -> str:
        return self.words["credit_title" if self.credit_note else "title"]

    @property
    def rates(self) -> list[Decimal]:
        return sorted({line.rate for line in self.lines})  # type: ignore[attr-defined]

    def base(self, rate: Decimal) -> Decimal:
        return sum((ln.net_amount for ln in self.lines if ln.rate == rate), Decimal("0.00"))  # type: ignore[attr-defined]

    def tax_of(self, rate: Decimal) -> Decimal:
        return (self.base(rate) * rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return sum((self.tax_of(rate) for rate in self.rates), Decimal("0.00"))

    def date_text(self, day: dt.date) -> str:
        if self.date_style == "abbr":
            month = MONTHS_ABBR[self.lang][day.month - 1]
            if self.lang == "fr":
                return f"{day.day} {month} {day.year}"
            return f"{day.day:02d}-{month}-{day.year}"
        if self.date_style == "short":
            sep = {"de": ".", "nl": "-"}.get(self.lang, "/")
            return f"{day.day}{sep}{day.month}{sep}{day.year % 100:02d}"
        return super().date_text(day)

    def signed(self, value: Decimal) -> str:
        return self.money_text(-value if self.negative else value)

    def rate_text(self, rate: Decimal) -> str:
        return self.quantity_text(rate)


def _leaders(canvas: Canvas, x0: float, x1: float, y: float, label: str, value: str) -> None:
    """`label ........ value` between x0 and x1 (value right-aligned)."""
    left = canvas.text(x0, y, label, size=8.5)
    right = REGULAR.text_length(value, fontsize=8.5)
    dots = int((x1 - x0 - left - right - 8) / REGULAR.text_length(".", fontsize=8.5))
    canvas.text(x0 + left + 4, y, "." * max(dots, 3), size=8.5)
    canvas.text(x1, y, value, size=8.5, align="right")


def _on_point(canvas: Canvas, x: float, y: float, text: str, sep: str, **kw: object) -> None:
    """Align `text` so its decimal separator sits at x (whole numbers end at x)."""
    head, found, tail = text.rpartition(sep)
    if not found or not tail[:1].isdigit():
        canvas.text(x, y, text, align="right", **kw)  # type: ignore[arg-type]
        return
    canvas.text(x, y, head, align="right", **kw)  # type: ignore[arg-type]
    canvas.text(x, y, sep + tail, **kw)  # type: ignore[arg-type]


def _footer(canvas: Canvas, s: Fresh2Sample, y: float, *, legal: bool = False) -> None:
    w, seller = s.words, s.seller
    first = w["legal"].format(legal=seller.name) if legal else seller.name
    canvas.text(40, y, first, size=6.5)
    canvas.text(40, y + 9, f"{w['vat_id']} {seller.vat_id} · {w['bank']}: IBAN {seller.iban}",
                size=6.5)  # fmt: skip


def _rows(canvas: Canvas, s: Fresh2Sample, lines: list[ArticleLine], y: float, start: int,
          cols: list[tuple[float, str]], cells: Callable[[int, ArticleLine], list[str]],
          step: float = 16) -> float:  # fmt: skip
    for i, line in enumerate(lines, start=start):
        for (x, align), text in zip(cols, cells(i, line), strict=True):
            canvas.text(x, y, text, size=8.5, align=align)  # type: ignore[arg-type]
        y += step
    return y


def draw_two_page(doc: pymupdf.Document, s: Fresh2Sample) -> None:
    """Letterhead, meta and buyer on page 1 with the start of the table and a carried-forward
    subtotal; the rest of the table, brought forward, and the totals on page 2."""
    w = s.words
    cols = [(40, "left"), (70, "left"), (400, "right"), (475, "right"), (555, "right")]
    heads = [w["pos"], w["description"], w["qty"], w["unit_price"], w["amount"]]

    def cells(i: int, ln: ArticleLine) -> list[str]:
        return [str(i), ln.description, s.quantity_text(ln.quantity),
                s.money_text(ln.unit_price), s.money_text(ln.net_amount)]  # fmt: skip

    def header_row(c: Canvas, y: float) -> float:
        for (x, align), text in zip(cols, heads, strict=True):
            c.text(x, y, text, size=8, bold=True, align=align)  # type: ignore[arg-type]
        c.rule(40, y + 5, 555)
        return y + 18

    lines = list(s.lines)
    split = len(lines) - 3
    carried = sum((ln.net_amount for ln in lines[:split]), Decimal("0.00"))
    c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
    c.text(40, 50, s.seller.name, size=13, bold=True)
    c.text(40, 63, " · ".join(s.seller.address), size=8)
    c.text(555, 50, s.title, size=20, bold=True, align="right")
    for k, (label, value) in enumerate(((w["number"], s.number),
                                        (w["date"], s.date_text(s.issue)),
                                        (w["due"], s.date_text(s.due)))):  # fmt: skip
        c.text(360, 90 + 13 * k, f"{label}:", size=8.5)
        c.text(555, 90 + 13 * k, value, size=8.5, bold=True, align="right")
    c.text(40, 140, w["customer"], size=7.5, bold=True)
    c.text(40, 153, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 165 + 11 * k, line, size=9)
    c.text(40, 225, w["in_code"].format(code=s.currency), size=8)
    y = _rows(c, s, lines[:split], header_row(c, 250), 1, cols, cells, step=22)
    c.rule(40, y - 12, 555, width=0.3)
    c.text(475, y + 2, w["carried"], size=8.5, bold=True, align="right")
    c.text(555, y + 2, s.money_text(carried), size=8.5, bold=True, align="right")
    c.text(555, 790, w["page"].format(n=1, m=2), size=7.5, align="right")
    _footer(c, s, 790)
    c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
    c.text(40, 50, f"{s.seller.name} · {s.title} {s.number}", size=8)
    c.text(555, 50, w["page"].format(n=2, m=2), size=8, align="right")
    y = header_row(c, 90)
    c.text(475, y, w["brought"], size=8.5, bold=True, align="right")
    c.text(555, y, s.money_text(carried), size=8.5, bold=True, align="right")
    y = _rows(c, s, lines[split:], y + 20, split + 1, cols, cells, step=22)
    c.rule(40, y - 12, 555)
    rate = s.rates[0]
    for label, value, bold in ((w["net"], s.net, False),
                               (w["tax"].format(rate=s.rate_text(rate)), s.tax, False),
                               (w["grand"], s.grand, True)):  # fmt: skip
        c.text(475, y + 4, label, size=9, bold=bold, align="right")
        c.text(555, y + 4, s.money_text(value), size=9, bold=bold, align="right")
        y += 15
    _footer(c, s, 790)


def draw_ean(doc: pymupdf.Document, s: Fresh2Sample) -> None:
    """Article number and EAN before the description; a right-aligned meta block with dotted
    leaders; totals right with the currency named once."""
    w = s.words
    c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
    c.text(40, 48, s.seller.name, size=11, bold=True)
    for k, line in enumerate(s.seller.address):
        c.text(40, 61 + 10 * k, line, size=8)
    for k, (label, value) in enumerate(((w["number"], s.number),
                                        (w["date"], s.date_text(s.issue)),
                                        (w["due"], s.date_text(s.due)),
                                        (w["vat_id"], s.seller.vat_id))):  # fmt: skip
        _leaders(c, 330, 555, 110 + 14 * k, label, value)
    c.text(40, 115, w["customer"], size=7.5)
    c.text(40, 128, s.buyer.name, size=10, bold=True)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 140 + 11 * k, line, size=9)
    c.text(40, 215, s.title, size=15, bold=True)
    cols = [(40, "left"), (95, "left"), (175, "left"), (420, "right"), (485, "right"),
            (555, "right")]  # fmt: skip
    for (x, align), text in zip(cols, [w["article"], w["ean"], w["description"], w["qty"],
                                       w["unit_price"], w["amount"]], strict=True):  # fmt: skip
        c.text(x, 245, text, size=7.5, bold=True, align=align)  # type: ignore[arg-type]
    c.rule(40, 250, 555)
    c.rule(40, 232, 555)
    y = _rows(c, s, list(s.lines), 264, 1, cols, lambda i, ln: [  # type: ignore[arg-type]
        ln.article, ln.ean, ln.description, s.quantity_text(ln.quantity),
        s.number_text(ln.unit_price), s.number_text(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 555)
    rate = s.rates[0]
    for label, value, bold in ((w["net"], s.net, False),
                               (w["tax"].format(rate=s.rate_text(rate)), s.tax, False),
                               (w["grand"], s.grand, True)):  # fmt: skip
        c.text(470, y + 6, label, size=9, bold=bold, align="right")
        c.text(555, y + 6, s.money_text(value), size=9, bold=bold, align="right")
        y += 15
    c.text(40, y + 30, w["in_code"].format(code=s.currency), size=7.5)
    _footer(c, s, 800)


def draw_summary(doc: pymupdf.Document, s: Fresh2Sample) -> None:
    """A logo text in large letters, the legal name only in the small print; a VAT-rate column;
    totals in a label | value grid under a summary heading with one line per VAT rate."""
    w = s.words
    c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
    c.text(40, 70, s.logo, size=34, bold=True)
    c.text(40, 86, " | ".join(s.seller.address), size=7.5)
    c.text(40, 150, s.buyer.name, size=10)
    for k, line in enumerate(s.buyer.address):
        c.text(40, 162 + 11 * k, line, size=10)
    c.text(330, 130, s.title, size=13, bold=True)
    for k, (label, value) in enumerate(((w["number"], s.number),
                                        (w["date"], s.date_text(s.issue)),
                                        (w["due"], s.date_text(s.due)))):  # fmt: skip
        c.text(330, 150 + 12 * k, label, size=8.5)
        c.text(440, 150 + 12 * k, value, size=8.5)
    cols = [(40, "left"), (350, "right"), (430, "right"), (480, "right"), (555, "right")]
    for (x, align), text in zip(cols, [w["description"], w["qty"], w["unit_price"], w["rate"],
                                       w["amount"]], strict=True):  # fmt: skip
        c.text(x, 250, text, size=8, bold=True, align=align)  # type: ignore[arg-type]
    c.rule(40, 255, 555)
    y = _rows(c, s, list(s.lines), 270, 1, cols, lambda i, ln: [  # type: ignore[arg-type]
        ln.description, s.quantity_text(ln.quantity), s.money_text(ln.unit_price),
        f"{s.rate_text(ln.rate)} %", s.money_text(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 555)
    y += 20
    c.text(330, y, w["summary"], size=11, bold=True)
    rows = [(w["net"], s.net)]
    rows += [(w["tax"].format(rate=s.rate_text(r)), s.tax_of(r)) for r in s.rates]
    rows += [(w["tax_total"], s.tax), (w["grand"], s.grand)]
    y += 8
    for k, (label, value) in enumerate(rows):
        last = k == len(rows) - 1
        c.box((330, y, 445, y + 16))
        c.box((445, y, 555, y + 16))
        c.text(335, y + 11, label, size=8.5, bold=last)
        c.text(550, y + 11, s.money_text(value), size=8.5, bold=last, align="right")
        y += 16
    _footer(c, s, 795, legal=True)


def draw_landscape(doc: pymupdf.Document, s: Fresh2Sample) -> None:
    """A landscape page: a shaded strip of facts, a wide table with a delivery-date column,
    and the totals side by side along the bottom."""
    w = s.words
    c = Canvas(doc.new_page(width=A4[1], height=A4[0]))
    c.text(40, 50, s.seller.name, size=14, bold=True)
    c.text(40, 64, ", ".join(s.seller.address), size=8)
    c.text(802, 50, s.title.upper(), size=18, bold=True, align="right")
    c.text(560, 80, w["customer"], size=7.5)
    c.text(560, 92, f"{s.buyer.name}, {', '.join(s.buyer.address)}", size=8.5)
    c.page.draw_rect((40, 110, 802, 132), color=None, fill=(0.9, 0.92, 0.9))
    x = 48.0
    for label, value in ((w["number"], s.number), (w["date"], s.date_text(s.issue)),
                         (w["due"], s.date_text(s.due)), ("", s.currency)):  # fmt: skip
        if label:
            x += c.text(x, 125, f"{label}:", size=8.5) + 4
        x += c.text(x, 125, value, size=8.5, bold=True) + 10
        if label:
            x += c.text(x, 125, "|", size=8.5) + 10
    cols = [(40, "left"), (70, "left"), (140, "left"), (560, "right"), (650, "right"),
            (700, "right"), (802, "right")]  # fmt: skip
    for (xx, align), text in zip(cols, [w["pos"], w["period"], w["description"], w["qty"],
                                        w["unit_price"], w["rate"], w["amount"]],
                                 strict=True):  # fmt: skip
        c.text(xx, 160, text, size=8, bold=True, align=align)  # type: ignore[arg-type]
    c.rule(40, 165, 802)
    y = _rows(c, s, list(s.lines), 180, 1, cols, lambda i, ln: [  # type: ignore[arg-type]
        f"{i * 10}", s.date_text(ln.shipped), ln.description, s.quantity_text(ln.quantity),
        s.number_text(ln.unit_price), f"{s.rate_text(ln.rate)}%",
        s.number_text(ln.net_amount)])  # fmt: skip
    c.rule(40, y - 10, 802)
    rate = s.rates[0]
    x = 802.0
    for label, value in reversed(((w["net"], s.net),
                                  (w["tax"].format(rate=s.rate_text(rate)), s.tax),
                                  (w["grand"], s.grand))):  # fmt: skip
        bold = label == w["grand"]
        width = max(BOLD.text_length(s.money_text(value), fontsize=10),
                    REGULAR.text_length(label, fontsize=7.5)) + 24  # fmt: skip
        c.text(x, 505, label, size=7.5, align="right")
        c.text(x, 520, s.money_text(value), size=10, bold=bold, align="right")
        x -= width
    _footer(c, s, 560)


def draw_minimal(doc: pymupdf.Document, s: Fresh2Sample) -> None:
    """No rules or boxes: small grey labels, amounts aligned on the decimal point, generous
    whitespace; credit notes print their amounts negative."""
    w = s.words
    sep = s.decimal or LOCALES[s.lang].decimal
    c = Canvas(doc.new_page(width=A4[0], height=A4[1]))
    c.text(60, 70, s.seller.name.lower(), size=10)
    c.text(60, 130, s.title, size=26)
    facts = ((w["number"], s.number), (w["date"], s.date_text(s.issue)),
             (w["pay"], s.date_text(s.due)))  # fmt: skip
    for k, (label, value) in enumerate(facts):
        c.text(60 + 150 * k, 165, label.lower(), size=7)
        c.text(60 + 150 * k, 178, value, size=9.5)
    c.text(60, 215, s.buyer.name, size=9.5)
    c.text(60, 227, ", ".join(s.buyer.address), size=9.5)
    for x, text, align in ((60, w["description"].lower(), "left"),
                           (330, w["qty"].lower(), "right"),
                           (420, w["unit_price"].lower(), "right"),
                           (520, f"{w['amount'].lower()} ({s.currency})", "right")):  # fmt: skip
        c.text(x, 280, text, size=7, align=align)  # type: ignore[arg-type]
    y = 300.0
    for line in s.lines:
        c.text(60, y, line.description, size=9)
        _on_point(c, 322, y, s.quantity_text(line.quantity), sep, size=9)
        _on_point(c, 405, y, s.number_text(line.unit_price), sep, size=9)
        _on_point(c, 505, y, s.number_text(-line.net_amount if s.negative else line.net_amount),
                  sep, size=9)  # fmt: skip
        y += 20
    y += 20
    rate = s.rates[0]
    for label, value, size in ((w["net"], s.net, 9), (w["tax"].format(rate=s.rate_text(rate)),
                               s.tax, 9), (w["grand"], s.grand, 12)):  # fmt: skip
        c.text(300, y, label.lower(), size=7.5)
        _on_point(c, 505, y, s.signed(value), sep, size=size, bold=size > 9)
        y += 18
    _footer(c, s, 800)


DRAW: Final = {"two-page": draw_two_page, "ean": draw_ean, "summary": draw_summary,
               "landscape": draw_landscape, "minimal": draw_minimal}  # fmt: skip


def _ean(rng: random.Random, lang: str) -> str:
    digits = EAN_PREFIX[lang] + "".join(str(rng.randrange(10)) for _ in range(10))
    check = -sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10
    return digits + str(check)


def _lines(rng: random.Random, lang: str, layout: str, issue: dt.date, *, big: bool
           ) -> tuple[ArticleLine, ...]:  # fmt: skip
    count = rng.randrange(9, 13) if layout == "two-page" else rng.randrange(2, 7)
    reduced, standard = (Decimal(r) for r in RATES[lang])
    found = []
    for k, (article, name) in enumerate(rng.sample(CATALOG[lang], count)):
        two_rates = layout == "summary" and (k < 2 or rng.random() < 0.4)
        found.append(ArticleLine(
            name, Decimal(rng.choice(["1", "2", "4", "10", "24", "0.5", "2.5", "12"])),
            Decimal(rng.randrange(150, 250000 if big else 20000)) / 100,
            rate=(reduced if k % 2 else standard) if two_rates else standard,
            article=article, ean=_ean(rng, lang),
            shipped=issue - dt.timedelta(days=rng.randrange(1, 20)),
        ))  # fmt: skip
    return tuple(found)


def fresh2() -> list[Fresh2Sample]:
    """Five layouts x six languages x two variants; the second variant has bigger amounts and,
    in the layout's credit-note languages, is a credit note."""
    rng = random.Random(SEED)
    found = []
    for layout, (date_style, credit, money, default) in STYLE.items():
        for lang in LOCALES:
            code, symbol, before, thousands, decimal = money.get(lang, default)
            logo, seller = SELLERS[lang]
            for variant in range(2):
                issue = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(320))
                prefix = rng.choice(["INV/26/", "2026.", "FV-", "RE-26-", "A", "", "SO-"])
                is_credit = variant == 1 and lang in credit
                found.append(Fresh2Sample(
                    file=f"{layout}-{lang}-{variant}.pdf", lang=lang, layout=layout,  # type: ignore[arg-type]
                    number=f"{prefix}{rng.randrange(100, 99999):05d}", issue=issue,
                    due=issue + dt.timedelta(days=rng.choice([7, 14, 21, 30, 60])),
                    currency=code, symbol=symbol, symbol_before=before, seller=seller,
                    buyer=BUYERS[lang], tax_rate=Decimal(RATES[lang][1]),
                    lines=_lines(rng, lang, layout, issue, big=variant == 1),
                    credit_note=is_credit, thousands=thousands, decimal=decimal,
                    words=WORDING[lang], date_style=date_style, logo=logo,
                    negative=is_credit and layout == "minimal",
                ))  # fmt: skip
    return found


def render(sample: Fresh2Sample) -> bytes:
    doc = pymupdf.open()
    DRAW[sample.layout](doc, sample)
    return reproducible_pdf(doc, producer="evalset")


def generate(out: Path) -> Path:
    """Write `out/fresh2/*.pdf` and the truth `out/fresh2.jsonl`; return the truth file."""
    return write_set(out, NAME, fresh2(), render)
