"""A label printed beside the items' sum, outside the description column ("Charges before
reduction 46.79" above a discount), is a subtotal that ends the table, never an item."""

from __future__ import annotations

from decimal import Decimal

from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def test_a_subtotal_above_a_discount_is_no_item() -> None:
    doc, page = a4_page()
    write(page, 40, 53, "Blue Ridge Alarm Monitoring Inc.", fontsize=16, fontname="hebo")
    write(page, 40, 70, "880 West Main Street · Charlottesville, VA 22903", fontsize=7.5)
    write(page, 40, 102, "Quarterly invoice", fontsize=15, fontname="hebo")
    facts = ((47, "Invoice no.", "AM-2026-0611"), (176, "Invoice date", "20.10.2026"),
             (433, "Currency", "USD"))  # fmt: skip
    for x, label, value in facts:
        write(page, x, 151, label, fontsize=7)
        write(page, x, 167, value, fontsize=9.5, fontname="hebo")
    write(page, 40, 202, "Bill to", fontsize=7.5, fontname="hebo")
    write(page, 40, 215, "Kirkby Primary School", fontsize=9.5, fontname="hebo")
    write(page, 40, 226, "Main Street", fontsize=9.5)
    for x, text in ((40, "Particulars"), (362, "How many"), (445, "Rate each"), (522, "Line sum")):
        write(page, x, 278, text, fontsize=7.5, fontname="hebo")
    row = ((40, "Dual-path signalling SIM, quarterly"), (383, "1 qtr"), (459, "46.79"),
           (534, "46.79"))  # fmt: skip
    for x, text in row:
        write(page, x, 296, text, fontsize=8.5)
    totals = (("Charges before reduction", "46.79"), ("Contract term reduction 10%", "-4.68"),
              ("Charges net of VAT", "42.11"), ("VAT element 8.25%", "3.47"),
              ("Amount owing in total", "45.58"))  # fmt: skip
    for k, (label, amount) in enumerate(totals):
        write(page, 330, 321 + 14 * k, label, fontsize=9)
        write(page, 534, 321 + 14 * k, amount, fontsize=9)
    invoice = read_drawn(doc)
    assert [(line.description, line.net_amount) for line in invoice.lines] == [
        ("Dual-path signalling SIM, quarterly", Decimal("46.79"))
    ]
