"""The evaluation slice `fresh25` (measured once unseen, now a development set): every truth value
is printed in its PDF, the truth is arithmetically consistent (a whole-flock discount included),
most of the wording is its own, its layouts are new, no text overlaps or leaves the page, and
generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

from __future__ import annotations

import datetime as dt
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
import evalset_fresh25
# isort: on

SLICE = evalset_fresh25.fresh25()
generated, rendered = slice_fixtures("fresh25")
EARLIER = earlier_slices("fresh25")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh25.STYLE), earlier_layouts(EARLIER))
    assert {"waspnest", "seedmerchant", "escape", "utility"} <= earlier_layouts(EARLIER)


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    twenty-fourth slice included)."""
    check_own_parties(SLICE, EARLIER)


def _day(sample: evalset_fresh25.Fresh25Sample, key: str) -> str:
    return sample.date_text(dt.date.fromisoformat(sample.refs[key]))


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh25.Fresh25Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    if sample.layout == "hedgelayer":  # the parcel worked
        assert sample.refs["field"] in text
    if sample.layout == "restorer":  # the piece restored
        assert sample.refs["piece"] in text
    if sample.layout == "thatcher":  # the roof and each line's unit in its own column
        assert sample.buyer.address[0] in text
        assert all(ln.unit in text for ln in sample.lines)
    if sample.layout == "shearing":  # tasks per flock, in flock order
        flocks = [flock for flock, _ in itertools.groupby(ln.section for ln in sample.lines)]
        assert len(flocks) == len(set(flocks)), flocks
    if sample.layout == "funeral":  # the deceased
        assert sample.refs["deceased"] in text
    if sample.layout == "audiologist":  # the patient number and the warranty date
        assert sample.refs["patient"] in text
        assert _day(sample, "warranty") in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh25.Fresh25Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


def _found(pdf: bytes, *texts: str) -> list[pymupdf.Rect]:
    """Where each text first stands on the page."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [doc[0].search_for(text)[0] for text in texts]


def test_the_restorer_and_the_funeral_director_print_in_a_serif(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout in {"restorer", "funeral"}):
        with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
            fonts = {font[3] for font in doc[0].get_fonts()}
        assert any(name.startswith("Times") for name in fonts), (sample.file, fonts)


def test_the_audiologist_prints_the_amount_due_under_net_and_tax(
    rendered: dict[str, bytes],
) -> None:
    for sample in (s for s in SLICE if s.layout == "audiologist"):
        net, grand = _found(
            rendered[sample.file], sample.money_text(sample.net), sample.money_text(sample.grand)
        )
        assert net.y1 < grand.y0, sample.file


def test_the_shearing_account_bills_many_tasks_per_flock_with_a_discount() -> None:
    samples = [s for s in SLICE if s.layout == "shearing"]
    assert max(len(s.lines) for s in samples) >= 14
    for sample in samples:
        assert sum((ln.net_amount for ln in sample.lines), Decimal(0)) == sample.line_total
        assert bool(sample.allowance) == sample.file.endswith("-0.pdf"), sample.file


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh25.Fresh25Sample) -> None:
    check_totals(sample)
    if sample.allowance:  # only the shearing contractor's whole-flock discount
        assert sample.layout == "shearing"


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh25)
)
