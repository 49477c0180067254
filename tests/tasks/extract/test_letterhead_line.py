"""A letterhead printed on one line: the name in large bold type, then the street, town and tax
id in small print after a gap ("Name   Street 1 · 12345 Town · VAT ..."). The name stops where
the address begins; a name holding its street in one run of type stays whole."""

from __future__ import annotations

import pymupdf
import pytest

from core.models import Invoice
from tasks.extract._layout import Segment, Word
from tasks.extract._party_names import block_name
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _one_line_letterhead(name: str, address: str) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 52, name, fontsize=11, fontname="helvetica-bold")
    width = pymupdf.get_text_length(name, fontname="helvetica-bold", fontsize=11)
    write(page, 40 + width + 9, 52, address, fontsize=8)  # a gap, but no column's
    write(page, 40, 130, "Bill to", fontsize=8)
    write(page, 40, 142, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 154, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    write(page, 330, 90, "Invoice", fontsize=16)
    write(page, 330, 120, "Invoice no.", fontsize=8.5)
    write(page, 460, 120, "KL-40215", fontsize=8.5)
    write(page, 330, 133, "Invoice date", fontsize=8.5)
    write(page, 460, 133, "2026-05-04", fontsize=8.5)
    write_totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Schärferei Nordkante", "Hohe Straße 12 · 50667 Köln · USt-IdNr. DE 123 456 789"),
        ("Atelier du Fil Sàrl", "Rue des Alpes 8 · 1201 Genève · CHE-123.456.789 TVA"),
        ("Ferramenta Bortolin", "Via Roma 41 · 31100 Treviso · P.IVA IT 01234567897"),
        ("Cuchillería Norte S.L.", "Calle Mayor 118 · 28013 Madrid · NIF B12345674"),
        ("Kestrel Office Supplies Ltd", "Mill Lane 9 · Leeds LS1 4AB · VAT GB 123 4567 89"),
    ],
)
def test_a_name_in_large_type_stops_where_the_address_in_small_print_begins(
    name: str, address: str
) -> None:
    assert _one_line_letterhead(name, address).seller.name == name


def test_a_name_holding_its_street_in_one_run_of_type_stays_whole() -> None:
    """Guard: "Comunidad de Propietarios Plaza Mayor 7" names the owners after their street;
    the cut falls only where the name's own type ends."""
    invoice = _one_line_letterhead(
        "Comunidad de Propietarios Plaza Mayor 7", "· 28012 Madrid · NIF H12345674"
    )
    assert invoice.seller.name == "Comunidad de Propietarios Plaza Mayor 7"


def _segment(*words: tuple[str, float, bool]) -> Segment:
    placed, x = [], 40.0
    for text, size, bold in words:
        width = pymupdf.get_text_length(text, fontsize=size)
        placed.append(Word(text, (x, 50.0, x + width, 50.0 + size), size, bold))
        x += width + size * 0.25
    return Segment(page=0, words=placed)


def test_a_street_in_bold_type_before_its_number_is_no_name() -> None:
    """Guard: "Hohe Straße" set in bold, then "12 · 50667 Köln", is an address line."""
    line = _segment(("Hohe", 8, True), ("Straße", 8, True), ("12", 8, False),
                    ("·", 8, False), ("50667", 8, False), ("Köln", 8, False))  # fmt: skip
    found = block_name([line])
    assert found is None or found[0] != "Hohe Straße"


def test_a_bold_name_then_its_street_in_regular_type_is_cut_at_the_street() -> None:
    line = _segment(("Nordkante", 9, True), ("Werkzeuge", 9, True), ("Hohe", 9, False),
                    ("Straße", 9, False), ("12", 9, False))  # fmt: skip
    assert block_name([line]) == ("Nordkante Werkzeuge", line)
