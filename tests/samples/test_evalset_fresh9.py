"""The evaluation slice `fresh9` (measured once unseen, now a development set): every truth
value is printed in its PDF, the truth is arithmetically consistent (document-level discounts
and charges included, a venue's deposit only after the grand total), most of the wording is its
own, its layouts are new, no text overlaps or leaves the page, and generation is byte-for-byte
repeatable. No extraction runs here: the slice is only measured by `make eval`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from tests.samples.slices import (
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
import evalset_fresh9
import generate
# isort: on

SLICE = evalset_fresh9.fresh9()
generated, rendered = slice_fixtures("fresh9")
EARLIER = earlier_slices("fresh9")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh9.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh9.STYLE) & earlier_layouts(EARLIER)
    assert {"qrbill", "tablefirst", "architect", "dental", "utility", "legal"} <= (
        earlier_layouts(EARLIER))  # fmt: skip
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "SEK", "DKK", "PLN"}
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "yy"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert max(counts) >= 15
    assert sum(bool(s.allowance) for s in SLICE) >= 6
    assert sum(bool(s.charge) for s in SLICE) >= 6
    assert sum(bool(s.instalments) for s in SLICE) >= 6


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh9.Fresh9Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    for _, deposit in sample.instalments:  # the deposit and the balance after the grand total
        assert spaced(sample.money_text(-deposit)) in text
        assert spaced(sample.money_text(sample.grand - deposit)) in text
    if sample.layout == "vintner":  # the seller's name is printed only in the footer
        assert text.count(sample.seller.name) == 1


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh9.Fresh9Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh9.Fresh9Sample) -> None:
    grand = Decimal(check_totals(sample)["grand_total"])
    for day, deposit in sample.instalments:  # a deposit paid before, less than the total
        assert day < sample.issue
        assert 0 < deposit < grand


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh9)
)
