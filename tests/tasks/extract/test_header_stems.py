"""Header labels built from structure on small PDFs drawn here: any word grown from an invoice
stem joined to a number sign ("Fakturanummer", "N° de facturation"), a reference word naming
the document ("Réf. document"), "dated" and "last day to pay" as letters write them; and the
numbers of other things (subscriber, policy) or of a cited invoice never taken."""

from __future__ import annotations

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _page(header: list[tuple[str, str]], *, title: str = "", below: bool = False) -> Invoice:
    """An invoice whose fact box prints each key with its value right of it (or below it)."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 120, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 132, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    y = 100.0
    for key, value in header:
        write(page, 320, y, key, fontsize=9)
        if below:
            write(page, 320, y + 11, value, fontsize=9)
            y += 26
        else:
            write(page, 440, y, value, fontsize=9)
            y += 14
    if title:
        write(page, 40, 230, title, fontsize=9)
    write_totals(page)
    return read_drawn(doc)


def test_a_word_grown_from_an_invoice_stem_with_a_number_sign_labels_the_number() -> None:
    for label, value in [
        ("Fakturanummer", "FK-2026/118"),
        ("Rechnungsbelegnummer", "77120-26"),
        ("Faktura-Nr.", "S2611/004"),
        ("N° de facturation", "F/2026/0093"),
        ("Nº de facturación", "A-2026-551"),
        ("Numero di fatturazione", "2026/FT/41"),
        ("Factuurvolgnummer", "2026.00417"),
        ("Billing no.", "BL-55123"),
    ]:
        for below in (False, True):
            invoice = _page([(label, value), ("Invoice date", "12/03/2026")], below=below)
            assert invoice.invoice_number == value, (label, below)


def test_a_reference_word_naming_the_document_labels_the_number() -> None:
    for label, value in [("Réf. document", "DOC-44817"), ("Rif. doc.", "RD/2026/77"),
                         ("Ref. pieza", "PZ-20931")]:  # fmt: skip
        invoice = _page([(label, value), ("Date", "12/03/2026")], below=True)
        assert invoice.invoice_number == value, label


def test_a_number_sign_naming_a_subscriber_or_policy_is_not_the_invoice_number() -> None:
    for label in ["N° d'abonné", "Numéro d'abonnement", "Policy no.", "Abonneenummer"]:
        invoice = _page([("Invoice date", "12/03/2026"), (label, "884213")])
        assert invoice.invoice_number is None, label


def test_an_invoice_cited_after_an_article_is_not_this_invoice() -> None:
    for title in ["Annule et remplace la facture SI-004542", "Rettifica la fattura RF-9913",
                  "Replaces the invoice INV-5521"]:  # fmt: skip
        invoice = _page([("Date", "12/03/2026")], title=title)
        assert invoice.invoice_number is None, title


def test_dated_as_letters_write_it_labels_the_issue_date() -> None:
    for label in ["Datiert", "Datée du", "Con fecha", "In data", "Gedateerd", "Fechado el"]:
        # the key, leader dots and the value in one piece of text, or the value below the key
        dotted = [("Invoice no.", "INV-3310"), (f"{label} ............... 14.05.2026", "")]
        stacked = [("Invoice no.", "INV-3310"), (label, "14.05.2026")]
        for header, below in ((dotted, False), (stacked, True)):
            invoice = _page(header, below=below)
            assert str(invoice.issue_date) == "2026-05-14", (label, below)


def test_dated_inside_a_sentence_is_no_label() -> None:
    header = [("Invoice no.", "INV-3310"), ("Date", "14.05.2026")]
    invoice = _page(header, title="Merce consegnata in data 02.05.2026 al magazzino")
    assert str(invoice.issue_date) == "2026-05-14"


def test_the_last_day_to_pay_is_the_due_date() -> None:
    for label in ["Letzter Zahltag", "Último día de pago", "Laatste betaaldag",
                  "Last day for payment", "Dernier jour de paiement",
                  "Ultimo giorno di pagamento"]:  # fmt: skip
        header = [("Invoice no.", "INV-3310"), ("Date", "14.05.2026"), (label, "28.05.2026")]
        invoice = _page(header, below=True)
        assert str(invoice.due_date) == "2026-05-28", label


def _grid(keys: list[str], values: list[str]) -> Invoice:
    """An invoice whose facts stand in a grid: the keys in one row, the values in the next."""
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 120, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 132, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    for index, (key, value) in enumerate(zip(keys, values, strict=True)):
        write(page, 40 + 130 * index, 180, key, fontsize=8)
        write(page, 40 + 130 * index, 192, value, fontsize=9)
    write_totals(page)
    return read_drawn(doc)


def test_a_fact_grid_with_keys_in_one_row_and_values_in_the_next() -> None:
    for keys in [
        ["Faktura-Nr.", "Datiert", "Letzter Zahltag", "Kunden-Nr."],
        ["N° de facturation", "Datée du", "Dernier jour de paiement", "N° client"],
        ["Ref. doc.", "Con fecha", "Último día de pago", "Nº de cliente"],
    ]:
        invoice = _grid(keys, ["RG-2026/0412", "03.04.2026", "17.04.2026", "K-55120"])
        assert invoice.invoice_number == "RG-2026/0412", keys
        assert str(invoice.issue_date) == "2026-04-03", keys
        assert str(invoice.due_date) == "2026-04-17", keys


def _titled(title: str, header: list[tuple[str, str]]) -> Invoice:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 90, title, fontsize=16, fontname="hebo")
    write(page, 40, 120, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 132, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    for index, (key, value) in enumerate(header):
        write(page, 330, 120 + 24 * index, key, fontsize=9)
        write(page, 330, 131 + 24 * index, value, fontsize=9)
    write_totals(page)
    return read_drawn(doc)


def test_a_document_numbers_itself_with_the_word_of_its_title() -> None:
    for title, label in [("Patient Account", "Account no."), ("Monthly Statement", "Statement #"),
                         ("Mietabrechnung", "Mietabrechnung Nr.")]:  # fmt: skip
        invoice = _titled(title, [(label, "HDP-31194"), ("Date", "23/01/2026")])
        assert invoice.invoice_number == "HDP-31194", title


def test_a_key_of_another_word_than_the_title_numbers_no_document() -> None:
    invoice = _titled("Patient Account", [("Customer no.", "C-5512"), ("Date", "23/01/2026")])
    assert invoice.invoice_number is None
    header = [("Invoice no.", "INV-2207"), ("Account no.", "HDP-31194"), ("Date", "23/01/2026")]
    assert _titled("Patient Account", header).invoice_number == "INV-2207"


def test_a_date_under_a_key_no_dictionary_knows_in_a_fact_grid() -> None:
    # two unlabelled dates: the one whose key names another day ("Valid until") is not it
    values = ["INV-7781", "03.04.2026", "30.04.2026"]
    invoice = _grid(["Invoice no.", "Prepared", "Valid until"], values)
    assert str(invoice.issue_date) == "2026-04-03"
    header = [("Invoice no.", "INV-7781"), ("Prepared", "03.04.2026"), ("Valid until", values[2])]
    assert str(_page(header, below=True).issue_date) == "2026-04-03"


def test_an_invoice_cited_after_a_word_of_reference_is_not_this_invoice() -> None:
    for title in ["Credit regarding invoice CR-4471", "Gutschrift betreffend Rechnung RE-4471",
                  "Creditnota met betrekking tot factuur 2026-4471"]:  # fmt: skip
        invoice = _page([("Date", "12/03/2026")], title=title)
        assert invoice.invoice_number is None, title


def test_an_invoice_label_qualified_as_another_invoice_is_not_this_invoice() -> None:
    for label in ["Original invoice no.", "Nº factura rectificada", "Fattura originale n.",
                  "Ursprüngliche Rechnungsnummer"]:  # fmt: skip
        invoice = _page([("Date", "12/03/2026"), (label, "OR-2026/118")])
        assert invoice.invoice_number is None, label
    header = [("Credit note no.", "CN-2026/7"), ("Original invoice no.", "OR-2026/118")]
    assert _page(header).invoice_number == "CN-2026/7"
