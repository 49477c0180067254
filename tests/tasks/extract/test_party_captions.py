"""Captions naming the recipient (or the issuer) of the invoice: "Destinataire de la facture",
"Destinatario della fattura", "Ontvanger factuur". A party word with an invoice word is a
caption, never a name; a caption printed on the name's line is cut off it."""

from __future__ import annotations

import pymupdf
import pytest

from tasks.extract._party_names import is_label, nameable
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _rental_invoice(page: pymupdf.Page, caption: str, name: str, *, glued: bool = False) -> None:
    write(page, 40, 50, "Loc'Azur Véhicules SAS", fontsize=14, fontname="hebo")
    write(page, 40, 64, "120 avenue de la Californie · 06200 Nice", fontsize=8)
    write(page, 417, 58, "Rental invoice", fontsize=15, fontname="hebo")
    # a bold caption right over the bold name, the invoice's facts beside them
    if glued:
        write(page, 40, 116, f"{caption} {name}", fontsize=9, fontname="hebo")
    else:
        write(page, 40, 104, caption, fontsize=7.5, fontname="hebo")
        write(page, 40, 116, name, fontsize=9, fontname="hebo")
    write(page, 40, 127, "Place du Marché", fontsize=9)
    write(page, 40, 138, "71250 Cluny", fontsize=9)
    write(page, 340, 104, "Invoice no.", fontsize=8.5)
    write(page, 517, 104, "RA 26041", fontsize=8.5, fontname="hebo")
    write(page, 340, 117, "Invoice date", fontsize=8.5)
    write(page, 512, 117, "15.10.2026", fontsize=8.5, fontname="hebo")
    for x, text in ((40, "Description"), (340, "Qty"), (420, "Price"), (500, "Amount")):
        write(page, x, 240, text, fontsize=8, fontname="hebo")
    for x, text in ((40, "Child booster seat"), (340, "3"), (420, "6.81"), (500, "20.43")):
        write(page, x, 258, text, fontsize=9)
    write(page, 340, 300, "Net total", fontsize=9)
    write(page, 500, 300, "20.43", fontsize=9)
    write(page, 340, 314, "VAT 20%", fontsize=9)
    write(page, 500, 314, "4.09", fontsize=9)
    write(page, 340, 328, "Total EUR", fontsize=9)
    write(page, 500, 328, "24.52", fontsize=9)


@pytest.mark.parametrize(
    "caption",
    [
        "Destinataire de la facture",
        "Destinatario de la factura",
        "Destinatario della fattura",
        "Ontvanger factuur",
        "Empfänger der Rechnung",
        "Recipient of the invoice",
    ],
)
def test_the_recipient_caption_of_the_invoice_is_no_name(caption: str) -> None:
    doc, page = a4_page()
    _rental_invoice(page, caption, "Association Salle des Fêtes de Cluny")
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Association Salle des Fêtes de Cluny"


@pytest.mark.parametrize("caption", ["Ontvanger factuur", "Destinataire de la facture"])
def test_a_recipient_caption_glued_before_the_name_is_cut_off(caption: str) -> None:
    doc, page = a4_page()
    _rental_invoice(page, caption, "Vakantiepark Het Zandkasteel B.V.", glued=True)
    invoice = read_drawn(doc)
    assert invoice.buyer.name == "Vakantiepark Het Zandkasteel B.V."


@pytest.mark.parametrize(
    "text",
    [
        "Client de la facture",
        "Kunde der Rechnung",
        "Cliente della fattura",
        "Klant factuur",
        "Émetteur de la facture",
        "Invoice recipient",
        "Factuurontvanger",
    ],
)
def test_a_party_word_with_an_invoice_word_is_a_caption(text: str) -> None:
    assert is_label(text)
    assert not nameable(text)


@pytest.mark.parametrize("text", ["Client Billing Ltd", "Kunde Rechnungswesen GmbH"])
def test_a_name_opening_with_a_party_word_stays_a_name(text: str) -> None:
    assert nameable(text)
