"""Line-item columns on small PDFs drawn here: a tax word qualifying a price column's name
("Precio/l sin IVA"), a price column told from the quantity by its name when both are unnamed
("Liters | Literprijs"), book and course tables ("Titel | Expl. | Ladenpreis", "Course |
Delegates | Fee per delegate"), and a fixed-width printout whose header sits between rules of
dashes with a code's and the description's names two spaces apart."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


def _right(page: pymupdf.Page, x1: float, y: float, text: str, size: float = 9) -> None:
    """`text` right-aligned to `x1`, as numbers stand in their columns."""
    width = pymupdf.get_text_length(text, fontname="helv", fontsize=size)
    write(page, x1 - width, y, text, fontsize=size)


def _head(page: pymupdf.Page) -> None:
    write(page, 40, 50, "Brightwater Supplies Ltd", fontsize=14)
    write(page, 40, 100, "Invoice", fontsize=18)
    write(page, 40, 130, "Invoice No. BW-20931")
    write(page, 300, 130, "Date: 2026-04-14")


def _totals(page: pymupdf.Page, y: float, net: str, tax: str, grand: str) -> None:
    for k, (label, value) in enumerate((("Net total", net), ("VAT 20 %", tax),
                                        ("Total due", grand))):  # fmt: skip
        write(page, 330, y + 16 * k, label, fontsize=9)
        _right(page, 555, y + 16 * k, value)


def _rows(
    page: pymupdf.Page, y: float, texts: list[tuple[str, ...]], lefts: tuple[float, ...],
    rights: tuple[float, ...],
) -> None:  # fmt: skip
    """Rows whose first cells are left-aligned at `lefts`, the numbers right-aligned."""
    for k, row in enumerate(texts):
        for x, text in zip(lefts, row[: len(lefts)], strict=True):
            write(page, x, y + 14 * k, text, fontsize=9)
        for x1, text in zip(rights, row[len(lefts) :], strict=True):
            _right(page, x1, y + 14 * k, text)


def _lines(invoice: object) -> list[tuple[str, Decimal | None, Decimal | None, Decimal | None]]:
    return [
        (line.description, line.quantity, line.unit_price, line.net_amount)
        for line in invoice.lines  # type: ignore[attr-defined]
    ]


def test_a_tax_word_after_sin_belongs_to_the_price_column_over_the_prices() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Fecha"), (110, "Producto / estación"), (330, "Litros"),
                    (380, "Precio/l sin IVA"), (500, "Importe")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    _rows(page, 218, [("04/07/2026", "AdBlue - BP Alcalá", "17,31", "0,773", "13,38"),
                      ("16/07/2026", "Gasóleo A - Repsol", "53,66", "1,528", "81,99")],
          (40, 110), (355, 450, 530))  # fmt: skip
    _totals(page, 280, "95,37", "19,07", "114,44")
    assert _lines(read_drawn(doc)) == [
        ("AdBlue - BP Alcalá", Decimal("17.31"), Decimal("0.773"), Decimal("13.38")),
        ("Gasóleo A - Repsol", Decimal("53.66"), Decimal("1.528"), Decimal("81.99")),
    ]


def test_of_two_unnamed_columns_that_multiply_out_the_one_named_a_price_is_the_price() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Product"), (330, "Liters"), (390, "Literprijs"), (500, "Bedrag")):
        write(page, x, 200, name, fontsize=9)
    _rows(page, 218, [("Diesel", "64,62", "1,569", "101,39"),
                      ("AdBlue", "14,96", "0,771", "11,53")],
          (40,), (355, 430, 530))  # fmt: skip
    _totals(page, 280, "112,92", "22,58", "135,50")
    assert _lines(read_drawn(doc)) == [
        ("Diesel", Decimal("64.62"), Decimal("1.569"), Decimal("101.39")),
        ("AdBlue", Decimal("14.96"), Decimal("0.771"), Decimal("11.53")),
    ]


def test_a_book_table_names_its_title_copies_and_retail_price() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "#"), (58, "ISBN"), (150, "Titel"), (345, "Autor"), (430, "Expl."),
                    (460, "Ladenpreis"), (520, "Betrag")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    _rows(page, 218, [("1", "978-3-6627-7176-1", "Die Wilden Waldgeister, Band 2", "Karla Brandt",
                       "1", "23,76", "23,76"),
                      ("2", "978-3-5847-0355-0", "Atlas der Heimatvögel, Band 3", "Jens Möller",
                       "2", "24,81", "49,62")],
          (40, 58, 150, 345), (450, 500, 555))  # fmt: skip
    _totals(page, 280, "73,38", "14,68", "88,06")
    assert _lines(read_drawn(doc)) == [
        ("Die Wilden Waldgeister, Band 2", Decimal("1"), Decimal("23.76"), Decimal("23.76")),
        ("Atlas der Heimatvögel, Band 3", Decimal("2"), Decimal("24.81"), Decimal("49.62")),
    ]


def test_a_course_table_beside_a_sidebar_names_participants_and_a_fee_per_head() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Course"), (230, "Delegates"), (290, "Fee per"), (360, "Amount")):
        write(page, x, 200, name, fontsize=9)
    write(page, 290, 210, "delegate", fontsize=9)
    write(page, 420, 204, "Booking ref.", fontsize=9)
    write(page, 420, 218, "B19216", fontsize=9)
    _rows(page, 228, [("Project management basics", "1", "718,00", "718,00"),
                      ("First aid at work", "10", "190,00", "1.900,00")],
          (40,), (262, 325, 385))  # fmt: skip
    write(page, 420, 242, "Currency", fontsize=9)
    _totals(page, 300, "2.618,00", "523,60", "3.141,60")
    assert _lines(read_drawn(doc)) == [
        ("Project management basics", Decimal("1"), Decimal("718.00"), Decimal("718.00")),
        ("First aid at work", Decimal("10"), Decimal("190.00"), Decimal("1900.00")),
    ]


def test_a_fixed_width_printout_reads_its_columns_between_rules_of_dashes() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Prairie Implement Parts Co.", fontsize=12)
    lines = [
        "RECHNUNG                                   RECHNUNGSNUMMER ...: 510597",
        "                                           DATUM .............: 13.02.2026",
        "-" * 86,
        "ART.-NR.  BEZEICHNUNG                    MENGE ME         PREIS        BETRAG",
        "-" * 86,
        "74143-26  Hydraulikschlauch 1/2 1,5m        10 Stk        35,06        350,60",
        "84770-36  Keilriemen SPA 1250                1 Stk        23,92         23,92",
        "-" * 86,
        "                                            NETTOBETRAG               374,52",
        "                                            UMSATZSTEUER 19 %          71,16",
        "                                            RECHNUNGSSUMME            445,68",
    ]
    for k, text in enumerate(lines):
        write(page, 40, 100 + 12 * k, text, fontname="cour", fontsize=8)
    assert _lines(read_drawn(doc)) == [
        ("Hydraulikschlauch 1/2 1,5m", Decimal("10"), Decimal("35.06"), Decimal("350.60")),
        ("Keilriemen SPA 1250", Decimal("1"), Decimal("23.92"), Decimal("23.92")),
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("titolo", "description"), ("seminar", "description"), ("formation", "description"),
        ("exemplaires", "quantity"), ("teilnehmer", "quantity"), ("deelnemers", "quantity"),
        ("prix public", "unit_price"), ("gebuhr je tn", "unit_price"),
        ("prezzo di copertina", "unit_price"), ("isbn", "code"),
    ],
)  # fmt: skip
def test_column_names_of_books_and_courses(name: str, kind: str) -> None:
    assert match_column(name) == kind


def test_a_share_of_a_total_cost_right_of_it_is_the_line_amount() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Cost heading"), (215, "Total cost"), (262, "Apportionment"),
                    (340, "Total units"), (392, "Your units"), (440, "Rate per unit"),
                    (515, "Your share")):  # fmt: skip
        write(page, x, 200, name, fontsize=8)
    _rows(page, 218, [("Common-area electricity", "m²", "115.846,04", "5.888,64", "417,89",
                       "19,6728", "8.221,07"),
                      ("Garden maintenance", "m²", "51.311,31", "4.331,75", "257,39", "11,8454",
                       "3.048,89"),
                      ("Waste collection", "units", "88.197,98", "38", "1", "2.320,9995",
                       "2.321,00")],
          (40, 262), (255, 378, 428, 488, 555))  # fmt: skip
    _totals(page, 280, "13.590,96", "2.718,19", "16.309,15")
    assert _lines(read_drawn(doc)) == [
        ("Common-area electricity", Decimal("417.89"), Decimal("19.6728"), Decimal("8221.07")),
        ("Garden maintenance", Decimal("257.39"), Decimal("11.8454"), Decimal("3048.89")),
        ("Waste collection", Decimal("1"), Decimal("2320.9995"), Decimal("2321.00")),
    ]


def test_numbers_thousands_grouped_by_a_space_stay_in_their_own_column() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Nature de charge"), (215, "Charges totales"), (335, "Tantièmes"),
                    (392, "Vos tantièmes"), (445, "Coût par tantième"),
                    (515, "Votre quote-part")):  # fmt: skip
        write(page, x, 200, name, fontsize=8)
    _rows(page, 218, [("Nettoyage des parties communes", "14 604,50", "1 000", "108", "14,6045",
                       "1 577,29"),
                      ("Enlèvement des déchets", "3 958,11", "25", "2", "158,3244", "316,65")],
          (40,), (255, 378, 428, 488, 555))  # fmt: skip
    _totals(page, 280, "1 893,94", "378,79", "2 272,73")
    assert _lines(read_drawn(doc)) == [
        ("Nettoyage des parties communes", Decimal("108"), Decimal("14.6045"), Decimal("1577.29")),
        ("Enlèvement des déchets", Decimal("2"), Decimal("158.3244"), Decimal("316.65")),
    ]


def test_an_amount_left_of_a_tax_rate_column_stays_the_line_amount() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Description"), (300, "Qty"), (350, "Price"), (430, "Amount"),
                    (500, "VAT %")):  # fmt: skip
        write(page, x, 200, name, fontsize=9)
    _rows(page, 218, [("Desk lamp", "2", "20.00", "40.00", "20"),
                      ("Office chair", "1", "80.00", "80.00", "20")],
          (40,), (312, 380, 460, 525))  # fmt: skip
    _totals(page, 280, "120.00", "24.00", "144.00")
    assert _lines(read_drawn(doc)) == [
        ("Desk lamp", Decimal("2"), Decimal("20.00"), Decimal("40.00")),
        ("Office chair", Decimal("1"), Decimal("80.00"), Decimal("80.00")),
    ]


def test_an_item_naming_a_tax_under_a_rate_column_of_prices_is_an_item() -> None:
    doc, page = a4_page()
    _head(page)
    header = ((40, "Prestation / débours"), (330, "Nb d'unités"), (425, "Taux"), (480, "%"),
              (525, "Valeur"))  # fmt: skip
    for x, name in header:
        write(page, x, 200, name, fontsize=9)
    _rows(page, 218, [("Manutention en entrepôt", "1", "120,30", "20", "120,30"),
                      ("Magasinage par jour", "7", "21,03", "20", "147,21")],
          (40,), (370, 450, 490, 555))  # fmt: skip
    write(page, 40, 262, "Débours pour votre compte (hors champ de la TVA)", fontsize=9)
    for x, name in header:
        write(page, x, 280, name, fontsize=9)
    _rows(page, 298, [("Droits de douane avancés", "1", "1 888,51", "0", "1 888,51"),
                      ("TVA import avancée", "1", "2 273,92", "0", "2 273,92")],
          (40,), (370, 450, 490, 555))  # fmt: skip
    _totals(page, 350, "4 429,94", "53,50", "4 483,44")
    assert [(d, q, a) for d, q, _, a in _lines(read_drawn(doc))] == [
        ("Manutention en entrepôt", Decimal("1"), Decimal("120.30")),
        ("Magasinage par jour", Decimal("7"), Decimal("147.21")),
        ("Droits de douane avancés", Decimal("1"), Decimal("1888.51")),
        ("TVA import avancée", Decimal("1"), Decimal("2273.92")),
    ]


def test_text_in_a_left_column_beside_the_table_is_not_part_of_its_descriptions() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Atelier Lumière Basile Girard", fontsize=10)
    write(page, 225, 68, "Note d'honoraires", fontsize=18)
    for x, name in ((225, "Prestation"), (415, "Qté"), (447, "Prix unitaire"),
                    (510, "Montant HT")):  # fmt: skip
        write(page, x, 132, name, fontsize=9)
    write(page, 40, 138, "Client", fontsize=9)
    write(page, 40, 151, "Mutuelle des Artisans du Nord", fontsize=9)
    _rows(page, 151, [("Post-production et retouche", "28", "82,61", "2 313,08")],
          (225,), (430, 490, 555))  # fmt: skip
    write(page, 40, 162, "22 boulevard Carnot", fontsize=9)
    write(page, 40, 172, "59000 Lille", fontsize=9)
    write(page, 40, 212, "Facture n° 2026-95", fontsize=9)
    write(page, 40, 242, "Date 2026-06-18", fontsize=9)
    for k, (label, value) in enumerate((("Total HT", "2 313,08 €"), ("TVA 20 %", "462,62 €"),
                                        ("Total TTC", "2 775,70 €"))):  # fmt: skip
        write(page, 40, 652 + 30 * k, label, fontsize=9)
        write(page, 40, 665 + 30 * k, value, fontsize=9)
    assert _lines(read_drawn(doc)) == [
        ("Post-production et retouche", Decimal("28"), Decimal("82.61"), Decimal("2313.08")),
    ]


def test_a_description_word_ending_another_columns_name_is_not_the_description() -> None:
    doc, page = a4_page()
    _head(page)
    for x, name in ((40, "Data prestazione"), (140, "Cod."), (215, "Prestazione sanitaria"),
                    (375, "N."), (430, "Tariffa"), (520, "Onorario")):  # fmt: skip
        write(page, x, 200, name, fontsize=8)
    _rows(page, 218, [("29.05.2026", "V01", "Visita odontoiatrica", "2", "56,86", "113,72"),
                      ("07.06.2026", "C12", "Corona provvisoria", "1", "89,82", "89,82")],
          (40, 140, 215), (385, 455, 555))  # fmt: skip
    _totals(page, 280, "203,54", "0,00", "203,54")
    assert _lines(read_drawn(doc)) == [
        ("Visita odontoiatrica", Decimal("2"), Decimal("56.86"), Decimal("113.72")),
        ("Corona provvisoria", Decimal("1"), Decimal("89.82"), Decimal("89.82")),
    ]
