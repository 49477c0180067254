"""The evaluation slice `fresh19` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a contract reduction included), most
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
import evalset_fresh19
# isort: on

SLICE = evalset_fresh19.fresh19()
generated, rendered = slice_fixtures("fresh19")
EARLIER = earlier_slices("fresh19")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh19.STYLE), earlier_layouts(EARLIER))
    assert {"fleetwash", "kegledger", "milkround", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    seventeenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh19.Fresh19Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "liftservice":  # the contract and the installation in the band
        assert sample.refs["contract"] in text
        assert sample.refs["lift"] in text
    if sample.layout == "extinguishers":
        assert sample.refs["next"] in text
    if sample.layout == "poolvisit":
        assert sample.refs["pool"] in text
    if sample.layout == "blindfit":  # the day fitted and each blind's room
        assert sample.date_text(dt.date.fromisoformat(sample.refs["fitted_on"])) in text
        assert all(ln.section in text for ln in sample.lines)
    if sample.layout == "bookkeeping":
        assert sample.refs["client_no"] in text
        assert sample.refs["month"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh19.Fresh19Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_vending_operator_bills_a_long_table_machine_by_machine() -> None:
    counts = [len(s.lines) for s in SLICE if s.layout == "vending"]
    assert max(counts) >= 15
    for sample in (s for s in SLICE if s.layout in ("vending", "farrier")):
        tags = [ln.section for ln in sample.lines]
        assert all(ln.description.endswith(ln.section) for ln in sample.lines), sample.file
        assert tags == sorted(tags, key=tags.index), sample.file  # each machine's lines together


def test_the_farrier_bills_horse_owners_no_other_layout_bills() -> None:
    owners = {s.buyer.name for s in SLICE if s.layout == "farrier"}
    others = {s.buyer.name for s in SLICE if s.layout != "farrier"}
    assert len(owners) == 12
    assert not owners & others


def test_the_pool_firm_prints_its_facts_only_in_the_strip_at_the_foot(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "poolvisit"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            found = page.search_for(sample.number)
            fills = [d["fill"] for d in page.get_drawings() if d.get("fill")]
        assert len(found) == 1 and found[0].y0 > 700, sample.file
        assert all(min(fill) > 0.5 for fill in fills), sample.file  # no dark banner


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh19.Fresh19Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the extinguisher firm's contract reduction
        assert sample.layout == "extinguishers"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh19)
)
