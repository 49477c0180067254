"""An invoice number that ends a sentence is read without the sentence's full stop."""

from __future__ import annotations

import pytest

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


@pytest.mark.parametrize(
    "sentence",
    [
        "Vermeld bij betaling factuurnummer 2026-4471.",
        "Bitte geben Sie bei Zahlung die Rechnungsnummer 2026-4471.",
        "Indicare nella causale la fattura n. 2026-4471.",
    ],
)
def test_a_number_ending_a_sentence_loses_the_full_stop(sentence: str) -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 140, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 152, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 70, "Invoice", fontsize=16)
    write(page, 330, 90, "Date 12.03.2026", fontsize=9)
    write_totals(page)
    write(page, 40, 700, sentence, fontsize=8)
    assert read_drawn(doc).invoice_number == "2026-4471"
