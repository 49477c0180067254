"""The evaluation slice `fresh22` (measured once unseen, now a development set): every truth
value is printed in its PDF, the truth is arithmetically consistent (a trade discount included),
most of the wording is its own, its layouts are new, no text overlaps or leaves the page, and
generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

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
import evalset_fresh22
# isort: on

SLICE = evalset_fresh22.fresh22()
generated, rendered = slice_fixtures("fresh22")
EARLIER = earlier_slices("fresh22")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh22.STYLE), earlier_layouts(EARLIER))
    assert {"glazier", "diving", "cranehire", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-first slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh22.Fresh22Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout in ("treesurgeon", "taxidermy", "tableware", "borehole", "fencing"):
        assert all(ln.note in text for ln in sample.lines)  # tree, tag, code, depth, run
    if sample.layout == "roofer":  # materials before labour, each under its heading
        sections = [ln.section for ln in sample.lines]
        assert sections == sorted(sections, key=lambda key: key == "labour"), sample.file
        assert all(sample.w(key) in text for key in set(sections))
    if sample.layout == "borehole":
        assert sample.refs["position"] in text
    if sample.layout == "fencing":
        assert sample.refs["quote"] in text
    if sample.layout == "courtreport":  # the case heard, its number, witness and day
        for key in ("caseno", "witness"):
            assert sample.refs[key] in text
        assert sample.date_text(dt.date.fromisoformat(sample.refs["taken"])) in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh22.Fresh22Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_tree_surgeon_prints_its_facts_under_its_address_and_the_customer_beside_them(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "treesurgeon"):
        number, street, buyer = _found(
            rendered[sample.file], sample.number, sample.seller.address[0], sample.buyer.name
        )
        assert number.y0 > street.y1 and number.x1 < buyer.x0, sample.file


def test_the_court_reporter_frames_the_case_and_the_facts_in_one_caption(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "courtreport"):
        number, case = _found(rendered[sample.file], sample.number, sample.refs["caseno"])
        assert abs(number.y0 - case.y0) < 16 and number.x0 > case.x1, sample.file


def test_the_ceramics_studio_bills_tableware_per_glaze_with_a_trade_discount() -> None:
    samples = [s for s in SLICE if s.layout == "tableware"]
    assert max(len(s.lines) for s in samples) >= 15
    for sample in samples:
        assert len({ln.note for ln in sample.lines}) == len(sample.lines), sample.file
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh22.Fresh22Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the ceramics studio's trade discount
        assert sample.layout == "tableware"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh22)
)
