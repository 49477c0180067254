"""A synthetic evaluation set for `make eval`, with layouts and label wording kept out of rule
development (the held-out slice), plus scans of them rendered to images.

Run `python samples/evalset.py OUT_DIR`: writes `OUT_DIR/held-out/*.pdf`, `OUT_DIR/scans/*.png` and
`*.pdf` (image-only), the fresh slice `OUT_DIR/fresh/*.pdf` (`evalset_fresh.py`: layouts no rule was
written against), a second such slice `OUT_DIR/fresh2/*.pdf` (`evalset_fresh2.py`), a third
`OUT_DIR/fresh3/*.pdf` (`evalset_fresh3.py`: seven real-world invoice styles, measured once unseen
and then used for development), a fourth `OUT_DIR/fresh4/*.pdf` (`evalset_fresh4.py`: seven more
such styles, likewise measured once unseen, then used for development), fresh5 to fresh26
(`evalset_fresh5.py` to `evalset_fresh26.py`, likewise; fresh18 and fresh19 were measured
together), the unseen slice `OUT_DIR/fresh27/*.pdf` (`evalset_fresh27.py`) and `OUT_DIR/*.jsonl`
truth files.
Deterministic (fixed seed, fixed metadata). The output folder is meant to be git-ignored
(`reports/evalset` by default).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Final

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalset_fresh
import evalset_fresh2
import evalset_fresh3
import evalset_fresh4
import evalset_fresh5
import evalset_fresh6
import evalset_fresh7
import evalset_fresh8
import evalset_fresh9
import evalset_fresh10
import evalset_fresh11
import evalset_fresh12
import evalset_fresh13
import evalset_fresh14
import evalset_fresh15
import evalset_fresh16
import evalset_fresh17
import evalset_fresh18
import evalset_fresh19
import evalset_fresh20
import evalset_fresh21
import evalset_fresh22
import evalset_fresh23
import evalset_fresh24
import evalset_fresh25
import evalset_fresh26
import evalset_fresh27
from generate import (
    LOCALES,
    Canvas,
    Company,
    Locale,
    Sample,
    _lines,
    reproducible_pdf,
)

SEED: Final = 4711
DEFAULT_OUT: Final = Path(__file__).resolve().parents[1] / "reports" / "evalset"

# Other ways each language labels the same facts (the seen samples use LOCALES' wording).
WORDING: Final = {
    "en": {"number": "Invoice number", "date": "Date of issue", "due": "Payment due",
           "bill_to": "Customer", "net": "Net amount", "grand": "Total due",
           "amount": "Line total"},
    "de": {"number": "Rechnungsnr.", "date": "Datum", "due": "Fällig am", "bill_to": "Kunde",
               "net": "Summe netto", "grand": "Rechnungsbetrag", "amount": "Gesamt"},
    "fr": {"number": "N° de facture", "date": "Date d'émission", "due": "Échéance",
               "bill_to": "Client", "net": "Montant HT", "grand": "Net à payer", "amount": "Total"},
    "es": {"number": "Nº factura", "date": "Fecha de emisión", "due": "Fecha de vencimiento",
           "bill_to": "Destinatario", "net": "Subtotal", "grand": "Total a pagar",
           "amount": "Total"},
    "it": {"number": "Numero fattura", "date": "Data fattura", "due": "Data scadenza",
               "bill_to": "Destinatario", "net": "Totale imponibile", "grand": "Totale documento",
               "amount": "Totale"},
    "nl": {"number": "Factuurnr.", "date": "Datum", "due": "Te betalen voor", "bill_to": "Aan",
               "net": "Totaal excl. BTW", "grand": "Totaal incl. BTW", "amount": "Totaal"},
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class EvalSample(Sample):
    wording: Locale | None = None

    @property
    def locale(self) -> Locale:
        return self.wording or LOCALES[self.lang]


def _facts(sample: EvalSample) -> list[tuple[str, str]]:
    loc = sample.locale
    return [
        (loc.number, sample.number),
        (loc.date, sample.date_text(sample.issue)),
        (loc.due, sample.date_text(sample.due)),
    ]


def _title(sample: EvalSample) -> str:
    return sample.locale.credit_title if sample.credit_note else sample.locale.title


def _table5(canvas: Canvas, sample: EvalSample, y: float, x0: float, x1: float) -> float:
    """Position, description, quantity, unit price, amount; amounts without currency."""
    loc = sample.locale
    cols = (x0 + 2, x0 + 26, x1 - 170, x1 - 85, x1 - 2)
    canvas.text(cols[0], y, "#", bold=True, size=8)
    canvas.text(cols[1], y, loc.description, bold=True, size=8)
    canvas.text(cols[2], y, loc.quantity, bold=True, size=8, align="right")
    canvas.text(cols[3], y, loc.unit_price, bold=True, size=8, align="right")
    canvas.text(cols[4], y, f"{loc.amount} {sample.currency}", bold=True, size=8, align="right")
    canvas.rule(x0, y + 4, x1)
    y += 16
    for i, line in enumerate(sample.lines, start=1):
        canvas.text(cols[0], y, str(i))
        canvas.text(cols[1], y, line.description)
        canvas.text(cols[2], y, sample.quantity_text(line.quantity), align="right")
        canvas.text(cols[3], y, sample.number_text(line.unit_price), align="right")
        canvas.text(cols[4], y, sample.number_text(line.net_amount), align="right")
        y += 14
    canvas.rule(x0, y - 8, x1)
    return y + 8


def _totals(canvas: Canvas, sample: EvalSample, y: float, label_x: float, value_x: float) -> None:
    loc = sample.locale
    rate = sample.quantity_text(sample.tax_rate)
    for label, value, bold in (
        (loc.net, sample.net, False),
        (loc.tax.format(rate=rate), sample.tax, False),
        (loc.grand, sample.grand, True),
    ):
        canvas.text(label_x, y, label, bold=bold)
        canvas.text(value_x, y, sample.money_text(value), bold=bold, align="right")
        y += 14


def draw_sidebar(canvas: Canvas, sample: EvalSample) -> None:
    """A left column with the seller and the facts (label above value); the body on the right."""
    loc = sample.locale
    canvas.page.draw_rect((0, 0, 170, 842), color=None, fill=(0.93, 0.93, 0.93))
    canvas.text(20, 60, sample.seller.name, size=10, bold=True)
    y = 74.0
    for line in (*sample.seller.address, f"{loc.vat_id} {sample.seller.vat_id}"):
        canvas.text(20, y, line, size=7.5)
        y += 10
    y += 20
    for label, value in _facts(sample):
        canvas.text(20, y, label, size=7, bold=True)
        canvas.text(20, y + 11, value, size=9)
        y += 30
    canvas.text(20, 780, f"IBAN {sample.seller.iban}", size=6.5)
    canvas.text(200, 70, _title(sample), size=22, bold=True)
    canvas.text(200, 110, loc.bill_to, size=8, bold=True)
    canvas.text(200, 124, sample.buyer.name, size=10)
    yy = 136.0
    for line in sample.buyer.address:
        canvas.text(200, yy, line, size=9)
        yy += 11
    y = _table5(canvas, sample, 200, 200, 560)
    _totals(canvas, sample, y + 6, 380, 558)


def draw_grid(canvas: Canvas, sample: EvalSample) -> None:
    """Seller centred on top, a boxed grid of facts, buyer in a frame, totals bottom-left."""
    loc = sample.locale
    name_width = 0.5 * len(sample.seller.name) * 7
    canvas.text(297 - name_width, 50, sample.seller.name, size=13, bold=True)
    canvas.text(297 - 2.2 * len(", ".join(sample.seller.address)) / 1.2, 64,
                ", ".join(sample.seller.address), size=7.5)  # fmt: skip
    canvas.text(50, 110, _title(sample), size=16, bold=True)
    cells = [*_facts(sample), ("", sample.currency)]
    for i, (label, value) in enumerate(cells):
        x = 50 + i * 124
        canvas.box((x, 122, x + 124, 156))
        canvas.text(x + 5, 133, label, size=7)
        canvas.text(x + 5, 150, value, size=10, bold=True)
    canvas.box((330, 170, 545, 240))
    canvas.text(336, 182, loc.bill_to, size=7)
    canvas.text(336, 196, sample.buyer.name, size=10, bold=True)
    yy = 208.0
    for line in sample.buyer.address:
        canvas.text(336, yy, line, size=8.5)
        yy += 10
    y = _table5(canvas, sample, 270, 50, 545)
    _totals(canvas, sample, y + 10, 50, 260)
    canvas.text(50, 790, f"{loc.vat_id} {sample.seller.vat_id}  ·  IBAN {sample.seller.iban}",
                size=7)  # fmt: skip


DRAW: Final = {"sidebar": draw_sidebar, "grid": draw_grid}


def render(sample: EvalSample) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    DRAW[sample.layout](Canvas(page), sample)  # type: ignore[index]
    return reproducible_pdf(doc, producer="evalset")


SELLERS: Final = {
    "en": Company("Kestrel Lab Supplies Ltd", ("5 Mill Lane", "Leeds LS1 5AB"),
                  "GB 987 6543 21", "GB33 BUKB 2020 1555 5555 55"),
    "de": Company("Brandt Elektrotechnik GmbH", ("Ringstraße 88", "50667 Köln"),
                  "DE 298 765 432", "DE02 1203 0000 0000 2020 51"),
    "fr": Company("Éditions du Rhône SAS", ("3 quai Saint-Antoine", "69002 Lyon"),
                  "FR 83 404 833 048", "FR14 2004 1010 0505 0001 3M02 606"),
    "es": Company("Talleres Navarro S.A.", ("Calle Alcalá 120", "28009 Madrid"),
                  "ESA87654321", "ES79 2100 0813 6101 2345 6789"),
    "it": Company("Ceramiche Bianchi S.p.A.", ("Via Emilia 10", "41049 Sassuolo"),
                  "IT 09876543210", "IT02 A030 0203 2801 2345 6789 012"),
    "nl": Company("Jansen Techniek B.V.", ("Stationsplein 9", "3511 ED Utrecht"),
                  "NL 8012.34.567.B01", "NL20 INGB 0001 2345 67"),
}  # fmt: skip
BUYER: Final = Company("Orbis Trading Partners", ("Harbour Road 4", "1000 Brussels"))
CURRENCIES: Final = (("EUR", "€", False), ("USD", "$", True), ("GBP", "£", True),
                     ("CHF", "CHF", True), ("EUR", "EUR", False))  # fmt: skip
RATES: Final = {"en": "20", "de": "19", "fr": "20", "es": "21", "it": "22", "nl": "21"}


def held_out() -> list[EvalSample]:
    """Two layouts x six languages x two variants, alternate wording, credit notes among them."""
    rng = random.Random(SEED)
    found = []
    for layout in DRAW:
        for lang in LOCALES:
            for variant in range(2):
                currency, symbol, before = CURRENCIES[rng.randrange(len(CURRENCIES))]
                issue = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
                number = (
                    f"{rng.choice(['', 'INV-', 'R', 'F-', '2026/'])}{rng.randrange(100, 99999)}"
                )
                wording = dataclasses.replace(LOCALES[lang], **WORDING[lang])
                found.append(
                    EvalSample(
                        file=f"{layout}-{lang}-{variant}.pdf",
                        lang=lang,
                        layout=layout,  # type: ignore[arg-type]
                        number=number,
                        issue=issue,
                        due=issue + dt.timedelta(days=30),
                        currency=currency,
                        symbol=symbol,
                        symbol_before=before,
                        seller=SELLERS[lang],
                        buyer=BUYER,
                        tax_rate=Decimal(RATES[lang]),
                        lines=_lines(rng, lang, rng.randrange(1, 6), big=variant == 1),
                        credit_note=variant == 1 and lang in {"en", "fr"},
                        long_dates=variant == 1,
                        wording=wording,
                    )
                )
    return found


def _scan(pdf: bytes, dpi: int) -> tuple[bytes, bytes]:
    """The page as a PNG at `dpi`, and as an image-only PDF of that PNG."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pixmap = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        png = pixmap.tobytes("png")
        out = pymupdf.open()
        page = out.new_page(width=doc[0].rect.width, height=doc[0].rect.height)
        page.insert_image(page.rect, stream=png)
        image_pdf = out.tobytes(garbage=4, deflate=True, no_new_id=True)
        out.close()
    return png, image_pdf


def generate(out: Path = DEFAULT_OUT, *, scans: int = 6) -> dict[str, Path]:
    """Write the held-out PDFs and the first `scans` of them as images; return the truth files."""
    (out / "held-out").mkdir(parents=True, exist_ok=True)
    (out / "scans").mkdir(parents=True, exist_ok=True)
    held, scanned = [], []
    for i, sample in enumerate(held_out()):
        pdf = render(sample)
        (out / "held-out" / sample.file).write_bytes(pdf)
        held.append(sample.expected())
        if i % max(len(DRAW) * len(LOCALES) * 2 // scans, 1) == 0:
            png, image_pdf = _scan(pdf, dpi=200)
            stem = sample.file.removesuffix(".pdf")
            for name, data in ((f"{stem}.png", png), (f"{stem}-scan.pdf", image_pdf)):
                (out / "scans" / name).write_bytes(data)
                scanned.append(sample.expected() | {"file": name})
    truth = {"held-out": out / "held-out.jsonl", "scans": out / "scans.jsonl"}
    for key, rows in (("held-out", held), ("scans", scanned)):
        truth[key].write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    truth["fresh"] = evalset_fresh.generate(out)
    truth["fresh2"] = evalset_fresh2.generate(out)
    truth["fresh3"] = evalset_fresh3.generate(out)
    truth["fresh4"] = evalset_fresh4.generate(out)
    truth["fresh5"] = evalset_fresh5.generate(out)
    truth["fresh6"] = evalset_fresh6.generate(out)
    truth["fresh7"] = evalset_fresh7.generate(out)
    truth["fresh8"] = evalset_fresh8.generate(out)
    truth["fresh9"] = evalset_fresh9.generate(out)
    truth["fresh10"] = evalset_fresh10.generate(out)
    truth["fresh11"] = evalset_fresh11.generate(out)
    truth["fresh12"] = evalset_fresh12.generate(out)
    truth["fresh13"] = evalset_fresh13.generate(out)
    truth["fresh14"] = evalset_fresh14.generate(out)
    truth["fresh15"] = evalset_fresh15.generate(out)
    truth["fresh16"] = evalset_fresh16.generate(out)
    truth["fresh17"] = evalset_fresh17.generate(out)
    truth["fresh18"] = evalset_fresh18.generate(out)
    truth["fresh19"] = evalset_fresh19.generate(out)
    truth["fresh20"] = evalset_fresh20.generate(out)
    truth["fresh21"] = evalset_fresh21.generate(out)
    truth["fresh22"] = evalset_fresh22.generate(out)
    truth["fresh23"] = evalset_fresh23.generate(out)
    truth["fresh24"] = evalset_fresh24.generate(out)
    truth["fresh25"] = evalset_fresh25.generate(out)
    truth["fresh26"] = evalset_fresh26.generate(out)
    truth["fresh27"] = evalset_fresh27.generate(out)
    return truth


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
