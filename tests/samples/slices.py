"""What the tests of the synthetic evaluation slices share: the samples on the import path, one
slice generated as `make eval` does, the text of a rendered PDF, cent rounding, the truth-file
checks and the labels, layout names and documents earlier sets use."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pymupdf
import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
sys.path.insert(0, str(SAMPLES))

import evalset  # noqa: E402
import evalset_fresh2_text  # noqa: E402
import evalset_fresh3_text  # noqa: E402
import evalset_fresh4_text  # noqa: E402
import evalset_fresh5_text  # noqa: E402
import evalset_fresh6_text  # noqa: E402
import evalset_fresh7_text  # noqa: E402
import evalset_fresh8_text  # noqa: E402
import evalset_fresh9_text  # noqa: E402
import evalset_fresh10_text  # noqa: E402
import evalset_fresh11_text  # noqa: E402
import evalset_fresh12_text  # noqa: E402
import evalset_fresh13_text  # noqa: E402
import evalset_fresh14_text  # noqa: E402
import evalset_fresh15_text  # noqa: E402
import evalset_fresh16_text  # noqa: E402
import evalset_fresh17_text  # noqa: E402
import evalset_fresh18_text  # noqa: E402
import evalset_fresh19_text  # noqa: E402
import evalset_fresh20_text  # noqa: E402
import evalset_fresh21_text  # noqa: E402
import evalset_fresh22_text  # noqa: E402
import evalset_fresh23_text  # noqa: E402
import evalset_fresh24_text  # noqa: E402
import evalset_fresh25_text  # noqa: E402
import evalset_fresh26_text  # noqa: E402
import evalset_fresh27_text  # noqa: E402
import evalset_fresh_text  # noqa: E402
import generate  # noqa: E402

CENT = Decimal("0.01")
KEYS = ["file", "invoice_number", "type_code", "issue_date", "due_date", "currency",
        "seller_name", "buyer_name", "net_total", "tax_total", "grand_total", "lines"]  # fmt: skip
LINE_KEYS = ["description", "quantity", "unit_price", "net_amount"]
# The slices by name, in the order `make eval` generates them, and their generator modules.
SLICES: dict[str, Any] = {"fresh": evalset.evalset_fresh, "fresh2": evalset.evalset_fresh2,
                          "fresh3": evalset.evalset_fresh3, "fresh4": evalset.evalset_fresh4,
                          "fresh5": evalset.evalset_fresh5, "fresh6": evalset.evalset_fresh6,
                          "fresh7": evalset.evalset_fresh7, "fresh8": evalset.evalset_fresh8,
                          "fresh9": evalset.evalset_fresh9, "fresh10": evalset.evalset_fresh10,
                          "fresh11": evalset.evalset_fresh11, "fresh12": evalset.evalset_fresh12,
                          "fresh13": evalset.evalset_fresh13,
                          "fresh14": evalset.evalset_fresh14,
                          "fresh15": evalset.evalset_fresh15,
                          "fresh16": evalset.evalset_fresh16,
                          "fresh17": evalset.evalset_fresh17,
                          "fresh18": evalset.evalset_fresh18,
                          "fresh19": evalset.evalset_fresh19,
                          "fresh20": evalset.evalset_fresh20,
                          "fresh21": evalset.evalset_fresh21,
                          "fresh22": evalset.evalset_fresh22,
                          "fresh23": evalset.evalset_fresh23,
                          "fresh24": evalset.evalset_fresh24,
                          "fresh25": evalset.evalset_fresh25,
                          "fresh26": evalset.evalset_fresh26,
                          "fresh27": evalset.evalset_fresh27}  # fmt: skip
# The module of each slice's label wording.
WORDING: dict[str, Any] = {"fresh": evalset_fresh_text, "fresh2": evalset_fresh2_text,
                           "fresh3": evalset_fresh3_text, "fresh4": evalset_fresh4_text,
                           "fresh5": evalset_fresh5_text, "fresh6": evalset_fresh6_text,
                           "fresh7": evalset_fresh7_text, "fresh8": evalset_fresh8_text,
                           "fresh9": evalset_fresh9_text, "fresh10": evalset_fresh10_text,
                           "fresh11": evalset_fresh11_text, "fresh12": evalset_fresh12_text,
                           "fresh13": evalset_fresh13_text,
                           "fresh14": evalset_fresh14_text,
                           "fresh15": evalset_fresh15_text,
                           "fresh16": evalset_fresh16_text,
                           "fresh17": evalset_fresh17_text,
                           "fresh18": evalset_fresh18_text,
                           "fresh19": evalset_fresh19_text,
                           "fresh20": evalset_fresh20_text,
                           "fresh21": evalset_fresh21_text,
                           "fresh22": evalset_fresh22_text,
                           "fresh23": evalset_fresh23_text,
                           "fresh24": evalset_fresh24_text,
                           "fresh25": evalset_fresh25_text,
                           "fresh26": evalset_fresh26_text,
                           "fresh27": evalset_fresh27_text}  # fmt: skip


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text layer as PyMuPDF reads it (no-break spaces come back as spaces)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def spaced(value: str) -> str:
    return value.replace("\u00a0", " ")


def round_cent(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def lines_total(lines: Sequence[dict[str, str]]) -> Decimal:
    """The sum of a truth row's line amounts, each line checked: every key, a description, a
    positive quantity and price, and an amount of quantity x price rounded to the cent."""
    total = Decimal("0.00")
    for line in lines:
        assert list(line) == LINE_KEYS
        assert line["description"]
        quantity, price, amount = (Decimal(line[k]) for k in LINE_KEYS[1:])
        assert quantity > 0
        assert price > 0
        assert amount == round_cent(quantity * price)
        assert amount.as_tuple().exponent == -2
        total += amount
    return total


def check_printed(sample: Any, pdf: bytes) -> str:
    """A one-page sample prints every truth value: number, dates, parties, totals, each line's
    description as a text line of its own and its numbers, the currency and the title, the
    corrected invoice of a credit note, and the sum of the lines with the document-level
    allowance or charge; returns the page's text for the slice's own checks."""
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = spaced(pages[0])
    printed_lines = {line.strip() for line in text.splitlines()}
    printed = sample.printed()
    for key in ("number", "issue", "due", "seller", "buyer", "net", "tax", "grand"):
        assert spaced(printed[key]) in text, (key, printed[key])
    for description, quantity, unit_price, amount in printed["lines"]:
        assert description in printed_lines, description  # the whole line, nothing more
        for value in (quantity, unit_price, amount):
            assert spaced(value) in text, (description, value)
    assert sample.currency in text
    assert sample.title.casefold() in text.casefold()
    if sample.credit_note:
        assert sample.refs["original"] in text
    if sample.allowance or sample.charge:  # the sum of the lines, the discount or fee, the net
        assert spaced(sample.number_text(sample.line_total)) in text
    if sample.allowance:
        assert spaced(sample.number_text(-sample.allowance)) in text
    if sample.charge:
        assert spaced(sample.number_text(sample.charge)) in text
    return text


def check_totals(sample: Any, *, most: int = 30) -> dict[str, Any]:
    """The sample's truth row has every key and adds up: one to `most` distinct lines of
    quantity x price, a net total of the lines less the allowance plus the charge (EN 16931),
    VAT on the net and a grand total of both, all in cents; returns the row."""
    row = sample.expected()
    assert list(row) == KEYS
    assert row["type_code"] == ("381" if sample.credit_note else "380")
    assert row["issue_date"] < row["due_date"]
    lines = row["lines"]
    assert 1 <= len(lines) <= most
    assert len({line["description"] for line in lines}) == len(lines)
    total = lines_total(lines)
    net, tax, grand = (Decimal(row[k]) for k in ("net_total", "tax_total", "grand_total"))
    assert sample.allowance == round_cent(total * sample.allowance_pct / 100)
    assert sample.charge == round_cent(total * sample.charge_pct / 100)
    assert not (sample.allowance and sample.charge)
    assert net == total - sample.allowance + sample.charge
    assert net > 0
    assert tax == round_cent(net * sample.tax_rate / 100)
    assert grand == net + tax
    assert all(Decimal(row[k]).as_tuple().exponent == -2
               for k in ("net_total", "tax_total", "grand_total"))  # fmt: skip
    return row


def check_coverage(samples: Sequence[Any], styles: Sequence[str], earlier: set[str]) -> None:
    """A slice of seven layouts x six languages x two variants: layout names no earlier set uses,
    every currency, date style and thousands separator the slices share, six to twelve credit
    notes, one to at least fifteen lines, and at least six documents with an allowance."""
    assert len(samples) == 84
    assert len({s.file for s in samples}) == 84
    assert Counter(s.layout for s in samples) == dict.fromkeys(styles, 12)
    assert Counter(s.lang for s in samples) == dict.fromkeys(generate.LOCALES, 14)
    assert not set(styles) & earlier
    assert {s.currency for s in samples} >= {"EUR", "GBP", "CHF", "USD", "SEK", "DKK", "PLN"}
    assert {s.date_style for s in samples} == {"num", "dot", "iso", "long", "abbr", "yy"}
    assert {s.thousands for s in samples} >= {".", ",", " ", "\u00a0", "'", "\u2019"}
    assert 6 <= sum(s.credit_note for s in samples) <= 12
    counts = [len(s.lines) for s in samples]
    assert min(counts) == 1
    assert max(counts) >= 15
    assert sum(bool(s.allowance) for s in samples) >= 6


def check_own_parties(samples: Sequence[Any], modules: Sequence[Any]) -> None:
    """No seller, buyer or line description of a slice appears in the seen samples, the
    held-out set or the given earlier slices."""
    earlier = earlier_samples(modules)
    names = {s.seller.name for s in earlier} | {s.buyer.name for s in earlier}
    descriptions = {line.description for s in earlier for line in s.lines}
    assert not {s.seller.name for s in samples} & names
    assert not {s.buyer.name for s in samples} & names
    assert not {line.description for s in samples for line in s.lines} & descriptions


def check_new_labels(wording: dict[str, dict[str, str]], earlier: dict[str, set[str]]) -> None:
    """In every language at least half of a slice's distinct label phrasings are used by no
    earlier set, and the three phrasings of each common fact differ."""
    borrowed = borrowed_labels(wording, earlier)
    for lang, by_key in wording.items():
        mine = {plain(p) for phrasings in by_key.values() for p in phrasings.split("|")}
        reused = {plain(p) for where, _, p in borrowed if where == lang}
        assert reused < mine
        assert len(reused) <= len(mine) / 2, (lang, sorted(reused))
        for key in ("number", "date", "due", "customer", "net", "tax", "grand"):
            phrasings = by_key[key].split("|")
            assert len(phrasings) == len(set(phrasings)) == 3, key


def check_page_geometry(pdf: bytes) -> None:
    """No word leaves its page, and no two words overlap (beyond a hair's breadth)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            words = page.get_text("words")
            for x0, y0, x1, y1, word, *_ in words:
                assert x0 >= 0 and y0 >= 0, word
                assert x1 <= page.rect.width and y1 <= page.rect.height, word
            for k, a in enumerate(words):
                for b in words[k + 1 :]:
                    across = min(a[2], b[2]) - max(a[0], b[0])
                    down = min(a[3], b[3]) - max(a[1], b[1])
                    assert across <= 0.3 or down <= 3, (a[4], b[4])


def check_truth_file(
    generated: Path, rendered: dict[str, bytes], samples: Sequence[Any], name: str
) -> None:
    """`make eval`'s truth file holds every sample's row, and every sample was rendered."""
    assert generated.name == f"{name}.jsonl"
    rows = [json.loads(line) for line in generated.read_text(encoding="utf-8").splitlines()]
    assert rows == [s.expected() for s in samples]
    assert sorted(rendered) == sorted(s.file for s in samples)


def check_repeatable(
    generated: Path,
    rendered: dict[str, bytes],
    samples: Sequence[Any],
    render: Callable[[Any], bytes],
    styles: Sequence[str],
) -> None:
    """Generating again gives the same truth, and the same bytes for every layout and every
    language at least once (rendering the whole slice twice would take long)."""
    again = "".join(json.dumps(s.expected(), ensure_ascii=False) + "\n" for s in samples)
    assert generated.read_text(encoding="utf-8") == again
    probe = samples[::7]
    for sample in probe:
        assert render(sample) == rendered[sample.file], sample.file
    assert {s.layout for s in probe} == set(styles)
    assert {s.lang for s in probe} == set(generate.LOCALES)


def generation_tests(
    samples: Sequence[Any], module: Any
) -> tuple[Callable[[Path, dict[str, bytes]], None], Callable[[Path, dict[str, bytes]], None]]:
    """A slice's two tests of `make eval`'s output, for its test module to bind under their
    names: they take that module's own `generated` and `rendered` fixtures, so the slice of
    `module` (its documents `samples`) is generated once."""

    def test_make_eval_writes_the_truth_of_every_document(
        generated: Path, rendered: dict[str, bytes]
    ) -> None:
        check_truth_file(generated, rendered, samples, module.NAME)

    def test_generation_is_byte_for_byte_repeatable(
        generated: Path, rendered: dict[str, bytes]
    ) -> None:
        check_repeatable(generated, rendered, samples, module.render, module.STYLE)

    return (
        test_make_eval_writes_the_truth_of_every_document,
        test_generation_is_byte_for_byte_repeatable,
    )


def earlier_slices(name: str) -> tuple[Any, ...]:
    """The generator modules of the slices `make eval` generates before the slice `name`."""
    names = list(SLICES)
    return tuple(SLICES[key] for key in names[: names.index(name)])


def earlier_labels(*, through: str) -> dict[str, set[str]]:
    """Per language, the label phrasings of the seen samples, the held-out set and the slices
    up to and including `through` in `make eval`'s order (`through="fresh2"`: the first two)."""
    names = list(SLICES)
    wanted = [WORDING[key] for key in names[: names.index(through) + 1]]
    found: dict[str, set[str]] = {lang: set() for lang in generate.LOCALES}
    for lang, locale in generate.LOCALES.items():
        found[lang] |= {v for v in dataclasses.asdict(locale).values() if isinstance(v, str)}
        found[lang] |= set(evalset.WORDING[lang].values())
        for module in wanted:
            if module is evalset_fresh_text:  # one wording a layout, and extra labels
                for wording in module.WORDING[lang]:
                    found[lang] |= set(wording.values())
                found[lang] |= {v for v in module.EXTRA[lang].values() if isinstance(v, str)}
            else:  # one wording a fact, its alternatives split by "|"
                for phrasings in module.WORDING[lang].values():
                    found[lang] |= set(phrasings.split("|"))
    return found


def earlier_layouts(modules: Sequence[Any]) -> set[str]:
    """Every layout name of the seen samples, the held-out set and the given earlier slices."""
    found = set(generate.DRAW) | set(evalset.DRAW)
    for module in modules:
        found |= set(module.DRAW) | set(getattr(module, "STYLE", {}))
    return found


def earlier_samples(modules: Sequence[Any]) -> list[generate.Sample]:
    """The documents of the seen samples, the held-out set and the given earlier slices."""
    found: list[generate.Sample] = [*generate.samples(), *evalset.held_out()]
    for module in modules:
        found += getattr(module, module.NAME)()
    return found


def generate_only(out: Path, name: str) -> Path:
    """`make eval`'s generator run for the slice `name` alone (the held-out set and the other
    slices left out): its truth file, with its PDFs in the folder `name` beside it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(evalset, "held_out", list)
        for key, module in SLICES.items():
            if key != name:
                patch.setattr(module, "generate", lambda out: out / "not-generated.jsonl")
        return evalset.generate(out)[name]


def rendered_pdfs(generated: Path) -> dict[str, bytes]:
    """The PDFs of a generated slice by file name."""
    folder = generated.parent / generated.stem
    return {pdf.name: pdf.read_bytes() for pdf in folder.glob("*.pdf")}


def slice_fixtures(name: str) -> tuple[Any, Any]:
    """The module-scoped fixtures `generated` (the truth file `make eval`'s generator writes for
    the slice `name`, its PDFs beside it) and `rendered` (those PDFs by file name); a slice's
    test module binds them with `generated, rendered = slice_fixtures("freshN")`."""

    @pytest.fixture(scope="module", name="generated")
    def generated_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
        return generate_only(tmp_path_factory.mktemp("evalset"), name)

    @pytest.fixture(scope="module", name="rendered")
    def rendered_fixture(generated: Path) -> dict[str, bytes]:
        return rendered_pdfs(generated)

    return generated_fixture, rendered_fixture


def plain(label: str) -> str:
    """A label compared without case and spacing: "VAT {rate} %" is "VAT {rate}%"."""
    return "".join(label.casefold().split())


def borrowed_labels(
    wording: dict[str, dict[str, str]],
    earlier: dict[str, set[str]],
    compare: Callable[[str], str] = plain,
) -> list[tuple[str, str, str]]:
    """The phrasings (alternatives split by "|") of a slice's wording that an earlier set
    already uses, compared as `compare` makes them (by default without case and spacing);
    document titles ("Invoice", "Rechnung") are the documents' names and may repeat."""
    others = {lang: {compare(label) for label in labels} for lang, labels in earlier.items()}
    return [
        (lang, key, phrasing)
        for lang, by_key in wording.items()
        for key, phrasings in by_key.items()
        if key != "title"
        for phrasing in phrasings.split("|")
        if compare(phrasing) in others[lang]
    ]
