"""Work shared within one document: labels of a text printed again, a page's table header, and
the fields of a page read to split a PDF into its invoices."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from core.models import LineItem
from tasks.extract._labels import find_labels
from tasks.extract._layout import LabelsSeen, read_layout
from tasks.extract._rows import header_table
from tasks.extract._table import find_table
from tasks.extract.pdf_text import invoice_fields, parse_invoice
from tests.tasks.extract.pdfs import write

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "invoices"


def test_a_text_printed_on_two_pages_is_searched_for_labels_once() -> None:
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page(width=595, height=842)
        write(page, 40, 60, "Invoice No.: A-17", fontsize=9)
        write(page, 40, 100, "Kindly pay by transfer", fontsize=9)
    seen: LabelsSeen = {}
    first, second = (read_layout(page, seen=seen) for page in doc)
    doc.close()
    label = first.segments[0]
    assert label.labels == tuple(find_labels(label.folded))
    assert second.segments[0].labels is label.labels  # taken from `seen`, not sought again
    assert set(seen) == {label.folded}
    assert first.segments[1].labels == tuple(find_labels(first.segments[1].folded))
    assert set(seen) == {label.folded, first.segments[1].folded}


def test_a_layout_read_alone_seeks_its_own_labels() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    write(page, 40, 60, "Invoice No.: A-17", fontsize=9)
    segment = read_layout(page).segments[0]
    doc.close()
    assert segment.seen is None
    assert segment.labels == tuple(find_labels(segment.folded))


def test_the_fields_of_a_page_are_those_the_full_reading_finds() -> None:
    for path in sorted(SAMPLES.glob("*.pdf"))[:6]:
        with pymupdf.open(path) as doc:
            layouts = [read_layout(page) for page in doc]
        fields, full = invoice_fields(layouts), parse_invoice(layouts)
        assert (fields is None) == (full is None), path.name
        if fields is None or full is None:
            continue
        assert fields.invoice_number == full.invoice_number, path.name
        assert fields.issue_date == full.issue_date, path.name
        assert fields.due_date == full.due_date, path.name
        assert (fields.grand_total is None) == (full.grand_total is None), path.name
        assert fields.seller.name is None  # the parties are left to `parse_invoice`


def test_a_page_table_header_is_sought_once_and_each_reading_fills_its_own_table() -> None:
    with pymupdf.open(SAMPLES / "de-classic-eur.pdf") as doc:
        layout = read_layout(doc[0])
    first = header_table(layout)
    assert first is not None
    assert layout.found["table"] == find_table(layout)  # kept on the page
    first.items.append(LineItem(description="filled by the first reading"))
    first.columns.clear()
    second = header_table(layout)
    assert second is not None and second is not first
    assert second == find_table(layout)  # untouched by what the first reading did
    assert second.items == [] and second.columns
