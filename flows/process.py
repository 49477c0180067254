"""The process flow: extract -> validate -> persist -> index, in batches mapped over tasks."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Iterable

from prefect import flow, get_run_logger
from prefect.artifacts import create_table_artifact
from prefect.futures import PrefectFuture
from pydantic import BaseModel, Field

from core import repository
from core.batches import iter_batches
from core.db import ready_engine, session_scope
from core.models import DocumentStatus
from core.quality import BatchQuality
from core.settings import get_settings
from tasks.process import DocumentResult, extract_batch, index_batch, persist_batch, validate_batch
from tasks.recheck import recheck_duplicates_task
from tasks.validate import quality_batch


class FailedDocument(BaseModel):
    document_id: str
    reason: str


class ProcessSummary(BaseModel):
    documents: int = 0
    by_status: dict[str, int] = Field(default_factory=dict)
    failed: list[FailedDocument] = Field(default_factory=list)
    seconds: float = 0.0
    flagged_batches: int = Field(0, description="Batches whose quality suite failed")


def select_documents(*, tenant_id: str | None, retry_failed: bool) -> list[str]:
    """Documents waiting to be read (and, when asked, those that failed before), claimed for
    this run: a run started meanwhile (another schedule, a second worker) takes none of them."""
    settings = get_settings()
    statuses = [DocumentStatus.RECEIVED] + ([DocumentStatus.FAILED] if retry_failed else [])
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        return repository.claim_documents(
            session,
            statuses,
            claimant=uuid.uuid4().hex,
            lease=dt.timedelta(seconds=settings.claim_lease_seconds),
            tenant_id=tenant_id,
        )


def summarize(results: list[DocumentResult], seconds: float) -> ProcessSummary:
    counts = Counter(result.status.value for result in results)
    return ProcessSummary(
        documents=len(results),
        by_status=dict(sorted(counts.items())),
        failed=[
            FailedDocument(document_id=r.document_id, reason=r.error or "unknown")
            for r in results
            if r.status is DocumentStatus.FAILED
        ],
        seconds=round(seconds, 3),
    )


def count_flagged(checked: Iterable[PrefectFuture[BatchQuality | None]]) -> int:
    """Batches whose quality suite failed, or could not run (their invoices are stored)."""
    flagged = 0
    for future in checked:
        try:
            outcome = future.result()
        except Exception as error:
            get_run_logger().warning("a batch quality suite could not run: %s", error)
            flagged += 1
            continue
        flagged += bool(outcome and outcome.flagged)
    return flagged


def recheck_across_batches(done: list[list[DocumentResult]]) -> list[DocumentResult]:
    """All results of the run, after duplicates across its batches were looked for again (see
    `tasks.recheck`); the invoices whose verdict changed are indexed again."""
    results = [result for batch in done for result in batch]
    if len(done) < 2:
        return results
    changed = {r.document_id: r for r in recheck_duplicates_task(done)}
    if changed:
        get_run_logger().info("%d invoices are duplicates across batches of this run", len(changed))
        index_batch(list(changed.values()))
    return [changed.get(result.document_id, result) for result in results]


@flow(name="process-documents", log_prints=False)
def process_documents(
    document_ids: list[str] | None = None,
    tenant_id: str | None = None,
    retry_failed: bool = False,
    batch_size: int | None = None,
) -> ProcessSummary:
    """Read, check, store and index documents: the given ids, or every document still waiting."""
    logger = get_run_logger()
    started = time.perf_counter()
    ids = document_ids or select_documents(tenant_id=tenant_id, retry_failed=retry_failed)
    batches = list(iter_batches(ids, batch_size or get_settings().batch_size))
    logger.info("processing %d documents in %d batches", len(ids), len(batches))

    extracted = extract_batch.map(batches)
    validated = validate_batch.map(extracted)
    persisted = persist_batch.map(validated)
    indexed = index_batch.map(persisted)
    checked = quality_batch.map(persisted)

    done: list[list[DocumentResult]] = []
    for number, future in enumerate(indexed, start=1):
        done.append(future.result())
        logger.info("batch %d/%d done: %d documents", number, len(batches), len(done[-1]))
    results = recheck_across_batches(done)
    summary = summarize(results, time.perf_counter() - started)
    summary.flagged_batches = count_flagged(checked)
    logger.info("processed %d documents: %s", summary.documents, summary.by_status)
    rows = [{"status": status, "documents": count} for status, count in summary.by_status.items()]
    rows += [{"status": f"failed: {f.reason}", "documents": 1} for f in summary.failed[:50]]
    create_table_artifact(
        key="process-summary",
        table=rows,
        description=f"{summary.documents} documents in {summary.seconds:.1f} s",
    )
    return summary
