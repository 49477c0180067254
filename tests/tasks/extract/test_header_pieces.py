"""Header facts on small PDFs drawn here: several label-value pieces on one line set apart by
lone separators, participle and "dated" issue labels, the net payment date, the date of supply
as the issue date only where nothing else dates the invoice, dates of work done, credit titles
with a description, and a site caption that is never the buyer."""

from __future__ import annotations

import datetime

import pytest

from core.models import Invoice
from tasks.extract._labels import find_labels
from tasks.extract._parse import fold
from tests.tasks.extract.pdfs import a4_page, header_grid, read_drawn, write, write_totals

ISSUED, DUE, OTHER = (
    datetime.date(2026, 3, 4),
    datetime.date(2026, 4, 3),
    datetime.date(2026, 2, 27),
)


def _draw(
    rows: list[tuple[str, str]] = (),  # type: ignore[assignment]
    *,
    line: str = "",
    title: str = "Invoice",
    extra: tuple[str, ...] = (),
    footer: str = "",
) -> Invoice:
    doc, page = header_grid(list(rows), title=title)
    if line:
        write(page, 40, 250, line, fontsize=8.5)
    for index, text in enumerate(extra):
        write(page, 40, 270 + 12 * index, text, fontsize=9)
    if footer:
        write(page, 40, 800, footer, fontsize=7)
    write_totals(page)
    return read_drawn(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Customer invoice no. KS-2026-0417   ·   Issued 4 March 2026   ·   Due 3 April 2026",
        "Numéro de facture client KS-2026-0417 · Émise le 4 mars 2026 · Échéance 3 avril 2026",
        "Kundenrechnung Nr. KS-2026-0417  •  Ausgestellt 04.03.2026  •  Fällig 03.04.2026",
        "Factuurnr. klant KS-2026-0417   |   Gefactureerd 4 maart 2026   |   Vervalt 3 april 2026",
        "Invoice KS-2026-0417   ·   Date 04/03/2026   ·   Net payment date 03/04/2026",
        "Invoice KS-2026-0417   /   Datum 04.03.2026   /   Due 03.04.2026",
    ],
)
def test_each_piece_between_separators_is_a_label_and_its_value(line: str) -> None:
    invoice = _draw(line=line)
    assert invoice.invoice_number == "KS-2026-0417"
    assert (invoice.issue_date, invoice.due_date) == (ISSUED, DUE)


def test_a_bilingual_label_with_a_narrow_slash_stays_one_label() -> None:
    rows = [("Invoice no. / Rechnungsnr.", "KS-1"), ("Date / Datum", "04.03.2026")]
    invoice = _draw(rows)
    assert (invoice.invoice_number, invoice.issue_date) == ("KS-1", ISSUED)


def test_a_footer_of_separated_address_pieces_keeps_the_seller() -> None:
    invoice = _draw(
        [("Invoice no.", "KS-1"), ("Date", "04.03.2026")],
        footer="Kestrel Office Supplies Ltd · 9 Mill Lane · Leeds LS1 4AB · VAT GB 123 4567 89",
    )
    assert invoice.seller is not None and invoice.seller.name == "Kestrel Office Supplies Ltd"
    assert (invoice.invoice_number, invoice.issue_date) == ("KS-1", ISSUED)


@pytest.mark.parametrize(
    "label",
    ["Invoiced", "Dated", "Gedagtekend op", "Gedateerd", "Datiert am", "Daté du", "Fechado el",
     "Datato il", "Gefactureerd", "Fatturata", "Emitida", "Ausstellungstag", "Inv. date"],
)  # fmt: skip
def test_participles_and_dated_words_label_the_issue_date(label: str) -> None:
    invoice = _draw([("Invoice no.", "KS-1"), (label, "04.03.2026"), ("Due date", "03.04.2026")])
    assert (invoice.issue_date, invoice.due_date) == (ISSUED, DUE)


@pytest.mark.parametrize(
    ("done", "dated"),
    [("Fitted on", "Dated"), ("Gemonteerd op", "Gedagtekend op"), ("Montiert am", "Datiert am"),
     ("Posé le", "Daté du"), ("Instalado el", "Fechado el"), ("Eseguito il", "Datato il")],
)  # fmt: skip
def test_the_day_work_was_done_is_not_the_issue_date(done: str, dated: str) -> None:
    rows = [("Invoice no.", "KS-1"), (done, "27.02.2026"), (dated, "04.03.2026")]
    assert _draw(rows).issue_date == ISSUED


@pytest.mark.parametrize(
    "label",
    ["Net payment date", "Nettozahlungsdatum", "Date de paiement nette", "Fecha neta de pago",
     "Data netta di pagamento", "Netto betaaldatum", "Date nette de paiement"],
)  # fmt: skip
def test_the_net_payment_date_is_the_due_date(label: str) -> None:
    invoice = _draw([("Invoice no.", "KS-1"), ("Date", "04.03.2026"), (label, "03.04.2026")])
    assert invoice.due_date == DUE


@pytest.mark.parametrize(
    "label", ["Date of supply", "Supply date", "Leistungsdatum", "Fecha de devengo", "Tax point"]
)
def test_the_date_of_supply_dates_an_invoice_nothing_else_dates(label: str) -> None:
    invoice = _draw([("Invoice No", "KS-1"), (label, "04.03.2026"), ("Payable by", "03.04.2026")])
    assert (invoice.issue_date, invoice.due_date) == (ISSUED, DUE)


@pytest.mark.parametrize("label", ["Date of supply", "Lieferdatum", "Tax point", "Delivery date"])
def test_an_invoice_date_beside_a_supply_date_is_the_issue_date(label: str) -> None:
    rows = [("Invoice no.", "KS-1"), (label, "27.02.2026"), ("Invoice date", "04.03.2026")]
    assert _draw(rows).issue_date == ISSUED


@pytest.mark.parametrize(
    ("title", "extra"),
    [("Credit note for returned goods", ()), ("Gutschrift für Rücksendung", ()),
     ("Avoir sur facture", ()), ("Nota di credito per reso", ()),
     ("Creditnota voor retour", ()),
     ("Abono de alquiler técnico", ("Rectifica nuestra factura KS-0",)),
     ("Creditfactuur licht en geluid", ("Corrigeert onze factuur KS-0",))],
)  # fmt: skip
def test_a_described_credit_title_names_a_credit_note(title: str, extra: tuple[str, ...]) -> None:
    rows = [("Invoice no.", "KS-1"), ("Date", "04.03.2026")]
    assert _draw(rows, title=title, extra=extra).type_code == "381"


def test_a_described_ambiguous_credit_word_alone_stays_an_invoice() -> None:
    rows = [("Invoice no.", "KS-1"), ("Date", "04.03.2026")]
    assert _draw(rows, title="Abono de temporada completa").type_code == "380"


@pytest.mark.parametrize("caption", ["Obra", "Baustelle", "Chantier", "Cantiere", "Works at"])
def test_a_site_caption_is_never_the_buyer(caption: str) -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Andamios Norte S.L.", fontsize=12)
    write(page, 40, 52, "Calle Mayor 4, 39001 Santander", fontsize=8)
    write(page, 40, 100, "Factura", fontsize=16)
    write(page, 40, 130, "Factura número", fontsize=8.5)
    write(page, 140, 130, "AN-2026-77", fontsize=8.5)
    write(page, 40, 143, "Fecha", fontsize=8.5)
    write(page, 140, 143, "04.03.2026", fontsize=8.5)
    write(page, 340, 110, "Vendido a", fontsize=8.5)
    write(page, 340, 122, "Comunidad de Propietarios Plaza Mayor 7", fontsize=9)
    write(page, 340, 133, "Plaza Mayor 7", fontsize=9)
    write(page, 340, 144, "30001 Murcia", fontsize=9)
    write(page, 340, 180, caption, fontsize=8.5)
    write(page, 340, 192, "57 Calle Real", fontsize=9)
    write(page, 340, 203, "Andamio montado desde 16.01.2026", fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.buyer is not None
    assert invoice.buyer.name == "Comunidad de Propietarios Plaza Mayor 7"


@pytest.mark.parametrize(
    ("label", "field"),
    [("Obra", "delivery"), ("Baustelle", "delivery"), ("Chantier", "delivery"),
     ("Cantiere", "delivery"), ("Bouwplaats", "delivery"), ("Works at", "delivery"),
     ("Lavori eseguiti presso", "delivery"), ("Trabajos realizados en", "delivery"),
     ("Travaux réalisés à", "delivery"), ("Uitgevoerde werkzaamheden op", "delivery"),
     ("Montageadres", "delivery"), ("Luogo di posa", "delivery"), ("Vendido a", "buyer"),
     ("Vendu à", "buyer"), ("Venduto a", "buyer"), ("Verkauft an", "buyer")],
)  # fmt: skip
def test_site_captions_and_sold_to_labels(label: str, field: str) -> None:
    found = find_labels(fold(label))
    assert found and found[0][0] == 0 and found[0][1].field == field


@pytest.mark.parametrize(
    "caption", ["Obra", "Baustelle", "Chantier", "Cantiere", "Works at", "Site"]
)
def test_a_site_block_beside_an_unlabelled_buyer_is_not_the_buyer(caption: str) -> None:
    doc, page = a4_page()
    write(page, 40, 40, "Andamios Norte S.L.", fontsize=12)
    write(page, 40, 52, "Calle Mayor 4, 39001 Santander", fontsize=8)
    write(page, 40, 110, "Factura", fontsize=16)
    write(page, 40, 130, "Factura número", fontsize=8.5)
    write(page, 140, 130, "AN-2026-77", fontsize=8.5)
    write(page, 40, 143, "Fecha", fontsize=8.5)
    write(page, 140, 143, "04.03.2026", fontsize=8.5)
    write(page, 340, 100, caption, fontsize=8.5)
    write(page, 340, 112, "Hotel Las Dunas", fontsize=9)
    write(page, 340, 123, "Avenida del Mar 9", fontsize=9)
    write(page, 340, 134, "39005 Santander", fontsize=9)
    write(page, 340, 170, "Talleres Robles S.A.", fontsize=9)
    write(page, 340, 181, "Calle Real 57", fontsize=9)
    write(page, 340, 192, "30001 Murcia", fontsize=9)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.buyer is None or invoice.buyer.name != caption
