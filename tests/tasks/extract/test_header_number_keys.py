"""Invoice number keys on small PDFs drawn here: a digit word ("Rechnungsziffer",
"Belegziffer") names the number; a key followed by what the number is for ("a indicar en el
pago", "bei Zahlung angeben") is still the key; a value printed level with its key but
larger, so that its middle sits nearer the line above, is still the value right of the key;
and a road code in an address line below or beside a key is never the number."""

from __future__ import annotations

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._street_values import street_line
from tests.tasks.extract.pdfs import a4_page, header_grid, read_drawn, write, write_totals


def _grid(rows: list[tuple[str, str]], *, title: str = "Rechnung") -> Invoice:
    doc, page = header_grid(rows, title=title)
    write_totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "label",
    [
        "Rechnungsziffer",
        "Belegziffer",
        "Rechnungs-Kennziffer",
        "Rg.-Ziff.",
        "Belegkennziffer",
        "Rechnungskennzahl",
        "Ziffer der Rechnung",
    ],
)
def test_a_digit_word_names_the_invoice_number(label: str) -> None:
    invoice = _grid([(label, "2027/547"), ("Rechnungsdatum", "12.04.2027")])
    assert invoice.invoice_number == "2027/547"


@pytest.mark.parametrize(
    ("title", "label", "dated"),
    [
        ("Factura", "Nro. de factura", "Fecha"),
        ("Factura", "Factura Nro.", "Fecha"),
        ("Invoice", "Invoice Nbr.", "Invoice date"),
    ],
)
def test_the_abbreviations_nro_and_nbr_are_number_signs(title: str, label: str, dated: str) -> None:
    invoice = _grid([(label, "FV-3318"), (dated, "12.04.2027")], title=title)
    assert invoice.invoice_number == "FV-3318"


def _parties_page() -> tuple[pymupdf.Document, pymupdf.Page]:
    """An A4 page with a seller's letterhead and a customer's address."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    return doc, page


def _keyed(label: str, value: str, *, value_size: float = 8.0, lift: float = 0.0) -> Invoice:
    """A page whose number key stands alone left, its value far right on the same line
    (`lift` raises the value's baseline, `value_size` sets its type)."""
    doc, page = _parties_page()
    write(page, 300, 70, "Invoice", fontsize=16)
    write(page, 300, 100, label, fontsize=7)
    write(page, 520, 100 - lift, value, fontsize=value_size)
    write(page, 300, 113, "Invoice date", fontsize=7)
    write(page, 520, 113, "01.09.2026", fontsize=8)
    write_totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "label",
    [
        "Factura número a indicar en el pago",
        "Rechnungsnummer bei Zahlung angeben",
        "Rechnungsnummer (bitte stets angeben)",
        "N° de facture à rappeler lors du paiement",
        "Invoice no. (please quote with payment)",
        "Numero fattura da citare nel bonifico",
        "Factuurnummer te vermelden bij betaling",
    ],
)
def test_a_key_followed_by_what_the_number_is_for_is_still_the_key(label: str) -> None:
    assert _keyed(label, "31395").invoice_number == "31395"


@pytest.mark.parametrize(
    "label",
    [
        "Factura número a indicar en el pago",
        "Rechnungsnummer bei Zahlung angeben",
        "N° de facture à rappeler lors du paiement",
        "Invoice no. (please quote with payment)",
        "Numero fattura da citare nel bonifico",
        "Factuurnummer te vermelden bij betaling",
    ],
)
@pytest.mark.parametrize("where", ["below", "above"])
def test_a_key_with_its_purpose_heads_or_captions_its_value(label: str, where: str) -> None:
    doc, page = _parties_page()
    write(page, 40, 150, "Invoice", fontsize=16)
    write(page, 300, 100, label if where == "below" else "31395", fontsize=8)
    write(page, 300, 110, "31395" if where == "below" else label, fontsize=8)
    write(page, 300, 140, "Invoice date", fontsize=8)
    write(page, 300, 150, "01.09.2026", fontsize=8)
    write_totals(page)
    assert read_drawn(doc).invoice_number == "31395"


def test_a_larger_value_level_with_its_key_is_read_though_the_line_above_holds_it() -> None:
    doc, page = _parties_page()
    write(page, 40, 150, "Invoice", fontsize=16)
    write(page, 40, 107, "Leeds LS1 4AB", fontsize=9)  # a line left, a little higher
    write(page, 300, 113, "Invoice number", fontsize=7)
    write(page, 400, 113, "36607", fontsize=11)
    write(page, 300, 126, "Invoice date", fontsize=7)
    write(page, 400, 126, "01.09.2026", fontsize=8)
    write_totals(page)
    assert read_drawn(doc).invoice_number == "36607"


def test_a_road_code_in_an_address_beside_a_key_is_not_the_number() -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Taxidermia Sierra Alta", fontsize=12)
    write(page, 40, 52, "Calle Mayor 15, 23470 Cazorla", fontsize=8)
    write(page, 40, 80, "Factura", fontsize=16)
    write(page, 208, 120, "Titular", fontsize=8)
    write(page, 208, 130, "Factura nº", fontsize=8)
    write(page, 290, 120, "Centro de Visitantes Las Lagunas", fontsize=9)
    write(page, 290, 141, "Carretera A-319 km 48", fontsize=9)
    write(page, 290, 152, "23470 Cazorla", fontsize=9)
    write(page, 208, 175, "Fecha de factura", fontsize=8)
    write(page, 300, 175, "17.09.2026", fontsize=8)
    write_totals(page)
    assert read_drawn(doc).invoice_number != "A-319"


@pytest.mark.parametrize(
    ("text", "value", "street"),
    [
        ("Carretera A-319 km 48", "A-319", True),
        ("Ctra. N-340 km 1.012", "N-340", True),
        ("SS 36 km 12", "SS 36", True),
        ("Via SS 36 del Lago 4", "SS 36", True),
        ("Route N7", "N7", True),
        ("INV-2026-0042", "INV-2026-0042", False),
        ("B-2026-799", "B-2026-799", False),
        ("Rechnung 2027/547", "2027/547", False),
        ("PARK-2026-001", "PARK-2026-001", False),
    ],
)
def test_a_street_line_is_told_from_an_identifier(text: str, value: str, street: bool) -> None:
    assert street_line(text, value) is street
