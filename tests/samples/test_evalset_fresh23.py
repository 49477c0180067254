"""The evaluation slice `fresh23` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a round discount included), most of
the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation is
byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
import evalset_fresh23
# isort: on

SLICE = evalset_fresh23.fresh23()
generated, rendered = slice_fixtures("fresh23")
EARLIER = earlier_slices("fresh23")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh23.STYLE), earlier_layouts(EARLIER))
    assert {"courtreport", "glazier", "diving", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-second slice included)."""
    check_own_parties(SLICE, EARLIER)


def _day(sample: evalset_fresh23.Fresh23Sample, key: str) -> str:
    return sample.date_text(dt.date.fromisoformat(sample.refs[key]))


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh23.Fresh23Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "balloon":  # the flight day and the launch site
        assert _day(sample, "flight") in text
        assert sample.refs["launch"] in text
    if sample.layout == "sharpening":  # the day collected, pieces in kitchen-section order
        assert _day(sample, "collected") in text
        assert [ln.section for ln in sample.lines] == sorted(
            (ln.section for ln in sample.lines), key=evalset_fresh23.SECTIONS[sample.lang].index
        )
    if sample.layout == "organ":
        assert sample.refs["instrument"] in text
    if sample.layout == "chandler":  # the yacht, its flag and its berth
        for key in ("vessel", "flag", "berth"):
            assert sample.refs[key] in text
    if sample.layout == "escape":  # the day of the event and the team size
        assert _day(sample, "event") in text
        assert sample.refs["players"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh23.Fresh23Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_balloon_operator_keeps_its_details_in_the_left_sidebar(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "balloon"):
        iban, buyer, number = _found(
            rendered[sample.file], sample.seller.iban, sample.buyer.name, sample.number
        )
        assert iban.x1 < buyer.x0 < number.x0, sample.file


def test_the_falconer_prints_its_facts_under_the_customer(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "falconry"):
        buyer, number = _found(rendered[sample.file], sample.buyer.name, sample.number)
        assert number.y0 > buyer.y1 and number.x0 < 300, sample.file


def test_the_welder_prints_its_totals_side_by_side(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "welding"):
        net, grand = _found(
            rendered[sample.file],
            sample.money_text(sample.net),
            sample.money_text(sample.grand),
        )
        assert abs(net.y0 - grand.y0) < 4 and net.x1 < grand.x0, sample.file


def test_the_sharpening_round_bills_many_pieces_with_a_round_discount() -> None:
    samples = [s for s in SLICE if s.layout == "sharpening"]
    assert max(len(s.lines) for s in samples) >= 15
    for sample in samples:
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh23.Fresh23Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the sharpening round's discount
        assert sample.layout == "sharpening"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh23)
)
