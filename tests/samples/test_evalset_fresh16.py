"""The evaluation slice `fresh16` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a contract-term reduction
included), most of the wording is its own, its layouts are new, no text overlaps or leaves the
page, and generation is byte-for-byte repeatable. No extraction runs here: the slice is only
measured by `make eval`."""

from __future__ import annotations

import datetime as dt

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
import evalset_fresh16
# isort: on

SLICE = evalset_fresh16.fresh16()
generated, rendered = slice_fixtures("fresh16")
EARLIER = earlier_slices("fresh16")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh16.STYLE), earlier_layouts(EARLIER))
    assert {"removals", "lessonpack", "barcode", "courtesy", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    fifteenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh16.Fresh16Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "milkround":  # the round and the customer's drop
        assert sample.refs["round"] in text
        assert sample.refs["drop"] in text
    if sample.layout == "pestreport":  # the treatment report under the totals
        assert sample.refs["pest"] in text
        assert sample.refs["product"] in text
    if sample.layout == "alarmquarter":
        assert sample.refs["contract"] in text
    if sample.layout == "alterations":  # the fitting box holds two dates and no other number
        fitting = sample.issue - dt.timedelta(days=int(sample.refs["fitted"]))
        assert sample.date_text(fitting) in text
        assert sample.date_text(sample.issue + dt.timedelta(days=4)) in text
    if sample.layout == "livery":  # each horse named above its lines
        printed_lines = {line.strip() for line in text.splitlines()}
        assert {ln.section for ln in sample.lines} <= printed_lines
    if sample.layout == "tyrebay":
        assert sample.refs["plate"] in text
        assert sample.refs["mileage"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh16.Fresh16Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_dairy_bills_a_long_table_week_by_week() -> None:
    counts = [len(s.lines) for s in SLICE if s.layout == "milkround"]
    assert max(counts) >= 15
    for sample in (s for s in SLICE if s.layout == "milkround"):
        weeks = [ln.description.rsplit(" ", 1)[-1] for ln in sample.lines]
        assert weeks == sorted(weeks), sample.file


def test_the_tailor_and_the_studio_print_their_totals_at_the_right(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout in ("alterations", "studiobook")):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            hits = doc[0].search_for(sample.w("grand"))
        assert hits, sample.file
        assert hits[-1].x0 > 300, sample.file


def test_the_studio_names_itself_in_light_type_on_white(rendered: dict[str, bytes]) -> None:
    """The studio's name is the largest text on the page, in a regular (not bold) face, and
    nothing is drawn in a filled dark banner."""
    for sample in (s for s in SLICE if s.layout == "studiobook"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            spans = [span for block in page.get_text("dict")["blocks"]
                     for line in block.get("lines", ()) for span in line["spans"]]  # fmt: skip
            fills = [d["fill"] for d in page.get_drawings() if d.get("fill")]
        largest = max(spans, key=lambda span: span["size"])
        assert largest["text"] == sample.seller.name, sample.file
        assert not largest["flags"] & 16, sample.file  # not bold
        assert all(min(fill) > 0.5 for fill in fills), sample.file


def test_the_studio_prints_a_session_day_before_each_invoice_day() -> None:
    for sample in (s for s in SLICE if s.layout == "studiobook"):
        assert all(ln.code < sample.issue.isoformat() for ln in sample.lines), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh16.Fresh16Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the alarm company's contract customers
        assert sample.layout == "alarmquarter"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh16)
)
