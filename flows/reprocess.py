"""The reprocess flow: re-run extract -> validate -> persist -> index over a selection of stored
documents, in batches mapped over tasks; resumable after a crash (a second run of the same job
skips every document already stored)."""

from __future__ import annotations

import time
from collections import Counter

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_table_artifact
from pydantic import BaseModel, Field

from core import jobs
from core.batches import iter_batches
from core.db import ready_engine, session_scope
from core.jobs import ReprocessSelection
from core.models import DocumentStatus
from core.settings import get_settings
from flows.process import FailedDocument, count_flagged, recheck_across_batches
from tasks.process import DocumentResult, extract_batch, index_batch, validate_batch
from tasks.reprocess import mark_indexed_batch, persist_once_batch, reindex_stored_batch
from tasks.validate import quality_batch


class ReprocessSummary(BaseModel):
    job_id: str
    selected: int = Field(0, description="Documents in the job")
    already_done: int = Field(0, description="Stored by an earlier run of the job, skipped")
    processed: int = Field(0, description="Read, checked, stored and indexed by this run")
    reindexed: int = Field(0, description="Stored earlier but indexed only by this run")
    by_status: dict[str, int] = Field(default_factory=dict)
    failed: list[FailedDocument] = Field(default_factory=list)
    unfinished_batches: int = Field(0, description="Batches to run again (resume the job)")
    flagged_batches: int = Field(0, description="Batches whose quality suite failed")
    seconds: float = 0.0

    @property
    def documents_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0


def open_job(selection: ReprocessSelection | None, job_id: str | None) -> tuple[str, int]:
    """The job to work on: `job_id` resumed, or a new one frozen from `selection`."""
    settings = get_settings()
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        if job_id is not None:
            job = jobs.get_job(session, job_id)
        else:
            job = jobs.create_job(session, selection or ReprocessSelection())
        return job.id, job.total


def job_state(job_id: str) -> tuple[list[str], list[str]]:
    """(documents still to process, documents stored but not yet indexed)."""
    settings = get_settings()
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        return jobs.pending_documents(session, job_id), jobs.unindexed_documents(session, job_id)


def finish(job_id: str) -> None:
    settings = get_settings()
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        jobs.finish_job(session, job_id)


@flow(name="reprocess-documents")
def reprocess_documents(
    selection: ReprocessSelection | None = None,
    job_id: str | None = None,
    batch_size: int | None = None,
) -> ReprocessSummary:
    """Reprocess the documents `selection` matches (a new job), or resume the job `job_id`."""
    logger = get_run_logger()
    started = time.perf_counter()
    job_id, total = open_job(selection, job_id)
    pending, unindexed = job_state(job_id)
    size = batch_size or get_settings().batch_size
    batches = list(iter_batches(pending, size))
    logger.info(
        "reprocess job %s: %d documents, %d to process in %d batches, %d to index",
        job_id,
        total,
        len(pending),
        len(batches),
        len(unindexed),
    )
    catch_up = reindex_stored_batch.map(list(iter_batches(unindexed, size)), unmapped(job_id))

    extracted = extract_batch.map(batches)
    validated = validate_batch.map(extracted)
    persisted = persist_once_batch.map(validated, unmapped(job_id))
    indexed = index_batch.map(persisted)
    marked = mark_indexed_batch.map(indexed, unmapped(job_id))
    checked = quality_batch.map(persisted)

    done_before = total - len(pending)
    done: list[list[DocumentResult]] = []
    unfinished = 0
    for number, future in enumerate(marked, start=1):
        try:
            done.append(future.result())
        except Exception:  # the batch stays pending (or unindexed) for the next run of the job
            unfinished += 1
            logger.exception("batch %d/%d did not finish; run the job again", number, len(batches))
            continue
        logger.info(
            "batch %d/%d done: job %s at %d/%d documents",
            number,
            len(batches),
            job_id,
            done_before + sum(map(len, done)),
            total,
        )
    results = recheck_across_batches(done)
    reindexed = 0
    for future in catch_up:
        try:
            reindexed += future.result()
        except Exception:
            unfinished += 1
            logger.exception("indexing documents stored by an earlier run failed")
    if not unfinished:
        finish(job_id)

    counts = Counter(result.status.value for result in results)
    summary = ReprocessSummary(
        job_id=job_id,
        selected=total,
        already_done=done_before,
        processed=len(results),
        reindexed=reindexed,
        by_status=dict(sorted(counts.items())),
        failed=[
            FailedDocument(document_id=r.document_id, reason=r.error or "unknown")
            for r in results
            if r.status is DocumentStatus.FAILED
        ],
        unfinished_batches=unfinished,
        flagged_batches=count_flagged(checked),
        seconds=round(time.perf_counter() - started, 3),
    )
    logger.info(
        "reprocess job %s: %d processed (%.1f documents/s), %d skipped as done: %s",
        job_id,
        summary.processed,
        summary.documents_per_second,
        summary.already_done,
        summary.by_status,
    )
    rows = [
        {"what": "selected", "documents": summary.selected},
        {"what": "already done (skipped)", "documents": summary.already_done},
        {"what": "processed now", "documents": summary.processed},
        {"what": "indexed after an earlier crash", "documents": summary.reindexed},
        {"what": "batches flagged by the quality suite", "documents": summary.flagged_batches},
    ]
    rows += [{"what": f"status {s}", "documents": n} for s, n in summary.by_status.items()]
    rows += [{"what": f"failed: {f.reason}", "documents": 1} for f in summary.failed[:50]]
    create_table_artifact(
        key="reprocess-summary",
        table=rows,
        description=f"reprocess job {job_id}: {summary.processed} documents in "
        f"{summary.seconds:.1f} s",
    )
    return summary
