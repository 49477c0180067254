"""The evaluation slice `fresh21` (measured once unseen, now a development set): every truth
value is printed in its PDF, the truth is arithmetically consistent (a school discount included),
most of the wording is its own, its layouts are new, no text overlaps or leaves the page, and
generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pymupdf
import pytest

from tests.samples.slices import (
    check_coverage,
    check_own_parties,
    check_page_geometry,
    check_printed,
    check_totals,
    earlier_layouts,
    earlier_slices,
    generation_tests,
    slice_fixtures,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh21
# isort: on

SLICE = evalset_fresh21.fresh21()
generated, rendered = slice_fixtures("fresh21")
EARLIER = earlier_slices("fresh21")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh21.STYLE), earlier_layouts(EARLIER))
    assert {"cranehire", "marquee", "farrier", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twentieth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh21.Fresh21Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "diving":
        assert sample.refs["project"] in text
    if sample.layout == "sewingrepair":  # the machine and its serial number
        assert sample.refs["machine"] in text
    if sample.layout == "shredding":
        assert sample.refs["account"] in text
        assert sample.refs["certificate"] in text
    if sample.layout == "schoolbooks":  # each class with its subtotal
        for line in sample.lines:
            assert f"{sample.w('class')} {line.section}" in text
    if sample.layout == "bandfee":
        assert sample.date_text(dt.date.fromisoformat(sample.refs["show"])) in text
    if sample.layout == "glazier":
        assert all(ln.note in text for ln in sample.lines)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh21.Fresh21Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_diving_invoice_is_landscape_with_its_facts_in_one_header_row(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "diving"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            number = page.search_for(sample.number)[0]
            issue = page.search_for(sample.date_text(sample.issue))[0]
            label = page.search_for(sample.w("number"))[0]
            landscape = page.rect.width > page.rect.height
        assert landscape, sample.file
        assert abs(number.y0 - issue.y0) < 1 and number.y0 > label.y1, sample.file


def test_the_clock_repairer_states_its_facts_in_one_sentence(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "clockrepair"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            lines = [" ".join(ln.split()) for ln in doc[0].get_text().splitlines()]
        sentence = [ln for ln in lines if sample.number in ln]
        assert sentence, sample.file
        assert sample.date_text(sample.issue) in sentence[0], sample.file
        assert sample.date_text(sample.due) in sentence[0], sample.file


def test_the_bookseller_bills_titles_per_class_with_class_subtotals() -> None:
    samples = [s for s in SLICE if s.layout == "schoolbooks"]
    assert max(len(s.lines) for s in samples) >= 15
    for sample in samples:
        sections = [ln.section for ln in sample.lines]
        assert sections == sorted(sections, key=sections.index), sample.file  # grouped
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert str(sample.tax_rate) == evalset_fresh21.BOOK_RATES[sample.lang], sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh21.Fresh21Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the school bookseller's school discount
        assert sample.layout == "schoolbooks"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh21)
)
