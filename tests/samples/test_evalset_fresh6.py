"""The evaluation slice `fresh6`: every truth value is printed in its PDF, the truth is
arithmetically consistent (per-line tier discounts, document-level charges and allowances,
disbursements at 0 %, exempt care and two VAT rates included), most of its wording is its own,
its layouts are new, and generation is byte-for-byte repeatable. No extraction runs here: the
slice is only measured by `make eval`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pymupdf
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
    plain,
    round_cent,
    slice_fixtures,
    spaced,
)

# The samples folder is on the import path once `slices` is imported.
# isort: off
import evalset_fresh6
import evalset_fresh6_text
import generate
# isort: on

SLICE = evalset_fresh6.fresh6()
generated, rendered = slice_fixtures("fresh6")
EARLIER = earlier_slices("fresh6")


def test_the_slice_covers_seven_new_layouts_six_languages_and_many_formats() -> None:
    assert len(SLICE) == 84
    assert len({s.file for s in SLICE}) == 84
    assert Counter(s.layout for s in SLICE) == dict.fromkeys(evalset_fresh6.STYLE, 12)
    assert Counter(s.lang for s in SLICE) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(evalset_fresh6.STYLE) & earlier_layouts(EARLIER)
    assert {"workshop", "bilingual", "multipage", "receipt", "utility", "landscape",
            "two-page", "ean"} <= earlier_layouts(EARLIER)  # fmt: skip
    assert {s.currency for s in SLICE} >= {"EUR", "GBP", "CHF", "USD", "NOK", "PLN", "DKK",
                                            "CZK", "HUF", "RON"}  # fmt: skip
    assert {s.date_style for s in SLICE} == {"num", "dot", "iso", "long", "abbr", "yy", "us"}
    assert {s.thousands for s in SLICE} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in SLICE) <= 12
    counts = [len(s.lines) for s in SLICE]
    assert min(counts) == 1
    assert 25 <= max(counts) <= 35
    assert sum(bool(s.charge) for s in SLICE) >= 6
    assert sum(bool(s.allowance) for s in SLICE) >= 6
    assert sum(any(line.discount for line in s.lines) for s in SLICE) >= 12
    assert all(len(s.rates) == 2 for s in SLICE if s.layout in evalset_fresh6.MULTI_RATE)
    assert all(s.tax == 0 for s in SLICE if s.layout == "dental")


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_every_truth_value_is_printed_in_the_pdf(
    sample: evalset_fresh6.Fresh6Sample, rendered: dict[str, bytes]
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
    assert sample.currency in text or (sample.symbol in {"€", "£", "$"} and sample.symbol in text)
    assert sample.title.casefold() in text.casefold()
    if sample.credit_note:
        assert sample.refs["original"] in text
    if sample.allowance or sample.charge:  # the sum of the lines, then the allowance or charge
        assert spaced(sample.number_text(sample.line_total)) in text
    if sample.allowance:
        assert spaced(sample.number_text(-sample.allowance)) in text
    if sample.charge:
        assert spaced(sample.number_text(sample.charge)) in text
    for rate in sample.rates if len(sample.rates) > 1 else ():  # the VAT analysis
        assert spaced(sample.number_text(sample.base_of(rate))) in text
        assert spaced(sample.number_text(sample.tax_of(rate))) in text
    for line in sample.lines:  # what is printed beside or under a line is not part of it
        for extra in (line.spec, line.serial):  # type: ignore[attr-defined]
            if extra:
                assert extra in text
                assert extra not in line.description
        if line.discount:  # the web shop prints "10 %", the ERP layout "10,00"
            off = sample.quantity_text(line.discount) + " %"
            assert (
                off if sample.layout == "webshop" else sample.number_text(line.discount)
            ) in text


def _centre(page: pymupdf.Page, needle: str) -> tuple[float, float]:
    """The horizontal centre and the left edge of where `needle` is printed."""
    found = page.search_for(needle)
    assert found, needle
    return (found[0].x0 + found[0].x1) / 2, found[0].x0


@pytest.mark.parametrize("sample", [s for s in SLICE if s.layout in ("photo", "centred")],
                         ids=lambda s: s.file)  # fmt: skip
def test_the_two_column_and_the_centred_layouts_keep_their_geometry(
    sample: evalset_fresh6.Fresh6Sample, rendered: dict[str, bytes]
) -> None:
    """The photographer's totals sit in the left column, left of the lines; the wine merchant's
    letterhead, facts and totals are centred on the page."""
    with pymupdf.open(stream=rendered[sample.file], filetype="pdf") as doc:
        page = doc[0]
        grand = sample.money_text(sample.grand).replace("\u00a0", " ")
        if sample.layout == "photo":
            assert _centre(page, grand)[1] < 205
            assert all(_centre(page, ln.description)[1] > 215 for ln in sample.lines)
        else:
            for needle in (sample.seller.name, f"{sample.w('number')}  {sample.number}",
                           sample.buyer.name):  # fmt: skip
                assert abs(_centre(page, needle)[0] - 297.5) < 1, needle


@pytest.mark.parametrize("sample", SLICE, ids=[s.file for s in SLICE])
def test_the_truth_adds_up(sample: evalset_fresh6.Fresh6Sample) -> None:
    row = sample.expected()
    assert list(row) == KEYS
    assert row["type_code"] == ("381" if sample.credit_note else "380")
    assert row["issue_date"] < row["due_date"]
    lines = row["lines"]
    assert 1 <= len(lines) <= 35  # type: ignore[arg-type]
    assert len({line["description"] for line in lines}) == len(lines)  # type: ignore[attr-defined]
    total = Decimal("0.00")
    by_rate: dict[Decimal, Decimal] = {}
    for line, printed in zip(lines, sample.lines, strict=True):  # type: ignore[call-overload]
        assert list(line) == LINE_KEYS
        assert line["description"] == printed.description
        quantity, price, amount = (Decimal(line[k]) for k in LINE_KEYS[1:])
        assert quantity > 0
        assert price > 0
        # a printed per-line discount (web shop, ERP) makes the printed amount the truth
        assert amount == round_cent(quantity * price * (100 - printed.discount) / 100)
        if not printed.discount:
            assert amount == round_cent(quantity * price)
        assert amount.as_tuple().exponent == -2
        total += amount
        rate = printed.rate if sample.layout in evalset_fresh6.MULTI_RATE else sample.tax_rate  # type: ignore[attr-defined]
        by_rate[rate] = by_rate.get(rate, Decimal("0.00")) + amount
    net, tax, grand = (Decimal(row[k]) for k in ("net_total", "tax_total", "grand_total"))  # type: ignore[arg-type]
    # EN 16931: the net total is the sum of the lines less allowances plus charges
    assert sample.allowance == round_cent(total * sample.allowance_pct / 100)
    assert net == total - sample.allowance + sample.charge
    assert net > 0
    if len(by_rate) == 1:
        assert tax == round_cent(net * sample.tax_rate / 100)
    else:  # VAT per rate on the lines of that rate; disbursements at 0 % add none
        assert not sample.allowance and not sample.charge
        assert tax == sum(round_cent(base * rate / 100) for rate, base in by_rate.items())
    if sample.layout == "customs":
        assert Decimal(0) in by_rate
    assert grand == net + tax
    assert all(Decimal(row[k]).as_tuple().exponent == -2  # type: ignore[arg-type]
               for k in ("net_total", "tax_total", "grand_total"))  # fmt: skip


test_make_eval_writes_the_truth_of_every_document, test_generation_is_byte_for_byte_repeatable = (
    generation_tests(SLICE, evalset_fresh6)
)


def test_most_label_phrasings_are_new_in_every_language() -> None:
    """Real invoices share common labels, so the slice may reuse some; in every language at
    least half of its distinct label phrasings are used by no earlier set (fifth slice
    included)."""
    earlier = earlier_labels(through="fresh5")
    borrowed = borrowed_labels(evalset_fresh6_text.WORDING, earlier)
    for lang, wording in evalset_fresh6_text.WORDING.items():
        mine = {plain(p) for key, phrasings in wording.items() for p in phrasings.split("|")}
        reused = {plain(p) for where, _, p in borrowed if where == lang}
        assert reused < mine
        assert len(reused) <= len(mine) / 2, (lang, sorted(reused))


def test_each_layout_prints_its_own_phrasing_of_the_common_labels() -> None:
    """Seven phrasings per common fact, one per layout, so no two layouts share a wording."""
    for wording in evalset_fresh6_text.WORDING.values():
        for key in ("number", "date", "due", "customer", "grand"):
            phrasings = wording[key].split("|")
            assert len(phrasings) == len(evalset_fresh6.STYLE)
            assert len(set(phrasings)) == len(phrasings), key
