"""Header values paired with their labels in every direction on small PDFs drawn here: a value
printed before its label (in the same piece of text or left of it), a caption under its value,
labels set over two lines, a folio's number when nothing else numbers the document, a credit
note whose title carries a description, and the checks that keep a wrong date out (a period,
an item's date, a due date before the issue date)."""

from __future__ import annotations

from core.models import Invoice
from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _draw(lines: list[tuple[float, float, str, float]], *, title: str = "Invoice") -> Invoice:
    doc, page = a4_page()
    write(page, 40, 40, "Kestrel Office Supplies Ltd", fontsize=12)
    write(page, 40, 52, "9 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 40, 200, "Harbour View Dental Practice", fontsize=10)
    write(page, 40, 212, "12 Quay Road, Whitby YO21 1DH", fontsize=10)
    if title:
        write(page, 420, 60, title, fontsize=16)
    for x, y, text, size in lines:
        write(page, x, y, text, fontsize=size)
    write_totals(page)
    return read_drawn(doc)


def test_values_printed_before_their_labels_are_paired_with_them() -> None:
    for number, issued, due in [
        ("Invoice reference", "Invoice raised", "Pay no later than"),
        ("Rechnungskennung", "Erstellt am", "Zahlung spätestens"),
        ("Référence facture", "Facture émise le", "À régler au plus tard le"),
        ("Referencia de factura", "Factura emitida", "Pagar como máximo el"),
        ("Riferimento fattura", "Fattura emessa", "Pagare entro il"),
        ("Factuurkenmerk", "Factuur opgemaakt", "Uiterlijk betalen op"),
    ]:
        invoice = _draw(
            [
                (60, 100, f"L 023593 {number}", 8.5),
                (60, 113, f"30.08.2026 {issued}", 8.5),
                (60, 126, f"29.09.2026 {due}", 8.5),
                (60, 139, "01.08.2026 \u2013 30.08.2026 Collection period", 8.5),
            ]
        )
        assert invoice.invoice_number == "L 023593", number
        assert str(invoice.issue_date) == "2026-08-30", issued
        assert str(invoice.due_date) == "2026-09-29", due


def test_a_date_with_a_month_name_before_its_label_and_no_phrase_taken_for_a_value() -> None:
    invoice = _draw([(60, 100, "RE-2026-118 Invoice reference", 8.5),
                     (60, 113, "30 August 2026 Invoice raised", 8.5),
                     (60, 126, "29 September 2026 Pay no later than", 8.5)])  # fmt: skip
    assert invoice.invoice_number == "RE-2026-118"
    assert str(invoice.issue_date) == "2026-08-30"
    assert str(invoice.due_date) == "2026-09-29"
    invoice = _draw([(300, 100, "PO Box 12", 9), (420, 100, "Invoice number", 9),
                     (330, 140, "Date", 9), (480, 140, "12.03.2026", 9)])  # fmt: skip
    assert invoice.invoice_number is None
    invoice = _draw([(240, 100, "Tel.", 9), (270, 100, "0123-4567", 9),
                     (420, 100, "Invoice number", 9),
                     (330, 140, "Date", 9), (480, 140, "12.03.2026", 9)])  # fmt: skip
    assert invoice.invoice_number is None


def test_a_value_left_of_a_label_standing_alone_is_its_value() -> None:
    invoice = _draw([(300, 100, "INV-77120", 9), (420, 100, "Invoice number", 9),
                     (300, 114, "12.03.2026", 9), (420, 114, "Invoice date", 9)])  # fmt: skip
    assert invoice.invoice_number == "INV-77120"
    assert str(invoice.issue_date) == "2026-03-12"


def test_a_caption_under_its_value_labels_it() -> None:
    invoice = _draw([(300, 100, "INV-77120", 11), (430, 100, "12.03.2026", 11),
                     (300, 110, "Invoice number", 6.5), (430, 110, "Invoice date", 6.5),
                     (300, 150, "Harbour View", 11)])  # fmt: skip
    assert invoice.invoice_number == "INV-77120"
    assert str(invoice.issue_date) == "2026-03-12"


def test_a_label_set_over_two_lines_reads_as_one() -> None:
    for first, second, value in [
        ("Our billing", "ref.", "MSP-202606-4026"),
        ("Unser", "Rechnungszeichen", "MSP-202610-7078"),
    ]:
        invoice = _draw([(352, 100, first, 6.5), (470, 101, value, 8.5),
                         (352, 108, second, 6.5),
                         (352, 124, "Billed", 6.5), (470, 125, "2026-06-10", 8.5),
                         (352, 132, "on", 6.5),
                         (352, 148, "Settle on", 6.5), (470, 149, "2026-06-24", 8.5),
                         (352, 156, "or before", 6.5)])  # fmt: skip
        assert invoice.invoice_number == value, first
        assert str(invoice.issue_date) == "2026-06-10"
        assert str(invoice.due_date) == "2026-06-24"


def test_a_note_under_a_keyed_value_does_not_join_its_key() -> None:
    invoice = _draw([(352, 100, "Invoice no.", 8), (470, 100, "R-2026-7", 8),
                     (352, 113, "Due date", 8), (470, 113, "2026-06-24", 8),
                     (352, 121, "Payment terms", 8),
                     (352, 137, "Date", 8), (470, 137, "2026-06-10", 8)])  # fmt: skip
    assert str(invoice.due_date) == "2026-06-24"


def test_an_invoice_stem_with_a_reference_word_labels_the_number_but_not_yours() -> None:
    invoice = _draw([(330, 100, "Our billing ref.", 8.5), (480, 100, "2026.03.975", 8.5),
                     (330, 113, "Billed on", 8.5), (480, 113, "16/03/2026", 8.5)])  # fmt: skip
    assert invoice.invoice_number == "2026.03.975"
    invoice = _draw([(330, 100, "Your billing ref.", 8.5), (480, 100, "PO-55120", 8.5),
                     (330, 113, "Invoice no.", 8.5), (480, 113, "INV-4471", 8.5),
                     (330, 126, "Billed on", 8.5), (480, 126, "16/03/2026", 8.5)])  # fmt: skip
    assert invoice.invoice_number == "INV-4471"


def test_a_folio_number_numbers_a_document_that_prints_no_invoice_number() -> None:
    for label in ["Folio number", "N° de folio", "N. foglio", "Folionummer"]:
        invoice = _draw([(330, 100, label, 8.5), (480, 100, "24453-26", 8.5),
                         (330, 113, "Date", 8.5), (480, 113, "26.04.2026", 8.5)])  # fmt: skip
        assert invoice.invoice_number == "24453-26", label
    invoice = _draw([(330, 100, "Folio number", 8.5), (480, 100, "24453-26", 8.5),
                     (330, 113, "Invoice no.", 8.5), (480, 113, "R-2026-118", 8.5),
                     (330, 126, "Date", 8.5), (480, 126, "26.04.2026", 8.5)])  # fmt: skip
    assert invoice.invoice_number == "R-2026-118"


def test_a_described_credit_title_is_a_credit_note_when_the_text_says_so() -> None:
    lines = [(330, 100, "Invoice no.", 8.5), (480, 100, "2026.08.073", 8.5),
             (330, 113, "Date", 8.5), (480, 113, "24/08/2026", 8.5)]  # fmt: skip
    said = [*lines, (40, 260, "Este abono corresponde a la factura 2026.07.387", 8)]
    assert _draw(said, title="Abono servicio de chófer").type_code == "381"
    assert _draw(lines, title="Abono servicio de chófer").type_code == "380"


def test_abbreviated_keys_of_a_pre_printed_form_label_their_dates() -> None:
    for issued, due in [("Le", "Régl. av."), ("Dd.", "Bet. vóór"), ("Dt.", "Pay by")]:
        invoice = _draw([(320, 100, issued, 6), (440, 100, due, 6),
                         (325, 112, "02/10/26", 11), (448, 112, "09/10/26", 11)])  # fmt: skip
        assert str(invoice.issue_date) == "2026-10-02", issued
        assert str(invoice.due_date) == "2026-10-09", due


def test_the_first_day_of_a_period_is_not_a_due_date() -> None:
    invoice = _draw([(330, 100, "Invoice no.", 8.5), (480, 100, "R-118", 8.5),
                     (330, 113, "Invoice date", 8.5), (480, 113, "30.08.2026", 8.5),
                     (330, 126, "Payment due", 8.5),
                     (480, 126, "01.08.2026 \u2013 30.09.2026", 8.5)])  # fmt: skip
    assert str(invoice.issue_date) == "2026-08-30"
    assert invoice.due_date is None


def test_a_due_date_before_the_issue_date_from_a_loose_pairing_gives_neither() -> None:
    invoice = _draw([(330, 100, "Invoice no.", 8.5), (480, 100, "R-118", 8.5),
                     (330, 113, "Invoice date", 8.5), (480, 113, "30.08.2026", 8.5),
                     (40, 300, "Please pay by 01.08.2026 quoting R-118.", 8)])  # fmt: skip
    assert invoice.issue_date is None
    assert invoice.due_date is None
    plain = _draw([(330, 100, "Invoice no.", 8.5), (480, 100, "R-118", 8.5),
                   (330, 113, "Invoice date", 8.5), (480, 113, "30.08.2026", 8.5),
                   (330, 126, "Due date", 8.5), (480, 126, "01.08.2026", 8.5)])  # fmt: skip
    assert str(plain.issue_date) == "2026-08-30"
    assert str(plain.due_date) == "2026-08-01"


def test_a_date_in_a_row_of_the_item_table_is_never_the_issue_date() -> None:
    import datetime as dt

    from core.models import LineItem
    from tasks.extract._date_checks import outside_items
    from tasks.extract._hits import Found
    from tasks.extract._layout import Segment, Word
    from tasks.extract._table import Table

    def piece(text: str, line: int) -> Segment:
        return Segment(0, [Word(text, (40, 100 + 12 * line, 90, 110 + 12 * line), 8, False)], line)

    header, row, key = piece("Date", 1), piece("22.07.2026", 2), piece("08.08.2026", 0)
    table = Table(0, 1, [("other", header)], 2, items=[LineItem(description="Visit")],
                  rows=[[row]])  # fmt: skip
    found = [Found(dt.date(2026, 7, 22), 0.9, "label:Date", row, row.text),
             Found(dt.date(2026, 8, 8), 0.5, "key:Issued", key, key.text)]  # fmt: skip
    assert [f.value for f in outside_items(found, {0: table})] == [dt.date(2026, 8, 8)]


def test_a_short_capital_prefix_in_a_labels_value_is_part_of_the_number() -> None:
    for number in ["Invoice ref. no.", "Rechnungsnummer", "N° de facture", "Factuurnummer"]:
        invoice = _draw([(300, 100, number, 9), (300, 112, "FV 986/06/2026", 9),
                         (420, 100, "Issued on", 9), (420, 112, "12.06.2026", 9)])  # fmt: skip
        assert invoice.invoice_number == "FV 986/06/2026", number
    invoice = _draw([(300, 100, "Invoice number", 9), (420, 100, "NR 4711", 9),
                     (300, 114, "Invoice date", 9), (420, 114, "12.06.2026", 9)])  # fmt: skip
    assert invoice.invoice_number == "4711"


def test_a_running_or_serial_number_label_numbers_the_invoice() -> None:
    for label in ["Laufende Nummer", "Lfd. Nr.", "Numéro de série", "Número de serie",
                  "Numero di serie", "Volgnummer", "Running number"]:  # fmt: skip
        invoice = _draw([(300, 100, label, 9), (300, 112, "H-938", 9),
                         (420, 100, "Invoice date", 9), (420, 112, "30.06.2026", 9)])  # fmt: skip
        assert invoice.invoice_number == "H-938", label


def test_a_reply_subject_names_the_mails_own_invoice_with_its_prefix() -> None:
    for label, subject in [("Subject:", "RE: Invoice CW 638/2026"),
                           ("Betreff:", "AW: Rechnung CW 942/2026"),
                           ("Objet :", "TR: Facture CW 636/2026")]:  # fmt: skip
        invoice = _draw([(40, 100, label, 9), (115, 100, subject, 9)], title="")
        assert invoice.invoice_number == subject.split(None, 2)[2], subject
    invoice = _draw([(40, 100, "Invoice EUR 120", 9)], title="")
    assert invoice.invoice_number is None


def test_a_french_pay_by_sentence_with_d_ici_gives_the_due_date() -> None:
    invoice = _draw([(300, 100, "Facture n°", 9), (380, 100, "FA-2026-17", 9),
                     (300, 114, "Date de facture", 9), (380, 114, "26.07.2026", 9),
                     (60, 260, "Merci de payer d'ici le 9 août 2026.", 9)])  # fmt: skip
    assert str(invoice.due_date) == "2026-08-09"
    assert str(invoice.issue_date) == "2026-07-26"


def test_a_mails_sending_day_dates_an_invoice_printed_from_it() -> None:
    for label in ["Sent:", "Gesendet:", "Envoyé :", "Enviado:", "Inviato:", "Verzonden:"]:
        invoice = _draw([(40, 100, label, 9), (115, 100, "2 Jul 2026 09:41", 9),
                         (40, 114, "Subject:", 9), (115, 114, "RE: Invoice CW 638/2026", 9)],
                        title="")  # fmt: skip
        assert str(invoice.issue_date) == "2026-07-02", label
    invoice = _draw([(40, 100, "Sent:", 9), (115, 100, "2 Jul 2026", 9),
                     (300, 130, "Invoice date", 9), (400, 130, "30.06.2026", 9)])  # fmt: skip
    assert str(invoice.issue_date) == "2026-06-30"


def test_the_issuers_own_identifier_numbers_the_invoice() -> None:
    for label in ["Nuestro identificador", "Nostro identificativo", "Unsere Kennung",
                  "Notre identifiant", "Our identifier"]:  # fmt: skip
        invoice = _draw([(300, 100, label, 9), (300, 112, "043176", 9),
                         (420, 100, "Invoice date", 9), (420, 112, "07.12.2026", 9)])  # fmt: skip
        assert invoice.invoice_number == "043176", label
