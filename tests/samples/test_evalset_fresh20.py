"""The evaluation slice `fresh20` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a volume discount included), most
of the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
import evalset_fresh20
# isort: on

SLICE = evalset_fresh20.fresh20()
generated, rendered = slice_fixtures("fresh20")
EARLIER = earlier_slices("fresh20")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh20.STYLE), earlier_layouts(EARLIER))
    assert {"farrier", "liftservice", "fleetwash", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    nineteenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh20.Fresh20Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "cranehire":  # the crane and its operator over the table
        assert sample.refs["crane"] in text
        assert sample.refs["operator"] in text
    if sample.layout == "gritting":
        assert sample.refs["season"] in text
    if sample.layout == "asbestos":
        assert sample.refs["report"] in text
    if sample.layout == "scanbureau":  # the place-and-date line and the boxes received
        assert f"{sample.refs['place']}, " in text
        assert sample.refs["boxes"] in text
    if sample.layout == "workwear":
        assert sample.refs["account"] in text
    if sample.layout == "marquee":
        assert sample.date_text(dt.date.fromisoformat(sample.refs["event"])) in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh20.Fresh20Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_winter_contractor_bills_dated_runs_with_a_running_total() -> None:
    samples = [s for s in SLICE if s.layout == "gritting"]
    assert max(len(s.lines) for s in samples) >= 15
    for sample in samples:
        assert all(sample.issue.month in (12, 1, 2, 3, 4) for sample in samples)
        running = Decimal(0)
        for ln in sample.lines:
            running += ln.net_amount
        assert running == sample.line_total, sample.file


def test_the_workwear_slip_repeats_the_number_and_amount_under_the_cut_line(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "workwear"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            numbers = page.search_for(sample.number)
            grand = page.search_for(sample.money_text(sample.grand))
        assert len(numbers) == 2 and max(r.y0 for r in numbers) > 690, sample.file
        assert any(r.y0 > 690 for r in grand), sample.file


def test_the_marquee_number_runs_up_the_left_edge_only(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "marquee"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            found = doc[0].search_for(sample.number)
        assert len(found) == 1, sample.file
        assert found[0].x1 < 45 and found[0].height > found[0].width, sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh20.Fresh20Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the workwear supplier's volume discount
        assert sample.layout == "workwear"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh20)
)
