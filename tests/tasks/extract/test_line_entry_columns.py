"""Line-item headers that name the description as an entry of the bill ("Posten", "Post"),
the quantity as units ("Einheiten"), the price per piece ("Je", "Cada una") and the line's
sum ("Sum", "Som", "Somma"), with code columns named by compounds ("Testcode",
"Probe-Ref."); and a totals label beside its amount that uses such words ("Netto posten
€ 126,77") is never taken for the table's header."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tasks.extract._layout import read_layout
from tasks.extract._parse import fold
from tasks.extract._table import find_table
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 9) -> None:
    width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
    write(page, x1 - width, y, text, fontsize=size)


def _lines(invoice: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    return [
        (line.description, line.quantity, line.net_amount)
        for line in invoice.lines  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Posten", "description"), ("Rechnungsposten", "description"), ("Post", "description"),
        ("Line items", "description"), ("Einheiten", "quantity"), ("Je", "unit_price"),
        ("Cada una", "unit_price"), ("Sum", "net_amount"), ("Som", "net_amount"),
        ("Somme", "net_amount"), ("Suma", "net_amount"), ("Somma", "net_amount"),
        ("Testcode", "code"), ("Probe-Ref.", "code"), ("Monsterref.", "code"),
        ("Code analyse", "code"), ("Rif. campione", "code"),
    ],
)  # fmt: skip
def test_entry_unit_and_sum_names_are_read_as_their_columns(name: str, kind: str) -> None:
    assert match_column(fold(name)) == kind


def _billed(page: pymupdf.Page, title: str, seller: str) -> None:
    write(page, 40, 50, seller, fontsize=14)
    write(page, 40, 100, title, fontsize=18)
    write(page, 40, 130, "Nr. 2026-0415")
    write(page, 300, 130, "Datum 14.04.2026")


def test_a_german_table_of_posten_einheiten_je_summe_is_read() -> None:
    doc, page = a4_page()
    _billed(page, "Rechnung", "Messtechnik Ostwald GmbH")
    for x, name in ((40, "Auftrag-Ref."), (120, "Prüfcode"), (190, "Posten"),
                    (380, "Einheiten"), (450, "Je"), (520, "Summe")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    # one of each, as a laboratory or workshop bills: price and sum are the same number
    rows = (("A-1182", "K07", "Kalibrierung Drehmomentschlüssel", "1", "77,00", "77,00"),
            ("A-1190", "K12", "Prüfprotokoll nach DIN", "1", "19,90", "19,90"))  # fmt: skip
    for k, row in enumerate(rows):
        for x, text in zip((40, 120, 190), row[:3], strict=True):
            write(page, x, 218 + 14 * k, text, fontsize=9)
        for x1, text in zip((420, 480, 555), row[3:], strict=True):
            _right(page, x1, 218 + 14 * k, text)
    for k, (label, value) in enumerate((("Nettobetrag", "96,90 €"), ("USt. 19 %", "18,41 €"),
                                        ("Gesamtbetrag", "115,31 €"))):  # fmt: skip
        write(page, 330, 280 + 16 * k, label, fontsize=9)
        _right(page, 555, 280 + 16 * k, value)
    table = find_table(read_layout(page))
    assert table is not None
    assert [(kind, s.text) for kind, s in table.columns if kind != "other"] == [
        ("code", "Auftrag-Ref."), ("description", "Posten"), ("quantity", "Einheiten"),
        ("unit_price", "Je"), ("net_amount", "Summe"),
    ]  # fmt: skip
    assert _lines(read_drawn(doc)) == [
        ("Kalibrierung Drehmomentschlüssel", Decimal("1"), Decimal("77.00")),
        ("Prüfprotokoll nach DIN", Decimal("1"), Decimal("19.90")),
    ]


def test_a_totals_label_beside_its_amount_is_no_header_even_if_it_names_columns() -> None:
    # The table's description column has a name we do not know ("Verricht werk"); the totals
    # label "Netto posten" names an entry and "netto" an amount, yet holds its amount.
    doc, page = a4_page()
    _billed(page, "Factuur", "Bouwbeslag Noordkade B.V.")
    for x, name in ((40, "Hoeveel"), (100, "Verricht werk"), (400, "Tarief per stuk"),
                    (500, "Regeltotaal")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    rows = (("4", "Slotbouten M8", "6,11", "24,44"), ("2", "Nylon pluggen", "6,19", "12,38"))
    for k, row in enumerate(rows):
        _right(page, 70, 218 + 14 * k, row[0])
        write(page, 100, 218 + 14 * k, row[1], fontsize=9)
        for x1, text in zip((460, 555), row[2:], strict=True):
            _right(page, x1, 218 + 14 * k, text)
    for k, (label, value) in enumerate((("Netto posten", "€ 36,82"), ("Belasting 21%", "€ 7,73"),
                                        ("Openstaande som", "€ 44,55"))):  # fmt: skip
        write(page, 330, 280 + 16 * k, label, fontsize=9)
        _right(page, 555, 280 + 16 * k, value)
    assert _lines(read_drawn(doc)) == [
        ("Slotbouten M8", Decimal("4"), Decimal("24.44")),
        ("Nylon pluggen", Decimal("2"), Decimal("12.38")),
    ]


def test_the_header_found_is_the_table_s_not_a_totals_label_holding_its_amount() -> None:
    doc, page = a4_page()
    _billed(page, "Factuur", "Bouwbeslag Noordkade B.V.")
    for x, name in ((40, "Verricht werk"), (330, "Hoeveel"), (400, "Tarief per stuk"),
                    (500, "Regeltotaal")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    write(page, 40, 218, "Slotbouten M8", fontsize=9)
    for x1, text in zip((360, 460, 555), ("4", "6,11", "24,44"), strict=True):
        _right(page, x1, 218, text)
    write(page, 330, 260, "Netto posten", fontsize=9)
    _right(page, 555, 260, "€ 24,44")
    table = find_table(read_layout(page))
    doc.close()
    assert table is not None
    assert [segment.text for _, segment in table.columns][-1] == "Regeltotaal"


@pytest.mark.parametrize("name", ["Codice IVA", "Code TVA", "Refund"])
def test_a_tax_code_or_a_refund_is_no_code_column(name: str) -> None:
    assert match_column(fold(name)) != "code"
