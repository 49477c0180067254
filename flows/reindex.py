"""The reindex flow: build the next OpenSearch index version from the database, then move the
alias to it in one atomic call, so searches keep answering from the old version meanwhile.

With the embedded index (no versions), every invoice is written again in place.
"""

from __future__ import annotations

import datetime as dt
import time

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_table_artifact
from pydantic import BaseModel, Field

from core import jobs
from core.batches import iter_batches
from core.db import ready_engine, session_scope, utcnow
from core.settings import get_settings
from tasks.reindex import (
    BulkReport,
    activate_version,
    create_version,
    forget_invoices,
    load_batch,
    opensearch_index,
)


class ReindexSummary(BaseModel):
    target: str | None = Field(None, description="The new index version (OpenSearch)")
    previous: str | None = None
    swapped: bool = False
    invoices: int = 0
    indexed: int = 0
    caught_up: int = Field(0, description="Invoices changed during the build, written again")
    forgotten: int = Field(0, description="Invoices deleted during the build, removed again")
    failures: list[tuple[str, str]] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)
    seconds: float = 0.0


def _invoice_ids(updated_since: dt.datetime | None = None) -> list[str]:
    settings = get_settings()
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        return jobs.invoice_ids(session, updated_since=updated_since)


@flow(name="reindex")
def reindex(batch_size: int | None = None, force: bool = False) -> ReindexSummary:
    """Rebuild the search index from the database. The alias moves only when every invoice was
    indexed, unless `force`; a refused invoice is listed with its reason either way."""
    logger = get_run_logger()
    started, since = time.perf_counter(), utcnow()
    size = batch_size or get_settings().opensearch_bulk_chunk
    ids = _invoice_ids()
    versioned = opensearch_index() is not None
    target = create_version() if versioned else None
    logger.info("reindexing %d invoices into %s", len(ids), target or "the embedded index")

    report = BulkReport()
    futures = load_batch.map(list(iter_batches(ids, size)), unmapped(target))
    for number, future in enumerate(futures, start=1):
        report = report.merge(future.result())
        logger.info("batch %d done: %d/%d invoices indexed", number, report.indexed, len(ids))
    summary = ReindexSummary(
        target=target, invoices=len(ids), indexed=report.indexed, failures=report.failures
    )
    if versioned and target is not None and (force or not report.failures):
        summary.previous, summary.dropped = activate_version(target)
        summary.swapped = True
        # Invoices stored while the new version was filling went to the old one: copy them.
        changed = _invoice_ids(updated_since=since - dt.timedelta(seconds=5))
        for batch in iter_batches(changed, size):
            summary.caught_up += load_batch(batch, None).indexed
        # Invoices deleted while it was filling were deleted from the old one only.
        gone = sorted(set(ids) - set(_invoice_ids()))
        if gone:
            summary.forgotten = forget_invoices(gone)
    elif report.failures:
        logger.error(
            "%d invoices could not be indexed; %s keeps serving, %s is left for inspection",
            len(report.failures),
            "the alias",
            target,
        )
    summary.seconds = round(time.perf_counter() - started, 3)
    logger.info(
        "reindex done: %d/%d indexed in %.1f s (%.0f invoices/s), alias moved: %s",
        summary.indexed,
        summary.invoices,
        summary.seconds,
        summary.indexed / summary.seconds if summary.seconds else 0.0,
        summary.swapped,
    )
    rows = [
        {"what": "invoices", "value": str(summary.invoices)},
        {"what": "indexed", "value": str(summary.indexed)},
        {"what": "new version", "value": str(summary.target)},
        {"what": "previous version", "value": str(summary.previous)},
        {"what": "alias moved", "value": str(summary.swapped)},
        {"what": "changed during build, copied", "value": str(summary.caught_up)},
        {"what": "deleted during build, removed", "value": str(summary.forgotten)},
    ]
    rows += [{"what": f"failed {i}", "value": reason} for i, reason in summary.failures[:50]]
    create_table_artifact(key="reindex-summary", table=rows, description="search reindex")
    return summary
