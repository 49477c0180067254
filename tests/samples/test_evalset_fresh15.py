"""The evaluation slice `fresh15` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (an annual member's discount
included), most of the wording is its own, its layouts are new, no text overlaps or leaves the page,
and generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

from __future__ import annotations

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
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh15
# isort: on

SLICE = evalset_fresh15.fresh15()
generated, rendered = slice_fixtures("fresh15")
EARLIER = earlier_slices("fresh15")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh15.STYLE), earlier_layouts(EARLIER))
    assert {"barcode", "deliverto", "courtesy", "telecom", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    fourteenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh15.Fresh15Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "gardensplit":  # each section closed by its own subtotal
        for section in ("materials", "labour"):
            part = sum((ln.net_amount for ln in sample.lines if ln.section == section),
                       Decimal(0))  # fmt: skip
            assert part > 0
            assert spaced(sample.number_text(part)) in text
    if sample.layout == "labsamples":  # a sample reference and a test code on every line
        for line in sample.lines:
            assert line.code in text
            assert line.unit in text
    if sample.layout == "repairticket":  # the repair ticket is not the invoice number
        assert sample.refs["ticket"] in text
        assert sample.refs["ticket"] not in sample.number
    if sample.layout == "lessonpack":  # the number only in the heading, after the title
        assert f"{sample.title} {sample.number}" in text
        assert sample.refs["learner"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh15.Fresh15Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_ticket_stub_holds_the_number_right_of_the_tear_off_line(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "ticketstub"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            hits = doc[0].search_for(sample.number)
        assert len(hits) == 1, sample.file
        assert hits[0].x0 > 418, sample.file


def test_the_removal_firm_prints_its_facts_in_the_left_band(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "removals"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            number = page.search_for(sample.number)
            first = page.search_for(sample.lines[0].description)
        assert number[0].x1 < 200, sample.file
        assert first[0].x0 > 200, sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh15.Fresh15Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the co-working space's annual members
        assert sample.layout == "coworking"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh15)
)
