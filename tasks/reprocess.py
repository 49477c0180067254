"""Bookkeeping stages of a reprocess job, around the process stages of `tasks.process`.

A document's new result marks it done by itself (see `core.jobs`); these stages record which
stored documents reached the search index, and index the ones a crashed run left behind.
"""

from __future__ import annotations

import logging
import time
from typing import Final

from prefect import task
from prefect.cache_policies import NO_CACHE
from sqlalchemy.exc import OperationalError

from core import jobs
from core.db import DocumentRow, ready_engine, session_scope
from core.models import DocumentStatus
from core.settings import Settings, get_settings
from tasks.process import DocumentResult, fail_unstored, index_results, store_result

logger = logging.getLogger(__name__)

# A busy database (SQLite's single writer) is waited for, per document, before a batch retries.
BUSY_ATTEMPTS: Final = 6
BUSY_BACKOFF_SECONDS: Final = 0.25


def persist_once(
    results: list[DocumentResult], *, job_id: str, settings: Settings
) -> list[DocumentResult]:
    """Store each result unless the job already stored its document (safe to retry, or to run
    twice): the check and the write happen under the document's row lock, in one transaction."""
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:  # removed by an earlier run of the job that died
        earlier = jobs.removed_invoices(session, job_id, [r.document_id for r in results])
    persisted = []
    for result in results:
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            try:
                with session_scope(engine) as session:
                    stored = _persist_one(
                        session, result, job_id=job_id, earlier=earlier.get(result.document_id)
                    )
                    persisted.append(stored)
                break
            except OperationalError:
                if attempt == BUSY_ATTEMPTS:
                    raise
                logger.warning("database busy storing %s, retrying", result.document_id)
                time.sleep(BUSY_BACKOFF_SECONDS * 2**attempt)
            except Exception as error:  # this document only; the batch goes on
                persisted.append(fail_unstored(engine, result, error))
                break
    return persisted


def _persist_one(  # type: ignore[no-untyped-def]
    session, result: DocumentResult, *, job_id: str, earlier: str | None
) -> DocumentResult:
    document = session.get(DocumentRow, result.document_id, with_for_update=True)
    if document is None:
        return result.model_copy(
            update={"status": DocumentStatus.FAILED, "error": "document not found"}
        )
    if jobs.stored_since_job(session, job_id, result.document_id):
        invoice = document.invoice
        return result.model_copy(
            update={
                "status": DocumentStatus(document.status),
                "invoice_id": invoice.id if invoice else None,
            }
        )
    changes = store_result(session, result)
    removed = changes.get("removed_invoice_id")
    if isinstance(removed, str):  # in the same transaction as the result
        jobs.record_removed(session, job_id, result.document_id, removed)
    elif earlier:  # an earlier run of the job removed one and died before it left the index
        changes["removed_invoice_id"] = earlier
    return result.model_copy(update=changes)


def mark_results_indexed(
    results: list[DocumentResult], *, job_id: str, settings: Settings
) -> list[DocumentResult]:
    """Record the batch as indexed (failed documents have nothing to index: done as well)."""
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        jobs.mark_indexed(session, job_id, [r.document_id for r in results])
    return results


def stored_results(
    document_ids: list[str], *, job_id: str, settings: Settings
) -> list[DocumentResult]:
    """Results for documents the job already stored, enough to index them again (with the
    invoice a failed re-read removed, to drop from the index)."""
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        invoices = jobs.invoice_ids_of_documents(session, document_ids)
        removed = jobs.removed_invoices(session, job_id, document_ids)
    return [
        DocumentResult(
            document_id=document_id,
            invoice_id=invoices.get(document_id),
            removed_invoice_id=removed.get(document_id),
            status=DocumentStatus.VALID if document_id in invoices else DocumentStatus.FAILED,
        )
        for document_id in document_ids
    ]


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def persist_once_batch(results: list[DocumentResult], job_id: str) -> list[DocumentResult]:
    return persist_once(results, job_id=job_id, settings=get_settings())


@task(cache_policy=NO_CACHE)
def mark_indexed_batch(results: list[DocumentResult], job_id: str) -> list[DocumentResult]:
    return mark_results_indexed(results, job_id=job_id, settings=get_settings())


@task(retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def reindex_stored_batch(document_ids: list[str], job_id: str) -> int:
    """Index documents a previous run stored but did not index, then mark them."""
    settings = get_settings()
    results = stored_results(document_ids, job_id=job_id, settings=settings)
    indexed = index_results(results, settings=settings)
    mark_results_indexed(results, job_id=job_id, settings=settings)
    return indexed
