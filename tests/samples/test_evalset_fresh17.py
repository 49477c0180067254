"""The evaluation slice `fresh17` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a fleet rebate included), most of
the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh17
# isort: on

SLICE = evalset_fresh17.fresh17()
generated, rendered = slice_fixtures("fresh17")
EARLIER = earlier_slices("fresh17")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh17.STYLE), earlier_layouts(EARLIER))
    assert {"milkround", "tyrebay", "removals", "barcode", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    sixteenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh17.Fresh17Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "kegledger":  # the keg account under the table
        assert sample.w("kegs") in text
        assert int(sample.refs["held"]) == (
            int(sample.refs["before"]) + int(sample.refs["out"]) - int(sample.refs["back"])
        )
    if sample.layout == "meterread":  # each meter's last and current reading
        for ln in (ln for ln in sample.lines if ln.code):
            last = Decimal(ln.code)
            assert spaced(sample.quantity_text(last)) in text
            assert spaced(sample.quantity_text(last + ln.quantity)) in text
    if sample.layout == "skiphire":
        assert sample.refs["ewc"] in text
        assert sample.refs["waste"] in text
    if sample.layout == "coursefee":  # the student and the course dates
        assert sample.refs["student"] in text
        assert sample.date_text(dt.date.fromisoformat(sample.refs["start"])) in text
    if sample.layout == "feenote":
        assert sample.refs["client_ref"] in text
    if sample.layout == "artistsale":
        assert sample.refs["exhibition"] in text
    if sample.layout == "fleetwash":
        assert sample.refs["account"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh17.Fresh17Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_car_wash_bills_a_long_table_van_by_van() -> None:
    counts = [len(s.lines) for s in SLICE if s.layout == "fleetwash"]
    assert max(counts) >= 15
    for sample in (s for s in SLICE if s.layout == "fleetwash"):
        vans = [ln.section for ln in sample.lines]
        assert all(ln.description.endswith(ln.section) for ln in sample.lines), sample.file
        assert vans == sorted(vans, key=vans.index), sample.file  # each van's lines together


def test_the_gallery_bills_its_artists_and_the_school_names_its_student() -> None:
    gallery = {s.buyer.name for s in SLICE if s.layout == "artistsale"}
    others = {s.buyer.name for s in SLICE if s.layout != "artistsale"}
    assert len(gallery) == 12
    assert not gallery & others


def test_the_surveyor_writes_a_letter_with_the_firm_at_the_right(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "feenote"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            seller = page.search_for(sample.seller.name)
            buyer = page.search_for(sample.buyer.name)
            fills = [d["fill"] for d in page.get_drawings() if d.get("fill")]
        assert seller and seller[0].x1 > 540, sample.file
        assert buyer and buyer[0].x0 < 100 and buyer[0].y0 > seller[0].y1, sample.file
        assert all(min(fill) > 0.5 for fill in fills), sample.file  # no dark banner


def test_the_copier_bills_the_copies_its_meters_counted() -> None:
    for sample in (s for s in SLICE if s.layout == "meterread"):
        meters = [ln for ln in sample.lines if ln.code]
        assert meters and meters == list(sample.lines[: len(meters)]), sample.file
        assert all(ln.quantity >= 800 for ln in meters), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh17.Fresh17Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the car wash's fleet rebate
        assert sample.layout == "fleetwash"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh17)
)
