"""Totals on small PDFs drawn here: a VAT analysis table at the left beside a totals box at the
right on the same lines, net totals named "before VAT" in six languages, and a discount after
the sum of the positions with the taxable base as the net total."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.models import Invoice
from tasks.extract._roles import total_role
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _catering(net_label: str, tax_label: str, grand_label: str) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 40, "Tafelwerk Catering GmbH", fontsize=14)
    write(page, 40, 60, "Elbchaussee 404, 22609 Hamburg", fontsize=8)
    write(page, 40, 100, "Kanzlei Oberhauser & Partner", fontsize=9)
    write(page, 360, 100, "Rechnungsnummer: CAT-261118", fontsize=9)
    write(page, 360, 114, "Rechnungsdatum: 01.06.2026", fontsize=9)
    write(page, 40, 160, "Rechnung", fontsize=16)
    heads = ((40, "Bezeichnung"), (300, "Menge"), (360, "Einzelpreis"), (430, "St.-Kz."),
             (500, "Gesamt (netto)"))  # fmt: skip
    for x, text in heads:
        write(page, x, 200, text, fontsize=8)
    rows = (("Kaffee und Kuchen", "118", "6,17", "A", "728,06"),
            ("Geschirr- und Gläsermiete", "1", "189,61", "B", "189,61"))  # fmt: skip
    for index, row in enumerate(rows):
        for (x, _), text in zip(heads, row, strict=True):
            write(page, x, 216 + 14 * index, text, fontsize=8)
    grid = [
        ("Aufteilung der Umsatzsteuer", "", "", "", "", net_label, "917,67 €"),
        ("St.-Kz.", "USt-Satz", "Entgelt", "Steuer", "Brutto inkl. USt", tax_label, "86,99 €"),
        ("A", "7 %", "728,06", "50,96", "779,02", grand_label, "1.004,66 €"),
        ("B", "19 %", "189,61", "36,03", "225,64", "", ""),
    ]
    xs = (40, 100, 166, 235, 290, 358, 500)
    for index, row in enumerate(grid):
        for x, text in zip(xs, row, strict=True):
            if text:
                write(page, x, 300 + 14 * index, text, fontsize=8)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("net", "tax", "grand"),
    [
        ("Nettogesamtbetrag", "Summe Umsatzsteuer", "Rechnungsbetrag brutto"),
        ("Totaal vóór btw", "Btw totaal", "Factuurbedrag"),
    ],
)
def test_a_vat_analysis_beside_the_totals_box_is_not_the_totals(
    net: str, tax: str, grand: str
) -> None:
    invoice = _catering(net, tax, grand)
    assert invoice.net_total == Decimal("917.67")
    assert invoice.tax_total == Decimal("86.99")
    assert invoice.grand_total == Decimal("1004.66")


@pytest.mark.parametrize(
    "label",
    ["Total before VAT", "Totaal vóór btw", "Totale prima dell'IVA", "Total antes de IVA",
     "Total sans TVA", "Summe vor Steuern", "Base total", "Total base"],
)  # fmt: skip
def test_net_totals_named_before_the_tax_or_as_the_base(label: str) -> None:
    assert total_role(label) == "net_total"


def test_the_base_after_a_discount_is_the_net_total() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Construcciones Arrieta y Goñi S.L.", fontsize=14)
    write(page, 40, 100, "Colegio San Isidoro, Calle Feria 95, 41003 Sevilla", fontsize=9)
    write(page, 360, 100, "Factura nº: 2026/2735", fontsize=9)
    write(page, 360, 114, "Fecha: 02.09.2026", fontsize=9)
    totals = (("Suma de partidas", "18.192,79"), ("Descuento pactado 2 %", "-363,86"),
              ("Base total", "17.828,93 €"), ("Tipo IVA 21 %", "3.744,08 €"),
              ("Total a liquidar", "21.573,01 €"))  # fmt: skip
    for index, (label, value) in enumerate(totals):
        write(page, 360, 400 + 14 * index, label, fontsize=9)
        write(page, 500, 400 + 14 * index, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.net_total == Decimal("17828.93")
    assert invoice.tax_total == Decimal("3744.08")
    assert invoice.grand_total == Decimal("21573.01")
