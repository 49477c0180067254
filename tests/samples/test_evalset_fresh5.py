"""The evaluation slice `fresh5` (measured once unseen, then used for development): every truth
value is printed in its PDF, the truth is arithmetically consistent (document-level discounts,
two VAT rates and negative discount lines included), the wording is its own, its layouts are
new, and generation is byte-for-byte repeatable. No extraction runs here: the slice is only
measured by `make eval`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from tests.samples.slices import (
    KEYS,
    LINE_KEYS,
    borrowed_labels,
    earlier_labels,
    earlier_layouts,
    earlier_slices,
    generation_tests,
    page_texts,
    round_cent,
    slice_fixtures,
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh5
import evalset_fresh5_text
import generate
# isort: on

SLICE = evalset_fresh5.fresh5()
generated, rendered = slice_fixtures("fresh5")
EARLIER = earlier_slices("fresh5")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh5.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh5.STYLE) & earlier_layouts(EARLIER)
    assert {"market", "hotel", "utility", "hours", "band", "ean"} <= earlier_layouts(EARLIER)
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK",
                                            "HUF", "CAD"}  # fmt: skip
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "yy"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert 20 <= max(counts) <= 30
    assert sum(bool(s.allowance) for s in SLICE) >= 6
    assert all(len(s.rates) == 2 for s in SLICE if s.layout == "catering")
    assert any(line.unit_price < 0 for s in SLICE for line in s.lines)


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh5.Fresh5Sample, rendered: dict[str, bytes]
) -> None:
    pages = page_texts(rendered[sample.file])
    assert len(pages) == 1
    text = pages[0]
    printed_lines = {line.strip() for line in spaced(text).splitlines()}
    printed = sample.printed()
    for key in ("number", "issue", "due", "seller", "buyer", "net", "tax", "grand"):
        assert spaced(printed[key]) in text, (key, printed[key])
    for description, quantity, unit_price, amount in printed["lines"]:  # type: ignore[attr-defined]
        assert description in printed_lines, description  # the whole first line, nothing more
        for value in (quantity, unit_price, amount):
            assert spaced(value) in text, (description, value)
    # the currency is named by its code or an unambiguous symbol
    assert sample.currency in text or (sample.symbol in {"€", "£"} and sample.symbol in text)
    assert sample.title.casefold() in text.casefold()
    if sample.credit_note:
        assert sample.refs["original"] in text
    if sample.allowance:  # the sum of the lines, the discount, then the net
        assert spaced(sample.number_text(sample.line_total)) in text
        assert spaced(sample.number_text(-sample.allowance)) in text
    for rate in sample.rates if len(sample.rates) > 1 else ():  # the VAT analysis
        assert spaced(sample.number_text(sample.base_of(rate))) in text
        assert spaced(sample.number_text(sample.tax_of(rate))) in text
    for line in sample.lines:  # licence keys are printed under their line, not in it
        if line.serial:  # type: ignore[attr-defined]
            assert line.serial in text  # type: ignore[attr-defined]
            assert line.serial not in line.description  # type: ignore[attr-defined]


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh5.Fresh5Sample) -> None:
    row = sample.expected()
    assert list(row) == KEYS
    assert row["type_code"] == ("381" if sample.credit_note else "380")
    assert row["issue_date"] < row["due_date"]
    lines = row["lines"]
    assert 1 <= len(lines) <= 30  # type: ignore[arg-type]
    assert len({line["description"] for line in lines}) == len(lines)  # type: ignore[attr-defined]
    total = Decimal("0.00")
    by_rate: dict[Decimal, Decimal] = {}
    for line, printed in zip(lines, sample.lines, strict=True):  # type: ignore[call-overload]
        assert list(line) == LINE_KEYS
        assert line["description"]
        quantity, price, amount = (Decimal(line[k]) for k in LINE_KEYS[1:])
        assert quantity > 0
        assert price > 0 or (price < 0 and sample.layout == "reseller" and not sample.credit_note)
        assert amount == round_cent(quantity * price)
        assert amount.as_tuple().exponent == -2
        total += amount
        rate = printed.rate or sample.tax_rate  # type: ignore[attr-defined]
        by_rate[rate] = by_rate.get(rate, Decimal("0.00")) + amount
    net, tax, grand = (Decimal(row[k]) for k in ("net_total", "tax_total", "grand_total"))  # type: ignore[arg-type]
    # EN 16931: the net total is the sum of the lines less the document-level discount
    assert sample.allowance == round_cent(total * sample.allowance_pct / 100)
    assert net == total - sample.allowance
    assert net > 0
    if len(by_rate) == 1:
        assert tax == round_cent(net * sample.tax_rate / 100)
    else:  # VAT per rate, on the lines of that rate (no discount on these invoices)
        assert not sample.allowance
        assert tax == sum(round_cent(base * rate / 100) for rate, base in by_rate.items())
    assert grand == net + tax
    assert all(Decimal(row[k]).as_tuple().exponent == -2  # type: ignore[arg-type]
               for k in ("net_total", "tax_total", "grand_total"))  # fmt: skip


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh5)
)


def test_no_label_phrasing_is_borrowed_from_another_set() -> None:
    earlier = earlier_labels(through="fresh4")
    assert borrowed_labels(evalset_fresh5_text.WORDING, earlier) == []
