"""The evaluation slice `fresh13` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a returning guest's discount
included), most of the wording is its own, its layouts are new, no text overlaps or leaves the
page, and generation is byte-for-byte repeatable. No extraction runs here: the slice is only
measured by `make eval`."""

from __future__ import annotations

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
import evalset_fresh13
# isort: on

SLICE = evalset_fresh13.fresh13()
generated, rendered = slice_fixtures("fresh13")
EARLIER = earlier_slices("fresh13")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh13.STYLE), earlier_layouts(EARLIER))
    assert {"courtesy", "widepage", "telecom", "vintner", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twelfth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh13.Fresh13Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "deliverto":  # the recipient on top, the customer only under the totals
        assert text.count(sample.buyer.name) == 1
        assert text.index(sample.refs["recipient"]) < text.index(sample.lines[0].description)
        assert text.index(sample.buyer.name) > text.index(spaced(sample.money_text(sample.grand)))
    if sample.layout == "kennel":  # the guest's stay beside the owner billed
        assert sample.refs["pet"] in text
        assert sample.w("stay") in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh13.Fresh13Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_sailmaker_prints_the_quantity_left_of_the_description(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "qtyfirst"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            words = doc[0].get_text("words")
        first = sample.lines[0].description.split()[0]
        row = next(w for w in words if w[4] == first)
        quantity = sample.quantity_text(sample.lines[0].quantity)
        left = [w for w in words if abs(w[3] - row[3]) < 1 and w[4] == quantity]
        assert left, sample.file
        assert left[0][2] < row[0], sample.file


def test_the_optician_prints_the_number_only_under_the_barcode_at_the_foot(
    rendered: dict[str, bytes],
) -> None:
    """The number appears once, below the totals, over no other text, with a barcode above it."""
    for sample in (s for s in SLICE if s.layout == "barcode"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            hits = page.search_for(sample.number)
            grand = page.search_for(spaced(sample.money_text(sample.grand)))
            bars = [d["rect"] for d in page.get_drawings() if d["rect"].y0 > grand[0].y1]
        assert len(hits) == 1, sample.file
        assert hits[0].y0 > grand[0].y1 + 300, sample.file
        assert sum(1 for r in bars if r.y1 <= hits[0].y0 and r.x0 >= 300) >= 20, sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh13.Fresh13Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the kennel's returning guests
        assert sample.layout == "kennel"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh13)
)
