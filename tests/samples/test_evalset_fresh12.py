"""The evaluation slice `fresh12` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a loyalty discount included), most
of the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh12
import evalset_fresh12_items
# isort: on

SLICE = evalset_fresh12.fresh12()
generated, rendered = slice_fixtures("fresh12")
EARLIER = earlier_slices("fresh12")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh12.STYLE), earlier_layouts(EARLIER))
    assert {"courtesy", "widepage", "telecom", "vintner", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    eleventh slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh12.Fresh12Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    grand = text.index(spaced(sample.money_text(sample.grand)))
    first_line = text.index(sample.lines[0].description)
    if sample.layout == "totalsfirst":  # the summary box comes before the table
        assert grand < first_line
    else:
        assert grand > first_line
    if sample.layout == "vehiclehire":  # the odometer out and in
        assert f"{sample.refs['km_out']} km" in text
        assert f"{sample.refs['km_in']} km" in text
    if sample.layout == "termfees":  # the pupil and the term
        assert f"{sample.w('pupil')}: {sample.refs['pupil']}" in text
    if sample.layout == "sweep":  # the inspection record before the charges
        assert text.index(sample.w("inspected")) < first_line


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh12.Fresh12Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh12.Fresh12Sample) -> None:
    check_totals(sample)
    assert bool(sample.allowance) == (sample.layout == "totalsfirst" and "-0." in sample.file)


def test_the_wholesaler_sells_products_in_sizes_on_long_tables() -> None:
    banner = [s for s in SLICE if s.layout == "banner"]
    assert max(len(s.lines) for s in banner) >= 15
    sizes = {size for family in evalset_fresh12_items.SIZES for size in family}
    for sample in banner:
        for line in sample.lines:
            assert line.description.rsplit(" ", 2)[-1] in sizes or (
                " ".join(line.description.rsplit(" ", 2)[-2:]) in sizes
            ), line.description


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh12)
)
