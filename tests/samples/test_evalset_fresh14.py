"""The evaluation slice `fresh14` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a sibling reduction included), most
of the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

from __future__ import annotations

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
import evalset_fresh14
import evalset_fresh14_layouts
# isort: on

SLICE = evalset_fresh14.fresh14()
generated, rendered = slice_fixtures("fresh14")
EARLIER = earlier_slices("fresh14")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh14.STYLE), earlier_layouts(EARLIER))
    assert {"barcode", "deliverto", "courtesy", "refrow", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    thirteenth slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh14.Fresh14Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "simplified":  # the customer's name only, no address
        assert not any(line in text for line in sample.buyer.address)
    if sample.layout == "heatpump":  # the deposit taken off after the total, then the balance
        paid = evalset_fresh14_layouts.deposit(sample)
        assert 0 < paid < sample.grand
        balance = spaced(sample.money_text(sample.grand - paid))
        assert text.index(spaced(sample.money_text(sample.grand))) < text.index(balance)
    if sample.layout == "serials":  # the serial numbers of every piece under its line
        for line in sample.lines:
            if line.note:
                assert len(line.note.split(", ")) == line.quantity
                assert line.note in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh14.Fresh14Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_portal_printout_prints_the_page_address_at_the_foot(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "portal"):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            page = doc[0]
            hits = page.search_for("/account/invoices/")
            height = page.rect.height
        assert len(hits) == 1, sample.file
        assert hits[0].y0 > height - 40, sample.file


def test_the_cleaning_invoice_bills_one_line_per_visit() -> None:
    for sample in (s for s in SLICE if s.layout == "visits"):
        days = [line.description.rsplit(" ", 1)[1] for line in sample.lines]
        assert len(set(days)) == len(days), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh14.Fresh14Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the nursery's sibling reduction
        assert sample.layout == "childcare"
        assert sample.allowance_pct in {Decimal(10), Decimal(15)}


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh14)
)
