"""A credit-note word opening the page's headline, followed by what the credit is for
("Avoir nettoyage de gouttières"), names a credit note in en, de, fr, es, it and nl; the same
words in body type (an item, a sentence) or a headline of another kind do not."""

from __future__ import annotations

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(title: str, *, brand: float = 0, item: str = "Gutter cleaning, two storeys") -> Invoice:
    """A page with a headline `title`, a number and a date, a buyer, one item and its totals;
    with a `brand` size, the seller's name above the headline in that size."""
    doc, page = a4_page()
    if brand:
        write(page, 40, 30, "Riverside", fontsize=brand)
    write(page, 40, 60, title, fontsize=18)
    write(page, 40, 95, "Number: GC-5521", fontsize=8.5)
    write(page, 40, 108, "Date: 06.11.2026", fontsize=8.5)
    write(page, 40, 150, "Riverside Roofing Ltd", fontsize=10)
    write(page, 40, 162, "4 Tanner Street, York YO1 7HP", fontsize=8)
    write(page, 40, 200, "Commune de Bergerac, services techniques", fontsize=9)
    for x, text in [(40, "Description"), (330, "Qty"), (400, "Price"), (500, "Amount")]:
        write(page, x, 260, text, fontsize=8)
    for x, text in [(40, item), (330, "1"), (400, "100.00"), (500, "100.00")]:
        write(page, x, 278, text, fontsize=9)
    for y, label, amount in [(320, "Net", "100.00"), (334, "VAT 20%", "20.00"),
                             (348, "Total", "120.00")]:  # fmt: skip
        write(page, 400, y, label, fontsize=9)
        write(page, 500, y, amount, fontsize=9)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "title",
    [
        "Avoir nettoyage de gouttieres",
        "Gutschrift Dachrinnenreinigung",
        "Credit note gutter cleaning",
        "Nota de credito limpieza de canalones",
        "Nota di credito pulizia grondaie",
        "Creditnota dakgootreiniging",
        "Creditfactuur reiniging dakgoten",
    ],
)
def test_a_credit_word_opening_the_headline_names_a_credit_note(title: str) -> None:
    assert _page(title).type_code == "381"


def test_a_credit_word_opening_an_item_is_no_title() -> None:
    invoice = _page("Invoice", item="Avoir nettoyage de gouttieres")
    assert invoice.type_code == "380"


def test_a_credit_word_opening_a_heading_under_a_larger_one_is_no_title() -> None:
    assert _page("Avoir nettoyage de gouttieres", brand=24).type_code == "380"
