"""The evaluation slice `fresh12` (the unseen slice): every truth value is printed in its PDF, the
truth is arithmetically consistent (a loyalty discount included), most of the wording is its own,
its layouts are new, no text overlaps or leaves the page, and generation is byte-for-byte
repeatable. No extraction runs here: the slice is only measured by `make eval`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.samples.slices import (
    check_coverage,
    check_new_labels,
    check_own_parties,
    check_page_geometry,
    check_printed,
    check_repeatable,
    check_totals,
    check_truth_file,
    earlier_labels,
    earlier_layouts,
    generate_only,
    rendered_pdfs,
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset
import evalset_fresh12
import evalset_fresh12_items
import evalset_fresh12_text
import generate
# isort: on

SLICE = evalset_fresh12.fresh12()
EARLIER: tuple = (evalset.evalset_fresh, evalset.evalset_fresh2, evalset.evalset_fresh3,
                  evalset.evalset_fresh4, evalset.evalset_fresh5, evalset.evalset_fresh6,
                  evalset.evalset_fresh7, evalset.evalset_fresh8, evalset.evalset_fresh9,
                  evalset.evalset_fresh10, evalset.evalset_fresh11)  # fmt: skip
# The wording of the third to tenth slices, for `earlier_labels`.
UP_TO_TENTH: dict = {f"with_fresh{n}": True for n in range(3, 11)}


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    check_coverage(SLICE, list(evalset_fresh12.STYLE), earlier_layouts(EARLIER))
    assert {"courtesy", "widepage", "telecom", "vintner", "qrbill", "utility"} <= (
        earlier_layouts(EARLIER))  # fmt: skip


def test_its_parties_and_line_descriptions_are_its_own() -> None:
    """No seller, buyer or line description of the slice appears in an earlier set (the
    eleventh slice included)."""
    check_own_parties(SLICE, EARLIER)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The truth file `make eval`'s generator writes, the slice's PDFs beside it."""
    return generate_only(tmp_path_factory.mktemp("evalset"), "fresh12")


@pytest.fixture(scope="module")
def rendered(generated: Path) -> dict[str, bytes]:
    return rendered_pdfs(generated)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh12.Fresh12Sample, rendered: dict[str, bytes]
) -> None:
    text = check_printed(sample, rendered[sample.file])
    grand = text.index(spaced(sample.money_text(sample.grand)))
    first_line = text.index(sample.lines[0].description)
    if sample.layout == "totalsfirst":  # the summary box comes before the table
        assert grand < first_line
    else:
        assert grand > first_line
    if sample.layout == "vehiclehire":  # the odometer out and in
        assert f"{sample.refs['km_out']} km" in text
        assert f"{sample.refs['km_in']} km" in text
    if sample.layout == "termfees":  # the pupil and the term
        assert f"{sample.w('pupil')}: {sample.refs['pupil']}" in text
    if sample.layout == "sweep":  # the inspection record before the charges
        assert text.index(sample.w("inspected")) < first_line


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_no_text_overlaps_or_leaves_the_page(
    sample: evalset_fresh12.Fresh12Sample, rendered: dict[str, bytes]
) -> None:
    check_page_geometry(rendered[sample.file])


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh12.Fresh12Sample) -> None:
    check_totals(sample)
    assert bool(sample.allowance) == (sample.layout == "totalsfirst" and "-0." in sample.file)


def test_the_wholesaler_sells_products_in_sizes_on_long_tables() -> None:
    banner = [s for s in SLICE if s.layout == "banner"]
    assert max(len(s.lines) for s in banner) >= 15
    sizes = {size for family in evalset_fresh12_items.SIZES for size in family}
    for sample in banner:
        for line in sample.lines:
            assert line.description.rsplit(" ", 2)[-1] in sizes or (
                " ".join(line.description.rsplit(" ", 2)[-2:]) in sizes
            ), line.description


def test_make_eval_writes_the_truth_of_every_document(
    generated: Path, rendered: dict[str, bytes]
) -> None:
    check_truth_file(generated, rendered, SLICE, "fresh12")


def test_generation_is_byte_for_byte_repeatable(
    generated: Path, rendered: dict[str, bytes]
) -> None:
    check_repeatable(generated, rendered, SLICE, evalset_fresh12.render, evalset_fresh12.STYLE)


def test_most_label_phrasings_are_new_in_every_language() -> None:
    """Real invoices share common labels, so the slice may reuse some; in every language at
    least half of its distinct label phrasings are used by no earlier set (third to eleventh
    slices included), and each common fact has three phrasings, so neighbouring layouts
    differ."""
    check_new_labels(evalset_fresh12_text.WORDING, earlier_labels(**UP_TO_TENTH, with_fresh11=True))


def test_the_earlier_slices_keep_their_label_sets() -> None:
    """Asking for the eleventh slice's wording only adds to the earlier answer."""
    before = earlier_labels(**UP_TO_TENTH)
    after = earlier_labels(**UP_TO_TENTH, with_fresh11=True)
    for lang in generate.LOCALES:
        assert before[lang] < after[lang]
