"""The evaluation slice `fresh18` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (garden-centre terms included), most
of the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
import evalset_fresh18
# isort: on

SLICE = evalset_fresh18.fresh18()
generated, rendered = slice_fixtures("fresh18")
EARLIER = earlier_slices("fresh18")


def _day(sample: evalset_fresh18.Fresh18Sample, key: str) -> str:
    return sample.date_text(dt.date.fromisoformat(sample.refs[key]))


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh18.STYLE), earlier_layouts(EARLIER))
    assert {"kegledger", "fleetwash", "milkround", "barcode", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    seventeenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh18.Fresh18Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "plantlist":  # the trolleys delivered and returned
        assert sample.w("trolleys").format(out=sample.refs["out"], back=sample.refs["back"]) in text
    if sample.layout == "bakeweek":  # the week delivered
        assert _day(sample, "start") in text
        assert _day(sample, "end") in text
    if sample.layout == "calloutlock":
        assert sample.refs["called"] in text
        assert sample.refs["arrived"] in text
    if sample.layout == "scaffweeks":
        assert sample.refs["site"] in text
        assert _day(sample, "erected") in text
    if sample.layout == "stonemason":
        assert sample.refs["site"] in text
    if sample.layout == "upholsterer":
        assert sample.refs["fabric"] in text
    if sample.layout == "soundlight":
        assert sample.refs["event"] in text
        assert _day(sample, "show") in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh18.Fresh18Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_nursery_bills_a_long_list_plant_by_plant() -> None:
    counts = [len(s.lines) for s in SLICE if s.layout == "plantlist"]
    assert max(counts) >= 15
    for sample in (s for s in SLICE if s.layout == "plantlist"):
        plants = [ln.description.rsplit(", ", 1)[0] for ln in sample.lines]
        assert plants == sorted(plants, key=plants.index), sample.file  # each plant together


def test_the_nursery_and_the_bakery_bill_their_own_shops() -> None:
    for layout in ("plantlist", "bakeweek"):
        shops = {s.buyer.name for s in SLICE if s.layout == layout}
        others = {s.buyer.name for s in SLICE if s.layout not in ("plantlist", "bakeweek")}
        assert len(shops) == 12
        assert not shops & others


def test_the_upholsterer_prints_its_facts_only_at_the_foot(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "upholsterer"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            number = page.search_for(sample.number)
            due = page.search_for(sample.date_text(sample.due))
            fills = [d["fill"] for d in page.get_drawings() if d.get("fill")]
        assert number and all(r.y0 > 690 for r in number), sample.file
        assert due and max(r.y0 for r in due) > 690, sample.file
        assert all(min(fill) > 0.5 for fill in fills), sample.file  # no dark banner


def test_the_bakery_prints_number_and_dates_on_one_line_under_its_title(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "bakeweek"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            title = page.search_for(sample.title)
            number = page.search_for(sample.number)
            issue = page.search_for(sample.date_text(sample.issue))
        assert title and number and issue, sample.file
        assert abs(number[0].y1 - issue[0].y1) < 1, sample.file
        assert 0 < number[0].y0 - title[0].y1 < 12, sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh18.Fresh18Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the nursery's garden-centre terms
        assert sample.layout == "plantlist"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh18)
)
