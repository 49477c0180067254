"""Invoice numbers on small PDFs drawn here: the issuer's own reference ("Unser Zeichen",
"Notre référence", "Ns. rif. fattura", "Ons kenmerk") numbering the document when nothing else
does, an abbreviated document word ("Doc. No.") and a fee note ("N° de note"), and label words
inside a footer sentence ("quoting our reference", "unter Angabe der Rechnungsnummer.") that
point at no value on the line under them."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(facts: list[tuple[str, str]], footer: tuple[str, ...] = ()) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 58, "Agencja Celna Odra Sp. z o.o.", fontsize=14, fontname="hebo")
    write(page, 40, 72, "ul. Transportowa 3, 74-100 Gryfino", fontsize=8)
    write(page, 420, 58, "Rechnung", fontsize=16, fontname="hebo")
    write(page, 330, 100, "Ingenieurbüro Strobel & Haas", fontsize=9)
    write(page, 330, 111, "Prinzregentenstraße 12, 83022 Rosenheim", fontsize=9)
    for index, (key, value) in enumerate(facts):
        y = 112 + 13 * index
        write(page, 40, y, key, fontsize=8)
        write(page, 180, y, value, fontsize=9)
    write(page, 330, 400, "Net", fontsize=9)
    write(page, 500, 400, "100,00", fontsize=9)
    write(page, 330, 414, "VAT 20%", fontsize=9)
    write(page, 500, 414, "20,00", fontsize=9)
    write(page, 330, 428, "Total", fontsize=9)
    write(page, 500, 428, "120,00", fontsize=9)
    for index, line in enumerate(footer):
        write(page, 40, 770 + 12 * index, line, fontsize=8)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "label",
    ["Unser Zeichen", "Notre référence", "Ns. rif. fattura", "Ons kenmerk", "Our ref.",
     "Nuestra referencia", "Doc. No.", "N° de note", "Honorarnote Nr."],
)  # fmt: skip
def test_a_reference_or_document_label_numbers_the_invoice(label: str) -> None:
    invoice = _page([(label, "26I38579"), ("Datum", "23.10.2026")])
    assert invoice.invoice_number == "26I38579"


def test_an_invoice_label_wins_over_the_issuers_reference() -> None:
    invoice = _page([("Unser Zeichen", "AZ-55/26"), ("Rechnungsnr.", "R-2026-0417"),
                     ("Datum", "23.10.2026")])  # fmt: skip
    assert invoice.invoice_number == "R-2026-0417"


def test_a_buyers_reference_is_not_the_invoice_number() -> None:
    invoice = _page([("Ihr Zeichen", "HB-7781"), ("Datum", "23.10.2026")])
    assert invoice.invoice_number != "HB-7781"


@pytest.mark.parametrize(
    "sentence",
    ["Kindly remit the balance by 22.11.2026, quoting our reference.",
     "Wir bitten um Ausgleich bis zum 22.11.2026 unter Angabe der Rechnungsnummer."],
)  # fmt: skip
def test_a_label_word_inside_a_footer_sentence_points_at_nothing(sentence: str) -> None:
    footer = (sentence, "Agencja Celna Odra · ul. Transportowa 3 · 74-100 Gryfino")
    invoice = _page([("Datum", "23.10.2026")], footer)
    assert invoice.invoice_number != "74-100"
