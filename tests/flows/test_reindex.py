"""The reindex flow: a new OpenSearch version is filled from the database and the alias moves
atomically, while searches keep answering completely."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import tasks.reindex
from core import repository
from core.db import InvoiceRow, ready_engine, session_scope
from core.settings import Settings, get_settings
from flows.ingest import ingest_folder
from flows.reindex import reindex
from search import BulkReport, SearchQuery, get_index, reset_index
from search._opensearch import OpenSearchIndex
from tests.servers import server_url, unique_name

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def os_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("OPENSEARCH_URL", server_url("INVOICES_TEST_OPENSEARCH_URL"))
    monkeypatch.setenv("INVOICES_OPENSEARCH_INDEX_PREFIX", unique_name("test-"))
    monkeypatch.setenv("INVOICES_OPENSEARCH_REPLICAS", "0")
    get_settings.cache_clear()
    reset_index()
    index = get_index()
    assert isinstance(index, OpenSearchIndex)
    yield get_settings()
    index.drop_everything()


@pytest.mark.opensearch
def test_reindex_under_concurrent_searches_loses_no_query(os_settings: Settings) -> None:
    pdfs = sorted(SAMPLES.glob("*.pdf"))
    ingest_folder(str(SAMPLES), tenant_id="acme")
    index = get_index()
    assert isinstance(index, OpenSearchIndex)
    first = index.current_index()
    assert index.count(tenant_id="acme") == len(pdfs)

    answers: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def search_all_the_time() -> None:
        while not stop.is_set():
            try:
                page = index.search(SearchQuery(tenant_id="acme", size=200))
                assert page.total == len(page.hits) == len(pdfs), page.total
                assert sum(b.count for b in page.facets["status"]) == len(pdfs)
                answers.append(page.total)
            except BaseException as error:
                errors.append(error)

    reader = threading.Thread(target=search_all_the_time)
    reader.start()
    try:
        summaries = [reindex(batch_size=3) for _ in range(3)]
    finally:
        stop.set()
        reader.join()

    assert errors == []
    assert len(answers) > 10
    assert all(s.swapped and s.indexed == len(pdfs) and not s.failures for s in summaries)
    assert summaries[0].previous == first
    assert index.current_index() == summaries[-1].target != first
    # The previous version is kept for a rollback; older ones are dropped.
    assert index.versions() == [summaries[-2].target, summaries[-1].target]
    assert index.count(tenant_id="acme") == len(pdfs)


def test_reindex_on_the_embedded_index_rewrites_every_invoice(settings: Settings) -> None:
    ingest_folder(str(SAMPLES), tenant_id="acme")
    get_index().clear()
    summary = reindex()
    assert summary.target is None and not summary.swapped
    assert summary.indexed == summary.invoices == len(list(SAMPLES.glob("*.pdf")))
    assert get_index().count(tenant_id="acme") == summary.invoices


@pytest.mark.opensearch
def test_an_invoice_deleted_while_the_new_version_fills_is_not_in_it(
    os_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_folder(str(SAMPLES), tenant_id="acme")
    index = get_index()
    assert isinstance(index, OpenSearchIndex)
    before = index.count(tenant_id="acme")
    engine = ready_engine(os_settings.resolved_database_url)
    real_load = tasks.reindex.load_invoices
    deleted: list[str] = []
    once = threading.Lock()  # batches load in parallel threads

    def load_then_delete_one(invoice_ids: list[str], **kwargs: Any) -> BulkReport:
        report = real_load(invoice_ids, **kwargs)
        with once:
            if deleted:
                return report
            # As a reprocess that fails a document does: the row and its live entry go.
            with session_scope(engine) as session:
                document_id = session.scalars(
                    select(InvoiceRow.document_id).where(InvoiceRow.id == invoice_ids[0])
                ).one()
                removed = repository.mark_failed(session, document_id=document_id, reason="x")
            assert removed is not None
            index.delete([removed], tenant_id="acme")
            deleted.append(removed)
        return report

    monkeypatch.setattr(tasks.reindex, "load_invoices", load_then_delete_one)
    summary = reindex(batch_size=5)

    assert summary.swapped and summary.indexed == before and summary.forgotten == 1
    assert index.count(tenant_id="acme") == before - 1
    hits = index.search(SearchQuery(tenant_id="acme", size=200)).hits
    assert deleted[0] not in {hit.invoice_id for hit in hits}
