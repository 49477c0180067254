"""Totals that check themselves, on small PDFs drawn here: a tax named by what it is charged on
("VAT on services"), the grand total named by the tax it includes ("Amount VAT included"), a
discount before the tax, and labels that mislead where the amounts add up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.models import Invoice
from tasks.extract._amounts import Amount
from tasks.extract._consistent import consistent_triple, over_lines
from tasks.extract._hits import Found
from tasks.extract._labels import find_labels
from tasks.extract._layout import Segment, Word
from tasks.extract._parse import fold
from tasks.extract._roles import total_role
from tasks.extract._totals import _one_amount_one_total
from tests.tasks.extract.pdfs import a4_page, read_drawn, write


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("TVA sur prestations 20 %", "tax_total"),
        ("IVA sui servizi 22%", "tax_total"),
        ("Btw over diensten 21%", "tax_total"),
        ("VAT on goods 20%", "tax_total"),
        ("IVA sobre servicios 21 %", "tax_total"),
        ("Montant TVA incluse", "grand_total"),
        ("Importo IVA compresa", "grand_total"),
        ("Total TVA comprise", "grand_total"),
        ("Bedrag btw inbegrepen", "grand_total"),
        ("Total IVA incluido", "grand_total"),
        ("Importo IVA esclusa", "net_total"),
        ("Montant TVA non comprise", "net_total"),
        ("Nettoentgelt", "net_total"),
        ("davon 19 % MwSt. enthalten", "tax_total"),
        ("darin enthaltene USt.", "tax_total"),
        ("dont TVA incluse 20 %", "tax_total"),
        ("di cui IVA inclusa", "tax_total"),
        ("waarvan btw", "tax_total"),
        ("of which VAT included", "tax_total"),
        ("Totale prestazioni", "net_total"),
        ("Total services", "net_total"),
        ("Nettoyage", None),
    ],
)
def test_tax_words_with_what_they_are_on_or_what_includes_them(label: str, role: str) -> None:
    assert total_role(label) == role


def _invoice(
    totals: list[tuple[str, str]], lines: list[tuple[str, str]], label_x: float = 330
) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 40, "Ambulatorio Veterinario San Rocco", fontsize=14)
    write(page, 40, 60, "Via Manzoni 41, 20900 Monza", fontsize=8)
    write(page, 40, 100, "Sig.ra Giulia Ferri", fontsize=9)
    write(page, 360, 100, "Fattura n. VET-2026-118", fontsize=9)
    write(page, 360, 114, "Data: 01.07.2026", fontsize=9)
    write(page, 40, 160, "Fattura", fontsize=16)
    write(page, 40, 200, "Descrizione", fontsize=8)
    write(page, 500, 200, "Importo", fontsize=8)
    for index, (text, amount) in enumerate(lines):
        write(page, 40, 216 + 14 * index, text, fontsize=8)
        write(page, 500, 216 + 14 * index, amount, fontsize=8)
    for index, (label, amount) in enumerate(totals):
        write(page, label_x, 300 + 14 * index, label, fontsize=8)
        write(page, 500, 300 + 14 * index, amount, fontsize=8)
    return read_drawn(doc)


_LINES = [("Visita clinica", "41,22"), ("Vaccinazione", "50,00")]


@pytest.mark.parametrize(
    ("net", "tax", "grand"),
    [
        ("Importo prima dell'IVA", "IVA sui servizi 22%", "Importo IVA compresa"),
        ("Montant avant TVA", "TVA sur prestations 22 %", "Montant TVA incluse"),
        ("Bedrag vóór btw", "Btw over diensten 22%", "Bedrag incl. btw"),
    ],
)
def test_a_tax_on_services_and_an_amount_tax_included_are_tax_and_grand(
    net: str, tax: str, grand: str
) -> None:
    totals = [(net, "91,22 €"), (tax, "20,07 €"), (grand, "111,29 €")]
    invoice = _invoice(totals, _LINES)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("91.22"), Decimal("20.07"), Decimal("111.29"),
    )  # fmt: skip


def test_amounts_that_add_up_win_over_a_label_naming_another_role() -> None:
    """ "Montant TVA" (the tax amount, by its words) labels the grand total here: the printed
    amounts 91,22 + 20,07 = 111,29 at 22 % with the lines summing to the net decide."""
    totals = [("Montant hors TVA", "91,22 €"), ("Taxe 22 %", "20,07 €"),
              ("Montant TVA", "111,29 €")]  # fmt: skip
    invoice = _invoice(totals, _LINES)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("91.22"), Decimal("20.07"), Decimal("111.29"),
    )  # fmt: skip
    assert invoice.evidence["grand_total"].confidence < 0.7


def _found(value: str, confidence: float, segment: Segment) -> Found:
    return Found(Decimal(value), confidence, "label", segment, segment.text)


def _segment(text: str, y: float) -> Segment:
    return Segment(0, [Word(text, (500, y, 540, y + 9), 8, False)])


def test_one_printed_amount_is_not_both_the_net_and_the_tax() -> None:
    """A tax line whose words also read as a net label gives its amount to the surer reading."""
    tax_line, grand_line = _segment("20,07", 314), _segment("111,29", 328)
    chosen = {"net_total": _found("20.07", 0.6, tax_line),
              "tax_total": _found("20.07", 0.9, tax_line),
              "grand_total": _found("111.29", 0.9, grand_line)}  # fmt: skip
    _one_amount_one_total(chosen)
    assert sorted(chosen) == ["grand_total", "tax_total"]
    tie = {"net_total": _found("20.07", 0.6, tax_line), "tax_total": _found("20.07", 0.6, tax_line)}
    _one_amount_one_total(tie)
    assert tie == {}


@pytest.mark.parametrize("base", ["Nettoentgelt", "Verbleibend"])
def test_a_discount_before_the_tax_leaves_the_base_after_it_as_the_net(base: str) -> None:
    """Lines sum to the goods value before a case discount; the tax is on the base after it
    (named as the net, or by words naming no total)."""
    totals = [("Warenwert", "725,94"), ("abzgl. Kistenrabatt 5 %", "-36,30"),
              (base, "689,64 €"), ("zzgl. Umsatzsteuer 19 %", "131,03 €"),
              ("Gesamt brutto", "820,67 €")]  # fmt: skip
    invoice = _invoice(totals, [("Riesling", "412,20"), ("Crémant", "313,74")])
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("689.64"), Decimal("131.03"), Decimal("820.67"),
    )  # fmt: skip


def _amount(value: str, y: float, role: str | None) -> Amount:
    segment = _segment(value, y)
    return Amount(Decimal(value), segment, value, "", role, True)


def test_amounts_that_add_up_count_only_when_something_else_backs_them() -> None:
    amounts = [_amount("100.00", 300, None), _amount("20.00", 314, None),
               _amount("120.00", 328, None)]  # fmt: skip
    assert consistent_triple(amounts, None) is None
    backed = consistent_triple(amounts, Decimal("100.00"))
    assert backed is not None
    assert (backed.net.value, backed.tax.value, backed.grand.value) == (
        Decimal("100.00"), Decimal("20.00"), Decimal("120.00"),
    )  # fmt: skip


def test_two_readings_equally_good_give_none() -> None:
    """50 + 10 = 60 and 100 + 20 = 120, each with one label: no guess between them."""
    amounts = [_amount("50.00", 300, "net_total"), _amount("10.00", 314, None),
               _amount("60.00", 328, None), _amount("100.00", 400, "net_total"),
               _amount("20.00", 414, None), _amount("120.00", 428, None)]  # fmt: skip
    assert consistent_triple(amounts, None) is None
    amounts[3].role = None  # the second reading loses its label: the first one is backed best
    found = consistent_triple(amounts, None)
    assert found is not None
    assert found.grand.value == Decimal("60.00")


@pytest.mark.parametrize(
    "label",
    ["zu zahlender Beitrag", "Amount to be paid", "Montant à régler", "Importo da pagare",
     "Saldo pendiente", "Nog te betalen"],
)  # fmt: skip
def test_an_older_debt_makes_the_amount_to_pay_larger_than_the_grand_total(label: str) -> None:
    """The grand total is the amount whose words name it (the premium with its tax), the amount
    to pay adds what was still open: neither is taken for the other."""
    totals = [("Beitrag inklusive 19 % Versicherungsteuer", "220,00 €"),
              ("in diesem Beitrag enthaltene Versicherungsteuer", "(35,13 €)"),
              ("Ausstehende Forderung am Ausstellungstag", "220,00 €"),
              (label, "440,00 €")]  # fmt: skip
    invoice = _invoice(totals, [("Haftpflicht", "80,00"), ("Vollkasko", "140,00")], 200)
    assert (invoice.grand_total, invoice.amount_due) == (Decimal("220.00"), Decimal("440.00"))


@pytest.mark.parametrize(
    "label",
    ["zu zahlender Beitrag", "Noch zu zahlen", "Amount to be paid", "Total to pay",
     "Montant à régler", "Solde à payer", "Importo da pagare", "Saldo pendiente",
     "Nog te betalen", "Openstaand saldo"],
)  # fmt: skip
def test_more_phrasings_of_the_amount_to_pay_are_its_label(label: str) -> None:
    assert [match.field for _, match in find_labels(fold(label))] == ["amount_due"]


def test_lines_plus_a_tax_giving_the_total_name_tax_and_total_without_known_labels() -> None:
    """No tax or total label known, the net read with the item table: the lines (91,22) plus
    18,24 (20 %) make 109,46, so those are the tax and the grand total."""
    totals = [("Prix des prestations", "91,22"), ("Contribution fiscale 20 %", "18,24"),
              ("A verser", "109,46")]  # fmt: skip
    invoice = _invoice(totals, _LINES)
    assert (invoice.net_total, invoice.tax_total, invoice.grand_total) == (
        Decimal("91.22"), Decimal("18.24"), Decimal("109.46"),
    )  # fmt: skip


def test_lines_plus_two_possible_taxes_give_no_tax() -> None:
    amounts = [_amount("18.24", 300, None), _amount("109.46", 314, None),
               _amount("9.12", 400, None), _amount("100.34", 414, None)]  # fmt: skip
    assert over_lines(amounts, Decimal("91.22")) is None
    assert over_lines(amounts[:2], Decimal("91.22")) is not None
