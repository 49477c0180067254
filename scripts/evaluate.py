"""`make eval`: extraction accuracy per field and line-item F1, per evaluation set.

Sets: the development corpus (`<repo>/../shared/corpus`) read through its e-invoice XML, the same
PDFs read visually (`ignore_embedded_xml`), the bundled samples (layouts the rules were written
against), a synthetic held-out set (`samples/evalset.py`: other layouts and wording) with
scans of it rendered to images, and a synthetic fresh set (`samples/evalset_fresh.py`: four more
layouts, wordings, number and date formats no rule was written against) and a second fresh set
(`samples/evalset_fresh2.py`: five more such layouts, two-page and landscape among them),
twenty-four more (`samples/evalset_fresh3.py` to `samples/evalset_fresh26.py`: seven real-world
invoice styles each, each measured once unseen, on the rules of the time, now development sets;
fresh18 and fresh19 were measured together), and `samples/evalset_fresh27.py` (seven more
real-world styles, measured once unseen on rules 0.26.0, no rule written against them yet).
Only fields the truth has are scored. Prints a table per set and writes `reports/eval.json`.
Exits 1 when the corpus is missing under CI=true.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "samples")]

from cli.output import extraction_record  # noqa: E402
from tasks.extract import extract_document  # noqa: E402

CORPUS: Final = ROOT.parent / "shared" / "corpus"
REPORTS: Final = ROOT / "reports"
FIELDS: Final = ("invoice_number", "type_code", "issue_date", "due_date", "currency",
                 "seller_name", "buyer_name", "net_total", "tax_total", "grand_total",
                 "amount_due")  # fmt: skip
AMOUNTS: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})
MISMATCHED: Final = frozenset({
    "zugferd/ZUGFeRDv1/correct/Konik/acme_invoice-42_ZUGFeRD.pdf",
    "zugferd/ZUGFeRDv2/correct/PHP_@gpFacturX/sample_inofficial_20190125_atgp_factur-x_v_1_0.pdf",
    "zugferd/ZUGFeRDv2/correct/Mustangproject/MustangGnuaccountingBeispielRE-20201121_508_withBOM.pdf",
})  # fmt: skip
"""PDFs whose embedded XML describes another invoice than the page: no visual truth."""


def _get(record: dict[str, Any], field: str) -> Any:
    if field in ("seller_name", "buyer_name"):
        return (record.get(field.split("_")[0]) or {}).get("name")
    return record.get(field)


def _number(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def _same(field: str, truth: Any, got: Any, *, exact: bool) -> bool:
    if exact:
        return truth == got
    if field in AMOUNTS or field == "quantity" or field == "net_amount":
        return _number(truth) is not None and _number(truth) == _number(got)
    return isinstance(got, str) and " ".join(truth.split()) == " ".join(got.split())


def _line_key(line: dict[str, Any], exact: bool) -> tuple[Any, ...]:
    if exact:
        return (line.get("description"), line.get("quantity"), line.get("net_amount"))
    return (
        " ".join((line.get("description") or "").split()),
        _number(line.get("quantity")),
        _number(line.get("net_amount")),
    )


def score_set(name: str, rows: list[tuple[dict[str, Any], Path]], *, exact: bool,
              ignore_xml: bool) -> dict[str, Any]:  # fmt: skip
    """Extract every file of a set and compare with its truth row."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    tp = fp = fn = 0
    errors_expected = errors_reported = 0
    misses: list[dict[str, Any]] = []
    started = time.perf_counter()
    for truth, path in rows:
        extraction = extract_document(
            path.read_bytes(), filename=path.name, max_bytes=50 * 1024 * 1024, max_pages=500,
            ignore_embedded_xml=ignore_xml,
        )  # fmt: skip
        record = extraction_record(str(path), extraction)
        if "error" in truth:
            errors_expected += 1
            said = " ".join([record.get("error") or "", *record.get("warnings", [])]).lower()
            errors_reported += "malformed" in said
            continue
        for field in FIELDS:
            if truth.get(field) is None:
                continue
            total[field] += 1
            got = _get(record, field)
            if _same(field, truth[field], got, exact=exact):
                right[field] += 1
            else:
                misses.append({"file": truth["file"], "field": field,
                               "truth": truth[field], "got": got})  # fmt: skip
        if truth.get("lines"):
            want = Counter(_line_key(line, exact) for line in truth["lines"])
            have = Counter(_line_key(line, exact) for line in record.get("lines") or [])
            matched = sum((want & have).values())
            tp += matched
            fp += sum(have.values()) - matched
            fn += sum(want.values()) - matched
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = {f: right[f] / total[f] for f in FIELDS if total[f]}
    return {
        "set": name, "documents": len(rows), "seconds": round(seconds, 2),
        "fields_scored": sum(total.values()), "fields_right": sum(right.values()),
        "accuracy": accuracy, "line_f1": round(f1, 4), "line_precision": round(precision, 4),
        "line_recall": round(recall, 4), "errors_expected": errors_expected,
        "errors_reported": errors_reported, "misses": misses,
    }  # fmt: skip


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _sets() -> list[tuple[str, list[tuple[dict[str, Any], Path]], bool, bool]]:
    sets = []
    if (CORPUS / "truth.jsonl").is_file():
        truth = [(row, CORPUS / row["file"]) for row in _jsonl(CORPUS / "truth.jsonl")]
        sets.append(("corpus-xml", truth, True, False))
        visual = [
            (r, p)
            for r, p in truth
            if p.suffix == ".pdf" and "error" not in r and r["file"] not in MISMATCHED
        ]
        sets.append(("corpus-visual", visual, False, True))
    elif os.environ.get("CI") == "true":
        sys.exit(f"eval: the corpus is missing at {CORPUS}")
    else:
        logging.warning("eval: no corpus at %s; corpus sets skipped", CORPUS)
    samples = ROOT / "samples"
    seen = [(r, samples / "invoices" / r["file"]) for r in _jsonl(samples / "expected.jsonl")]
    sets.append(("synthetic-seen", seen, False, False))
    import evalset

    out = REPORTS / "evalset"
    truth_files = evalset.generate(out)
    slices = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
              "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
              "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20",
              "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
              "fresh26", "fresh27")  # fmt: skip
    for key in ("held-out", "scans", *slices):
        rows = [(r, out / key / r["file"]) for r in _jsonl(truth_files[key])]
        sets.append((f"synthetic-{key}", rows, False, False))
    return sets


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    results = [score_set(name, rows, exact=exact, ignore_xml=ignore)
               for name, rows, exact, ignore in _sets()]  # fmt: skip
    out = sys.stdout
    columns = ("set", "docs", *(f[:9] for f in FIELDS), "lineF1", "s")
    out.write("  ".join(f"{c:>9}" for c in columns) + "\n")
    for r in results:
        cells = [r["set"][:18], str(r["documents"])]
        cells += [f"{r['accuracy'][f]:.1%}" if f in r["accuracy"] else "-" for f in FIELDS]
        cells += [f"{r['line_f1']:.1%}", f"{r['seconds']:.1f}"]
        out.write("  ".join(f"{c:>9}" for c in cells) + "\n")
        if r["errors_expected"]:
            out.write(f"{'':>9}  malformed XML reported: "
                      f"{r['errors_reported']}/{r['errors_expected']}\n")  # fmt: skip
    REPORTS.mkdir(exist_ok=True)
    report = REPORTS / "eval.json"
    report.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    out.write(f"report: {report}\n")


if __name__ == "__main__":
    main()
