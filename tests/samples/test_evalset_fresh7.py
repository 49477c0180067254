"""The evaluation slice `fresh7` (measured once unseen): every truth value is printed in its PDF,
the truth is arithmetically consistent (document-level discounts and charges included), most of the
wording is its own, its layouts are new, no text overlaps or leaves the page, and generation is
byte-for-byte repeatable. No extraction runs here: the slice is only measured by `make eval`."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from tests.samples.slices import (
    check_page_geometry,
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
import evalset_fresh7
import evalset_fresh7_pages
import generate
# isort: on

SLICE = evalset_fresh7.fresh7()
generated, rendered = slice_fixtures("fresh7")
EARLIER = earlier_slices("fresh7")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh7.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh7.STYLE) & earlier_layouts(EARLIER)
    assert {"market", "workshop", "bilingual", "utility", "band", "ean"} <= earlier_layouts(EARLIER)
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "USD", "SEK", "DKK", "PLN",
                                            "CZK", "HUF", "RON"}  # fmt: skip
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "yy"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert 30 <= max(counts) <= 35
    assert sum(bool(s.allowance) for s in SLICE) >= 6
    assert sum(bool(s.charge) for s in SLICE) >= 6
    assert sum(bool(s.instalments) for s in SLICE) >= 4


def _padded(description: str, lines: set[str]) -> bool:
    """A monospaced row holds the description as a column of its own: spaces pad it."""
    pattern = re.compile(rf"(^|\s\s){re.escape(description)}\s\s")
    return any(pattern.search(line) for line in lines)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh7.Fresh7Sample, rendered: dict[str, bytes]
) -> None:
    pages = page_texts(rendered[sample.file])
    text = spaced("\n".join(pages))
    two = sample.layout == "carryover" and len(sample.lines) > evalset_fresh7_pages.FIRST_PAGE
    assert len(pages) == (2 if two else 1)
    printed_lines = {line.strip() for line in text.splitlines()}
    printed = sample.printed()
    for key in ("number", "issue", "due", "seller", "buyer", "net", "tax", "grand"):
        assert spaced(printed[key]) in text, (key, printed[key])  # type: ignore[arg-type]
    for description, quantity, unit_price, amount in printed["lines"]:  # type: ignore[attr-defined]
        if sample.layout == "mono":
            assert _padded(description, printed_lines), description
        else:  # the whole first line, nothing more
            assert description in printed_lines, description
        for value in (quantity, unit_price, amount):
            assert spaced(value) in text, (description, value)
    assert sample.currency in text
    assert sample.title.casefold() in text.casefold()
    if sample.credit_note:
        assert sample.refs["original"] in text
    for line in sample.lines:  # grey notes are printed under their line, not in it
        if line.note and sample.layout == "training":  # type: ignore[attr-defined]
            assert line.note not in line.description  # type: ignore[attr-defined]
            assert any(row.endswith(f", {line.note}") for row in printed_lines)  # type: ignore[attr-defined]
    if sample.allowance or sample.charge:  # the sum of the lines, the discount or fee, the net
        assert spaced(sample.number_text(sample.line_total)) in text
    if sample.allowance:
        assert spaced(sample.number_text(-sample.allowance)) in text
    if sample.charge:
        assert spaced(sample.number_text(sample.charge)) in text
    for _, amount in sample.instalments:  # deducted after the grand total
        assert spaced(sample.number_text(-amount)) in text
    if two:  # the first page's sum, carried forward and brought forward
        carried = spaced(sample.number_text(evalset_fresh7_pages.carried(sample)))
        assert carried in pages[0]
        assert carried in pages[1]
        assert spaced(printed["grand"]) in pages[1]  # type: ignore[arg-type]


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh7.Fresh7Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh7.Fresh7Sample) -> None:
    row = check_totals(sample, most=35)
    assert sum(amount for _, amount in sample.instalments) < Decimal(row["grand_total"])


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh7)
)
