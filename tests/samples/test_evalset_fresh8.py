"""The evaluation slice `fresh8` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (document-level discounts and
charges included), most of the wording is its own, its layouts are new, no text overlaps or
leaves the page, and generation is byte-for-byte repeatable. No extraction runs here: the slice
is measured by `make eval`."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.samples.slices import (
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
import evalset_fresh8
import generate
# isort: on

SLICE = evalset_fresh8.fresh8()
generated, rendered = slice_fixtures("fresh8")
EARLIER = earlier_slices("fresh8")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh8.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh8.STYLE) & earlier_layouts(EARLIER)
    assert {"dental", "centred", "architect", "property", "utility", "legal"} <= (
        earlier_layouts(EARLIER))  # fmt: skip
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "NOK", "SEK", "HUF", "CZK"}
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "yy"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert max(counts) >= 15
    assert sum(bool(s.allowance) for s in SLICE) >= 6
    assert sum(bool(s.charge) for s in SLICE) >= 6


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh8.Fresh8Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    printed_lines = {line.strip() for line in text.splitlines()}
    if sample.layout == "qrbill":  # the slip repeats the reference and the amount
        assert text.count(sample.refs["qr"]) == 2
        grouped = sample.number_text(sample.grand).replace(sample.thousands or ",", " ")
        assert text.count(spaced(grouped)) >= 2
    for line in sample.lines:  # grey notes and site headings are lines of their own
        if line.site:  # type: ignore[attr-defined]
            assert line.site in printed_lines  # type: ignore[attr-defined]
            assert line.site not in line.description  # type: ignore[attr-defined]


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh8.Fresh8Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh8.Fresh8Sample) -> None:
    check_totals(sample)
    for line in sample.lines:  # only the invoiced quantity of a back order is billed
        if line.ordered:  # type: ignore[attr-defined]
            assert line.quantity + line.open == line.ordered  # type: ignore[attr-defined]
        if line.pallets:  # type: ignore[attr-defined]
            assert line.quantity == line.pallets * line.days  # type: ignore[attr-defined]


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh8)
)
