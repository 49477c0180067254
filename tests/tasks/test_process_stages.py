"""The process stages as plain functions: a storage failure leaves nothing stale behind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from core import repository
from core.blobs import BlobStore
from core.db import ready_engine, session_scope
from core.models import DocumentStatus
from core.settings import Settings
from search import get_index
from tasks.process import extract_documents, index_results, persist_results, validate_results
from tasks.sources.folder import ingest_files

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "samples" / "invoices").glob("*.pdf"))[0]
TODAY = dt.date(2026, 11, 26)


def test_a_result_that_cannot_be_stored_fails_its_document_and_drops_the_old_invoice(
    settings: Settings,
) -> None:
    engine = ready_engine(settings.resolved_database_url)
    ingested = ingest_files(
        [SAMPLE], tenant_id="acme", engine=engine, blobs=BlobStore(settings.blob_dir)
    )
    extracted = extract_documents(ingested.created, settings=settings)
    stored = persist_results(validate_results(extracted, today=TODAY), settings=settings)
    index_results(stored, settings=settings)
    assert get_index().count(tenant_id="acme") == 1

    (result,) = extracted
    assert result.extraction is not None and result.extraction.invoice is not None
    huge = result.extraction.invoice.model_copy(update={"grand_total": Decimal("1.2E13")})
    again = result.model_copy(
        update={"extraction": result.extraction.model_copy(update={"invoice": huge})}
    )
    (failed,) = persist_results(validate_results([again], today=TODAY), settings=settings)
    index_results([failed], settings=settings)

    assert failed.status is DocumentStatus.FAILED
    assert failed.error is not None and "too large to store" in failed.error
    with session_scope(engine) as session:
        assert repository.list_invoices(session, tenant_id="acme") == []
        (document,) = repository.get_documents(session, ingested.created)
        assert document.status == "failed"
    assert get_index().count(tenant_id="acme") == 0
