"""A monogram on top stands for the name printed in the small return-address line over the
window address; a name whose first word is a label word joined by an apostrophe ("Net'Azur")
is a name; a row repeating the one item's amount, with a tax and a total under it that add up
with it, is the net total and not a second item."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._labels import match_label
from tasks.extract._layout import read_layout
from tasks.extract._parse import fold
from tasks.extract._party_monogram import long_form
from tasks.extract._party_names import is_label, nameable
from tasks.extract._roles import total_role
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _window_letter(page: pymupdf.Page, monogram: str, sender: str, buyer: str) -> None:
    if monogram:
        write(page, 40, 60, monogram, fontsize=22, fontname="hebo")
    write(page, 40, 128, sender, fontsize=6.5)
    write(page, 40, 146, buyer, fontsize=10)
    write(page, 40, 159, "Mariner House, 5 Dock Road", fontsize=10)
    write(page, 40, 172, "Liverpool L3 4AF", fontsize=10)
    for y, label, value in ((140, "Document no.", "RE-2026-8374"),
                            (153, "Billing date", "18.04.2026")):  # fmt: skip
        write(page, 360, y, label, fontsize=8.5)
        write(page, 470, y, value, fontsize=8.5)
    write(page, 40, 232, "Invoice", fontsize=15, fontname="hebo")
    for x, text in ((40, "Service"), (380, "Quantity"), (450, "Rate"), (520, "Line total")):
        write(page, x, 280, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Installation crew on site"), (380, "20"), (450, "50.00"),
                    (520, "1,000.00")):  # fmt: skip
        write(page, x, 296, text, fontsize=8)
    for y, label, value in ((340, "Net amount", "1,000.00"), (354, "VAT 23%", "230.00"),
                            (368, "Total", "1,230.00")):  # fmt: skip
        write(page, 380, y, label, fontsize=9)
        write(page, 500, y, value, fontsize=9)
    write(page, 40, 790, "VAT IE 6391874T · IBAN IE29 AIBK 9311 5212 3456 78", fontsize=7)


@pytest.mark.parametrize(
    ("monogram", "full"),
    [
        ("ASG", "Ardmore Signs & Graphics"),
        ("RTH", "Reclamebelettering Ter Horst"),
        ("MHB", "Malerbetrieb Hanna Brückner"),
    ],
)
def test_a_monogram_stands_for_the_sender_named_over_the_window(monogram: str, full: str) -> None:
    doc, page = a4_page()
    _window_letter(
        page, monogram, f"{full} · Unit 9, Kilbarrack Park · Dublin D05 KX31", "Quayside Spaces"
    )
    invoice = read_drawn(doc)
    assert invoice.seller.name == full
    assert invoice.buyer.name == "Quayside Spaces"


def test_a_long_form_needs_exactly_the_monogram_initials() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Ardmore Signs", fontsize=9)  # initials AS, not ASG
    write(page, 40, 80, "All services guaranteed", fontsize=9)  # a sentence, lower case words
    write(page, 40, 100, "Ardmore Signs & Graphics · 4 Quay St", fontsize=9)
    layout = read_layout(page)
    doc.close()
    found = long_form("ASG", layout.segments)
    assert found is not None
    assert found[0] == "Ardmore Signs & Graphics"
    assert long_form("XYZ", layout.segments) is None


def test_a_label_word_joined_by_an_apostrophe_opens_a_name() -> None:
    assert not is_label("Net'Azur Propreté SAS")
    assert nameable("Net'Azur Propreté SAS")
    assert is_label("Net amount")


def test_a_repeated_amount_taxed_below_closes_a_one_item_table() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Tennisclub Rot-Weiss e.V.", fontsize=14, fontname="hebo")
    write(page, 40, 66, "Sportweg 3, 50667 Köln", fontsize=8)
    write(page, 40, 78, "USt-IdNr. DE 123456789", fontsize=8)
    write(page, 40, 140, "Rechnung", fontsize=15, fontname="hebo")
    write(page, 360, 140, "Rechnungsnr. 2026-969", fontsize=9)
    write(page, 360, 153, "Datum 03.04.2026", fontsize=9)
    for x, text in ((40, "Leistung"), (380, "Menge"), (450, "Preis"), (520, "Betrag")):
        write(page, x, 200, text, fontsize=7.5, fontname="hebo")
    for x, text in ((40, "Platzmiete Halle"), (380, "3"), (450, "23,80"), (520, "71,40")):
        write(page, x, 216, text, fontsize=8)
    for y, label, value in ((240, "Ihre Auswahl", "€ 71,40"), (254, "MwSt. 21%", "€ 14,99"),
                            (268, "Zu zahlen", "€ 86,39")):  # fmt: skip
        write(page, 40, y, label, fontsize=9)
        write(page, 520, y, value, fontsize=9)
    invoice = read_drawn(doc)
    assert [line.net_amount for line in invoice.lines] == [Decimal("71.40")]
    assert str(invoice.net_total) == "71.40"
    assert str(invoice.grand_total) == "86.39"


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Som vóór belasting", "net_total"),
        ("Totale prima delle imposte", "net_total"),
        ("Summe vor Steuern", "net_total"),
        ("Omzetbelasting 21%", "tax_total"),
        ("Eindbedrag", "grand_total"),
        ("Totaalbedrag", "grand_total"),
        ("Final amount", "grand_total"),
        ("Montant final", "grand_total"),
    ],
)
def test_plain_tax_and_final_sum_words_name_their_totals(label: str, role: str) -> None:
    assert total_role(label) == role
    found = match_label(fold(label))
    assert found is not None
    assert found.field == role


def test_without_a_letterhead_the_return_address_line_names_the_seller() -> None:
    doc, page = a4_page()
    _window_letter(page, "", "Ardmore Signs & Graphics · 4 Quay St · Dublin D05 KX31", "Quayside")
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Ardmore Signs & Graphics"
    assert invoice.buyer.name == "Quayside"
