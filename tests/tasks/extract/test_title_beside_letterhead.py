"""A title set larger right beside the letterhead name on the same line, a space or so apart,
is a text of its own: the two are cut where the type size steps, so that the title still names
the document and the name stays the seller's."""

from __future__ import annotations

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._layout import read_layout
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals

_SELLER = "Tejados y Canalones del Norte Asturiano S.L."


def _page(title: str, cites: str, *, gap: float = 5.0) -> Invoice:
    """A page with the seller's name in 11-point bold at the top left and `title` in 15-point
    bold starting `gap` points after the name ends, a number, a date, a line `cites` below,
    one item and its totals."""
    doc, page = a4_page()
    write(page, 40, 56, _SELLER, fontsize=11, fontname="hebo")
    end = 40 + pymupdf.get_text_length(_SELLER, fontname="hebo", fontsize=11)
    write(page, end + gap, 58, title, fontsize=15, fontname="hebo")
    write(page, 40, 70, "Calle Uria 12, 33003 Oviedo", fontsize=7.5)
    write(page, 40, 140, "Comunidad de Propietarios Prado 4", fontsize=9.5, fontname="hebo")
    write(page, 40, 152, "Calle del Prado 4, 33001 Oviedo", fontsize=9.5)
    write(page, 330, 140, "Numero", fontsize=8.5)
    write(page, 460, 140, "TC-2026/118", fontsize=8.5)
    write(page, 330, 153, "Fecha", fontsize=8.5)
    write(page, 460, 153, "04.11.2026", fontsize=8.5)
    write(page, 40, 185, cites, fontsize=8)
    for x, text in [(40, "Concepto"), (330, "Cant."), (400, "Precio"), (500, "Importe")]:
        write(page, x, 230, text, fontsize=8)
    for x, text in [(40, "Canalon de zinc sustituido"), (330, "1"), (400, "100,00"),
                    (500, "100,00")]:  # fmt: skip
        write(page, x, 248, text, fontsize=8.5)
    for y, label, amount in [(300, "Base imponible", "100,00"), (314, "IVA 21 %", "21,00"),
                             (328, "Total", "121,00")]:  # fmt: skip
        write(page, 380, y, label, fontsize=8.5)
        write(page, 500, y, amount, fontsize=8.5)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("title", "cites"),
    [
        ("Factura rectificativa tejado", "Rectifica la factura TC-2026/077"),
        ("Abono reparacion de tejado", "Anula la factura TC-2026/077"),
        ("Nota de credito canalones", "Corrige nuestra factura TC-2026/077"),
    ],
)
def test_a_credit_title_beside_the_letterhead_names_a_credit_note(title: str, cites: str) -> None:
    invoice = _page(title, cites)
    assert invoice.type_code == "381"
    assert invoice.seller is not None and invoice.seller.name == _SELLER


def test_an_invoice_title_beside_the_letterhead_stays_an_invoice() -> None:
    invoice = _page("Factura reparacion de tejado", "Obra realizada en octubre")
    assert invoice.type_code == "380"
    assert invoice.seller is not None and invoice.seller.name == _SELLER


def test_a_title_and_its_number_set_smaller_stay_one_text() -> None:
    """Guard: a step down in size keeps a title and its number together ("INVOICE #10442")."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 80, "INVOICE", fontsize=18)
    end = 330 + pymupdf.get_text_length("INVOICE ", fontname="helv", fontsize=18)
    write(page, end, 80, "#10442", fontsize=10)
    write(page, 330, 110, "Date: 03.03.2026", fontsize=9)
    write_totals(page)
    layout = read_layout(page)
    invoice = read_drawn(doc)
    assert "INVOICE #10442" in [s.text for s in layout.segments]
    assert invoice.invoice_number == "10442"
