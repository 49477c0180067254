"""An invoice printed from an e-mail: number and dates only in prose, totals that add up."""

from __future__ import annotations

from decimal import Decimal

import pymupdf

from tasks.extract import extract_document
from tasks.extract._party_names import nameable
from tests.tasks.extract.pdfs import a4_page, pdf_bytes, read_drawn, write


def _mail(net: str, tax: str, grand: str) -> pymupdf.Document:
    doc, page = a4_page()
    for y, text in [(60, "From:"), (72, "Hollin Print Works"), (90, "To:"),
                    (102, "Saltmarsh Sailing Club"), (120, "Subject:"),
                    (132, "about the work we did for you"),
                    (160, "Hello, here are the charges for the work agreed.")]:  # fmt: skip
        write(page, 60, y, text, fontsize=9)
    for y, label, amount in [(300, "Goods and services net", net),
                             (314, "Sales tax 8%", tax),
                             (328, "Gross amount", grand)]:  # fmt: skip
        write(page, 300, y, label, fontsize=9)
        write(page, 480, y, amount, fontsize=9)
    return doc


def test_prose_invoice_with_balanced_totals_is_read() -> None:
    invoice = read_drawn(_mail("$200.00", "$16.00", "$216.00"))
    assert invoice.invoice_number is None
    assert invoice.issue_date is None
    assert invoice.net_total == Decimal("200.00")
    assert invoice.tax_total == Decimal("16.00")
    assert invoice.grand_total == Decimal("216.00")
    assert invoice.currency == "USD"


def test_prose_with_totals_that_do_not_add_up_is_not_read() -> None:
    extraction = extract_document(
        pdf_bytes(_mail("$200.00", "$16.00", "$250.00")),
        filename="drawn.pdf", max_bytes=10_000_000, max_pages=10,
    )  # fmt: skip
    assert extraction.invoice is None


def test_buyer_name_printed_again_is_not_taken_for_the_seller() -> None:
    """The buyer's name over its account block (after an "An:" line naming it) is not the
    letterhead; the block with the VAT id under the totals names the seller."""
    doc, page = a4_page()
    for y, text in [(60, "An:"), (72, "Segelclub Nordmole e.V."),
                    (120, "Kundenkonto"), (132, "Segelclub Nordmole e.V."),
                    (144, "Hafenstraße 4"), (156, "26382 Wilhelmshaven")]:  # fmt: skip
        write(page, 60, y, text, fontsize=9)
    for y, label, amount in [(300, "Nettobetrag", "200,00 €"),
                             (314, "MwSt. 19 %", "38,00 €"),
                             (328, "Gesamtbetrag", "238,00 €")]:  # fmt: skip
        write(page, 300, y, label, fontsize=9)
        write(page, 480, y, amount, fontsize=9)
    for y, text in [(380, "--"), (392, "Druckerei Hallig Ostermann"), (404, "Deichweg 9"),
                    (416, "25813 Husum"), (428, "USt-IdNr. DE 298114670"),
                    (440, "IBAN DE89 3704 0044 0532 0130 00")]:  # fmt: skip
        write(page, 60, y, text, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Segelclub Nordmole e.V."
    assert invoice.seller.name != "Segelclub Nordmole e.V."


def test_charged_to_label_is_no_buyer_name() -> None:
    """ "Imputé à" ("charged to") over a block labels the buyer; the label is not its name."""
    doc, page = a4_page()
    write(page, 60, 50, "Atelier Vauban Conseil SA", fontsize=14)
    write(page, 60, 66, "Rue du Rhône 8 · 1204 Genève · TVA CHE-330.118.492", fontsize=8)
    for y, text in [(110, "Imputé à"), (122, "Cave Coopérative du Lac SARL"),
                    (134, "Chemin des Vignes 3"), (146, "1095 Lutry"),
                    (180, "Facture n° FA-2207"), (192, "Date 05/09/2026")]:  # fmt: skip
        write(page, 60, y, text, fontsize=9)
    for y, label, amount in [(300, "Total HT", "100,00 CHF"), (314, "TVA 8,1 %", "8,10 CHF"),
                             (328, "Total TTC", "108,10 CHF")]:  # fmt: skip
        write(page, 300, y, label, fontsize=9)
        write(page, 480, y, amount, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Cave Coopérative du Lac SARL"


def test_company_name_starting_like_a_bank_word_is_a_name() -> None:
    """ "Kontorsgrossisten Vasa AB" starts like "Konto" but is a name; "Kontonummer" lines
    and "Rekening 123" stay bank lines."""
    assert nameable("Kontorsgrossisten Vasa AB")
    assert not nameable("Kontonummer 1234")
    assert not nameable("Konto-Nr. 1234")
    assert not nameable("Rekeningnummer NL01")
