"""Write the sample invoice PDFs and their ground truth (`samples/expected.jsonl`).

Run `python samples/generate.py`. The output is byte-for-byte reproducible: a fixed random seed,
fixed PDF metadata and dates, no generated document ids.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Final, Literal

import pymupdf

logger = logging.getLogger(__name__)

OUT_DIR: Final = Path(__file__).resolve().parent / "invoices"
SEED: Final = 20260305
PDF_DATE: Final = "D:20260301120000Z"
CENT: Final = Decimal("0.01")
PAGE_WIDTH: Final = 595.0
PAGE_HEIGHT: Final = 842.0
REGULAR: Final = pymupdf.Font("helv")
BOLD: Final = pymupdf.Font("hebo")

Layout = Literal["classic", "two-column", "compact"]
Align = Literal["left", "right"]


@dataclass(frozen=True)
class Locale:
    """How one language writes labels, numbers and dates on an invoice."""

    lang: str
    title: str
    credit_title: str
    number: str
    date: str
    due: str
    bill_to: str
    description: str
    quantity: str
    unit_price: str
    amount: str
    net: str
    tax: str
    grand: str
    vat_id: str
    thousands: str
    decimal: str
    date_format: str
    months: tuple[str, ...] = ()


MONTHS_EN = "January February March April May June July August September October November December"
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)

LOCALES: Final = {
    "en": Locale(
        "en", "INVOICE", "CREDIT NOTE", "Invoice No.", "Invoice date", "Due date", "Bill to",
        "Description", "Qty", "Unit price", "Amount", "Subtotal", "VAT {rate}%", "Total",
        "VAT No.", ",", ".", "{day} {month} {year}", tuple(MONTHS_EN.split()),
    ),
    "de": Locale(
        "de", "Rechnung", "Gutschrift", "Rechnungsnummer", "Rechnungsdatum", "Zahlbar bis",
        "Rechnungsempfänger", "Bezeichnung", "Menge", "Einzelpreis", "Betrag", "Nettobetrag",
        "MwSt. {rate} %", "Gesamtbetrag", "USt-IdNr.", ".", ",", "{dd}.{mm}.{year}",
        tuple(MONTHS_DE.split()),
    ),
    "fr": Locale(
        "fr", "FACTURE", "AVOIR", "Facture n°", "Date de facture", "Date d'échéance",
        "Facturé à", "Désignation", "Quantité", "Prix unitaire", "Montant", "Total HT",
        "TVA {rate} %", "Total TTC", "N° TVA", "\u00a0", ",", "{dd}/{mm}/{year}",
        tuple(MONTHS_FR.split()),
    ),
    "es": Locale(
        "es", "FACTURA", "FACTURA RECTIFICATIVA", "Factura nº", "Fecha", "Vencimiento",
        "Cliente", "Descripción", "Cantidad", "Precio unitario", "Importe", "Base imponible",
        "IVA {rate}%", "Total", "NIF", ".", ",", "{dd}/{mm}/{year}", tuple(MONTHS_ES.split()),
    ),
    "it": Locale(
        "it", "Fattura", "Nota di credito", "Fattura n.", "Data", "Scadenza", "Cliente",
        "Descrizione", "Quantità", "Prezzo unitario", "Importo", "Imponibile", "IVA {rate}%",
        "Totale", "P.IVA", ".", ",", "{dd}/{mm}/{year}",
    ),
    "nl": Locale(
        "nl", "Factuur", "Creditnota", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Klant",
        "Omschrijving", "Aantal", "Prijs per stuk", "Bedrag", "Subtotaal", "BTW {rate}%",
        "Totaal", "BTW-nummer", ".", ",", "{dd}-{mm}-{year}", tuple(MONTHS_NL.split()),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Company:
    name: str
    address: tuple[str, ...]
    vat_id: str = ""
    iban: str = ""


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def net_amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Sample:
    """One sample invoice: what is printed and, from the same values, the ground truth."""

    file: str
    lang: str
    layout: Layout
    number: str
    issue: dt.date
    due: dt.date
    currency: str
    symbol: str
    symbol_before: bool
    seller: Company
    buyer: Company
    tax_rate: Decimal
    lines: tuple[Line, ...]
    credit_note: bool = False
    long_dates: bool = False
    thousands: str | None = None
    decimal: str | None = None
    table_currency: bool = False
    extra: tuple[str, ...] = field(default=())

    @property
    def locale(self) -> Locale:
        return LOCALES[self.lang]

    @property
    def net(self) -> Decimal:
        return sum((line.net_amount for line in self.lines), Decimal("0.00"))

    @property
    def tax(self) -> Decimal:
        return (self.net * self.tax_rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def grand(self) -> Decimal:
        return self.net + self.tax

    def number_text(self, value: Decimal, places: int = 2) -> str:
        thousands = self.thousands if self.thousands is not None else self.locale.thousands
        decimal = self.decimal if self.decimal is not None else self.locale.decimal
        whole, _, frac = f"{value:,.{places}f}".partition(".")
        text = whole.replace(",", thousands)
        return f"{text}{decimal}{frac}" if places else text

    def money_text(self, value: Decimal) -> str:
        text = self.number_text(value)
        if self.symbol_before:
            return f"{self.symbol}{'' if self.symbol in '£$' else ' '}{text}"
        return f"{text} {self.symbol}"

    def quantity_text(self, value: Decimal) -> str:
        return self.number_text(value, 0 if value == value.to_integral() else 1)

    def date_text(self, day: dt.date) -> str:
        loc = self.locale
        if self.long_dates and loc.months:
            month = loc.months[day.month - 1]
            if loc.lang == "es":
                return f"{day.day} de {month} de {day.year}"
            if loc.lang == "de":
                return f"{day.day}. {month} {day.year}"
            return f"{day.day} {month} {day.year}"
        if self.long_dates:
            return day.isoformat()
        return loc.date_format.format(
            day=day.day, dd=f"{day.day:02d}", mm=f"{day.month:02d}", year=day.year,
            month=loc.months[day.month - 1] if loc.months else "",
        )  # fmt: skip

    def expected(self) -> dict[str, object]:
        return {
            "file": self.file,
            "invoice_number": self.number,
            "type_code": "381" if self.credit_note else "380",
            "issue_date": self.issue.isoformat(),
            "due_date": self.due.isoformat(),
            "currency": self.currency,
            "seller_name": self.seller.name,
            "buyer_name": self.buyer.name,
            "net_total": str(self.net),
            "tax_total": str(self.tax),
            "grand_total": str(self.grand),
            "lines": [
                {
                    "description": line.description,
                    "quantity": str(line.quantity),
                    "unit_price": str(line.unit_price),
                    "net_amount": str(line.net_amount),
                }
                for line in self.lines
            ],
        }


class Canvas:
    """Text and rules on one page in the PDF base-14 fonts (WinAnsi encoding, so € survives)."""

    def __init__(self, page: pymupdf.Page) -> None:
        self.page = page

    def text(
        self, x: float, y: float, text: str, *, size: float = 9, bold: bool = False,
        align: Align = "left",
    ) -> float:  # fmt: skip
        font = BOLD if bold else REGULAR
        width = font.text_length(text, fontsize=size)
        left = x - width if align == "right" else x
        # The base-14 fonts are written WinAnsi-encoded: pass the cp1252 byte for each character.
        encoded = text.encode("cp1252").decode("latin-1")
        self.page.insert_text(
            (left, y), encoded, fontsize=size, fontname="hebo" if bold else "helv"
        )
        return width

    def rule(self, x0: float, y: float, x1: float, width: float = 0.6) -> None:
        self.page.draw_line((x0, y), (x1, y), color=(0.3, 0.3, 0.3), width=width)

    def box(self, rect: tuple[float, float, float, float]) -> None:
        self.page.draw_rect(rect, color=(0.2, 0.2, 0.2), width=0.8)


def _company_block(
    canvas: Canvas, x: float, y: float, company: Company, loc: Locale, *, bank: bool
) -> float:
    canvas.text(x, y, company.name, size=11, bold=True)
    y += 14
    for line in company.address:
        canvas.text(x, y, line)
        y += 11
    if company.vat_id:
        canvas.text(x, y, f"{loc.vat_id} {company.vat_id}")
        y += 11
    if bank and company.iban:
        canvas.text(x, y, f"IBAN {company.iban}")
        y += 11
    return y


def _table(canvas: Canvas, sample: Sample, y: float, x0: float = 50, x1: float = 545) -> float:
    loc = sample.locale
    cols = (x0 + 4, x1 - 190, x1 - 95, x1 - 4)
    amount_header = loc.amount
    if not sample.table_currency:
        amount_header = f"{loc.amount} ({sample.currency})"
    canvas.rule(x0, y - 11, x1)
    canvas.text(cols[0], y, loc.description, bold=True)
    canvas.text(cols[1], y, loc.quantity, bold=True, align="right")
    canvas.text(cols[2], y, loc.unit_price, bold=True, align="right")
    canvas.text(cols[3], y, amount_header, bold=True, align="right")
    canvas.rule(x0, y + 5, x1)
    y += 18
    money = sample.money_text if sample.table_currency else sample.number_text
    for line in sample.lines:
        canvas.text(cols[0], y, line.description)
        canvas.text(cols[1], y, sample.quantity_text(line.quantity), align="right")
        canvas.text(cols[2], y, money(line.unit_price), align="right")
        canvas.text(cols[3], y, money(line.net_amount), align="right")
        y += 15
    canvas.rule(x0, y - 9, x1)
    return y + 10


def _totals(canvas: Canvas, sample: Sample, y: float, *, label_x: float, value_x: float) -> float:
    loc = sample.locale
    rows = (
        (loc.net, sample.net, False),
        (loc.tax.format(rate=sample.quantity_text(sample.tax_rate)), sample.tax, False),
        (loc.grand, sample.grand, True),
    )
    for label, value, bold in rows:
        canvas.text(label_x, y, label, bold=bold)
        canvas.text(value_x, y, sample.money_text(value), bold=bold, align="right")
        y += 15
    return y


def _title(sample: Sample) -> str:
    return sample.locale.credit_title if sample.credit_note else sample.locale.title


def draw_classic(canvas: Canvas, sample: Sample) -> None:
    """Seller top-left, title and key facts top-right, buyer below, totals boxed bottom-right."""
    loc = sample.locale
    _company_block(canvas, 50, 60, sample.seller, loc, bank=True)
    canvas.text(545, 66, _title(sample), size=20, bold=True, align="right")
    y = 96
    for label, value in (
        (loc.number, sample.number),
        (loc.date, sample.date_text(sample.issue)),
        (loc.due, sample.date_text(sample.due)),
    ):
        canvas.text(360, y, f"{label}:")
        canvas.text(545, y, value, align="right")
        y += 13
    canvas.text(50, 170, loc.bill_to, bold=True)
    _company_block(canvas, 50, 186, sample.buyer, loc, bank=False)
    y = _table(canvas, sample, 270)
    canvas.box((330, y - 4, 545, y + 46))
    _totals(canvas, sample, y + 10, label_x=340, value_x=537)


def draw_two_column(canvas: Canvas, sample: Sample) -> None:
    """Seller top-right, "bill to" left, facts as a row of labels above values, footer bank line."""
    loc = sample.locale
    canvas.text(50, 60, loc.bill_to, bold=True)
    _company_block(canvas, 50, 76, sample.buyer, loc, bank=False)
    _company_block(canvas, 360, 60, sample.seller, loc, bank=False)
    canvas.text(50, 175, _title(sample), size=18, bold=True)
    for x, label, value in (
        (50, loc.number, sample.number),
        (210, loc.date, sample.date_text(sample.issue)),
        (370, loc.due, sample.date_text(sample.due)),
    ):
        canvas.text(x, 200, label, size=8, bold=True)
        canvas.text(x, 213, value)
    y = _table(canvas, sample, 250)
    _totals(canvas, sample, y + 6, label_x=360, value_x=541)
    footer = " · ".join(
        part
        for part in (
            sample.seller.name,
            f"{loc.vat_id} {sample.seller.vat_id}",
            f"IBAN {sample.seller.iban}" if sample.seller.iban else "",
        )
        if part
    )
    canvas.rule(50, 780, 545, width=0.4)
    canvas.text(
        297.5 + REGULAR.text_length(footer, fontsize=7) / 2, 792, footer, size=7, align="right"
    )


def draw_compact(canvas: Canvas, sample: Sample) -> None:
    """Seller name as a letterhead, then every fact as a label/value row, totals the same way."""
    loc = sample.locale
    canvas.text(50, 58, sample.seller.name, size=14, bold=True)
    canvas.text(50, 72, ", ".join(sample.seller.address), size=8)
    canvas.rule(50, 80, 545)
    canvas.text(50, 104, _title(sample), size=15, bold=True)
    rows = [
        (loc.number, sample.number),
        (loc.date, sample.date_text(sample.issue)),
        (loc.due, sample.date_text(sample.due)),
        (loc.bill_to, sample.buyer.name),
        ("", ", ".join(sample.buyer.address)),
        (loc.vat_id, sample.seller.vat_id),
    ]
    if sample.seller.iban:
        rows.append(("IBAN", sample.seller.iban))
    y = 126
    for label, value in rows:
        canvas.text(50, y, label, size=8.5, bold=True)
        canvas.text(170, y, value, size=8.5)
        y += 12
    y = _table(canvas, sample, y + 24)
    _totals(canvas, sample, y, label_x=50, value_x=260)


DRAW: Final = {"classic": draw_classic, "two-column": draw_two_column, "compact": draw_compact}


def reproducible_pdf(doc: pymupdf.Document, *, producer: str) -> bytes:
    """The document's bytes with fixed dates and no random id, so the same input gives the
    same bytes; closes the document."""
    doc.set_metadata({"creationDate": PDF_DATE, "modDate": PDF_DATE, "producer": producer})
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return data


def render_layout(draw: Mapping[str, Callable[..., None]], sample: Sample) -> bytes:
    """A sample drawn on a new document by its layout's function, as reproducible bytes."""
    doc = pymupdf.open()
    draw[sample.layout](doc, sample)
    return reproducible_pdf(doc, producer="evalset")


def write_set(
    out: Path, name: str, samples: Iterable[Sample], render: Callable[..., bytes]
) -> Path:
    """Write `out/<name>/*.pdf` and the truth `out/<name>.jsonl`; return the truth file."""
    (out / name).mkdir(parents=True, exist_ok=True)
    rows = []
    for sample in samples:
        (out / name / sample.file).write_bytes(render(sample))
        rows.append(json.dumps(sample.expected(), ensure_ascii=False) + "\n")
    truth = out / f"{name}.jsonl"
    truth.write_text("".join(rows), encoding="utf-8")
    return truth


def render(sample: Sample) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=PAGE_WIDTH, height=PAGE_HEIGHT)
    DRAW[sample.layout](Canvas(page), sample)
    doc.set_metadata(
        {
            "title": f"{_title(sample)} {sample.number}",
            "author": sample.seller.name,
            "creator": "invoice-pipeline samples",
            "producer": "invoice-pipeline samples",
            "creationDate": PDF_DATE,
            "modDate": PDF_DATE,
        }
    )
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return data


CATALOG: Final = {
    "en": ("Consulting services", "Website maintenance", "Cloud hosting (monthly)",
           "Design workshop", "Support hours", "Software licence"),
    "de": ("Beratungsleistung", "Wartungsvertrag März", "Montage vor Ort", "Büromaterial",
           "Schulung (halbtags)", "Lizenzgebühr"),
    "fr": ("Prestation de conseil", "Développement logiciel", "Frais de déplacement",
           "Hébergement annuel", "Formation équipe", "Licence logicielle"),
    "es": ("Servicios de consultoría", "Mantenimiento mensual", "Diseño gráfico",
           "Transporte de mercancía", "Material de oficina", "Soporte técnico"),
    "it": ("Consulenza tecnica", "Manutenzione impianto", "Sviluppo software",
           "Trasporto merci", "Materiale di consumo", "Assistenza remota"),
    "nl": ("Advieswerk", "Onderhoud website", "Hosting (per maand)", "Reiskosten",
           "Kantoorartikelen", "Training medewerkers"),
}  # fmt: skip


def _lines(rng: random.Random, lang: str, count: int, big: bool = False) -> tuple[Line, ...]:
    names = rng.sample(CATALOG[lang], count)
    lines = []
    for name in names:
        quantity = Decimal(rng.choice(["1", "2", "3", "4", "5", "8", "10", "12", "1.5", "2.5"]))
        cents = rng.randrange(1500, 250000 if big else 60000)
        lines.append(Line(name, quantity, Decimal(cents) / 100))
    return tuple(lines)


def samples() -> list[Sample]:
    """The sample set; every value comes from the fixed seed."""
    rng = random.Random(SEED)
    d = dt.date
    uk = Company(
        "Northwind Analytics Ltd",
        ("12 Harbour Street", "Bristol BS1 4DJ", "United Kingdom"),
        "GB 123 4567 27",
        "GB29 NWBK 6016 1331 9268 19",
    )
    us = Company(
        "Blue Ridge Software Inc.",
        ("400 Market Street, Suite 12", "Denver, CO 80202", "USA"),
        "US 84-1234567",
    )
    ie = Company(
        "Liffey Data Services Ltd",
        ("8 Pearse Street", "Dublin D02 X285", "Ireland"),
        "IE 6388047V",
        "IE29 AIBK 9311 5212 3456 78",
    )
    de = Company(
        "Müller & Söhne GmbH",
        ("Hauptstraße 15", "80331 München", "Deutschland"),
        "DE 811 569 869",
        "DE89 3704 0044 0532 0130 00",
    )
    ch = Company(
        "Alpenblick Technik AG",
        ("Bahnhofstrasse 7", "8001 Zürich", "Schweiz"),
        "CHE-123.456.788 MWST",
        "CH93 0076 2011 6238 5295 7",
    )
    fr = Company(
        "Atelier Lumière SARL",
        ("27 rue de la République", "69002 Lyon", "France"),
        "FR 40 303 265 045",
        "FR76 3000 6000 0112 3456 7890 189",
    )
    chf = Company(
        "Horlogerie du Léman SA",
        ("Quai du Mont-Blanc 3", "1201 Genève", "Suisse"),
        "CHE-987.654.326 TVA",
        "CH56 0483 5012 3456 7800 9",
    )
    es = Company(
        "Soluciones Ibéricas S.L.",
        ("Calle Mayor 21", "28013 Madrid", "España"),
        "ESB12345674",
        "ES91 2100 0418 4502 0005 1332",
    )
    it = Company(
        "Officina Verdi S.r.l.",
        ("Via Garibaldi 44", "20121 Milano", "Italia"),
        "IT 02918750635",
        "IT60 X054 2811 1010 0000 0123 456",
    )
    nl = Company(
        "Van der Berg Installaties B.V.",
        ("Keizersgracht 101", "1015 CJ Amsterdam", "Nederland"),
        "NL 8524.73.503.B01",
        "NL91 ABNA 0417 1643 00",
    )
    buyers = {
        "en": Company("Harper & Cole LLP", ("1 King's Road", "London SW3 4UP")),
        "us": Company("Greenfield Logistics LLC", ("77 Ocean Avenue", "Miami, FL 33139")),
        "de": Company("Weber Logistik KG", ("Am Hafen 3", "20457 Hamburg")),
        "de2": Company("Schneider Bau GmbH", ("Industriestraße 9", "70173 Stuttgart")),
        "ch": Company("Bergbahnen Davos AG", ("Promenade 12", "7270 Davos")),
        "fr": Company("Boulangerie Martin", ("5 place Bellecour", "69002 Lyon")),
        "fr2": Company("Cabinet Dupont & Associés", ("14 avenue de France", "75013 Paris")),
        "es": Company("Distribuciones García S.A.", ("Avenida Diagonal 200", "08018 Barcelona")),
        "it": Company("Rossi Costruzioni S.p.A.", ("Corso Italia 8", "00198 Roma")),
        "nl": Company("De Vries Bakkerij", ("Markt 4", "3511 AA Utrecht")),
    }  # fmt: skip
    return [
        Sample("en-classic-gbp.pdf", "en", "classic", "INV-2026-0042", d(2026, 3, 5),
               d(2026, 4, 4), "GBP", "£", True, uk, buyers["en"], Decimal(20),
               _lines(rng, "en", 3), long_dates=True),
        Sample("en-two-column-usd.pdf", "en", "two-column", "BR-10388", d(2026, 1, 14),
               d(2026, 2, 13), "USD", "$", True, us, buyers["us"], Decimal(0),
               _lines(rng, "en", 2, big=True)),
        Sample("en-compact-eur.pdf", "en", "compact", "LDS/2026/117", d(2026, 6, 30),
               d(2026, 7, 30), "EUR", "EUR", False, ie, buyers["en"], Decimal(23),
               _lines(rng, "en", 4), long_dates=True),
        Sample("de-classic-eur.pdf", "de", "classic", "RE-2026-00815", d(2026, 3, 5),
               d(2026, 3, 19), "EUR", "€", False, de, buyers["de"], Decimal(19),
               _lines(rng, "de", 4, big=True)),
        Sample("de-compact-chf.pdf", "de", "compact", "AT-4471", d(2026, 1, 12),
               d(2026, 2, 11), "CHF", "CHF", True, ch, buyers["ch"], Decimal("8.1"),
               _lines(rng, "de", 2, big=True), long_dates=True, thousands="'", decimal="."),
        Sample("de-two-column-credit-note.pdf", "de", "two-column", "GS-2026-0007",
               d(2026, 4, 2), d(2026, 4, 16), "EUR", "€", False, de, buyers["de2"],
               Decimal(19), _lines(rng, "de", 1), credit_note=True),
        Sample("fr-two-column-eur.pdf", "fr", "two-column", "F2026-0310", d(2026, 3, 10),
               d(2026, 4, 9), "EUR", "€", False, fr, buyers["fr"], Decimal(20),
               _lines(rng, "fr", 3, big=True)),
        Sample("fr-compact-chf.pdf", "fr", "compact", "HL-26-0091", d(2026, 2, 3),
               d(2026, 3, 5), "CHF", "Fr.", True, chf, buyers["fr2"], Decimal("8.1"),
               _lines(rng, "fr", 2), long_dates=True),
        Sample("es-classic-eur.pdf", "es", "classic", "A-2026/0456", d(2026, 5, 20),
               d(2026, 6, 19), "EUR", "€", False, es, buyers["es"], Decimal(21),
               _lines(rng, "es", 5)),
        Sample("es-compact-eur.pdf", "es", "compact", "B-0099", d(2026, 1, 15),
               d(2026, 2, 14), "EUR", "€", False, es, buyers["es"], Decimal(21),
               _lines(rng, "es", 2), long_dates=True, table_currency=True),
        Sample("it-two-column-eur.pdf", "it", "two-column", "2026/118", d(2026, 9, 1),
               d(2026, 10, 1), "EUR", "€", True, it, buyers["it"], Decimal(22),
               _lines(rng, "it", 6)),
        Sample("it-classic-credit-note.pdf", "it", "classic", "NC-2026-03", d(2026, 7, 14),
               d(2026, 8, 13), "EUR", "€", True, it, buyers["it"], Decimal(22),
               _lines(rng, "it", 2), credit_note=True, table_currency=True, long_dates=True),
        Sample("nl-compact-eur.pdf", "nl", "compact", "2026-0077", d(2026, 3, 5),
               d(2026, 4, 4), "EUR", "€", True, nl, buyers["nl"], Decimal(21),
               _lines(rng, "nl", 2), long_dates=True),
        Sample("nl-classic-eur.pdf", "nl", "classic", "VDB-26-1204", d(2026, 10, 12),
               d(2026, 11, 11), "EUR", "€", True, nl, buyers["nl"], Decimal(21),
               _lines(rng, "nl", 3, big=True)),
    ]  # fmt: skip


def generate(out_dir: Path = OUT_DIR) -> list[Path]:
    """Write every sample PDF into `out_dir` and their truth into `expected.jsonl` beside it
    (outside the folder, so ingesting the folder ingests only invoices); return the PDF paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    rows = []
    for sample in samples():
        path = out_dir / sample.file
        path.write_bytes(render(sample))
        paths.append(path)
        rows.append(json.dumps(sample.expected(), ensure_ascii=False))
    (out_dir.parent / "expected.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    logger.info("wrote %d sample invoices to %s", len(paths), out_dir)
    return paths


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    generate()
