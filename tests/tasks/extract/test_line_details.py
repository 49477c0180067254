"""Line items whose rows carry more than the description, on small PDFs drawn here: a date
column without a header left of the description, a header naming the description after a
position word ("Line details"), detail lines under each item (article number and unit in a
smaller font, a billing period), header names printed without a space between them, and till
receipts that print "quantity x price" under the description."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._cells import Style
from tasks.extract._columns import header_cells, match_column
from tasks.extract._details import detail_line, period_only
from tasks.extract._layout import Word
from tests.tasks.extract.pdfs import read_drawn, write


def _page(doc: pymupdf.Document, title: str, width: float = 595) -> pymupdf.Page:
    page = doc.new_page(width=width, height=842)
    write(page, 20, 40, "Harbour Supplies Ltd", fontsize=12)
    write(page, 20, 80, title, fontsize=16)
    write(page, 20, 100, "Invoice no. 2026-0815", fontsize=8)
    write(page, 20, 112, "Date 14/09/2026", fontsize=8)
    return page


def _cells(page: pymupdf.Page, y: float, cells: list[tuple[float, str]], size: float = 8.5) -> None:
    for x, text in cells:
        write(page, x, y, text, fontsize=size)


def _totals(page: pymupdf.Page, y: float, rows: list[tuple[str, str]]) -> None:
    for k, (label, value) in enumerate(rows):
        write(page, 360, y + 15 * k, label, fontsize=9)
        write(page, 500, y + 15 * k, value, fontsize=9)


def _lines(doc: pymupdf.Document) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    invoice = read_drawn(doc)
    return [(i.description, i.quantity, i.net_amount) for i in invoice.lines]


def test_a_date_column_without_header_stays_out_of_the_description() -> None:
    """A hotel folio: each row starts with its date, under no header; the header names the
    description "Line details" (a position word before the name)."""
    doc = pymupdf.open()
    page = _page(doc, "Tax Invoice")
    _cells(page, 250, [(115, "Line details"), (367, "No."), (412, "Rate applied"),
                       (538, "Sum")], 8)  # fmt: skip
    rows = (("28.02.2026", "Double room, sea view", "1", "356.69", "356.69"),
            ("01.03.2026", "Minibar", "2", "23.00", "46.00"))  # fmt: skip
    for k, row in enumerate(rows):
        _cells(page, 270 + 16 * k, list(zip((40, 115, 375, 434, 529), row, strict=True)))
    _totals(page, 320, [("Net charges", "402.69"), ("Sales tax 20%", "80.54"),
                        ("Total payable", "483.23")])  # fmt: skip
    assert _lines(doc) == [
        ("Double room, sea view", Decimal("1"), Decimal("356.69")),
        ("Minibar", Decimal("2"), Decimal("46.00")),
    ]


def test_detail_lines_in_a_smaller_font_are_not_the_description() -> None:
    """Under each item an article number and unit in a smaller font: a detail, while a
    description wrapped onto a second line in the item's own font is joined."""
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _cells(page, 250, [(40, "Description"), (380, "Qty"), (440, "Price"), (530, "Amount")], 8)
    _cells(page, 270, [(40, "Whiteboard marker, green"), (385, "50"), (440, "86.82"),
                       (522, "4,341.00")])  # fmt: skip
    _cells(page, 281, [(40, "Art. 21067076 · pcs")], 6.5)
    _cells(page, 297, [(40, "Archive box with lid,"), (385, "10"), (440, "20.00"),
                       (528, "200.00")])  # fmt: skip
    _cells(page, 308, [(40, "grey cardboard")])
    _cells(page, 319, [(40, "Art. 53277432 · pcs")], 6.5)
    _totals(page, 350, [("Net total", "4,541.00"), ("VAT 20%", "908.20"),
                        ("Total due", "5,449.20")])  # fmt: skip
    assert _lines(doc) == [
        ("Whiteboard marker, green", Decimal("50"), Decimal("4341.00")),
        ("Archive box with lid, grey cardboard", Decimal("10"), Decimal("200.00")),
    ]


def test_a_billing_period_under_an_item_is_not_the_description() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _cells(page, 250, [(40, "Item name"), (330, "Qty ordered"), (420, "Price each"),
                       (505, "Amount (net)")], 8)  # fmt: skip
    _cells(page, 270, [(40, "Team plan (monthly)"), (360, "21"), (438, "10.80"),
                       (529, "226.80")])  # fmt: skip
    _cells(page, 282, [(40, "February 5, 2026 - March 6, 2026")])
    _cells(page, 298, [(40, "Priority support add-on"), (365, "3"), (438, "15.47"),
                       (533, "46.41")])  # fmt: skip
    _cells(page, 310, [(40, "February 5, 2026 - March 6, 2026")])
    _totals(page, 340, [("Total ex VAT", "273.21"), ("VAT 0%", "0.00"),
                        ("Grand total", "273.21")])  # fmt: skip
    assert _lines(doc) == [
        ("Team plan (monthly)", Decimal("21"), Decimal("226.80")),
        ("Priority support add-on", Decimal("3"), Decimal("46.41")),
    ]


def test_header_names_printed_without_a_space_between_them() -> None:
    """A right-aligned "Quant." ends where "Prezzo unitario" starts: one word in the text
    layer, two columns."""
    doc = pymupdf.open()
    page = _page(doc, "Fattura")
    _cells(page, 250, [(40, "Articolo venduto"), (505, "Totale di riga")], 8)
    write(page, 325.2, 250, "Quant.Prezzo unitario", fontsize=8)
    _cells(page, 270, [(40, "Tisana ai frutti rossi"), (344, "3"), (400, "184,63"),
                       (525, "553,89")])  # fmt: skip
    _cells(page, 286, [(40, "Spese di spedizione"), (344, "1"), (408, "5,50"), (533, "5,50")])
    _totals(page, 320, [("Imponibile", "559,39"), ("IVA 22%", "123,07"),
                        ("Totale fattura", "682,46")])  # fmt: skip
    assert _lines(doc) == [
        ("Tisana ai frutti rossi", Decimal("3"), Decimal("553.89")),
        ("Spese di spedizione", Decimal("1"), Decimal("5.50")),
    ]


def test_a_till_receipt_prints_quantity_times_price_under_the_description() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Simplified Invoice", width=260)
    rows = (
        ("Claw hammer 16 oz", "2 x 19.69", "39.38"),
        ("Masking tape 25 mm", "3 x 4.50", "13.50"),
    )
    for k, (description, times, amount) in enumerate(rows):
        write(page, 16, 180 + 24 * k, description, fontsize=8)
        write(page, 26, 190 + 24 * k, times, fontsize=8)
        write(page, 220, 190 + 24 * k, amount, fontsize=8)
    write(page, 70, 250, "Total ex VAT 52.88", fontsize=8.5)
    write(page, 70, 262, "VAT 20% 10.58", fontsize=8.5)
    write(page, 70, 280, "Grand total 63.46", fontsize=9)
    assert _lines(doc) == [
        ("Claw hammer 16 oz", Decimal("2"), Decimal("39.38")),
        ("Masking tape 25 mm", Decimal("3"), Decimal("13.50")),
    ]


def test_a_receipt_line_with_description_and_quantity_on_one_line() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Kassenbeleg", width=260)
    write(page, 16, 180, "Holzleim 500 g  4 St. x 2,50", fontsize=8)
    write(page, 220, 180, "10,00", fontsize=8)
    write(page, 16, 192, "Malerrolle 25 cm  1 x 7,08", fontsize=8)
    write(page, 224, 192, "7,08", fontsize=8)
    write(page, 70, 220, "Nettowert 17,08", fontsize=8.5)
    write(page, 70, 232, "MwSt. 19 % 3,25", fontsize=8.5)
    write(page, 70, 250, "Endsumme 20,33", fontsize=9)
    assert _lines(doc) == [
        ("Holzleim 500 g", Decimal("4"), Decimal("10.00")),
        ("Malerrolle 25 cm", Decimal("1"), Decimal("7.08")),
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("June 5, 2026 · July 4, 2026", True),
        ("12. Dez. 2025 · 10. Jan. 2026", True),
        ("du 01/02/2026 au 28/02/2026", True),
        ("01.03.2026 - 31.03.2026", True),
        ("Jun 1 - Jun 30, 2026", True),
        ("June 2026", True),
        ("dal 1 al 30 giugno 2026", True),
        ("Pro plan June 2026", False),
        ("Leistungszeitraum 01.01.2026 bis 31.01.2026", False),
        ("Widget 2026", False),
    ],
)
def test_period_only_lines(text: str, period: bool) -> None:
    assert period_only(text) is period


def test_a_detail_line_is_smaller_another_colour_or_weight_or_a_period() -> None:
    item = Style(8.5, 0, False)
    assert detail_line("Art. 21067076 · pcs", Style(6.5, 0, False), item)
    assert detail_line("Serial 4711-0815", Style(8.5, 0x777777, False), item)
    assert detail_line("Labour", Style(8.5, 0, True), item)
    assert detail_line("June 5, 2026 - July 4, 2026", item, item)
    assert not detail_line("grey cardboard", item, item)
    assert not detail_line("grey cardboard", Style(8.2, 0, False), item)


def test_a_grey_detail_line_in_the_same_font_is_not_the_description() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _cells(page, 250, [(40, "Description"), (380, "Qty"), (440, "Price"), (530, "Amount")], 8)
    _cells(page, 270, [(40, "Espresso machine"), (385, "1"), (440, "499.00"), (528, "499.00")])
    write(page, 40, 281, "Serial 4711-0815-2026", fontsize=8.5, color=(0.45, 0.45, 0.45))
    _cells(page, 297, [(40, "Descaling kit"), (385, "2"), (440, "12.50"), (533, "25.00")])
    write(page, 40, 308, "Serial 4711-0815-2027", fontsize=8.5, color=(0.45, 0.45, 0.45))
    _totals(page, 340, [("Net total", "524.00"), ("VAT 20%", "104.80"),
                        ("Total due", "628.80")])  # fmt: skip
    assert _lines(doc) == [
        ("Espresso machine", Decimal("1"), Decimal("499.00")),
        ("Descaling kit", Decimal("2"), Decimal("25.00")),
    ]


@pytest.mark.parametrize(
    "header",
    ["quant.", "qty ordered", "q.te", "ctd.", "aant.", "mng.", "q.ta ord.", "nights", "nachte",
     "noches", "notti", "nachten", "no. of units", "aantal stuks", "n° uds."],
)  # fmt: skip
def test_more_quantity_names(header: str) -> None:
    assert match_column(header) == "quantity"


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("Qty/Hrs", ["quantity"]),
        ("Preis/Stk.", ["unit_price"]),
        ("Product/dienst | Hoeveelheid", ["description", "quantity"]),
        ("Line details", ["description"]),
        ("Pos. | Bezeichnung", ["position", "description"]),
    ],
)
def test_header_cells_of_names_with_slashes_and_position_words(
    words: str, kinds: list[str]
) -> None:
    """Words one space apart, cells ("|") a column gap apart."""
    row: list[Word] = []
    x = 40.0
    for cell in words.split(" | "):
        for text in cell.split():
            row.append(Word(text, (x, 100.0, x + 5 * len(text), 108.0), 8.0, False))
            x += 5 * len(text) + 2.5
        x += 40
    assert [kind for kind, _ in header_cells(row, 0, 0)] == kinds


def _section(page: pymupdf.Page, y: float, title: str, rows: list[tuple[str, ...]]) -> float:
    write(page, 40, y, title, fontsize=9, fontname="hebo")
    for k, (description, quantity, price, amount) in enumerate(rows, start=1):
        _cells(page, y + 13 * k, [(40, description), (340, quantity), (410, price),
                                  (500, amount)], 9)  # fmt: skip
    return y + 13 * (len(rows) + 1)


@pytest.mark.parametrize("subtotals", [True, False])
def test_a_table_in_sections_with_bold_headings_and_subtotals(subtotals: bool) -> None:
    """A car repair: parts, then labour, each under a bold heading and (or not) closed by its
    own subtotal; the items of both sections are read, the headings join no description."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    _cells(page, 220, [(40, "Bezeichnung"), (330, "Menge"), (400, "Einzelpreis"),
                       (500, "Betrag")], 8)  # fmt: skip
    parts = [("Bremsscheibe vorne", "2", "45,00", "90,00"), ("Bremsbeläge Satz", "1", "38,50",
                                                              "38,50")]  # fmt: skip
    labour = [("Bremsen erneuern", "1,5", "80,00", "120,00"), ("Probefahrt", "0,5", "80,00",
                                                                "40,00")]  # fmt: skip
    y = _section(page, 240, "Ersatzteile", parts)
    if subtotals:
        write(page, 40, y, "Summe Ersatzteile", fontsize=9, fontname="hebo")
        write(page, 500, y, "128,50", fontsize=9, fontname="hebo")
    y = _section(page, y + 18, "Arbeitslohn", labour)
    if subtotals:
        write(page, 40, y, "Summe Arbeitslohn", fontsize=9, fontname="hebo")
        write(page, 500, y, "160,00", fontsize=9, fontname="hebo")
    _totals(page, y + 30, [("Nettobetrag", "288,50"), ("MwSt. 19 %", "54,82"),
                           ("Gesamtbetrag", "343,32")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Bremsscheibe vorne", Decimal("2"), Decimal("90.00")),
        ("Bremsbeläge Satz", Decimal("1"), Decimal("38.50")),
        ("Bremsen erneuern", Decimal("1.5"), Decimal("120.00")),
        ("Probefahrt", Decimal("0.5"), Decimal("40.00")),
    ]
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("288.50"), Decimal("54.82"), Decimal("343.32"),
    )  # fmt: skip


def test_a_receipt_with_amounts_beside_the_description_and_items_of_one() -> None:
    """A supermarket till: "Milch 1,5 %   2,38 A" over "2 x 1,19"; items of one print no
    quantity; the tax-class letter after the amount is not part of it."""
    doc = pymupdf.open()
    page = _page(doc, "Kassenbeleg", width=240)
    y = 180.0
    rows = (("Milch 1,5 %", "2,38 A", "2 x 1,19"), ("Brot Dinkel", "3,49 A", None),
            ("Pfand Flasche", "0,50 B", None), ("Äpfel Elstar", "4,47 A", "3 x 1,49"))  # fmt: skip
    for description, amount, times in rows:
        write(page, 16, y, description, fontsize=8)
        write(page, 190, y, amount, fontsize=8)
        y += 11
        if times:
            write(page, 26, y, times, fontsize=8)
            y += 11
    write(page, 16, y + 10, "Summe EUR", fontsize=9)
    write(page, 190, y + 10, "10,84", fontsize=9)
    assert _lines(doc) == [
        ("Milch 1,5 %", Decimal("2"), Decimal("2.38")),
        ("Brot Dinkel", Decimal("1"), Decimal("3.49")),
        ("Pfand Flasche", Decimal("1"), Decimal("0.50")),
        ("Äpfel Elstar", Decimal("3"), Decimal("4.47")),
    ]


def test_a_table_of_descriptions_and_amounts_only() -> None:
    """ "Description ... Amount": two columns, each line one service."""
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _cells(page, 220, [(40, "Description"), (510, "Amount")], 8)
    rows = (("Legal advice re lease agreement", "1,200.00"),
            ("Court fees (disbursement)", "95.00"))  # fmt: skip
    for k, (description, amount) in enumerate(rows):
        _cells(page, 240 + 14 * k, [(40, description), (545 - 5 * len(amount), amount)], 9)
    _totals(page, 300, [("Net total", "1,295.00"), ("VAT 20%", "259.00"),
                        ("Total due", "1,554.00")])  # fmt: skip
    assert _lines(doc) == [
        ("Legal advice re lease agreement", Decimal("1"), Decimal("1200.00")),
        ("Court fees (disbursement)", Decimal("1"), Decimal("95.00")),
    ]


@pytest.mark.parametrize("gross", [False, True])
def test_items_listed_in_a_letter_and_summed_up(gross: bool) -> None:
    """No table: premiums listed with their amounts, right-aligned, a detail line between, and
    a total under them; items summed up by a total "incl. tax" are gross and not read."""
    doc = pymupdf.open()
    page = _page(doc, "Beitragsrechnung")
    write(page, 71, 300, "Folgende Risiken sind versichert:", fontsize=10)
    rows = (("Privathaftpflicht", "50,00 €"), ("Hundehalterhaftpflicht", "25,00 €"))
    for k, (label, amount) in enumerate(rows):
        write(page, 71, 320 + 24 * k, label, fontsize=10)
        write(page, 330 - 5.6 * len(amount), 320 + 24 * k, amount, fontsize=10)
        write(page, 71, 331 + 24 * k, "- Deckungssumme pauschal", fontsize=10)
    label = "Gesamtbeitrag inkl. Versicherungsteuer" if gross else "Gesamtbeitrag"
    write(page, 71, 372, label, fontsize=10)
    write(page, 330 - 5.6 * 7, 372, "75,00 €", fontsize=10)
    invoice = read_drawn(doc)
    lines = [(i.description, i.quantity, i.net_amount) for i in invoice.lines]
    assert lines == ([] if gross else [
        ("Privathaftpflicht", Decimal("1"), Decimal("50.00")),
        ("Hundehalterhaftpflicht", Decimal("1"), Decimal("25.00")),
    ])  # fmt: skip


@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_descriptions_over_several_lines_beside_amounts_at_top_middle_or_foot(align: str) -> None:
    """Rows padded apart, each description over one to three lines set close together, the
    numbers beside its first, middle or last line; a description word that also names a
    carry-over ("report") does not end the table."""
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _cells(page, 220, [(40, "Description"), (360, "Qty"), (420, "Unit price"),
                       (510, "Amount")], 8)  # fmt: skip
    rows = ((("Strategy workshop with the", "management team, including",
              "preparation and report"), "2", "800.00", "1,600.00"),
            (("Travel expenses",), "1", "120.00", "120.00"),
            (("Follow-up calls and", "email support"), "3", "50.00", "150.00"))  # fmt: skip
    y = 240.0
    for texts, quantity, price, amount in rows:
        at = {"top": 0, "middle": (len(texts) - 1) // 2, "bottom": len(texts) - 1}[align]
        for k, text in enumerate(texts):
            write(page, 40, y + 11 * k, text, fontsize=9)
        _cells(page, y + 11 * at, [(365, quantity), (430, price),
                                   (545 - 5 * len(amount), amount)], 9)  # fmt: skip
        y += 11 * len(texts) + 6
    _totals(page, y + 20, [("Net total", "1,870.00"), ("VAT 20%", "374.00"),
                           ("Total due", "2,244.00")])  # fmt: skip
    assert _lines(doc) == [
        ("Strategy workshop with the management team, including preparation and report",
         Decimal("2"), Decimal("1600.00")),
        ("Travel expenses", Decimal("1"), Decimal("120.00")),
        ("Follow-up calls and email support", Decimal("3"), Decimal("150.00")),
    ]  # fmt: skip


def test_a_header_naming_the_description_under_the_article_number() -> None:
    """ "GTIN | Art-Nr-Lieferant | Menge | Nettopreis | Nettowert" over "Art-Nr-Kunde |
    Artikelbezeichnung": each row holds the article number, the description is the line under
    it (all of it, numbers too); remarks below it are not part of it."""
    doc = pymupdf.open()
    page = _page(doc, "Warenrechnung")
    header = [(40, "GTIN"), (112, "Art-Nr-Lieferant"), (242, "Menge"), (347, "Nettopreis"),
              (520, "Nettowert")]  # fmt: skip
    _cells(page, 272, header, 8)
    _cells(page, 281, [(40, "Art-Nr-Kunde"), (112, "Artikelbezeichnung")], 8)
    rows = ((("4123456000014", "ZS997", "100,0000 Stk.", "1,0000", "100,00"),
             ("Zitronensäure 100ml", "Verpackung : Flasche")),
            (("4123456000038", "MP107", "2,0000 Stk.", "29,1000", "58,20"),
             ("Mischpalette Joghurt Karton 3 x 20", "Artikel wie vereinbart")))  # fmt: skip
    y = 318.0
    for numbers, (description, remark) in rows:
        _cells(page, y, list(zip((40, 112, 240, 362, 540), numbers, strict=True)), 8)
        _cells(page, y + 9, [(112, description)], 8)
        _cells(page, y + 18, [(112, remark)], 8)
        y += 36
    _totals(page, y + 20, [("Nettobetrag", "158,20"), ("MwSt 19 %", "30,06"),
                           ("Gesamtbetrag", "188,26")])  # fmt: skip
    assert _lines(doc) == [
        ("Zitronensäure 100ml", Decimal("100"), Decimal("100.00")),
        ("Mischpalette Joghurt Karton 3 x 20", Decimal("2"), Decimal("58.20")),
    ]
