"""Process stages over a batch of documents: extract -> validate -> persist -> index.

Each stage takes and returns a list of `DocumentResult`; a document that fails at any stage is
carried on with its reason and stored as `failed`, so one document never fails its batch.
"""

from __future__ import annotations

import datetime as dt
import logging

from prefect import task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from core import repository
from core.blobs import BlobStore
from core.db import ready_engine, session_scope
from core.models import DocumentStatus, Extraction, ValidationReport
from core.settings import Settings, get_settings
from search import get_index, search_document_for_row
from tasks.extract import extract_document, failed_extraction, oversized_extraction
from tasks.extract.gemini import GeminiConfig
from tasks.validate import validate_invoices

logger = logging.getLogger(__name__)


class DocumentResult(BaseModel):
    """One document's way through a batch."""

    document_id: str
    extraction: Extraction | None = None
    report: ValidationReport | None = None
    invoice_id: str | None = None
    removed_invoice_id: str | None = None
    """The invoice a failed re-read replaced: it leaves the search index too."""
    status: DocumentStatus = DocumentStatus.RECEIVED
    error: str | None = None


def extract_documents(document_ids: list[str], *, settings: Settings) -> list[DocumentResult]:
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    blobs = BlobStore(settings.blob_dir)
    with session_scope(engine) as session:
        documents = {
            row.id: (row.sha256, row.filename, row.size)
            for row in repository.get_documents(session, document_ids)
        }
    gemini = GeminiConfig.from_settings(settings)  # None without GEMINI_API_KEY: offline
    results = []
    for document_id in document_ids:
        if document_id not in documents:
            results.append(DocumentResult(document_id=document_id, error="document not found"))
            continue
        sha256, filename, size = documents[document_id]
        try:
            if size > settings.max_document_bytes:
                # Not even read from the blob store: its size is known.
                extraction = oversized_extraction(size, max_bytes=settings.max_document_bytes)
            else:
                extraction = extract_document(
                    blobs.read_bytes(sha256),
                    filename=filename,
                    max_bytes=settings.max_document_bytes,
                    max_pages=settings.max_pages,
                    gemini=gemini,
                )
        except Exception as error:  # an extractor bug must not fail the batch
            logger.exception("extraction of %s crashed", document_id)
            extraction = failed_extraction(f"extraction crashed: {type(error).__name__}: {error}")
        results.append(DocumentResult(document_id=document_id, extraction=extraction))
    return results


def validate_results(
    results: list[DocumentResult],
    *,
    today: dt.date | None = None,
    settings: Settings | None = None,
) -> list[DocumentResult]:
    """Business rules per invoice; with settings, duplicates are looked up in the database."""
    items = [
        (r.document_id, r.extraction.invoice)
        for r in results
        if r.extraction is not None and r.extraction.invoice is not None
    ]
    reports = validate_invoices(items, settings=settings, today=today)
    validated = []
    for result in results:
        report = reports.get(result.document_id)
        if report is None:
            validated.append(result)
            continue
        validated.append(result.model_copy(update={"report": report, "status": report.status}))
    return validated


def persist_results(results: list[DocumentResult], *, settings: Settings) -> list[DocumentResult]:
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    persisted = []
    for result in results:
        update: dict[str, object]
        try:
            with session_scope(engine) as session:
                update = store_result(session, result)
        except Exception as error:
            persisted.append(fail_unstored(engine, result, error))
            continue
        persisted.append(result.model_copy(update=update))
    return persisted


def fail_unstored(engine: Engine, result: DocumentResult, error: Exception) -> DocumentResult:
    """A result that could not be stored: its document is marked failed with the cause."""
    logger.exception("storing %s failed", result.document_id)
    reason = f"could not be stored: {type(error).__name__}: {error}"
    with session_scope(engine) as session:
        removed = repository.mark_failed(session, document_id=result.document_id, reason=reason)
    return result.model_copy(
        update={
            "status": DocumentStatus.FAILED,
            "error": reason,
            "invoice_id": None,
            "removed_invoice_id": removed,
        }
    )


def store_result(session: Session, result: DocumentResult) -> dict[str, object]:
    """Save a result; returns the fields of `result` that change."""
    if result.extraction is None:
        reason = result.error or "nothing was extracted"
        removed = repository.mark_failed(session, document_id=result.document_id, reason=reason)
        return {"status": DocumentStatus.FAILED, "error": reason, "removed_invoice_id": removed}
    previous = repository.current_invoice_id(session, document_id=result.document_id)
    row = repository.save_result(
        session,
        document_id=result.document_id,
        extraction=result.extraction,
        report=result.report,
    )
    if row is None:
        return {
            "status": DocumentStatus.FAILED,
            "error": result.extraction.error,
            "removed_invoice_id": previous,
        }
    return {"invoice_id": row.id, "status": DocumentStatus(row.status)}


def index_results(results: list[DocumentResult], *, settings: Settings) -> int:
    """Write the batch's invoices to the search index, and drop those a failed re-read removed;
    returns how many were indexed."""
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    index = get_index()
    invoice_ids = [r.invoice_id for r in results if r.invoice_id]
    removed = {r.document_id: r.removed_invoice_id for r in results if r.removed_invoice_id}
    if not invoice_ids and not removed:
        return 0
    with session_scope(engine) as session:
        for document in repository.get_documents(session, list(removed)):
            index.delete([removed[document.id]], tenant_id=document.tenant_id)
        with index.bulk() as batch:
            for row in repository.get_invoices(session, invoice_ids):
                batch.add(search_document_for_row(row))
    return len(invoice_ids)


@task(cache_policy=NO_CACHE)
def extract_batch(document_ids: list[str]) -> list[DocumentResult]:
    return extract_documents(document_ids, settings=get_settings())


@task(cache_policy=NO_CACHE)
def validate_batch(results: list[DocumentResult]) -> list[DocumentResult]:
    return validate_results(results, settings=get_settings())


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def persist_batch(results: list[DocumentResult]) -> list[DocumentResult]:
    return persist_results(results, settings=get_settings())


@task(retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def index_batch(results: list[DocumentResult]) -> list[DocumentResult]:
    index_results(results, settings=get_settings())
    return results
