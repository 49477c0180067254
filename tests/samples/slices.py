"""What the tests of the synthetic evaluation slices share: the samples on the import path, the
text of a rendered PDF, cent rounding, the truth-file checks and the labels earlier sets use."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pymupdf

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
sys.path.insert(0, str(SAMPLES))

import evalset  # noqa: E402
import evalset_fresh2_text  # noqa: E402
import evalset_fresh3_text  # noqa: E402
import evalset_fresh4_text  # noqa: E402
import evalset_fresh_text  # noqa: E402
import generate  # noqa: E402

CENT = Decimal("0.01")
KEYS = ["file", "invoice_number", "type_code", "issue_date", "due_date", "currency",
        "seller_name", "buyer_name", "net_total", "tax_total", "grand_total", "lines"]  # fmt: skip
LINE_KEYS = ["description", "quantity", "unit_price", "net_amount"]


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text layer as PyMuPDF reads it (no-break spaces come back as spaces)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def spaced(value: str) -> str:
    return value.replace("\u00a0", " ")


def round_cent(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


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


def earlier_labels(*, with_fresh3: bool, with_fresh4: bool = False) -> dict[str, set[str]]:
    """Per language, the label phrasings of the seen samples and the earlier slices (the third
    and fourth slices' only when asked for)."""
    found: dict[str, set[str]] = {lang: set() for lang in generate.LOCALES}
    for lang, locale in generate.LOCALES.items():
        found[lang] |= {v for v in dataclasses.asdict(locale).values() if isinstance(v, str)}
        found[lang] |= set(evalset.WORDING[lang].values())
        for wording in evalset_fresh_text.WORDING[lang]:
            found[lang] |= set(wording.values())
        found[lang] |= {v for v in evalset_fresh_text.EXTRA[lang].values() if isinstance(v, str)}
        found[lang] |= set(evalset_fresh2_text.WORDING[lang].values())
        if with_fresh3:
            for phrasings in evalset_fresh3_text.WORDING[lang].values():
                found[lang] |= set(phrasings.split("|"))
        if with_fresh4:
            for phrasings in evalset_fresh4_text.WORDING[lang].values():
                found[lang] |= set(phrasings.split("|"))
    return found
