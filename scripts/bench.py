"""`make bench`: pages per second of text-layer PDFs through `extract_document` on one core.

Start-up (imports, first call) is excluded: one warm-up pass, then timed passes over the sample
invoices (and the corpus PDFs read visually, when the corpus is there). In the same run, the
floor of the text path is timed on the same files (PyMuPDF opening each PDF and reading every
page's words, nothing else), so each figure comes with its ratio to that floor and to the target
of 50 pages/s. Prints the figures and writes `reports/bench.json`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pymupdf  # noqa: E402

from tasks.extract import extract_document  # noqa: E402

MIN_SECONDS: Final = 3.0
TARGET_PAGES_PER_SECOND: Final = 50.0


def _pages_per_second(run: Callable[[], int]) -> tuple[float, int, int, float]:
    """(pages/s, pages, passes, CPU seconds) of repeated runs after one warm-up run."""
    run()  # warm-up: imports, caches, first-call costs
    pages = passes = 0
    started = time.process_time()
    while time.process_time() - started < MIN_SECONDS or passes == 0:
        pages += run()
        passes += 1
    seconds = time.process_time() - started
    return pages / seconds, pages, passes, seconds


def _bench(name: str, files: list[Path], *, ignore_xml: bool) -> dict[str, object]:
    blobs = [(p.name, p.read_bytes()) for p in files]

    def extract() -> int:
        pages = 0
        for filename, data in blobs:
            extraction = extract_document(
                data, filename=filename, max_bytes=50 * 1024 * 1024, max_pages=500,
                ignore_embedded_xml=ignore_xml,
            )  # fmt: skip
            pages += extraction.page_count
        return pages

    def floor() -> int:
        pages = 0
        for _filename, data in blobs:
            with pymupdf.open(stream=data, filetype="pdf") as doc:
                for page in doc:
                    page.get_text("words")
                    pages += 1
        return pages

    rate, pages, passes, seconds = _pages_per_second(extract)
    floor_rate = _pages_per_second(floor)[0]
    return {
        "set": name, "documents": len(blobs), "passes": passes, "pages": pages,
        "cpu_seconds": round(seconds, 3), "pages_per_second": round(rate, 1),
        "floor_pages_per_second": round(floor_rate, 1),
        "share_of_floor": round(rate / floor_rate, 3),
        "times_target": round(rate / TARGET_PAGES_PER_SECOND, 2),
    }  # fmt: skip


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    samples = sorted((ROOT / "samples" / "invoices").glob("*.pdf"))
    results = [_bench("samples (text layer)", samples, ignore_xml=True)]
    corpus = ROOT.parent / "shared" / "corpus" / "zugferd"
    if corpus.is_dir():
        pdfs = sorted(corpus.rglob("*.pdf"))
        results.append(_bench("corpus PDFs, visual path", pdfs, ignore_xml=True))
        results.append(_bench("corpus PDFs, embedded XML path", pdfs, ignore_xml=False))
    for r in results:
        sys.stdout.write(
            f"{r['set']:<32} {r['pages_per_second']:>7} pages/s = {r['times_target']:>5}x the "
            f"target, {r['share_of_floor']:.0%} of the text floor ({r['floor_pages_per_second']} "
            f"pages/s; {r['pages']} pages in {r['cpu_seconds']} s CPU, one core)\n"
        )
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
