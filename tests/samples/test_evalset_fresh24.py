"""The evaluation slice `fresh24` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (an early-order discount included),
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
import evalset_fresh24
# isort: on

SLICE = evalset_fresh24.fresh24()
generated, rendered = slice_fixtures("fresh24")
EARLIER = earlier_slices("fresh24")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh24.STYLE), earlier_layouts(EARLIER))
    assert {"escape", "balloon", "courtreport", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-third slice included)."""
    check_own_parties(SLICE, EARLIER)


def _day(sample: evalset_fresh24.Fresh24Sample, key: str) -> str:
    return sample.date_text(dt.date.fromisoformat(sample.refs[key]))


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh24.Fresh24Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "magician":  # the day of the show
        assert _day(sample, "show") in text
    if sample.layout == "churchbell":  # the bell and the numbered positions
        assert sample.refs["bell"] in text
        assert f"{len(sample.lines)}." in text
    if sample.layout == "groomer":
        assert sample.refs["dogs"] in text
    if sample.layout == "seedmerchant":  # seed per delivery note, in delivery-note order
        assert [ln.section for ln in sample.lines] == sorted(ln.section for ln in sample.lines)
    if sample.layout == "bouncycastle":  # the venue and the day of the party
        assert sample.refs["venue"] in text
        assert _day(sample, "event") in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh24.Fresh24Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_wasp_service_lists_its_facts_above_both_parties(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "waspnest"):
        number, seller, buyer = _found(
            rendered[sample.file], sample.number, sample.seller.name, sample.buyer.name
        )
        assert number.y1 < seller.y0 and number.y1 < buyer.y0, sample.file
        assert seller.x1 < buyer.x0, sample.file


def test_the_spa_service_prints_net_tax_and_gross_in_one_row(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "hottub"):
        net, tax = _found(
            rendered[sample.file], sample.money_text(sample.net), sample.money_text(sample.tax)
        )
        assert abs(net.y0 - tax.y0) < 4 and net.x1 < tax.x0, sample.file


def test_the_seed_merchant_bills_many_seeds_with_an_early_order_discount() -> None:
    samples = [s for s in SLICE if s.layout == "seedmerchant"]
    assert max(len(s.lines) for s in samples) >= 15
    for sample in samples:
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh24.Fresh24Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the seed merchant's discount
        assert sample.layout == "seedmerchant"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh24)
)
