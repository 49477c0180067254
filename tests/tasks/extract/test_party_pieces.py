"""Captions and comma-separated party lines: a party word with a caption noun ("Client
account", "Customer details") is a caption over the name below, never the name; a name in short
capitalised pieces ("Musée d'horlogerie du Locle, Château des Monts") is no sentence; a name and
its address on one line keep a lower-case department piece ("Opéra de Lyon, atelier couture")
up to the street or postcode piece; and "work done" names a table's description column."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tasks.extract._columns import match_column
from tasks.extract._parse import fold
from tasks.extract._party_labels import caption_tail
from tasks.extract._party_names import nameable, split_name
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


@pytest.mark.parametrize(
    "tail", ["account", "Account", "details", "information", "data", "Konto", "Daten", "compte",
             "datos", "dati", "gegevens", "account details"],
)  # fmt: skip
def test_a_party_word_with_a_caption_noun_is_a_caption(tail: str) -> None:
    assert caption_tail(tail)


@pytest.mark.parametrize("tail", ["Services Ltd", "Accounting Partners", "Data Systems GmbH"])
def test_a_party_word_going_on_with_a_name_is_no_caption(tail: str) -> None:
    assert not caption_tail(tail)


def test_a_name_in_short_capitalised_pieces_is_no_sentence() -> None:
    assert nameable("Musée d'horlogerie du Locle, Château des Monts")
    assert not nameable("Merci de régler avant la date, sur le compte indiqué ci-dessous.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Opéra de Lyon, atelier couture, 1 place de la Comédie, 69001 Lyon",
         "Opéra de Lyon, atelier couture"),
        ("Teatro de la Maestranza, sastrería, Paseo de Cristóbal Colón 22, 41001 Sevilla",
         "Teatro de la Maestranza, sastrería"),
        ("Quiltwinkel De Lapjesmand, Kerkstraat 5, 5261 CD Vught", "Quiltwinkel De Lapjesmand"),
        ("Rossi, S.r.l., Via Emilia 10, 40121 Bologna", "Rossi, S.r.l."),
        ("Harbour Dental, Leeds, LS1 4AB", "Harbour Dental"),
    ],
)  # fmt: skip
def test_a_name_runs_up_to_the_address_piece(line: str, name: str) -> None:
    assert split_name(line) == name


@pytest.mark.parametrize(
    "cell", ["Uitgevoerd werk", "Work carried out", "Ausgeführte Arbeiten", "Travaux effectués",
             "Trabajos realizados", "Lavori eseguiti", "Verrichte werkzaamheden"],
)  # fmt: skip
def test_work_done_names_the_description_column(cell: str) -> None:
    assert match_column(fold(cell)) == "description"


def test_a_caption_over_the_buyer_and_a_work_done_table_are_read() -> None:
    doc, page = a4_page()
    write(page, 40, 50, "Naaimachinehuis Van der Wijst", fontsize=14)
    write(page, 40, 64, "Vughterstraat 88, 5211 GK 's-Hertogenbosch", fontsize=9)
    write(page, 40, 100, "Factuur", fontsize=18)
    write(page, 40, 130, "Factuurnummer 9777", fontsize=9)
    write(page, 300, 130, "Factuurdatum 04.03.2027", fontsize=9)
    write(page, 40, 170, "Client account", fontsize=10)
    write(page, 40, 184, "Quiltwinkel De Lapjesmand", fontsize=10)
    write(page, 40, 197, "Kerkstraat 5", fontsize=10)
    write(page, 40, 210, "5261 CD Vught", fontsize=10)
    for x, name in ((40, "Uitgevoerd werk"), (300, "Eenheden"), (380, "Tarief per eenheid"),
                    (500, "Netto EUR")):  # fmt: skip
        write(page, x, 260, name, fontsize=9)
    rows = (("Grijper en naaldstang afgesteld", "1 post", "40,24", "40,24"),
            ("Set naaivoetjes", "1 set", "27,47", "27,47"),
            ("Motorriem vervangen", "1 st", "10,41", "10,41"))  # fmt: skip
    for k, (text, units, price, net) in enumerate(rows):
        y = 278 + 14 * k
        write(page, 40, y, text, fontsize=9)
        write(page, 300, y, units, fontsize=9)
        write(page, 420, y, price, fontsize=9)
        write(page, 530, y, net, fontsize=9)
    totals = (("Goederenwaarde", "€ 78,12"), ("Btw 21%", "€ 16,41"), ("Totaal", "€ 94,53"))
    for k, (label, value) in enumerate(totals):
        write(page, 330, 340 + 16 * k, label, fontsize=9)
        write(page, 510, 340 + 16 * k, value, fontsize=9)
    invoice = read_drawn(doc)
    assert invoice.buyer is not None and invoice.buyer.name == "Quiltwinkel De Lapjesmand"
    assert [line.description for line in invoice.lines] == [r[0] for r in rows]
    assert invoice.net_total == Decimal("78.12")
