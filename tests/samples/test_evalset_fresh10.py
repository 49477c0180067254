"""The evaluation slice `fresh10`, measured once unseen and now a development set: every truth
value is printed in its PDF, the truth is arithmetically consistent (a loyalty reduction
included), most of the wording is its own, its layouts are new, no text overlaps or leaves the
page, and generation is byte-for-byte repeatable. No extraction runs here: the slice is only
measured by `make eval`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.samples.slices import (
    check_coverage,
    check_new_labels,
    check_own_parties,
    check_page_geometry,
    check_printed,
    check_repeatable,
    check_totals,
    check_truth_file,
    earlier_labels,
    earlier_layouts,
    earlier_slices,
    slice_fixtures,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh10
import evalset_fresh10_parties
import evalset_fresh10_text
import generate
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


def test_make_eval_writes_the_truth_of_every_document(
    generated: Path, rendered: dict[str, bytes]
) -> None:
    check_truth_file(generated, rendered, SLICE, "fresh10")


def test_generation_is_byte_for_byte_repeatable(
    generated: Path, rendered: dict[str, bytes]
) -> None:
    check_repeatable(generated, rendered, SLICE, evalset_fresh10.render, evalset_fresh10.STYLE)


def test_most_label_phrasings_are_new_in_every_language() -> None:
    """Real invoices share common labels, so the slice may reuse some; in every language at
    least half of its distinct label phrasings are used by no earlier set (third to ninth
    slices included), and each common fact has three phrasings, so neighbouring layouts
    differ."""
    earlier = earlier_labels(through="fresh9")
    check_new_labels(evalset_fresh10_text.WORDING, earlier)


def test_the_earlier_slices_keep_their_label_sets() -> None:
    """Asking for the ninth slice's wording only adds to the earlier answer."""
    before = earlier_labels(through="fresh8")
    after = earlier_labels(through="fresh9")
    for lang in generate.LOCALES:
        assert before[lang] < after[lang]
