"""Header dates and totals on small PDFs drawn here: a document "dated" a day ("Pièce datée
du", "Documento fechado el") beside a statement of dated transactions, the day money must
arrive ("Settlement due", "to reach us by"), a net value or taxable amount under a compound
discount ("Groepskorting", "Mengenrabatt"), an Italian "Netto da versare" that is the amount
to pay, and a fee-note title that is no seller."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _page(facts: list[tuple[str, str]], totals: list[tuple[str, str]], *, title: str = "Invoice",
          table: bool = True, footer: str = "") -> Invoice:  # fmt: skip
    doc, page = a4_page()
    write(page, 40, 58, "Northwind Supplies Ltd", fontsize=14, fontname="hebo")
    write(page, 40, 72, "4 Harbour Road, Leith EH6 6QN", fontsize=8)
    write(page, 40, 120, "Greyfriars Housing Association", fontsize=9)
    write(page, 40, 131, "12 Abbey Road, Dundee DD1 4QB", fontsize=9)
    write(page, 330, 58, title, fontsize=16, fontname="hebo")
    write(page, 330, 100, "Invoice no.", fontsize=8)
    write(page, 450, 100, "NW-2026-118", fontsize=9)
    for index, (key, value) in enumerate(facts):
        y = 113 + 13 * index
        write(page, 330, y, key, fontsize=8)
        write(page, 450, y, value, fontsize=9)
    if table:
        for x, text in ((40, "Date"), (110, "Description"), (470, "Amount")):
            write(page, x, 200, text, fontsize=8, fontname="hebo")
        for index, day in enumerate(("01/05/2026", "06/05/2026")):
            write(page, 40, 216 + 13 * index, day, fontsize=9)
            write(page, 110, 216 + 13 * index, "Diesel, station 4", fontsize=9)
            write(page, 470, 216 + 13 * index, "50.00", fontsize=9)
    for index, (key, value) in enumerate(totals):
        write(page, 300, 300 + 14 * index, key, fontsize=9)
        write(page, 480, 300 + 14 * index, value, fontsize=9)
    if footer:
        write(page, 40, 760, footer, fontsize=8)
    return read_drawn(doc)


_TOTALS = [("Net", "100.00"), ("VAT 20%", "20.00"), ("Total", "120.00")]


@pytest.mark.parametrize("label", ["Pièce datée du", "Documento fechado el", "Beleg datiert vom"])
def test_a_document_dated_a_day_gives_the_issue_date(label: str) -> None:
    invoice = _page([(label, "21/06/2026"), ("Period", "01/05/2026 - 31/05/2026")], _TOTALS)
    assert invoice.issue_date == dt.date(2026, 6, 21)


def test_a_settlement_due_label_gives_the_due_date() -> None:
    invoice = _page([("Date issued", "16/03/2026"), ("SETTLEMENT DUE ....:", "30/03/2026")],
                    _TOTALS, table=False)  # fmt: skip
    assert invoice.due_date == dt.date(2026, 3, 30)


def test_money_to_reach_us_by_a_day_gives_the_due_date() -> None:
    footer = "Payment by bank transfer, to reach us by 30/03/2026."
    invoice = _page([("Date issued", "16/03/2026")], _TOTALS, table=False, footer=footer)
    assert invoice.due_date == dt.date(2026, 3, 30)


@pytest.mark.parametrize(
    ("net_label", "discount"),
    [("Belastbaar bedrag", "Groepskorting 10%"), ("Taxable amount", "Group discount 10%"),
     ("Steuerpflichtiger Betrag", "Mengenrabatt 10 %"), ("Valeur nette facturée", "Remise 10 %")],
)  # fmt: skip
def test_a_taxable_amount_under_a_discount_is_the_net_total(net_label: str, discount: str) -> None:
    totals = [("Course fees", "1,000.00"), (discount, "-100.00"), (net_label, "900.00"),
              ("Plus VAT 21%", "189.00"), ("To pay", "1,089.00")]  # fmt: skip
    invoice = _page([("Date", "16/03/2026")], totals, table=False)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("900.00"), Decimal("189.00"), Decimal("1089.00"))  # fmt: skip


def test_netto_da_versare_is_the_amount_to_pay() -> None:
    totals = [("Totale netto documento", "183.28"), ("Imposta dovuta", "29.83"),
              ("Netto da versare", "213.11")]  # fmt: skip
    invoice = _page([("Data", "16/03/2026")], totals, title="Fattura", table=False)
    assert (invoice.net_total, invoice.grand_total) == (Decimal("183.28"), Decimal("213.11"))


def test_a_fee_note_title_is_no_seller() -> None:
    doc, page = a4_page()
    write(page, 40, 58, "Note d'honoraires", fontsize=20, fontname="hebo")
    write(page, 40, 90, "Atelier Lumière Basile Girard", fontsize=10, fontname="hebo")
    write(page, 40, 101, "12 rue des Arts, 69001 Lyon", fontsize=8)
    write(page, 330, 100, "Facture n°", fontsize=8)
    write(page, 450, 100, "2026-06", fontsize=9)
    write(page, 330, 113, "Date", fontsize=8)
    write(page, 450, 113, "12/02/2026", fontsize=9)
    for index, (key, value) in enumerate(_TOTALS):
        write(page, 300, 300 + 14 * index, key, fontsize=9)
        write(page, 480, 300 + 14 * index, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.seller.name == "Atelier Lumière Basile Girard"


@pytest.mark.parametrize("label", ["Notadatum", "Factuur van", "Date de la note"])
def test_a_note_date_or_invoice_of_a_day_gives_the_issue_date(label: str) -> None:
    invoice = _page([(label, "17/11/2026")], _TOTALS, table=False)
    assert invoice.issue_date == dt.date(2026, 11, 17)


def test_the_totals_win_over_a_row_of_the_vat_analysis_above_a_total_to_be_paid() -> None:
    doc, page = a4_page()
    write(page, 40, 58, "Northwind Catering AB", fontsize=14, fontname="hebo")
    write(page, 330, 58, "Invoice", fontsize=16, fontname="hebo")
    write(page, 330, 100, "Invoice no. NW-2026-7", fontsize=9)
    write(page, 330, 113, "Date 08/04/2026", fontsize=9)
    for x, text in ((40, "Item"), (300, "Qty"), (380, "Price"), (480, "Amount")):
        write(page, x, 200, text, fontsize=8, fontname="hebo")
    rows = (("Buffet lunch", "10", "80.00", "800.00"), ("House wine", "4", "50.00", "200.00"))
    for index, row in enumerate(rows):
        for x, text in zip((40, 300, 380, 480), row, strict=True):
            write(page, x, 216 + 13 * index, text, fontsize=9)
    for x, text in (
        (40, "VAT rate"),
        (110, "Taxable amount"),
        (220, "VAT due"),
        (300, "Incl. VAT"),
    ):
        write(page, x, 280, text, fontsize=8)
    for y, row in ((294, ("12 %", "800.00", "96.00", "896.00")),
                   (307, ("25 %", "200.00", "50.00", "250.00"))):  # fmt: skip
        for x, text in zip((40, 110, 220, 300), row, strict=True):
            write(page, x, y, text, fontsize=9)
    totals = (("Net sum", "1,000.00"), ("VAT total", "146.00"), ("Total to be paid", "1,146.00"))
    for index, (key, value) in enumerate(totals):
        write(page, 380, 340 + 14 * index, key, fontsize=9)
        write(page, 480, 340 + 14 * index, value, fontsize=9)
    invoice = read_drawn(doc)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("1000.00"), Decimal("146.00"), Decimal("1146.00"))  # fmt: skip
