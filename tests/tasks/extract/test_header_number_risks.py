"""Header fields on small PDFs drawn here: invoice numbers printed as codes in parts joined by
spaced dashes, a number followed by a dash and a date, a year alone after a number label, a
credit title set in small type above the letterhead, and "Abono" as a title or as an item."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, header_grid, read_drawn, write, write_totals


def _grid(rows: list[tuple[str, str]], *, title: str = "Invoice") -> Invoice:
    """A header grid of labels left of their values, under a title."""
    doc, page = header_grid(rows, title=title)
    write_totals(page)
    return read_drawn(doc)


def _page(lines: list[tuple[float, float, str, float]], *, item: str = "Consulting") -> Invoice:
    """A page with a seller, a buyer, the given lines (x, y, text, size), one item row and an
    English totals box."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    for x, y, text, size in lines:
        write(page, x, y, text, fontsize=size)
    write(page, 40, 300, "Description", fontsize=9)
    write(page, 480, 300, "Amount", fontsize=9)
    write(page, 40, 314, item, fontsize=9)
    write(page, 480, 314, "100.00", fontsize=9)
    write_totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize("code", ["INV - 2026 - 0042", "RE - 2026 - 118", "2026 - 07 - 0042"])
def test_a_code_in_parts_joined_by_spaced_dashes_is_read_whole(code: str) -> None:
    invoice = _grid([("Invoice no.", code), ("Invoice date", "01.09.2026")])
    assert invoice.invoice_number == code
    assert str(invoice.issue_date) == "2026-09-01"


@pytest.mark.parametrize(
    "code", ["AB - 12 - 2026", "RE - 4711 - 2026", "FV \u2013 118 \u2013 2026"]
)
def test_a_prefixed_dashed_code_closing_with_a_year_is_read_whole(code: str) -> None:
    invoice = _grid([("Invoice no.", code), ("Invoice date", "01.09.2026")])
    assert invoice.invoice_number == code


@pytest.mark.parametrize(
    "value", ["RE 4711 \u2013 03.03.2026", "RE 4711 - 03.03.2026", "RE 4711 vom 03.03.2026"]
)
def test_a_prefix_before_a_number_and_its_date_stays_with_the_number(value: str) -> None:
    invoice = _grid([("Invoice no. / date", value), ("Due date", "01.04.2026")])
    assert invoice.invoice_number == "RE 4711"


def test_a_dashed_code_after_a_bare_invoice_word_is_read_whole() -> None:
    invoice = _page([(300, 100, "Rechnung INV - 2026 - 0042 vom 03.03.2026", 9)])
    assert invoice.invoice_number == "INV - 2026 - 0042"
    assert str(invoice.issue_date) == "2026-03-03"


@pytest.mark.parametrize(
    ("strip", "number"),
    [("Facture INV-4711 \u2013 03/03/2026", "INV-4711"),
     ("Invoice 2026/118 \u2014 3 March 2026", "2026/118"),
     ("Rechnung RE-4711 - 03.03.2026", "RE-4711")],
)  # fmt: skip
def test_a_dash_before_a_date_ends_the_number(strip: str, number: str) -> None:
    invoice = _page([(300, 100, strip, 9)])
    assert invoice.invoice_number == number
    assert str(invoice.issue_date) == "2026-03-03"


def test_a_date_after_a_spaced_dash_is_never_a_part_of_the_code() -> None:
    invoice = _grid([("Invoice no.", "INV-4711 \u2013 03.09.2026"), ("Due date", "01.10.2026")])
    assert invoice.invoice_number == "INV-4711"


def test_a_year_alone_after_a_number_label_yields_to_another_number() -> None:
    rows = [("Invoice no.", "2026"), ("Our ref.", "RE-4711"), ("Invoice date", "01.09.2026")]
    assert _grid(rows).invoice_number == "RE-4711"


def test_a_year_alone_as_the_only_number_is_unsure() -> None:
    invoice = _grid([("Invoice no.", "2026"), ("Invoice date", "01.09.2026")])
    assert invoice.invoice_number == "2026"
    assert invoice.evidence["invoice_number"].confidence < 0.5


@pytest.mark.parametrize(
    ("line", "number"),
    [("Credit note no. CN-77 of 03/03/2026", "CN-77"),
     ("Gutschrift Nr. GS-77 vom 03.03.2026", "GS-77"),
     ("Avoir n° AV-77 du 03/03/2026", "AV-77"), ("Nota de abono nº NA-77", "NA-77")],
)  # fmt: skip
def test_a_credit_title_line_in_small_type_is_a_credit_note(line: str, number: str) -> None:
    invoice = _page([(40, 22, line, 6.5)])
    assert invoice.type_code == "381"
    assert invoice.invoice_number == number


def test_a_small_line_citing_a_credit_note_in_a_sentence_is_no_title() -> None:
    sentence = "Credit note no. CN-77 of 03/03/2026 is settled with this invoice"
    lines = [(40, 22, sentence, 6.5), (330, 70, "Invoice", 16), (330, 100, "Invoice no. INV-9", 9)]
    assert _page(lines).type_code == "380"


@pytest.mark.parametrize("item", ["ABONO MENSUAL", "ABONO TRANSPORTE"])
def test_abono_naming_a_pass_is_no_credit_title(item: str) -> None:
    lines = [(330, 70, "Factura", 16), (330, 100, "Factura nº F-2026-118", 9),
             (40, 250, item, 9)]  # fmt: skip
    invoice = _page(lines, item="Abono mensual transporte")
    assert invoice.type_code == "380"


@pytest.mark.parametrize(
    "title", ["Nota de abono", "Abono", "Factura de abono", "Abono parcial", "Abono de comisión"]
)
def test_abono_as_a_document_title_is_a_credit_note(title: str) -> None:
    lines = [(330, 70, title, 16), (330, 100, "Número: NA-2026-7", 9)]
    assert _page(lines).type_code == "381"


@pytest.mark.parametrize("title", ["Factura abono mensual", "FACTURA ABONO TRANSPORTE"])
def test_an_invoice_title_for_a_pass_is_no_credit_note(title: str) -> None:
    lines = [(330, 70, title, 16), (330, 100, "Factura nº F-2026-118", 9)]
    assert _page(lines).type_code == "380"


def test_abono_in_a_payment_sentence_is_no_credit_title() -> None:
    lines = [(330, 70, "Factura", 16), (330, 100, "Factura nº F-2026-118", 9),
             (40, 470, "Abono en cuenta ES91 2100 0418 4502 0005 1332", 9)]  # fmt: skip
    assert _page(lines).type_code == "380"


@pytest.mark.parametrize(
    ("label", "x", "y", "street"),
    [("Case no.", 330, 112, "Calle Mayor 12"), ("Case no.", 420, 100, "Carretera A-319 km 48"),
     ("Document", 420, 100, "Route N-340 km 12"), ("N° de dossier", 420, 100, "Hauptstraße 45")],
)  # fmt: skip
def test_a_street_line_beside_a_fallback_key_is_never_the_number(
    label: str, x: float, y: float, street: str
) -> None:
    lines = [(330, 70, "Invoice", 16), (330, 100, label, 9), (x, y, street, 9)]
    assert _page(lines).invoice_number is None


@pytest.mark.parametrize("street", ["Carretera A-319 km 48", "Calle Mayor 12"])
def test_a_street_line_beside_a_number_paired_with_the_date_is_never_the_number(
    street: str,
) -> None:
    lines = [(330, 70, "Recibo", 16), (330, 100, "N.º de cuenta", 9), (420, 100, street, 9),
             (330, 112, "Fecha de cuenta", 9), (420, 112, "20/08/2026", 9)]  # fmt: skip
    assert _page(lines).invoice_number is None


def test_a_house_number_beside_a_number_label_is_never_the_number() -> None:
    rows = [("Invoice no.", "Hauptstraße 45"), ("Invoice date", "01.09.2026")]
    assert _grid(rows).invoice_number is None
