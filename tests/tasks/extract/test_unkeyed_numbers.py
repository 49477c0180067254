"""The last way to number an invoice: the only identifier of the header paired with a short
caption no rule knows, at a low confidence; and none when two such values, a customer or
order number, or a date stand there, on small PDFs drawn here."""

from __future__ import annotations

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(pairs: list[tuple[str, str]], *, under: bool = True, title: str = "Facture") -> Invoice:
    """A seller, a title, a buyer and value/caption pairs (caption under or right of its
    value), then totals."""
    doc, page = a4_page()
    write(page, 50, 50, "Toutou Mobile Toilettage", fontsize=11)
    write(page, 50, 62, "Avenue des Pins 4, 13100 Aix-en-Provence", fontsize=8)
    write(page, 50, 100, title, fontsize=16)
    write(page, 50, 130, "Pension canine Les Oliviers")
    write(page, 50, 142, "Route de Berre, 13090 Aix-en-Provence")
    for i, (value, caption) in enumerate(pairs):
        if under:
            write(page, 330, 130 + 30 * i, value, fontsize=10)
            write(page, 330, 141 + 30 * i, caption, fontsize=7)
        else:
            write(page, 330, 130 + 14 * i, caption)
            write(page, 450, 130 + 14 * i, value)
    for y, label, amount in zip(
        (420, 434, 448),
        ("Total HT", "TVA 20 %", "Total TTC"),
        ("100,00 €", "20,00 €", "120,00 €"),
        strict=True,
    ):
        write(page, 300, y, label)
        write(page, 470, y, amount)
    return read_drawn(doc)


def test_the_only_identifier_under_an_unknown_caption_numbers_the_invoice_unsurely() -> None:
    invoice = _page([("66630", "Repère comptable"), ("14.03.2027", "Date de facture")])
    assert invoice.invoice_number == "66630"
    assert invoice.evidence["invoice_number"].confidence <= 0.4


def test_an_identifier_right_of_an_unknown_caption_numbers_the_invoice() -> None:
    invoice = _page([("Repère comptable", "FV/08461/05/27"), ("Date de facture", "14.03.2027")],
                    under=False)  # fmt: skip
    assert invoice.invoice_number == "FV/08461/05/27"


def test_two_identifiers_under_unknown_captions_give_no_number() -> None:
    invoice = _page([("66630", "Repère comptable"), ("T-2291", "Classement"),
                     ("14.03.2027", "Date de facture")])  # fmt: skip
    assert invoice.invoice_number is None


def test_a_customer_or_order_number_is_never_the_number() -> None:
    for caption in ("Votre code client", "Commande d'origine", "Kundennummer", "Contrat cadre"):
        invoice = _page([("66630", caption), ("14.03.2027", "Date de facture")])
        assert invoice.invoice_number is None, caption


def test_a_date_an_amount_or_a_year_under_a_caption_is_never_the_number() -> None:
    for value in ("21.03.2027", "1 250,00", "2027", "20 %", "1/2"):
        invoice = _page([(value, "Repère comptable"), ("14.03.2027", "Date de facture")])
        assert invoice.invoice_number is None, value


def test_a_document_not_titled_an_invoice_gets_no_number_from_an_unknown_caption() -> None:
    invoice = _page([("66630", "Repère comptable"), ("14.03.2027", "Date d'émission")],
                    title="Récapitulatif")  # fmt: skip
    assert invoice.invoice_number is None
