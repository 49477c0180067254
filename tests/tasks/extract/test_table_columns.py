"""Line-item columns and totals labels in more real-world shapes, on small PDFs drawn here:
list price and discount columns beside the net price, a unit column right of the description,
a quantity column whose name reads as a position number, a price header with a trailing word
("Prezzo cad."), an item whose words also name a carry-over, dotted tax acronyms ("I.V.A."),
and a "total of the services" above the tax."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from tasks.extract._columns import match_column
from tasks.extract._roles import total_role
from tests.tasks.extract.pdfs import read_drawn, write


def _page(doc: pymupdf.Document, title: str) -> pymupdf.Page:
    page = doc.new_page(width=595, height=842)
    write(page, 40, 50, "Comercial Ribera S.L.", fontsize=14)
    write(page, 40, 100, title, fontsize=18)
    write(page, 40, 130, "No. 2026-0417")
    write(page, 300, 130, "14/09/2026")
    return page


def _row(page: pymupdf.Page, y: float, cells: list[tuple[float, str]], size: float = 9) -> None:
    for x, text in cells:
        write(page, x, y, text, fontsize=size)


def _totals(page: pymupdf.Page, y: float, rows: list[tuple[str, str]]) -> None:
    for k, (label, value) in enumerate(rows):
        write(page, 360, y + 16 * k, label, fontsize=9)
        write(page, 500, y + 16 * k, value, fontsize=9)


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("list price", "list_price"),
        ("listenpreis", "list_price"),
        ("prezzo di listino", "list_price"),
        ("discount", "discount"),
        ("rabatt %", "discount"),
        ("dto.", "discount"),
        ("net price", "unit_price"),
        ("prix net", "unit_price"),
        ("hourly rate", "unit_price"),
        ("stundensatz", "unit_price"),
        ("tarifa/hora", "unit_price"),
        ("uurtarief", "unit_price"),
        ("charge", "net_amount"),
        ("total linea", "net_amount"),
        ("valeur ht", "net_amount"),
        ("intitule", "description"),
        ("oggetto", "description"),
        ("artikeltext", "description"),
        ("werkzaamheden", "description"),
        ("product/dienst", "description"),
        ("eenh.", "unit"),
    ],
)
def test_more_column_names(header: str, kind: str) -> None:
    assert match_column(header) == kind


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("T.V.A. 20 %", "tax_total"),
        ("I.V.A. 21%", "tax_total"),
        ("M.w.St. 19 %", "tax_total"),
        ("Total H.T.", "net_total"),
        ("Total T.T.C.", "grand_total"),
        ("Totale prestazioni", "net_total"),
        ("Total services", "net_total"),
        ("Totale a vostro debito", "amount_due"),
    ],
)
def test_dotted_acronyms_and_totals_of_services_name_their_role(label: str, role: str) -> None:
    assert total_role(label) == role


def test_a_discount_table_reads_the_net_price_and_the_quantity() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    columns = (40, 92, 312, 379, 430, 483, 531)
    _row(page, 250, list(zip(columns, ("#", "Service", "Units", "List price", "Discount",
                                       "Net price", "Charge"), strict=True)), 8)  # fmt: skip
    rows = (("51-7086", "Drill bit HSS 6 mm", "25 pc", "640.15", "0 %", "640.15", "16,003.75"),
            ("85-7265", "Anchor 8 mm nylon", "6 box", "1,601.29", "10 %", "1,441.16",
             "8,646.96"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 270 + 14 * k, list(zip(columns, row, strict=True)))
    _totals(page, 320, [("Goods & services", "24,650.71"), ("VAT charged at 20%", "4,930.14"),
                        ("Amount to pay", "29,580.85")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.unit_price, i.net_amount) for i in invoice.lines] == [
        ("Drill bit HSS 6 mm", Decimal("25"), Decimal("640.15"), Decimal("16003.75")),
        ("Anchor 8 mm nylon", Decimal("6"), Decimal("1441.16"), Decimal("8646.96")),
    ]  # fmt: skip
    assert invoice.net_total == Decimal("24650.71")


def test_unit_column_and_a_quantity_named_like_a_position() -> None:
    """The quantity column "Nr." reads as a position number: the quantity is the number that
    multiplies out; the unit column right of the description stays out of it, numbers inside
    it stay in."""
    doc = pymupdf.open()
    page = _page(doc, "Fattura")
    _row(page, 220, [(44, "Descrizione prestazione"), (300, "U.M"), (359, "Nr."),
                     (396, "Prezzo cad."), (457, "% IVA"), (499, "Importo netto")], 8)  # fmt: skip
    rows = (("Tovaglia cotone 150x150", "pz", "40", "324,51", "22", "12.980,40"),
            ("Carrello portavivande", "pz", "10", "517,40", "22", "5.174,00"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((44, 300, 361, 414, 471, 513), row, strict=True)))
    _totals(page, 300, [("Totale prestazioni", "18.154,40"), ("I.V.A. 22%", "3.993,97"),
                        ("Totale a vostro debito", "22.148,37")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Tovaglia cotone 150x150", Decimal("40"), Decimal("12980.40")),
        ("Carrello portavivande", Decimal("10"), Decimal("5174.00")),
    ]  # fmt: skip
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("18154.40"), Decimal("3993.97"), Decimal("22148.37"),
    )  # fmt: skip


def test_an_item_named_like_a_carry_over_is_an_item() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Facture")
    _row(page, 220, [(40, "Intitulé"), (300, "Nombre"), (413, "Prix unit. HT"),
                     (518, "Valeur HT")], 8)  # fmt: skip
    rows = (("Frais de transport", "4", "37,11", "148,44"),
            ("Enveloppes C5 blanches", "1", "28,15", "28,15"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((40, 325, 430, 518), row, strict=True)))
    _totals(page, 300, [("Montant hors taxes", "176,59"), ("T.V.A. 20 %", "35,32"),
                        ("Reste à payer", "211,91")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity) for i in invoice.lines] == [
        ("Frais de transport", Decimal("4")), ("Enveloppes C5 blanches", Decimal("1")),
    ]  # fmt: skip
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("176.59"), Decimal("35.32"), Decimal("211.91"),
    )  # fmt: skip


def test_dotted_tax_label_between_net_and_amount_due() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Factura")
    _row(page, 220, [(50, "Pos."), (76, "Unidades"), (152, "Detalle"), (431, "P. unitario"),
                     (515, "Total línea")], 8)  # fmt: skip
    rows = (("1", "2 lote", "Material de fijación", "638,92", "1.277,84"),
            ("2", "8 h", "Mano de obra oficial", "787,27", "6.298,16"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((50, 107, 152, 444, 522), row, strict=True)))
    _totals(page, 300, [("Total sin IVA", "7.576,00"), ("I.V.A. 21%", "1.590,96"),
                        ("Importe a pagar", "9.166,96")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity) for i in invoice.lines] == [
        ("Material de fijación", Decimal("2")), ("Mano de obra oficial", Decimal("8")),
    ]  # fmt: skip
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("7576.00"), Decimal("1590.96"), Decimal("9166.96"),
    )  # fmt: skip


def test_a_description_column_with_a_name_we_do_not_know() -> None:
    """The header "Gegenstand" names no description we know: the wide unnamed column left of the
    quantity, price and amount columns is the description."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    _row(page, 220, [(40, "Pos."), (80, "Gegenstand"), (330, "Menge"), (400, "Einzelpreis"),
                     (500, "Gesamt")], 8)  # fmt: skip
    rows = (("1", "Dachrinne Zink 6 m", "2", "45,00", "90,00"),
            ("2", "Montage Fallrohr", "3", "20,00", "60,00"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((40, 80, 335, 410, 500), row, strict=True)))
    _totals(page, 300, [("Summe netto", "150,00"), ("MwSt. 19 %", "28,50"),
                        ("Gesamtbetrag", "178,50")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Dachrinne Zink 6 m", Decimal("2"), Decimal("90.00")),
        ("Montage Fallrohr", Decimal("3"), Decimal("60.00")),
    ]  # fmt: skip


def test_rows_by_shape_take_the_longest_text_as_the_description() -> None:
    """Without a header we can read, a row's description may follow its position and quantity,
    and a name column beside it is not part of it."""
    doc = pymupdf.open()
    page = _page(doc, "Invoice")
    _row(page, 220, [(40, "Ln"), (80, "Who"), (160, "What"), (380, "H"), (440, "@"),
                     (520, "Sum")], 8)  # fmt: skip
    rows = (("1", "A. Novak", "Stakeholder interviews", "6.75", "102.49", "691.81"),
            ("2", "S. Keller", "Workshop facilitation", "2", "150.00", "300.00"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((40, 80, 160, 380, 440, 520), row, strict=True)))
    _totals(page, 300, [("Subtotal", "991.81"), ("VAT 20%", "198.36"), ("Total", "1,190.17")])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Stakeholder interviews", Decimal("6.75"), Decimal("691.81")),
        ("Workshop facilitation", Decimal("2"), Decimal("300.00")),
    ]  # fmt: skip


def test_a_line_with_net_tax_and_gross_columns_takes_the_net() -> None:
    doc = pymupdf.open()
    page = _page(doc, "Facture")
    _row(page, 220, [(40, "Désignation"), (220, "Qté"), (260, "PU HT"), (330, "Total HT"),
                     (400, "TVA %"), (450, "TVA"), (510, "Total TTC")], 8)  # fmt: skip
    rows = (("Ramette papier A4", "10", "4,50", "45,00", "20", "9,00", "54,00"),
            ("Classeur à levier", "4", "2,50", "10,00", "20", "2,00", "12,00"))  # fmt: skip
    for k, row in enumerate(rows):
        _row(page, 240 + 16 * k, list(zip((40, 220, 260, 330, 400, 450, 510), row, strict=True)))
    _totals(page, 300, [("Total HT", "55,00"), ("TVA 20 %", "11,00"), ("Total TTC", "66,00")])
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Ramette papier A4", Decimal("10"), Decimal("45.00")),
        ("Classeur à levier", Decimal("4"), Decimal("10.00")),
    ]  # fmt: skip
    assert invoice.net_total == Decimal("55.00")


def test_items_go_on_under_a_note_heading_and_end_at_a_terms_heading() -> None:
    """A heading with a colon under an item ("Weitere Eigenschaften:") ends the table only when
    no full item row (quantity, price, amount) follows; the terms under "Zahlungsbedingungen:"
    stay outside the table, so their due date is read."""
    doc = pymupdf.open()
    page = _page(doc, "Rechnung")
    _row(page, 220, [(53, "Pos"), (151, "Beschreibung"), (300, "Menge"), (380, "Einzelpreis"),
                     (505, "Betrag")], 8)  # fmt: skip
    _row(page, 240, [(59, "1"), (151, "Miettage"), (300, "2"), (380, "86,55"), (505, "173,10")])
    write(page, 151, 290, "Weitere Eigenschaften:", fontsize=9)
    write(page, 151, 304, "Fahrzeug-Kennzeichen: M-MM 0000", fontsize=9)
    _row(page, 330, [(59, "2"), (151, "Vollkasko"), (300, "2"), (380, "23,10"), (505, "46,20")])
    write(page, 40, 380, "Zahlungsbedingungen:", fontsize=9)
    write(page, 40, 396, "Zahlbar ohne Abzug bis 20.11.2026", fontsize=9)
    _totals(page, 440, [("Summe netto", "219,30"), ("MwSt. 19 %", "41,67"),
                        ("Gesamtbetrag", "260,97")])  # fmt: skip
    invoice = read_drawn(doc)
    assert [(i.description, i.quantity, i.net_amount) for i in invoice.lines] == [
        ("Miettage", Decimal("2"), Decimal("173.10")),
        ("Vollkasko", Decimal("2"), Decimal("46.20")),
    ]  # fmt: skip
    assert invoice.grand_total == Decimal("260.97")
    assert str(invoice.due_date) == "2026-11-20"
