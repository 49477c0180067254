"""The evaluation slice `fresh26` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (an early-booking discount included),
most of the wording is its own, its layouts are new, no text overlaps or leaves the page, and
generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

from __future__ import annotations

import itertools
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
import evalset_fresh26
import evalset_fresh26_items
# isort: on

SLICE = evalset_fresh26.fresh26()
generated, rendered = slice_fixtures("fresh26")
EARLIER = earlier_slices("fresh26")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh26.STYLE), earlier_layouts(EARLIER))
    assert {"hedgelayer", "audiologist", "waspnest", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-fifth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh26.Fresh26Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "sawmill":  # cuts per species, in species order, with the section
        species = [tag for tag, _ in itertools.groupby(ln.section for ln in sample.lines)]
        assert len(species) == len(set(species)), species
        cuts = evalset_fresh26_items.CUTS[sample.lang]
        for ln in sample.lines:
            section = evalset_fresh26_items.SECTIONS[cuts.index(ln.description.split(",")[0])]
            assert section in text
    if sample.layout == "engraver":  # the bank details in the right-hand column
        assert sample.seller.iban in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh26.Fresh26Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_engraver_prints_the_facts_right_of_the_lines(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "engraver"):
        number, first = _found(rendered[sample.file], sample.number, sample.lines[0].description)
        assert number.x0 > first.x1, sample.file


def test_the_sawmill_tallies_many_cuts_and_the_pruner_discounts() -> None:
    sawn = [s for s in SLICE if s.layout == "sawmill"]
    assert max(len(s.lines) for s in sawn) >= 15
    for sample in (s for s in SLICE if s.layout == "pruning"):
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh26.Fresh26Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the pruning contractor's early-booking discount
        assert sample.layout == "pruning"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh26)
)
