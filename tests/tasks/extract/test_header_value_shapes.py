"""The invoice number's whole value after its label, whatever its shape: a capital prefix set
apart from its digits ("LS 43692"), a prefix, a year and a serial ("FA 2026 0042"), digit groups
with points ("2607.993"), a year-month and a serial ("2026-10/012"); inline, right of the label
or below it. A following date, word, currency or amount is never joined. A bare document word
as a key and, last of all, a case number give the number when no invoice label does."""

from __future__ import annotations

import pymupdf
import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals

_SHAPES = [
    "LS 43692", "VND 267858", "UPH27.874", "2607.993", "2026-10/012", "FA 2026 0042",
    "INV-2026-0042", "RE 2026-118", "FV 986/06/2026", "2026/118", "A-1234", "F2026-00042",
    "12345", "2026.86111", "KS 2026 632", "T26 13392", "INV/26/0042", "R-26.0815", "SO-64589",
    "2026-0815", "ABC123", "FR 2026/07/0042", "B2608-605", "00421", "HQ-2026-11-0007",
    "2027-02/597", "NL.2026.0042", "E 2026 118", "INV 2026 0042", "CN 2026/0042", "BE 0042/26",
    "RG 4711", "AB 12.345", "LS 2026 43692", "ZX 88-1", "2608 29478",
]  # fmt: skip
_LABELS = [
    "Invoice No", "Invoice number:", "Our ref. no.:", "Rechnungsnummer:", "N° de facture",
    "Número de factura:", "Fattura n.", "Factuurnummer:",
]  # fmt: skip


def _drawn(label: str, value: str, where: str, *, title: str = "Invoice") -> pymupdf.Document:
    """A seller, a title, the number label and its value, an issue date, totals low down."""
    doc, page = a4_page()
    write(page, 40, 60, "Larchwood Joinery Ltd", fontsize=13)
    write(page, 40, 74, "12 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 100, title, fontsize=16)
    if where == "inline":
        write(page, 40, 130, f"{label} {value}", fontsize=9)
        write(page, 40, 144, "Invoice date: 31/08/2026", fontsize=9)
    elif where == "right":
        write(page, 40, 130, label, fontsize=9)
        write(page, 160, 130, value, fontsize=9)
        write(page, 40, 144, "Invoice date", fontsize=9)
        write(page, 160, 144, "31/08/2026", fontsize=9)
    else:
        write(page, 40, 130, label, fontsize=7.5)
        write(page, 40, 141, value, fontsize=9.5)
        write(page, 40, 160, "Invoice date", fontsize=7.5)
        write(page, 40, 171, "31/08/2026", fontsize=9.5)
    write_totals(page)
    return doc


@pytest.mark.parametrize("where", ["inline", "right", "below"])
@pytest.mark.parametrize("value", _SHAPES)
def test_the_whole_value_shape_is_the_number(value: str, where: str) -> None:
    assert read_drawn(_drawn("Invoice No", value, where)).invoice_number == value


@pytest.mark.parametrize("label", _LABELS)
@pytest.mark.parametrize("value", ["LS 43692", "VND 267858", "UPH27.874", "2026-10/012"])
def test_a_prefixed_value_inline_after_any_number_label(label: str, value: str) -> None:
    assert read_drawn(_drawn(label, value, "inline")).invoice_number == value


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [("LS 43692 dated 31/08/2026", "LS 43692"), ("NR 4711", "4711"), ("EUR 4711", "4711"),
     ("LS 43692 Customer", "LS 43692"), ("FV 31/08/2026", None), ("VAT 4711", "4711"),
     ("TEL 0123 4567", "0123")],
)  # fmt: skip
def test_a_prefix_never_joins_a_number_word_currency_or_date(
    printed: str, wanted: str | None
) -> None:
    number = read_drawn(_drawn("Invoice No", printed, "inline")).invoice_number
    assert number == wanted or (wanted is None and "2026" not in (number or ""))


def test_facts_on_one_line_give_the_number_its_own_value_only() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Boulangerie des Halles", fontsize=13)
    write(page, 40, 100, "Relevé hebdomadaire", fontsize=16)
    write(
        page, 40, 130,
        "N° de facture client B2608-605   ·   Facturée le 9 août 2026   ·   "
        "Date de paiement nette 23 septembre 2026", fontsize=8,
    )  # fmt: skip
    write_totals(page)
    assert read_drawn(doc).invoice_number == "B2608-605"


def _grid(key: str, value: str, *, title: str, other: tuple[str, str] | None = None) -> bytes:
    doc, page = a4_page()
    write(page, 40, 60, "Gestoria Anduaga", fontsize=13)
    write(page, 40, 100, title, fontsize=16)
    rows = [("Cliente", "38894"), (key, value), ("Fecha", "01/10/2026")]
    if other is not None:
        rows.append(other)
    for i, (label, text) in enumerate(rows):
        write(page, 40, 130 + 26 * i, label, fontsize=7.5)
        write(page, 40, 141 + 26 * i, text, fontsize=9.5)
    write_totals(page)
    return doc


@pytest.mark.parametrize(
    ("key", "title"),
    [("Documento", "Factura de cuota mensual"), ("Documento", "Fattura onorari"),
     ("Document", "Factuur zwembadonderhoud"), ("Beleg", "Rechnung Wartung"),
     ("Dokument", "Rechnung"), ("Document", "Invoice for services"), ("Pièce", "Facture"),
     ("Stuk", "Factuur")],
)  # fmt: skip
@pytest.mark.parametrize("value", ["2026-10/012", "2607.993", "FV 4471"])
def test_a_bare_document_key_numbers_an_invoice(key: str, title: str, value: str) -> None:
    assert read_drawn(_grid(key, value, title=title)).invoice_number == value


def test_a_bare_document_key_yields_to_an_invoice_label_and_never_takes_a_date() -> None:
    doc = _grid("Documento", "2026-10/012", title="Factura", other=("N.º de factura", "F-77"))
    assert read_drawn(doc).invoice_number == "F-77"
    assert read_drawn(_grid("Document", "01/10/2026", title="Invoice")).invoice_number is None


def test_a_bare_document_key_needs_an_invoice_title() -> None:
    doc = _grid("Documento", "2026-10/012", title="Albarán de entrega")
    assert read_drawn(doc).invoice_number != "2026-10/012"


@pytest.mark.parametrize(
    "label",
    ["Vorgangsnummer:", "Vorgangs-Nr.", "Case no.", "N° de dossier", "Expediente n.º",
     "Pratica n.", "Dossiernummer:", "Aktennummer", "Aktenzeichen:", "File no.", "File ref."],
)  # fmt: skip
def test_a_case_number_is_the_last_resort(label: str) -> None:
    assert read_drawn(_drawn(label, "LS 44075", "inline")).invoice_number == "LS 44075"
    assert read_drawn(_drawn(label, "UPH27.874", "below")).invoice_number == "UPH27.874"


def test_a_case_number_yields_to_any_invoice_label() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Schlüsseldienst Haberkorn", fontsize=13)
    write(page, 40, 100, "Rechnung", fontsize=16)
    write(page, 40, 130, "Vorgangsnummer: LS 44075", fontsize=9)
    write(page, 40, 144, "Rechnungsnummer: RE-2026-118", fontsize=9)
    write(page, 40, 158, "Datum: 16.09.2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).invoice_number == "RE-2026-118"


@pytest.mark.parametrize("where", ["inline", "right", "below"])
@pytest.mark.parametrize("value", ["FA 2026 0042", "2608 29478", "LS 43692"])
def test_an_invoice_word_and_number_sign_read_the_whole_value(value: str, where: str) -> None:
    invoice = read_drawn(_drawn("Invoice #", value, where))
    assert invoice.invoice_number == value
    assert invoice.evidence["invoice_number"].source.startswith("label:")  # a number label


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [("Rechnung Nr. RE 4711 vom 31.08.2026", "RE 4711"), ("FACTURE N° LS 43692", "LS 43692"),
     ("Invoice No. LS 43692 · Date 31/08/2026", "LS 43692"),
     ("Fattura n. FT 12/2026 del 31/08/2026", "FT 12/2026"),
     ("Número de factura: FV 2026 118", "FV 2026 118"), ("Invoice ID: SI 000123", "SI 000123"),
     ("Invoice No. 43692 Customer 5531", "43692")],
)  # fmt: skip
def test_a_prefixed_value_inside_a_line_of_facts(printed: str, wanted: str) -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Larchwood Joinery Ltd", fontsize=13)
    write(page, 40, 100, "Invoice", fontsize=16)
    write(page, 40, 130, printed, fontsize=9)
    write(page, 40, 144, "Date: 31/08/2026", fontsize=9)
    write_totals(page)
    number = read_drawn(doc).invoice_number
    assert number == wanted or (wanted is None and "2026" not in (number or ""))


def test_a_prefix_before_a_year_alone_is_not_joined() -> None:
    number = read_drawn(_drawn("Invoice No", "INV 2026", "inline")).invoice_number
    assert number != "INV 2026"


@pytest.mark.parametrize(("printed", "wanted"), [("FA 2026 0042", "FA 2026 0042"), ("2026", None)])
def test_a_self_named_key_reads_the_whole_value_and_never_a_year(
    printed: str, wanted: str | None
) -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Riverside Clinic", fontsize=13)
    write(page, 40, 100, "Patient Account", fontsize=16)
    write(page, 40, 130, "Account no.", fontsize=9)
    write(page, 160, 130, printed, fontsize=9)
    write(page, 40, 144, "Date", fontsize=9)
    write(page, 160, 144, "31/08/2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).invoice_number == wanted


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [("Invoice No. (LS 43692)", "LS 43692"),
     ("Invoice number (please quote): LS 43692", "LS 43692"),
     ("Factura: FV 2026 118", "FV 2026 118"), ("Rechnung RE 2026 0815", "RE 2026 0815"),
     ("Invoice no. Q3 2026", None), ("Invoice no. INV - 2026 - 0042", "INV - 2026 - 0042")],
)  # fmt: skip
def test_a_prefix_in_brackets_or_after_a_bare_invoice_word(
    printed: str, wanted: str | None
) -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Larchwood Joinery Ltd", fontsize=13)
    write(page, 40, 100, "Invoice", fontsize=16)
    write(page, 40, 130, printed, fontsize=9)
    write(page, 40, 144, "Date: 31/08/2026", fontsize=9)
    write_totals(page)
    number = read_drawn(doc).invoice_number
    assert number == wanted or (wanted is None and "2026" not in (number or ""))


@pytest.mark.parametrize("label", ["Nº fra.", "N. fatt.", "Nr. Rechn.", "N° fact.", "Nº de fra."])
def test_a_number_sign_before_an_abbreviated_invoice_word(label: str) -> None:
    assert read_drawn(_drawn(label, "LS 43692", "inline")).invoice_number == "LS 43692"


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [("Dokument 12 von 14", None), ("Vorgangsnummer: LS 44075 vom 16.09.2026", "LS 44075"),
     ("Vorgangsnummer: 4711 erledigt", None)],
)  # fmt: skip
def test_a_last_resort_value_stands_alone(printed: str, wanted: str | None) -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Schlüsseldienst Haberkorn", fontsize=13)
    write(page, 40, 100, "Rechnung", fontsize=16)
    write(page, 40, 130, printed, fontsize=9)
    write(page, 40, 144, "Datum: 16.09.2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).invoice_number == wanted
