"""The evaluation slice `fresh11` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a members' discount included), most
of the wording is its own, its layouts are new, no text overlaps or leaves the page, and generation
is byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

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
    page_texts,
    slice_fixtures,
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh11
# isort: on

SLICE = evalset_fresh11.fresh11()
generated, rendered = slice_fixtures("fresh11")
EARLIER = earlier_slices("fresh11")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh11.STYLE), earlier_layouts(EARLIER))
    assert {"telecom", "reissue", "vintner", "qrbill", "dental", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the tenth
    slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh11.Fresh11Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "emailed":  # the number only in the subject line, the date as sent
        subject = [line for line in text.splitlines() if sample.number in line]
        assert subject == [f"{sample.w('re')}: {sample.title} {sample.number}"]
    if sample.layout == "sellerfoot":  # the seller is named once, in the issuer's block
        assert text.count(sample.seller.name) == 1
        assert text.index(sample.seller.name) > text.index(spaced(sample.money_text(sample.grand)))
    if sample.layout == "dayrate":  # both sections, fees first
        assert text.index(sample.w("fees")) < text.index(sample.w("expenses"))


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh11.Fresh11Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def test_the_half_sheet_and_the_wide_page_have_their_own_sizes(rendered: dict[str, bytes]) -> None:
    for sample in SLICE:
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            size = (round(doc[0].rect.width), round(doc[0].rect.height))
        expected = {"halfsheet": (420, 595), "widepage": (842, 595)}.get(sample.layout, (595, 842))
        assert size == expected, sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh11.Fresh11Sample) -> None:
    check_totals(sample)
    if sample.layout == "dayrate":  # fees, then expenses, at least one of each
        sections = [line.site for line in sample.lines]
        assert sections == sorted(sections)
        assert set(sections) == {0, 1}


def test_the_printout_leads_its_facts_and_totals_with_dots(rendered: dict[str, bytes]) -> None:
    for sample in (s for s in SLICE if s.layout == "dotted"):
        text = page_texts(rendered[sample.file])[0]
        assert text.count("...") >= 8, sample.file  # five facts and three totals


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh11)
)
