"""Invoice-number captions built by grammar: a number or reference word, "of", and "this" or
"our" invoice or bill ("Référence de notre facture", "Nummer van deze nota") in en, de, fr, es,
it and nl, left of their value or printed under it; and captions naming another document that
stay no invoice-number key, on small PDFs drawn here."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _totals(page: object) -> None:
    for y, label, value in zip(
        (420, 434, 448),
        ("Net", "VAT 20 %", "Total"),
        ("100,00 EUR", "20,00 EUR", "120,00 EUR"),
        strict=True,
    ):
        write(page, 300, y, label)  # type: ignore[arg-type]
        write(page, 470, y, value)  # type: ignore[arg-type]


def _grid(title: str, rows: list[tuple[str, str]]) -> Invoice:
    """A seller line, a title, key/value rows on the right, a buyer block and totals."""
    doc, page = a4_page()
    write(page, 50, 50, "Brinkmann Werkzeug GmbH · Hafenstraße 31 · 28217 Bremen", fontsize=8)
    write(page, 50, 90, title, fontsize=18)
    for i, (key, value) in enumerate(rows):
        write(page, 330, 90 + 14 * i, key)
        write(page, 490, 90 + 14 * i, value)
    write(page, 50, 300, "Tischlerei Oltmanns")
    write(page, 50, 312, "Deichweg 5, 26506 Norden")
    _totals(page)
    return read_drawn(doc)


def _captions_under(title: str, pairs: list[tuple[str, str]]) -> Invoice:
    """Values each printed over their caption (value line, caption line under it)."""
    doc, page = a4_page()
    write(page, 50, 50, "Spa Service Atlantique SARL", fontsize=11)
    write(page, 50, 62, "Rue de la Cale 6, 17000 La Rochelle", fontsize=8)
    write(page, 50, 100, title, fontsize=16)
    write(page, 50, 130, "Hôtel Les Brises")
    write(page, 50, 142, "Chemin de la Digue, 17000 La Rochelle")
    for i, (value, caption) in enumerate(pairs):
        write(page, 330, 130 + 30 * i, value, fontsize=10)
        write(page, 330, 141 + 30 * i, caption, fontsize=7)
    _totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("title", "label", "number"),
    [
        ("Facture", "Référence de notre facture", "202702-995"),
        ("Factuur", "Nummer van deze nota", "AM 26/183"),
        ("Factura", "Número de nuestra factura", "FV/08461/05/27"),
        ("Invoice", "Number of this invoice", "INV-55310"),
        ("Rechnung", "Nummer dieser Rechnung", "RG 2026-4471"),
        ("Fattura", "Numero di questa fattura", "614/2026"),
        ("Factuur", "Kenmerk van onze factuur", "K-29031"),
    ],
)  # fmt: skip
def test_a_number_word_of_this_or_our_invoice_labels_the_number(
    title: str, label: str, number: str
) -> None:
    invoice = _grid(title, [(label, number), ("Date", "08.10.2026")])
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    ("title", "caption", "number", "date_caption"),
    [
        ("Facture", "Référence de notre facture", "202702-995", "Date de facturation"),
        ("Factuur", "Nummer van deze nota", "AM 26/183", "Factuurdatum"),
        ("Factura", "Número de esta factura", "61435", "Fecha de factura"),
    ],
)  # fmt: skip
def test_a_grammar_caption_under_its_value_labels_the_number(
    title: str, caption: str, number: str, date_caption: str
) -> None:
    invoice = _captions_under(title, [(number, caption), ("17.02.2027", date_caption)])
    assert invoice.invoice_number == number


@pytest.mark.parametrize(
    "label",
    ["Référence de notre commande", "Nummer van onze bestelling", "Number of our order",
     "Nummer dieser Kundennummer", "Número de nuestro pedido"],
)  # fmt: skip
def test_a_number_word_of_our_order_or_customer_is_no_invoice_number(label: str) -> None:
    invoice = _grid("Invoice", [(label, "77120"), ("Date", "08.10.2026")])
    assert invoice.invoice_number != "77120"
