"""A lower tier of the last way to number an invoice: the only identifier in the issue date's
block of keys, captioned as a booking's, a docket's or a slip's number or as invoiced, at a low
confidence; and none when a second identifier, a customer's or an order's caption, a delivery
note named alone, or a page not titled an invoice stands there, on small PDFs drawn here."""

from __future__ import annotations

from core.models import Invoice
from tasks.extract._booked_numbers import booked_numbers
from tasks.extract._hits import find_hits
from tasks.extract._layout import read_layout
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(pairs: list[tuple[str, str]], *, under: bool = True, title: str = "Invoice") -> Invoice:
    """A seller, a title, a buyer and a block of keys (each caption under its value, or left
    of it), then totals."""
    doc, page = a4_page()
    write(page, 50, 50, "Moorland Mobile Cider Pressing Ltd", fontsize=11)
    write(page, 50, 62, "4 Orchard Row, Ledbury HR8 1AB", fontsize=8)
    write(page, 330, 60, title, fontsize=16)
    write(page, 50, 130, "Upper Hall Farm Partnership")
    write(page, 50, 142, "Hall Lane, Bosbury HR8 1QA")
    for i, (first, second) in enumerate(pairs):
        if under:
            write(page, 330, 130 + 30 * i, first, fontsize=10)
            write(page, 330, 141 + 30 * i, second, fontsize=7)
        else:
            write(page, 330, 130 + 14 * i, first)
            write(page, 450, 130 + 14 * i, second)
    for y, label, amount in zip(
        (420, 434, 448),
        ("Net amount", "VAT at 20 per cent", "Total amount due"),
        ("100.00", "20.00", "120.00"),
        strict=True,
    ):
        write(page, 300, y, label)
        write(page, 470, y, amount)
    return read_drawn(doc)


def test_a_booking_number_alone_in_the_date_block_numbers_the_invoice_unsurely() -> None:
    invoice = _page([("HB-2291/07", "Booking number"), ("14.03.2027", "Invoice date")])
    assert invoice.invoice_number == "HB-2291/07"
    assert invoice.evidence["invoice_number"].confidence <= 0.35


def test_a_docket_number_right_of_its_caption_numbers_the_invoice() -> None:
    invoice = _page([("Job docket no.", "58812"), ("Date of issue", "14.03.2027")], under=False)
    assert invoice.invoice_number == "58812"


def test_a_caption_naming_the_thing_invoiced_numbers_the_invoice() -> None:
    invoice = _page(
        [("PX4471", "Reservierung fakturiert"), ("14.03.2027", "Belegdatum")], title="Rechnung"
    )
    assert invoice.invoice_number == "PX4471"


def test_a_delivery_note_and_invoice_caption_numbers_the_invoice() -> None:
    invoice = _page(
        [("LR 58812", "Lieferschein und Rechnung Nr."), ("14.03.2027", "Belegdatum")],
        title="Rechnung",
    )
    assert invoice.invoice_number == "LR 58812"


def test_two_identifiers_in_the_block_give_no_number() -> None:
    invoice = _page(
        [("HB-2291/07", "Booking number"), ("T-2291", "Pitch"), ("14.03.2027", "Invoice date")]
    )
    assert invoice.invoice_number is None


def test_a_customer_or_order_number_is_never_the_number() -> None:
    for caption in ("Customer booking no.", "Order number", "Kundennummer", "Contract no."):
        invoice = _page([("HB-2291/07", caption), ("14.03.2027", "Invoice date")])
        assert invoice.invoice_number is None, caption


def test_a_delivery_note_named_alone_is_never_the_number() -> None:
    invoice = _page([("58812", "Delivery note no."), ("14.03.2027", "Invoice date")])
    assert invoice.invoice_number is None


def test_a_page_titled_a_delivery_note_gives_no_number() -> None:
    for title, want in (("Delivery note", []), ("Invoice", ["HB-2291/07"])):
        doc, page = a4_page()
        write(page, 50, 50, "Moorland Mobile Cider Pressing Ltd", fontsize=11)
        write(page, 330, 60, title, fontsize=16)
        write(page, 330, 130, "HB-2291/07", fontsize=10)
        write(page, 330, 141, "Docket number", fontsize=7)
        write(page, 330, 160, "14.03.2027", fontsize=10)
        write(page, 330, 171, "Date of issue", fontsize=7)
        layouts = [read_layout(p) for p in doc]
        found = booked_numbers(layouts, find_hits(layouts, {}))
        doc.close()
        assert [f.value for f in found] == want, title
