"""The evaluation slice `fresh10`, measured once unseen and now a development set: every truth
value is printed in its PDF, the truth is arithmetically consistent (a loyalty reduction
included), most of the wording is its own, its layouts are new, no text overlaps or leaves the
page, and generation is byte-for-byte repeatable. No extraction runs here: the slice is only
measured by `make eval`."""

from __future__ import annotations

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
import evalset_fresh10
import evalset_fresh10_parties
# isort: on

SLICE = evalset_fresh10.fresh10()
generated, rendered = slice_fixtures("fresh10")
EARLIER = earlier_slices("fresh10")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh10.STYLE), earlier_layouts(EARLIER))
    assert {"veterinary", "laundry", "qrbill", "architect", "dental", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the ninth
    slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh10.Fresh10Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "window":  # the seller is named only in the return-address line
        assert text.count(sample.seller.name) == 1
    if sample.layout == "reissue":  # the replaced invoice is named beside the new number
        assert sample.refs["old"] in text
        assert sample.refs["old"] != sample.number
    if sample.layout == "sites":  # every site of the lines is named over its section
        sites = evalset_fresh10_parties.SITES[sample.lang]
        for site in {line.site for line in sample.lines}:
            assert sites[site] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh10.Fresh10Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh10.Fresh10Sample) -> None:
    check_totals(sample)
    if sample.layout == "sites":  # the sections come in site order, each site once
        sites = [line.site for line in sample.lines]
        assert sites == sorted(sites)


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh10)
)
