"""Small PDFs drawn here: a delivery recipient at the top with the paying customer captioned
only under the totals, a line table whose quantity column comes first under a question ("Wie
viele", "Cuántos"), and a discount between the sum of the charges and the discounted net."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tasks.extract._roles import total_role
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 9) -> None:
    width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
    write(page, x1 - width, y, text, fontsize=size)


def _letterhead(page: pymupdf.Page, title: str) -> None:
    write(page, 40, 50, "Gärtnerei Lindenhof GmbH", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Am Anger 3 · 04109 Leipzig · USt-IdNr. DE 284 551 903", fontsize=7.5)
    write(page, 40, 95, title, fontsize=18)


@pytest.mark.parametrize(
    ("title", "delivered", "payer_label", "payer"),
    [
        ("Rechnung", "Zugestellt an", "Zahlung zu Lasten von", "Kulturverein Eichenkamp e.V."),
        ("Invoice", "Delivered to", "Payment on behalf of", "Riverside Drama Society"),
        ("Facture", "Livré à", "Paiement à la charge de", "Conservatoire de Vannes"),
        ("Factura", "Enviado a", "Pago por cuenta de", "Asociación Cultural El Olivo"),
        ("Fattura", "Consegnato presso", "Pagamento per conto di", "Associazione Corale Verdi"),
        ("Factuur", "Geleverd aan", "Betaling voor rekening van", "Stichting Het Koorhuis"),
    ],
)
def test_the_payer_under_the_totals_is_the_buyer_not_the_delivery_recipient(
    title: str, delivered: str, payer_label: str, payer: str
) -> None:
    doc, page = a4_page()
    _letterhead(page, title)
    write(page, 40, 125, delivered, fontsize=7.5)
    write(page, 40, 138, "Frau Helga Brückner", fontsize=9)
    write(page, 40, 150, "Lindenstraße 22", fontsize=9)
    write(page, 40, 162, "04315 Leipzig", fontsize=9)
    write(page, 360, 125, "No. 2026-0411", fontsize=9)
    write(page, 360, 139, "Date 12.05.2026", fontsize=9)
    for x, text in ((40, "Item"), (360, "Qty"), (440, "Price"), (510, "Amount")):
        write(page, x, 200, text, fontsize=8)
    rows = (("Rose bouquet", "2", "30,00", "60,00"), ("Same-day courier", "1", "20,00", "20,00"))
    for i, row in enumerate(rows):
        for x, text in zip((40, 360, 440, 510), row, strict=True):
            write(page, x, 216 + 14 * i, text, fontsize=9)
    for i, (label, amount) in enumerate((("Net", "80,00"), ("VAT 19 %", "15,20"),
                                         ("Total EUR", "95,20"))):  # fmt: skip
        write(page, 330, 270 + 14 * i, label, fontsize=9)
        write(page, 510, 270 + 14 * i, amount, fontsize=9)
    write(page, 40, 340, payer_label, fontsize=7.5)
    write(page, 40, 353, payer, fontsize=9)
    write(page, 40, 365, "Lindenstraße 22", fontsize=9)
    write(page, 40, 377, "04315 Leipzig", fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == payer


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("how many", "quantity"), ("wie viele", "quantity"), ("combien", "quantity"),
        ("cuantos", "quantity"), ("quanti", "quantity"), ("hoeveel", "quantity"),
        ("satz je", "unit_price"), ("tarifa unidad", "unit_price"),
        ("tariffa unitaria", "unit_price"), ("postensumme", "net_amount"),
    ],
)  # fmt: skip
def test_column_names_asked_as_questions(name: str, kind: str) -> None:
    assert match_column(name) == kind


@pytest.mark.parametrize(
    ("heads", "unit"),
    [
        (("Wie viele", "Leistung erbracht", "Satz je", "Postensumme"), "Std."),
        (("Cuántos", "Servicio realizado", "Tarifa unidad", "Total línea"), "h"),
        # the description's name unknown: the wide unnamed cell right of the counts
        (("How many", "What we did", "Rate each", "Line total"), "hr"),
    ],
)
def test_a_quantity_column_first_keeps_its_counts(heads: tuple[str, ...], unit: str) -> None:
    doc, page = a4_page()
    _letterhead(page, "Rechnung")
    write(page, 360, 125, "Rechnungsnr. 2026-5521", fontsize=9)
    write(page, 360, 139, "Datum 08.05.2026", fontsize=9)
    for x, text in zip((40, 130, 450, 505), heads, strict=True):
        write(page, x, 200, text, fontsize=8)
    rows = (("4", "Segelvermessung an Bord", "68,43", "273,72"),
            ("1", "Großsegel Fahrtenlaminat", "2.766,46", "2.766,46"))  # fmt: skip
    for i, (qty, text, price, amount) in enumerate(rows):
        y = 218 + 16 * i
        _right(page, 72, y, qty)
        write(page, 80, y, unit, fontsize=9)
        write(page, 130, y, text, fontsize=9)
        _right(page, 490, y, price)
        _right(page, 555, y, amount)
    for i, (label, amount) in enumerate((("Nettobetrag", "3.040,18"), ("USt. 19 %", "577,63"),
                                         ("Gesamtbetrag", "3.617,81"))):  # fmt: skip
        write(page, 330, 280 + 14 * i, label, fontsize=9)
        _right(page, 555, 280 + 14 * i, amount)
    invoice = read_drawn(doc)
    assert [(line.description, line.quantity, line.net_amount) for line in invoice.lines] == [
        ("Segelvermessung an Bord", Decimal("4"), Decimal("273.72")),
        ("Großsegel Fahrtenlaminat", Decimal("1"), Decimal("2766.46")),
    ]


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Sum of charges", "grand_total"), ("Total charges", "grand_total"),
        ("Total des frais", "grand_total"), ("Charges before discount", "adjust"),
        ("Delivery charges", "adjust"), ("Service charge", "adjust"),
    ],
)  # fmt: skip
def test_a_sum_of_the_charges_is_a_total_and_a_kind_of_charge_an_adjustment(
    label: str, role: str
) -> None:
    assert total_role(label) == role


def test_the_net_after_a_discount_wins_over_the_sum_before_it() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Hillside Boarding Kennels", fontsize=14, fontname="hebo")
    write(page, 40, 64, "Old Mill Lane · Kendal LA9 4QP", fontsize=7.5)
    write(page, 40, 95, "Invoice", fontsize=18)
    write(page, 360, 125, "Invoice reference K5120", fontsize=9)
    write(page, 360, 139, "Billed on 29.10.2026", fontsize=9)
    for x, text in (
        (40, "What we did"),
        (300, "How many"),
        (400, "Rate each"),
        (490, "Line total"),
    ):
        write(page, x, 200, text, fontsize=8)
    rows = (("Boarding nights", "8", "12.00", "96.00"), ("Grooming", "1", "26.10", "26.10"))
    for i, row in enumerate(rows):
        write(page, 40, 218 + 16 * i, row[0], fontsize=9)
        for x1, text in zip((330, 440, 555), row[1:], strict=True):
            _right(page, x1, 218 + 16 * i, text)
    totals = (("Charges before discount", "122.10"), ("Returning guest 10%", "-12.21"),
              ("Sum of charges", "€ 109.89"), ("VAT added at 23%", "€ 25.27"),
              ("To be paid", "€ 135.16"))  # fmt: skip
    for i, (label, amount) in enumerate(totals):
        write(page, 330, 280 + 14 * i, label, fontsize=9)
        _right(page, 555, 280 + 14 * i, amount)
    invoice = read_drawn(doc)
    assert invoice.net_total == Decimal("109.89")
    assert invoice.tax_total == Decimal("25.27")
    assert invoice.grand_total == Decimal("135.16")
