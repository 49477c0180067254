"""The reprocess flow: selections, batches, and a resumable job that reads each document once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import jobs, repository
from core.blobs import BlobStore
from core.db import ExtractionRunRow, ReprocessItemRow, ready_engine, session_scope
from core.jobs import ReprocessSelection
from core.models import DocumentStatus, Extraction
from core.settings import Settings
from flows.ingest import ingest_folder
from flows.reprocess import reprocess_documents
from search import SearchQuery, get_index
from tasks.process import DocumentResult
from tasks.reprocess import persist_once
from tests.factories import EXTRACTOR

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    return ready_engine(settings.resolved_database_url, settings.database_pool_size)


def _runs_per_document(settings: Settings) -> dict[str, int]:
    with session_scope(_engine(settings)) as session:
        rows = session.execute(
            select(ExtractionRunRow.document_id, func.count()).group_by(
                ExtractionRunRow.document_id
            )
        )
        return {document_id: int(count) for document_id, count in rows}


def _store_copies(settings: Settings, count: int, *, tenant: str) -> list[str]:
    """`count` distinct documents: one sample PDF with distinct trailing bytes each."""
    data = sorted(SAMPLES.glob("*.pdf"))[0].read_bytes()
    blobs = BlobStore(settings.blob_dir)
    ids = []
    with session_scope(_engine(settings)) as session:
        for n in range(count):
            body = data + f"\n%copy {n}\n".encode()
            sha256, size = blobs.put_bytes(body)
            row, _ = repository.add_document(
                session,
                tenant_id=tenant,
                sha256=sha256,
                filename=f"copy-{n:04d}.pdf",
                media_type="application/pdf",
                size=size,
                source="test",
                source_ref=None,
            )
            ids.append(row.id)
    return ids


def test_selection_by_vendor_status_and_tenant(settings: Settings) -> None:
    ingest_folder(str(SAMPLES), tenant_id="acme")
    ingest_folder(str(next(iter(sorted(SAMPLES.glob("*.pdf"))))), tenant_id="other")
    with session_scope(_engine(settings)) as session:
        (first, *_) = repository.list_invoices(session, tenant_id="acme")
        vendor = first.seller_name
        by_vendor = jobs.select_document_ids(
            session, ReprocessSelection(tenant_id="acme", vendor=vendor)
        )
        acme = jobs.select_document_ids(session, ReprocessSelection(tenant_id="acme"))
        valid = jobs.select_document_ids(
            session, ReprocessSelection(statuses=[DocumentStatus.VALID])
        )
        failed = jobs.select_document_ids(
            session, ReprocessSelection(statuses=[DocumentStatus.FAILED])
        )
        by_rules = jobs.select_document_ids(
            session, ReprocessSelection(extractor_name=first.data["extractor"]["name"])
        )
        by_other_version = jobs.select_document_ids(
            session,
            ReprocessSelection(
                extractor_name=first.data["extractor"]["name"], extractor_version="0.0.0-old"
            ),
        )
        explicit = jobs.select_document_ids(
            session, ReprocessSelection(document_ids=[first.document_id, "nope"])
        )
    assert first.document_id in by_vendor and set(by_vendor) <= set(acme)
    assert len(acme) == len(list(SAMPLES.glob("*.pdf")))
    assert len(valid) == len(acme) + 1 and failed == []
    assert set(acme) <= set(by_rules) and by_other_version == []
    assert explicit == [first.document_id]


def test_selection_rejects_inverted_ranges() -> None:
    with pytest.raises(ValueError, match="received_from is after"):
        ReprocessSelection(received_from="2026-02-01", received_to="2026-01-01")


def test_reprocess_a_vendor_makes_a_new_version_and_a_second_run_skips_it(
    settings: Settings,
) -> None:
    ingest_folder(str(SAMPLES), tenant_id="acme")
    with session_scope(_engine(settings)) as session:
        vendor = repository.list_invoices(session, tenant_id="acme")[0].seller_name
    summary = reprocess_documents(
        selection=ReprocessSelection(tenant_id="acme", vendor=vendor), batch_size=2
    )
    assert summary.processed == summary.selected >= 1
    assert summary.already_done == 0 and summary.by_status == {"valid": summary.selected}
    again = reprocess_documents(job_id=summary.job_id)
    assert (again.processed, again.already_done) == (0, summary.selected)
    runs = _runs_per_document(settings)
    assert sorted(runs.values()).count(2) == summary.selected
    assert get_index().count(tenant_id="acme") == len(list(SAMPLES.glob("*.pdf")))


def _wait_for_progress(settings: Settings, job_id: str, done: int, child: subprocess.Popen) -> int:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        with session_scope(_engine(settings)) as session:
            progress = jobs.progress(session, job_id)
        if progress.done >= done:
            return progress.done
        assert child.poll() is None, "the reprocess run ended before it was killed"
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not reach {done} documents in time")


@pytest.mark.slow
def test_a_killed_reprocess_resumes_and_processes_every_document_exactly_once(
    settings: Settings,
) -> None:
    import prefect.settings

    total = 1000
    ids = _store_copies(settings, total, tenant="bulk")
    with session_scope(_engine(settings)) as session:
        job_id = jobs.create_job(session, ReprocessSelection(tenant_id="bulk")).id

    env = {**os.environ, "PREFECT_API_URL": str(prefect.settings.PREFECT_API_URL.value())}
    code = (
        "from flows.reprocess import reprocess_documents; "
        f"reprocess_documents(job_id={job_id!r}, batch_size=20)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for_progress(settings, job_id, total // 3, child)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    with session_scope(_engine(settings)) as session:
        done_at_kill = jobs.progress(session, job_id).done
    assert 0 < done_at_kill < total, "the kill must land half way"

    summary = reprocess_documents(job_id=job_id, batch_size=50)

    assert summary.selected == total
    assert summary.already_done == done_at_kill
    assert summary.processed == total - done_at_kill
    runs = _runs_per_document(settings)
    assert set(runs) == set(ids)
    assert set(runs.values()) == {1}, "a document was extracted more than once"
    with session_scope(_engine(settings)) as session:
        unindexed = session.scalar(
            select(func.count())
            .select_from(ReprocessItemRow)
            .where(ReprocessItemRow.job_id == job_id, ReprocessItemRow.indexed.is_(False))
        )
        assert jobs.progress(session, job_id).status == "finished"
    assert unindexed == 0
    assert get_index().count(tenant_id="bulk") == total


def _stale_after_a_crash(settings: Settings, failed: DocumentResult) -> tuple[str, str]:
    """A job whose run stored `failed` for the only document (removing its invoice) and died
    before indexing: the job id and the removed invoice, still in the search index."""
    with session_scope(_engine(settings)) as session:
        job_id = jobs.create_job(session, ReprocessSelection(tenant_id="acme")).id
    (stored,) = persist_once([failed], job_id=job_id, settings=settings)
    assert stored.removed_invoice_id is not None
    hits = get_index().search(SearchQuery(tenant_id="acme")).hits
    assert [hit.invoice_id for hit in hits] == [stored.removed_invoice_id]
    return job_id, stored.removed_invoice_id


@pytest.mark.parametrize("stored_as", ["failed reading", "failed store"])
def test_a_resumed_job_drops_the_invoice_a_failed_re_read_removed_from_the_index(
    settings: Settings, stored_as: str
) -> None:
    ingest_folder(str(sorted(SAMPLES.glob("*.pdf"))[0]), tenant_id="acme")
    with session_scope(_engine(settings)) as session:
        (document_id,) = repository.document_ids_with_status(
            session, [DocumentStatus.VALID], tenant_id="acme"
        )
    reason = "the file cannot be read any more"
    extraction = Extraction(invoice=None, error=reason, extractor=EXTRACTOR)
    failed = DocumentResult(
        document_id=document_id,
        extraction=extraction if stored_as == "failed reading" else None,
        error=reason,
    )
    job_id, removed = _stale_after_a_crash(settings, failed)

    summary = reprocess_documents(job_id=job_id)

    hits = get_index().search(SearchQuery(tenant_id="acme")).hits
    assert removed not in {hit.invoice_id for hit in hits}
    if stored_as == "failed reading":  # counted as done: only indexed on resume
        assert summary.already_done == 1 and hits == []
    else:  # nothing was read: read again on resume, and indexed under a new invoice
        assert summary.processed == 1 and len(hits) == 1
