"""The evaluation slice `fresh3` (measured once unseen, then used for development): every truth
value is printed on its page, the truth is arithmetically consistent, the wording is its own, and
generation is byte-for-byte repeatable. No extraction runs here: the slice is only measured by
`make eval`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from tests.samples.slices import (
    KEYS,
    borrowed_labels,
    earlier_labels,
    earlier_layouts,
    earlier_slices,
    generation_tests,
    lines_total,
    page_texts,
    round_cent,
    slice_fixtures,
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh3
import evalset_fresh3_text
import generate
# isort: on

SLICE = evalset_fresh3.fresh3()
generated, rendered = slice_fixtures("fresh3")
EARLIER = earlier_slices("fresh3")


def test_the_slice_covers_seven_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh3.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh3.STYLE) & earlier_layouts(EARLIER)
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "USD", "SEK", "DKK", "NOK", "PLN"}
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "us"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert max(counts) == 12


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_on_the_page(
    sample: evalset_fresh3.Fresh3Sample, rendered: dict[str, bytes]
) -> None:
    text = "\n".join(page_texts(rendered[sample.file]))
    printed = sample.printed()
    for key in ("number", "issue", "due", "seller", "buyer", "net", "tax", "grand"):
        assert spaced(printed[key]) in text, (key, printed[key])
    for description, quantity, unit_price, amount in printed["lines"]:  # type: ignore[attr-defined]
        for value in (description, quantity, unit_price, amount):
            assert spaced(value) in text, (description, value)
    # the currency is named by its code or an unambiguous symbol
    assert sample.currency in text or (sample.symbol in {"€", "£", "$"} and sample.symbol in text)
    assert sample.title.casefold() in text.casefold()
    if sample.credit_note:
        assert sample.refs["original"] in text


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh3.Fresh3Sample) -> None:
    row = sample.expected()
    assert list(row) == KEYS
    assert row["type_code"] == ("381" if sample.credit_note else "380")
    assert row["issue_date"] < row["due_date"]
    lines = row["lines"]
    assert 1 <= len(lines) <= 12  # type: ignore[arg-type]
    total = lines_total(lines)  # type: ignore[arg-type]
    net, tax, grand = (Decimal(row[k]) for k in ("net_total", "tax_total", "grand_total"))  # type: ignore[arg-type]
    assert net == total
    assert tax == round_cent(net * sample.tax_rate / 100)
    assert grand == net + tax
    assert all(Decimal(row[k]).as_tuple().exponent == -2  # type: ignore[arg-type]
               for k in ("net_total", "tax_total", "grand_total"))  # fmt: skip
    for line in sample.lines:
        if sample.layout == "wholesale":
            assert line.unit_price == round_cent(line.list_price * (100 - line.discount) / 100)


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh3)
)


def test_no_label_phrasing_is_borrowed_from_another_set() -> None:
    """Compared without case only: this slice was written before spacing was ignored too."""
    earlier = earlier_labels(through="fresh2")
    assert borrowed_labels(evalset_fresh3_text.WORDING, earlier, str.casefold) == []
