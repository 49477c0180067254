"""Invoice numbers printed only in a rotated line up or down the page edge, and number labels
naming the document with an article ("Numéro du document")."""

from __future__ import annotations

import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _plain_page(rotated: str, rotate: int) -> object:
    doc, page = a4_page()
    write(page, 60, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 60, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 60, 120, "Harbour View Dental Practice", fontsize=10)
    write(page, 60, 132, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 70, "Invoice", fontsize=16)
    write(page, 330, 90, "Date: 03.03.2026", fontsize=9)
    x, y = (24, 480) if rotate == 90 else (40, 360)
    write(page, x, y, rotated, fontsize=9, rotate=rotate)
    write_totals(page)
    return doc


@pytest.mark.parametrize("rotate", [90, 270])
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Invoice ref. MQ.2026.628", "MQ.2026.628"),
        ("Rechnungsnummer RE-4471/26", "RE-4471/26"),
        ("N° de facture FA 2026-0193", "FA 2026-0193"),
    ],
)
def test_number_read_from_a_rotated_edge_line(text: str, number: str, rotate: int) -> None:
    invoice = read_drawn(_plain_page(text, rotate))
    assert invoice.invoice_number == number
    assert invoice.seller is not None
    assert invoice.seller.name == "Kestrel Office Supplies Ltd"


def test_rotated_text_without_a_number_label_gives_no_number() -> None:
    invoice = read_drawn(_plain_page("Printed on recycled paper 2026-77", 90))
    assert invoice.invoice_number is None


@pytest.mark.parametrize(
    "label",
    ["Numéro du document", "N° de la pièce", "Numero del documento", "Number of the document",
     "Nummer van het document", "Número do documento"],
)  # fmt: skip
def test_document_number_label_with_an_article(label: str) -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 120, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 132, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 70, "Invoice", fontsize=16)
    write(page, 330, 100, label, fontsize=8.5)
    write(page, 330, 111, "W27/0216", fontsize=8.5)
    write(page, 330, 130, "Date", fontsize=8.5)
    write(page, 330, 141, "03.03.2027", fontsize=8.5)
    write_totals(page)
    assert read_drawn(doc).invoice_number == "W27/0216"
