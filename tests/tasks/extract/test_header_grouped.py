"""Header fields of fact boxes: numbers printed as a capital prefix and spaced digit groups, a
label mentioned in a payment sentence, date labels qualified by the invoice they date, credit
titles written as compounds, and the captions of a box that are no title."""

from __future__ import annotations

import datetime

import pymupdf

from tests.tasks.extract.pdfs import a4_page, read_drawn, write, write_totals


def _facts(rows: list[tuple[str, str]], *, title: str = "Invoice") -> pymupdf.Document:
    """A seller, a title and a box of label/value pairs at the top right, totals low down."""
    doc, page = a4_page()
    write(page, 40, 60, "Larchwood Joinery Ltd", fontsize=13)
    write(page, 40, 74, "12 Mill Lane, Leeds LS1 4AB", fontsize=8)
    write(page, 430, 60, title, fontsize=16)
    for i, (label, value) in enumerate(rows):
        write(page, 340, 120 + 13 * i, label, fontsize=8.5)
        write(page, 555 - pymupdf.get_text_length(value, fontsize=8.5), 120 + 13 * i, value,
              fontsize=8.5)  # fmt: skip
    write_totals(page)
    return doc


def test_a_prefix_and_spaced_digit_groups_are_one_number() -> None:
    doc = _facts([("Document no.", "KS 2026 632"), ("Invoice date", "01/11/2026")])
    assert read_drawn(doc).invoice_number == "KS 2026 632"


def test_spaced_groups_after_a_prefix_never_take_a_year_or_a_currency() -> None:
    doc = _facts([("Document no.", "KS 4711 2026"), ("Invoice date", "01/11/2026")])
    assert "2026" not in (read_drawn(doc).invoice_number or "")
    doc = _facts([("Document no.", "EUR 4711 3021"), ("Invoice date", "01/11/2026")])
    assert read_drawn(doc).invoice_number == "4711"  # a currency code is no prefix


def test_a_number_label_inside_a_payment_sentence_points_at_nothing() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Musikschule Am Hopfengarten e.V.", fontsize=13)
    write(page, 430, 60, "Rechnung", fontsize=16)
    for y, label, value in [(120, "Unser Zeichen Nr.", "T07-331"), (133, "Datiert", "08.07.2026")]:
        write(page, 340, y, label, fontsize=8.5)
        write(page, 510, y, value, fontsize=8.5)
    write_totals(page)
    write(page, 40, 760, "Zahlung bis 28.07.2026 unter Angabe der Belegnummer erbeten.", fontsize=8)
    write(page, 40, 788, "Musikschule Am Hopfengarten e.V. · Hopfengarten 9 · 95444 Bayreuth",
          fontsize=8)  # fmt: skip
    assert read_drawn(doc).invoice_number == "T07-331"


def test_a_date_label_qualified_by_the_invoice_word_takes_the_date_after_it() -> None:
    """Labels right-aligned against their values, the gap too narrow to part them."""
    doc, page = a4_page()
    write(page, 40, 60, "Buchbinderei Fadenheftung Wendt", fontsize=13)
    write(page, 40, 130, "Rechnung", fontsize=20)
    rows = [("Belegnummer", "2026-B397"), ("Datum dieser Rechnung", "2026-09-14"),
            ("Zahlungseingang erwartet bis", "2026-10-29")]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        y = 160 + 14 * i
        write(page, 165 - pymupdf.get_text_length(label, fontsize=8.5), y, label, fontsize=8.5)
        write(page, 172, y, value, fontsize=8.5)
    write_totals(page)
    assert read_drawn(doc).issue_date == datetime.date(2026, 9, 14)


def test_spanish_issue_label_in_the_masculine() -> None:
    doc = _facts([("Identificador de factura", "RA 87476"), ("Facturado el", "08.02.2026"),
                  ("Recogida", "03.02.2026")], title="Factura")  # fmt: skip
    assert read_drawn(doc).issue_date == datetime.date(2026, 2, 8)


def test_a_dutch_compound_credit_title_is_a_credit_note() -> None:
    doc = _facts([("Factuurkenmerk", "SUB033665"), ("Gefactureerd op", "12-11-2026")],
                 title="Abonnementscreditnota")  # fmt: skip
    assert read_drawn(doc).type_code == "381"


def test_a_credit_word_among_a_boxs_captions_is_no_title() -> None:
    doc = _facts([("Identificador de factura", "RA 87476"), ("Facturado el", "08.02.2026")],
                 title="Factura de alquiler")  # fmt: skip
    page = doc[0]
    for x, caption, value in [(52, "Vehículo", "VW Golf"), (224, "Salida", "03.02.2026"),
                              (396, "Devolución", "08.02.2026")]:  # fmt: skip
        write(page, x, 206, caption, fontsize=7.5, fontname="Helvetica-Bold")
        write(page, x, 220, value, fontsize=9)
    assert read_drawn(doc).type_code == "380"


def test_spaced_groups_inline_before_a_date_cue() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Schornsteinfegerei Ruß GmbH", fontsize=13)
    write(page, 40, 120, "Rechnung Nr. KS 2026 632 vom 01.11.2026", fontsize=10)
    write_totals(page)
    invoice = read_drawn(doc)
    assert invoice.invoice_number == "KS 2026 632"
    assert invoice.issue_date == datetime.date(2026, 11, 1)


def test_the_date_of_the_original_invoice_is_not_the_issue_date() -> None:
    doc = _facts([("Rechnungsnr.", "RK-2026-17"), ("Datum der Originalrechnung 02.03.2026", ""),
                  ("Rechnungsdatum", "14.09.2026")], title="Rechnung")  # fmt: skip
    assert read_drawn(doc).issue_date == datetime.date(2026, 9, 14)


def test_italian_abbreviated_reference_of_the_invoice_names_its_number() -> None:
    doc = _facts([("Rif. fattura", "DR2602-68"), ("Emessa il", "17/02/2026")], title="")
    assert read_drawn(doc).invoice_number == "DR2602-68"


def test_drawn_up_on_is_the_issue_date() -> None:
    for label in ("Redatta il", "Rédigée le", "Redactada el", "Opgesteld op", "Drawn up on"):
        doc = _facts([("Numero di serie", "026-49731"), (label, "01/04/2026"),
                      ("Recogida", "03/04/2026")])  # fmt: skip
        assert read_drawn(doc).issue_date == datetime.date(2026, 4, 1), label


def test_a_date_after_de_and_the_number_is_the_issue_date() -> None:
    doc, page = a4_page()
    write(page, 40, 60, "Estudio Gráfico Almendro S.L.", fontsize=13)
    write(page, 40, 100, "Factura", fontsize=20)
    write(page, 40, 140, "Ref. de factura 2026.343 de 27 de mayo de 2026", fontsize=9)
    write_totals(page)
    assert read_drawn(doc).issue_date == datetime.date(2026, 5, 27)


def test_a_credit_word_in_caption_type_under_body_size_is_no_title() -> None:
    doc = _facts([("Identificador de factura", "RA 87476"), ("Facturado el", "08.02.2026")],
                 title="Factura de alquiler")  # fmt: skip
    page = doc[0]
    write(page, 52, 206, "Devolución", fontsize=7, fontname="Helvetica-Bold")
    write(page, 52, 220, "08.02.2026 (km 13706)", fontsize=9)
    assert read_drawn(doc).type_code == "380"
