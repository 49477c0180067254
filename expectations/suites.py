"""Batch suites (Great Expectations 1.x) over a batch's invoices as a table.

Importing this module imports Great Expectations (~2.3 s): only the batch quality task does, never
a start-up path or a per-document one. Suites are code; the context is ephemeral (in memory).

The table has one row per invoice. Money enters it only as derived statistics (absolute grand
total, and arithmetic gaps in minor units of the currency), as floats: the suite judges
plausibility, while every stored amount stays Decimal.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
with warnings.catch_warnings():
    # GX 1.x imports the deprecated `sre_constants`; nothing of ours to fix.
    warnings.simplefilter("ignore", DeprecationWarning)
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.core import ExpectationSuiteValidationResult
    from great_expectations.data_context.types.base import ProgressBarsConfig
from iso4217 import Currency

from core.models import Invoice
from core.quality import BatchQuality, ExpectationOutcome
from core.settings import Settings
from expectations._common import tolerance
from expectations.duplicates import comparable

BATCH_SUITE: Final = "invoice-batch"
KEY_FIELDS: Final = ("invoice_number", "issue_date", "grand_total", "currency", "seller")
EXAMPLES: Final = 5

_lock = threading.Lock()


@dataclass(frozen=True)
class BatchInvoice:
    """One row of the table: an invoice and where it belongs."""

    tenant_id: str
    document_id: str
    invoice: Invoice


def _gap(value: Decimal | None, currency: str | None) -> float | None:
    """An arithmetic difference in minor units of the currency (1.0 = one cent for EUR)."""
    return None if value is None else float(abs(value) / tolerance(currency))


def _row(item: BatchInvoice) -> dict[str, Any]:
    invoice = item.invoice
    net, tax, gross = invoice.net_total, invoice.tax_total, invoice.grand_total
    totals_gap = None if None in (net, tax, gross) else _gap(net + tax - gross, invoice.currency)  # type: ignore[operator]
    line_amounts = [line.net_amount for line in invoice.lines]
    lines_gap = None
    if net is not None and line_amounts and all(a is not None for a in line_amounts):
        lines_gap = _gap(sum(line_amounts, Decimal(0)) - net, invoice.currency)  # type: ignore[arg-type]
    seller = comparable(invoice.seller.vat_id) or comparable(invoice.seller.name) or None
    return {
        "tenant_id": item.tenant_id,
        "document_id": item.document_id,
        "invoice_number": invoice.invoice_number,
        "kind": "credit_note" if invoice.is_credit_note else "invoice",
        "seller": seller,
        "currency": invoice.currency,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "grand_total": None if gross is None else float(abs(gross)),
        "totals_gap": totals_gap,
        "lines_gap": lines_gap,
    }


def invoice_frame(items: Sequence[BatchInvoice]) -> pd.DataFrame:
    frame = pd.DataFrame([_row(item) for item in items])
    for column in ("issue_date", "due_date"):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("grand_total", "totals_gap", "lines_gap"):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


def batch_suite(settings: Settings) -> gx.ExpectationSuite:
    """Completeness, uniqueness of (tenant, seller, number), currencies, amount range, date
    order and row-level arithmetic, with thresholds from settings."""
    currencies = settings.quality_allowed_currencies or sorted(c.code for c in Currency)
    completeness = [
        gxe.ExpectColumnValuesToNotBeNull(column=column, mostly=settings.quality_min_completeness)
        for column in KEY_FIELDS
    ]
    return gx.ExpectationSuite(
        name=BATCH_SUITE,
        expectations=[
            *completeness,
            gxe.ExpectCompoundColumnsToBeUnique(
                column_list=["tenant_id", "seller", "invoice_number", "kind"],
                ignore_row_if="any_value_is_missing",
            ),
            gxe.ExpectColumnValuesToBeInSet(column="currency", value_set=currencies),
            gxe.ExpectColumnValuesToBeBetween(
                column="grand_total",
                min_value=float(settings.quality_min_amount),
                max_value=float(settings.quality_max_amount),
            ),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="due_date",
                column_B="issue_date",
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),
            # Row-level arithmetic: net + tax = gross, and lines sum to net, within one minor unit.
            gxe.ExpectColumnValuesToBeBetween(column="totals_gap", min_value=0, max_value=1),
            gxe.ExpectColumnValuesToBeBetween(column="lines_gap", min_value=0, max_value=1),
        ],
    )


@lru_cache(maxsize=1)
def _context() -> Any:
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def run_validation(
    frame: pd.DataFrame, suite: gx.ExpectationSuite, name: str
) -> ExpectationSuiteValidationResult:
    """Validate a frame against a suite in the process's ephemeral context; the data source,
    asset and batch definition `name` are added only if missing."""
    with _lock:
        context = _context()
        try:
            source = context.data_sources.get(name)
        except (KeyError, ValueError):
            source = context.data_sources.add_pandas(name)
        try:
            asset = source.get_asset(name)
        except LookupError:
            asset = source.add_dataframe_asset(name)
        try:
            definition = asset.get_batch_definition(name)
        except KeyError:
            definition = asset.add_batch_definition_whole_dataframe(name)
        suite = context.suites.add_or_update(suite)
        batch = definition.get_batch(batch_parameters={"dataframe": frame})
        return batch.validate(suite)


def _json_safe(value: Any) -> Any:
    """Plain JSON (PostgreSQL rejects NaN): missing values become null, the rest strings."""
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if pd.isna(value):
        return None
    return json.loads(json.dumps(value, default=str))


def _columns(kwargs: dict[str, Any]) -> list[str]:
    if "column_list" in kwargs:
        return list(kwargs["column_list"])
    return [kwargs[k] for k in ("column", "column_A", "column_B") if kwargs.get(k)]


def outcomes(result: ExpectationSuiteValidationResult) -> list[ExpectationOutcome]:
    rows = []
    for item in result.results:
        config = item.expectation_config
        observed = {
            key: item.result[key]
            for key in ("observed_value", "element_count", "unexpected_count", "missing_count")
            if item.result.get(key) is not None
        }
        if item.result.get("unexpected_percent") is not None:
            observed["unexpected_percent"] = round(float(item.result["unexpected_percent"]), 2)
        examples = item.result.get("partial_unexpected_list") or []
        if examples:
            observed["examples"] = examples[:EXAMPLES]
        if item.exception_info and item.exception_info.get("raised_exception"):
            observed["exception"] = item.exception_info.get("exception_message")
        rows.append(
            ExpectationOutcome(
                expectation=config.type if config else "unknown",
                columns=_columns(config.kwargs if config else {}),
                success=bool(item.success),
                observed=_json_safe(observed),
            )
        )
    return rows


def check_batch(items: Sequence[BatchInvoice], *, settings: Settings) -> BatchQuality:
    """Run the batch suite over a batch's invoices; `flagged` when any expectation failed."""
    started = time.perf_counter()
    documents = [item.document_id for item in items]
    tenants = sorted({item.tenant_id for item in items})
    if not items:
        return BatchQuality(suite=BATCH_SUITE, document_ids=documents, tenant_ids=tenants)
    result = run_validation(invoice_frame(items), batch_suite(settings), "invoices")
    found = outcomes(result)
    failed = sum(not outcome.success for outcome in found)
    return BatchQuality(
        suite=BATCH_SUITE,
        document_ids=documents,
        tenant_ids=tenants,
        invoices=len(items),
        flagged=failed > 0,
        evaluated=len(found),
        failed=failed,
        seconds=round(time.perf_counter() - started, 4),
        results=found,
    )
