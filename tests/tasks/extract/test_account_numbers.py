"""A document that calls itself an account (a title "... Account", a date captioned "Account
rendered" or "Date of account") numbers itself under "Account no." / "Account number ref.";
elsewhere an account number is the customer's and never the invoice number. Small PDFs drawn
here."""

from __future__ import annotations

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _page(title: str, rows: list[tuple[str, str]], *, buyer_rows: int = 0) -> Invoice:
    """A seller, a title at the right, a payer at the left and a grid of keys left of their
    values at the right (or, for the first `buyer_rows` rows, inside the payer block)."""
    doc, page = a4_page()
    write(page, 40, 45, "Hollins & Verity Stonemasons", fontsize=12)
    write(page, 40, 60, "Mill Yard 3, Skipton BD23 1AX", fontsize=8)
    write(page, 400, 45, title, fontsize=15)
    write(page, 40, 125, "Mrs Eleanor Pickersgill", fontsize=9.5)
    write(page, 40, 137, "Low Fold Barn, Grassington BD23 5AU", fontsize=9.5)
    for index, (label, value) in enumerate(rows):
        if index < buyer_rows:
            write(page, 40, 155 + 13 * index, label, fontsize=9)
            write(page, 130, 155 + 13 * index, value, fontsize=9)
        else:
            write(page, 330, 125 + 13 * index, label, fontsize=8.5)
            write(page, 470, 125 + 13 * index, value, fontsize=8.5)
    write_totals(page)
    return read_drawn(doc)


def test_an_account_rendered_numbers_itself_under_its_account_caption() -> None:
    invoice = _page(
        "Masonry Invoice",
        [("Account number ref.", "7781/27"), ("Account rendered", "03/06/2027"),
         ("Payable by", "24/06/2027")],
    )  # fmt: skip
    assert invoice.invoice_number == "7781/27"
    assert invoice.evidence["invoice_number"].confidence <= 0.45


def test_a_document_titled_an_account_numbers_itself_under_its_account_caption() -> None:
    invoice = _page(
        "Memorial Account", [("Account number ref.", "HV/2027/0413"), ("Date", "2 July 2027")]
    )
    assert invoice.invoice_number == "HV/2027/0413"


def test_an_account_number_on_an_invoice_is_the_customers() -> None:
    invoice = _page("Invoice", [("Account no.", "K3196"), ("Date", "03/06/2027")])
    assert invoice.invoice_number is None


def test_a_qualified_account_caption_is_never_the_number() -> None:
    for caption in ("Your account no.", "Customer account no.", "Trade account no."):
        invoice = _page(
            "Masonry Account", [(caption, "CU-6077"), ("Account rendered", "03/06/2027")]
        )
        assert invoice.invoice_number is None, caption


def test_an_account_number_in_the_payer_block_is_not_the_number() -> None:
    invoice = _page(
        "Masonry Invoice",
        [
            ("Account no.", "K3196"),
            ("Account rendered", "03/06/2027"),
            ("Payable by", "24/06/2027"),
        ],
        buyer_rows=1,
    )
    assert invoice.invoice_number is None
