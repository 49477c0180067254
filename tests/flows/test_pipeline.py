"""The ingest and process flows end to end on SQLite and the embedded index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import repository
from core.blobs import BlobStore
from core.db import DocumentRow, ExtractionRunRow, InvoiceRow, ready_engine, session_scope
from core.settings import Settings, get_settings
from flows.ingest import ingest_folder
from flows.process import process_documents
from search import SearchQuery, get_index
from tests.bad_inputs import write_bad_inputs

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _expected() -> list[dict[str, str]]:
    lines = (SAMPLES.parent / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _documents(settings: Settings) -> list[DocumentRow]:
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        return list(session.scalars(select(DocumentRow)))


def test_samples_become_valid_searchable_invoices(settings: Settings) -> None:
    expected = _expected()
    summary = ingest_folder(str(SAMPLES), tenant_id="acme")

    pdfs = sorted(SAMPLES.glob("*.pdf"))
    assert len(summary.ingest.created) == len(pdfs)
    assert summary.process is not None
    assert summary.process.by_status == {"valid": len(pdfs)}

    page = get_index().search(SearchQuery(tenant_id="acme", size=200))
    assert page.total == len(pdfs)
    numbers = {hit.invoice_number for hit in page.hits}
    assert numbers == {row["invoice_number"] for row in expected}

    seller = expected[0]["seller_name"]
    hits = get_index().search(SearchQuery(tenant_id="acme", text=seller.split()[0])).hits
    assert seller in {hit.seller_name for hit in hits}
    assert get_index().search(SearchQuery(tenant_id="other")).total == 0


def test_reingesting_the_same_bytes_adds_nothing(settings: Settings) -> None:
    first = ingest_folder(str(SAMPLES), tenant_id="acme")
    second = ingest_folder(str(SAMPLES), tenant_id="acme")

    assert second.ingest.created == []
    assert sorted(second.ingest.duplicates) == sorted(first.ingest.created)
    assert second.process is not None and second.process.documents == 0
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        documents = session.scalar(select(func.count()).select_from(DocumentRow))
        invoices = session.scalar(select(func.count()).select_from(InvoiceRow))
    assert documents == len(first.ingest.created)
    assert invoices == len(list(SAMPLES.glob("*.pdf")))
    assert get_index().count(tenant_id="acme") == invoices


def test_the_same_bytes_for_two_tenants_are_two_documents(settings: Settings) -> None:
    sample = next(iter(sorted(SAMPLES.glob("*.pdf"))))
    a = ingest_folder(str(sample), tenant_id="a")
    b = ingest_folder(str(sample), tenant_id="b")
    assert len(a.ingest.created) == len(b.ingest.created) == 1
    assert get_index().count(tenant_id="a") == get_index().count(tenant_id="b") == 1


def test_bad_inputs_fail_with_a_stored_reason_and_keep_the_original(
    settings: Settings, tmp_path: Path
) -> None:
    expected = write_bad_inputs(tmp_path / "inbox")
    summary = ingest_folder(str(tmp_path / "inbox"), tenant_id="acme")

    assert summary.process is not None
    assert summary.process.documents == len(expected)
    documents = {row.filename: row for row in _documents(settings)}
    assert set(documents) == set(expected)
    blobs = BlobStore(settings.blob_dir)
    for name, reason_word in expected.items():
        row = documents[name]
        assert row.status == "failed", name
        assert row.status_reason, name
        assert reason_word in row.status_reason.lower(), (name, row.status_reason)
        assert row.size == len(blobs.read_bytes(row.sha256)), name
    assert len(list((tmp_path / "inbox").iterdir())) == len(expected)  # nothing moved or deleted


def test_a_file_over_the_size_limit_is_kept_and_failed_without_being_read(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(200 * 1024 * 1024)
    summary = ingest_folder(str(big), tenant_id="acme")

    assert summary.process is not None and summary.process.by_status == {"failed": 1}
    (row,) = _documents(settings)
    assert row.size == 200 * 1024 * 1024
    assert row.status_reason is not None and "200.0 MB" in row.status_reason
    assert BlobStore(settings.blob_dir).path_for(row.sha256).stat().st_size == row.size


def test_process_with_retry_failed_reads_failed_documents_again(
    settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "empty.pdf").write_bytes(b"")
    ingest_folder(str(tmp_path / "inbox"), tenant_id="acme")

    assert process_documents(tenant_id="acme").documents == 0
    again = process_documents(tenant_id="acme", retry_failed=True)
    assert again.by_status == {"failed": 1}
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        runs = session.scalars(select(ExtractionRunRow.version)).all()
    assert sorted(runs) == [1, 2]


def test_process_replaces_an_invoice_with_a_new_version(settings: Settings) -> None:
    sample = next(iter(sorted(SAMPLES.glob("*.pdf"))))
    first = ingest_folder(str(sample), tenant_id="acme")
    (document_id,) = first.ingest.created

    process_documents(document_ids=[document_id])

    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        (invoice,) = repository.list_invoices(session, tenant_id="acme")
        assert invoice.version == 2
    assert get_index().count(tenant_id="acme") == 1


def test_ingesting_a_missing_path_names_it(settings: Settings, tmp_path: Path) -> None:
    from core.errors import SourceError

    with pytest.raises(SourceError, match="no such file"):
        ingest_folder(str(tmp_path / "nope"))


def test_a_re_read_that_fails_removes_the_invoice_from_the_index(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = next(iter(sorted(SAMPLES.glob("*.pdf"))))
    (document_id,) = ingest_folder(str(sample), tenant_id="acme").ingest.created
    assert get_index().count(tenant_id="acme") == 1

    monkeypatch.setenv("INVOICES_MAX_DOCUMENT_BYTES", "10")
    get_settings.cache_clear()
    summary = process_documents(document_ids=[document_id])

    assert summary.by_status == {"failed": 1}
    assert get_index().count(tenant_id="acme") == 0
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        assert repository.list_invoices(session, tenant_id="acme") == []


def test_ingest_takes_odd_names_and_reports_what_it_cannot_take(
    settings: Settings, tmp_path: Path
) -> None:
    import os

    pdfs = sorted(SAMPLES.glob("*.pdf"))
    folder = tmp_path / "in"
    folder.mkdir()
    latin1 = folder / os.fsdecode(b"caf\xe9.pdf")  # the name's bytes are not UTF-8
    latin1.write_bytes(pdfs[0].read_bytes())
    (folder / "plain.pdf").write_bytes(pdfs[1].read_bytes())
    (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(folder / "pipe.pdf")
    (folder / ".hidden.pdf").write_bytes(pdfs[2].read_bytes())

    summary = ingest_folder(str(folder), tenant_id="acme", process=False)

    assert len(summary.ingest.created) == 2
    assert {(Path(s.path).name, s.reason) for s in summary.ingest.skipped} == {
        ("gone.pdf", "dangling symbolic link (its target does not exist)"),
        ("pipe.pdf", "a named pipe (FIFO), not a regular file"),
    }
    assert sorted(d.filename for d in _documents(settings)) == ["caf\ufffd.pdf", "plain.pdf"]
