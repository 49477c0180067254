"""The evaluation slice `fresh4` (measured once unseen, then used for development): every truth
value is printed in its PDF, the truth is arithmetically consistent, the wording is its own, long
invoices run over two or three pages, and generation is byte-for-byte repeatable. No extraction
runs here: the slice is only measured by `make eval`."""

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
import evalset_fresh4
import evalset_fresh4_pages
import evalset_fresh4_text
import generate
# isort: on

SLICE = evalset_fresh4.fresh4()
generated, rendered = slice_fixtures("fresh4")
EARLIER = earlier_slices("fresh4")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh4.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh4.STYLE) & earlier_layouts(EARLIER)
    assert {"utility", "hours", "wholesale", "nordic", "craft", "fromto", "boxed"} <= (
        earlier_layouts(EARLIER))  # fmt: skip
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "USD", "SEK", "PLN", "CZK"}
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "us"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert 35 <= max(counts) <= 40
    assert all(25 <= len(s.lines) <= 40 for s in SLICE if s.layout == "multipage")


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh4.Fresh4Sample, rendered: dict[str, bytes]
) -> None:
    pages = page_texts(rendered[sample.file])
    text = "\n".join(pages)
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
    if sample.layout == "multipage":  # the header, with the number, repeated on every page
        assert 2 <= len(pages) <= 3
        assert len(pages) == len(evalset_fresh4_pages.pages(len(sample.lines)))
        for k, page in enumerate(pages, start=1):
            assert sample.number in page
            assert sample.w("page").format(page=k, pages=len(pages)) in page
        assert spaced(printed["grand"]) in pages[-1]  # type: ignore[operator]
    else:
        assert len(pages) == 1


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh4.Fresh4Sample) -> None:
    row = sample.expected()
    assert list(row) == KEYS
    assert row["type_code"] == ("381" if sample.credit_note else "380")
    assert row["issue_date"] < row["due_date"]
    lines = row["lines"]
    assert 1 <= len(lines) <= 40  # type: ignore[arg-type]
    assert len({line["description"] for line in lines}) == len(lines)  # type: ignore[attr-defined]
    total = lines_total(lines)  # type: ignore[arg-type]
    net, tax, grand = (Decimal(row[k]) for k in ("net_total", "tax_total", "grand_total"))  # type: ignore[arg-type]
    assert net == total
    assert tax == round_cent(net * sample.tax_rate / 100)
    assert grand == net + tax
    assert all(Decimal(row[k]).as_tuple().exponent == -2  # type: ignore[arg-type]
               for k in ("net_total", "tax_total", "grand_total"))  # fmt: skip


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh4)
)


def test_no_label_phrasing_is_borrowed_from_another_set() -> None:
    earlier = earlier_labels(through="fresh3")
    assert borrowed_labels(evalset_fresh4_text.WORDING, earlier) == []
