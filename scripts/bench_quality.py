"""Measure the batch suite (Great Expectations) per batch of 100 and 1,000 invoices.

Run `make bench-quality` (or `.venv/bin/python scripts/bench_quality.py`). Prints the one-off
import cost and, per batch size, the median of several runs of `check_batch`.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.models import ExtractorInfo, Invoice, LineItem, Party
from core.settings import Settings

SIZES = (100, 1000)
RUNS = 5


def invoices(count: int) -> list[Invoice]:
    extractor = ExtractorInfo(name="bench", version="1")
    return [
        Invoice(
            invoice_number=f"B-{n:06d}",
            issue_date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
            due_date=dt.date(2026, 2, 1) + dt.timedelta(days=n % 300),
            currency="EUR",
            seller=Party(name=f"Seller {n % 37}", vat_id="DE136695976"),
            net_total=Decimal("100.00") + n,
            tax_total=Decimal("19.00"),
            grand_total=Decimal("119.00") + n,
            lines=[LineItem(description="x", net_amount=Decimal("100.00") + n)],
            extractor=extractor,
        )
        for n in range(count)
    ]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    started = time.perf_counter()
    from expectations.suites import BatchInvoice, check_batch

    _say(f"import great_expectations + suites: {time.perf_counter() - started:.2f} s (once)")
    settings = Settings()
    check_batch([BatchInvoice("t", "d0", invoices(1)[0])], settings=settings)  # context warm-up
    for size in SIZES:
        items = [BatchInvoice("t", f"d{n}", inv) for n, inv in enumerate(invoices(size))]
        times = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            outcome = check_batch(items, settings=settings)
            times.append(time.perf_counter() - t0)
        assert not outcome.flagged, outcome.failed_expectations
        median = statistics.median(times)
        _say(
            f"batch of {size:>5} invoices: {median * 1000:7.1f} ms median of {RUNS} "
            f"({median / size * 1e6:.0f} us per invoice, {outcome.evaluated} expectations)"
        )


if __name__ == "__main__":
    main()
