"""The pipeline on PostgreSQL: ingest and process the samples; concurrent runs never duplicate."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import repository
from core.db import DocumentRow, ExtractionRunRow, InvoiceRow, ready_engine, session_scope
from core.settings import Settings
from flows.ingest import ingest_folder
from search import SearchQuery, get_index
from tasks.process import extract_documents, persist_results, validate_results

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("prefect_harness")]


def test_samples_become_searchable_invoices_on_postgres(pg_settings: Settings) -> None:
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    summary = ingest_folder(str(SAMPLES), tenant_id="acme")

    assert len(summary.ingest.created) == len(pdfs)
    assert summary.process is not None and summary.process.documents == len(pdfs)
    assert "failed" not in summary.process.by_status
    engine = ready_engine(pg_settings.resolved_database_url)
    with session_scope(engine) as session:
        invoices = repository.list_invoices(session, tenant_id="acme")
    assert len(invoices) == len(pdfs)
    assert get_index().search(SearchQuery(tenant_id="acme", size=200)).total == len(pdfs)
    again = ingest_folder(str(SAMPLES), tenant_id="acme")
    assert again.ingest.created == []


def test_two_concurrent_runs_over_the_same_documents_never_duplicate(
    pg_settings: Settings,
) -> None:
    ingest_folder(str(SAMPLES), tenant_id="acme", process=False)
    engine = ready_engine(pg_settings.resolved_database_url)
    with session_scope(engine) as session:
        ids = list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))
    # Overlapping selections, read once, then stored by two writers at the same moment.
    selections = [ids, list(reversed(ids[len(ids) // 3 :]))]
    prepared = [
        validate_results(extract_documents(chosen, settings=pg_settings)) for chosen in selections
    ]
    rounds = 3
    barrier = threading.Barrier(len(prepared))
    errors: list[BaseException] = []

    def run(results: list) -> None:  # type: ignore[type-arg]
        try:
            for _ in range(rounds):
                barrier.wait()
                stored = persist_results(results, settings=pg_settings)
                assert all(r.error is None for r in stored), [r.error for r in stored]
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(results,)) for results in prepared]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with session_scope(engine) as session:
        invoices = session.scalar(select(func.count()).select_from(InvoiceRow))
        per_document = dict(
            session.execute(
                select(InvoiceRow.document_id, func.count()).group_by(InvoiceRow.document_id)
            ).all()
        )
        runs = session.execute(
            select(
                ExtractionRunRow.document_id, func.count(), func.max(ExtractionRunRow.version)
            ).group_by(ExtractionRunRow.document_id)
        ).all()
        versions = session.execute(
            select(InvoiceRow.document_id, InvoiceRow.version, InvoiceRow.extraction_run_id)
        ).all()
        newest = dict(
            session.execute(
                select(ExtractionRunRow.document_id, func.max(ExtractionRunRow.id)).group_by(
                    ExtractionRunRow.document_id
                )
            ).all()
        )
    assert invoices == len(ids)
    assert set(per_document.values()) == {1}
    overlap = set(selections[1])
    for document_id, count, top in runs:
        expected = rounds * (2 if document_id in overlap else 1)
        assert (count, top) == (expected, expected), document_id
    for document_id, version, run_id in versions:
        assert run_id == newest[document_id], "the invoice is not the newest reading"
        assert version == rounds * (2 if document_id in overlap else 1)
