"""The evaluation slice `fresh27` (the unseen slice): every truth value is printed in its PDF, the
truth is arithmetically consistent (a trade discount included), most of the wording is its own,
its layouts are new, no text overlaps or leaves the page, and generation is byte-for-byte
repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
import evalset_fresh27
import evalset_fresh27_items
# isort: on

SLICE = evalset_fresh27.fresh27()
generated, rendered = slice_fixtures("fresh27")
EARLIER = earlier_slices("fresh27")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh27.STYLE), earlier_layouts(EARLIER))
    assert {"sawmill", "brassrepair", "hedgelayer", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-sixth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh27.Fresh27Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "cheesemaker":  # pieces per cheese and cut, in cut order
        cuts = [tag for tag, _ in itertools.groupby(ln.section for ln in sample.lines)]
        assert len(cuts) == len(set(cuts)), cuts
        assert set(cuts) <= set(evalset_fresh27_items.CUTS[sample.lang])
    if sample.layout == "ropeaccess":  # the VAT rate on every line
        assert text.count(f"{sample.rate_text} %") >= len(sample.lines)
    if sample.layout == "interpreter":  # the return-address line over the client
        assert sample.w("sender") in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh27.Fresh27Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_restorer_prints_the_facts_left_of_the_client(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "vintagecar"):
        number, client = _found(rendered[sample.file], sample.number, sample.buyer.name)
        assert number.x1 < client.x0, sample.file


def test_the_cheesemaker_lists_many_cheeses_and_discounts() -> None:
    cheeses = [s for s in SLICE if s.layout == "cheesemaker"]
    assert max(len(s.lines) for s in cheeses) >= 15
    for sample in cheeses:
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh27.Fresh27Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the cheesemaker's trade discount
        assert sample.layout == "cheesemaker"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh27)
)
