"""The SFTP source against the real SFTP test server (OpenSSH sshd), a fresh directory per test."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from core import sources
from core.blobs import BlobStore
from core.db import DocumentRow, SourceItemRow, ready_engine, session_scope
from core.settings import Settings, get_settings
from flows.sources import ingest_sftp
from tasks.sources import sftp
from tasks.sources._common import SourceAuthError, SourceTrustError
from tasks.sources.folder import IngestResult
from tasks.sources.sftp import SftpConfig, ingest_remote
from tests.sources.conftest import Drop, configure, sample_pdf

pytestmark = pytest.mark.sftp


def _ingest(settings: Settings) -> IngestResult:
    return asyncio.run(
        ingest_remote(
            SftpConfig.from_settings(get_settings()),
            engine=ready_engine(settings.resolved_database_url),
            blobs=BlobStore(settings.blob_dir),
        )
    )


def _documents(settings: Settings) -> list[DocumentRow]:
    with session_scope(ready_engine(settings.resolved_database_url)) as session:
        return list(session.scalars(select(DocumentRow).order_by(DocumentRow.filename)))


def _items(settings: Settings) -> list[SourceItemRow]:
    source = SftpConfig.from_settings(get_settings()).source
    with session_scope(ready_engine(settings.resolved_database_url)) as session:
        return sources.list_items(session, tenant_id="acme", source=source)


@pytest.mark.usefixtures("prefect_harness")
def test_new_files_are_taken_once_through_the_flow(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, sftp_glob="*.pdf")
    for number in range(2):
        name, data = sample_pdf(number)
        drop.put(f"inbox/{name}", data)
    drop.put("inbox/readme.md", b"not an invoice")  # filtered out by the glob below
    summary = ingest_sftp(process=True)

    documents = _documents(settings)
    assert len(documents) == 2 == len(summary.ingest.created)
    assert {d.tenant_id for d in documents} == {"acme"}
    meta = documents[0].source_meta
    assert meta is not None
    assert meta["path"].endswith(f"/inbox/{documents[0].filename}")
    assert meta["size"] == documents[0].size
    assert summary.process is not None
    assert summary.process.documents == 2
    items = _items(settings)
    assert [i.sha256 for i in items] == [
        d.sha256
        for d in sorted(documents, key=lambda d: str(d.source_meta["path"]))  # type: ignore[index]
    ]
    assert _ingest(settings).created == []  # watermark: unchanged files are not taken again


def test_recursive_listing_and_a_changed_file_is_taken_again(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, sftp_recursive="true")
    drop.put("inbox/a/deep/one.pdf", sample_pdf(0)[1])
    drop.put("inbox/two.pdf", sample_pdf(1)[1])
    assert len(_ingest(settings).created) == 2
    drop.put("inbox/two.pdf", sample_pdf(2)[1], age=1800)  # replaced by a new invoice
    result = _ingest(settings)
    assert len(result.created) == 1
    assert len(_documents(settings)) == 3
    assert len(_items(settings)) == 2


def test_a_file_still_being_written_is_left_for_the_next_run(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop.put("inbox/ready.pdf", sample_pdf(0)[1])
    drop.put("inbox/fresh.pdf", sample_pdf(1)[1], age=None)  # just written: too new
    result = _ingest(settings)
    assert len(result.created) == 1
    assert [s.path.rsplit("/", 1)[-1] for s in result.skipped] == ["fresh.pdf"]
    assert "left for the next run" in result.skipped[0].reason

    # A file whose size changes between the two listings is left too.
    drop.put("inbox/growing.pdf", sample_pdf(2)[1][:1000])
    real_sleep = asyncio.sleep

    async def grow_while_waiting(seconds: float) -> None:
        await asyncio.to_thread(drop.put, "inbox/growing.pdf", sample_pdf(2)[1])
        await real_sleep(seconds)

    monkeypatch.setattr(sftp.asyncio, "sleep", grow_while_waiting)
    result = _ingest(settings)
    assert result.created == []
    assert {s.path.rsplit("/", 1)[-1] for s in result.skipped} == {"fresh.pdf", "growing.pdf"}
    monkeypatch.setattr(sftp.asyncio, "sleep", real_sleep)

    configure(monkeypatch, sftp_min_age_seconds=0)
    result = _ingest(settings)  # next run: both are complete now
    assert len(result.created) == 2
    assert len(_documents(settings)) == 3


def test_archive_mode_moves_files_and_survives_a_crash_before_the_move(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, sftp_mode="archive", sftp_archive_dir=f"{drop.directory}/archive")
    drop.put("inbox/one.pdf", sample_pdf(0)[1])
    drop.put("inbox/two.pdf", sample_pdf(1)[1])
    real_archive = sftp._archive

    async def crash(*args: object, **kwargs: object) -> None:
        raise ConnectionResetError("connection lost")

    monkeypatch.setattr(sftp, "_archive", crash)
    with pytest.raises(sftp.SourceUnavailable, match="connection lost"):
        _ingest(settings)
    assert len(_items(settings)) == 1  # recorded, but still in the inbox
    monkeypatch.setattr(sftp, "_archive", real_archive)

    result = _ingest(settings)
    assert len(result.created) == 1
    assert len(_documents(settings)) == 2
    assert drop.listdir("inbox") == [".keep"]
    assert drop.listdir("archive") == ["one.pdf", "two.pdf"]


def test_key_login_works(settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INVOICES_SFTP_PASSWORD")
    configure(monkeypatch, sftp_key_path=drop.key_path)
    drop.put("inbox/one.pdf", sample_pdf(0)[1])
    assert len(_ingest(settings).created) == 1


@pytest.mark.usefixtures("prefect_harness")
def test_a_wrong_password_fails_at_once_and_says_so(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, sftp_password="wrong", source_retries=3, source_retry_delay_seconds=5)
    attempts = {"n": 0}
    real_connect = sftp.connect

    async def counting(config: SftpConfig) -> object:
        attempts["n"] += 1
        return await real_connect(config)

    monkeypatch.setattr(sftp, "connect", counting)
    with pytest.raises(SourceAuthError, match=r"login refused .*not retried"):
        ingest_sftp(process=False)
    assert attempts["n"] == 1


def test_an_unknown_host_key_is_refused(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGz0bNmSGx0C3tn0x1D0QWYOiqsAvbY53WbD6gUOz+5G"
    configure(monkeypatch, sftp_host_key=other)
    with pytest.raises(SourceTrustError, match="host key not trusted"):
        _ingest(settings)

    monkeypatch.delenv("INVOICES_SFTP_HOST_KEY")
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    configure(monkeypatch, sftp_known_hosts=empty)
    with pytest.raises(SourceTrustError, match="host key not trusted"):
        _ingest(settings)

    empty.write_text(f"[{drop.host}]:{drop.port} {drop.host_key}\n")
    drop.put("inbox/one.pdf", sample_pdf(0)[1])
    assert len(_ingest(settings).created) == 1


@pytest.mark.usefixtures("prefect_harness")
def test_an_unreadable_file_is_skipped_with_the_reason_and_the_rest_are_taken(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, source_retries=2, source_retry_delay_seconds=0)
    for number, name in enumerate(("a.pdf", "b.pdf", "c.pdf")):
        drop.put(f"inbox/{name}", sample_pdf(number)[1])
    drop.chmod("inbox/b.pdf", 0)  # the server refuses to hand it out
    attempts = {"n": 0}
    real_connect = sftp.connect

    async def counting(config: SftpConfig) -> object:
        attempts["n"] += 1
        return await real_connect(config)

    monkeypatch.setattr(sftp, "connect", counting)
    summary = ingest_sftp(process=False)

    assert attempts["n"] == 1  # a refused file is no reason to retry the run
    assert len(summary.ingest.created) == 2
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in summary.ingest.skipped] == [
        ("b.pdf", "cannot be read: Permission denied")
    ]
    items = {i.item_key.rsplit("/", 1)[-1]: i for i in _items(settings)}
    assert items["b.pdf"].status == sources.SKIPPED
    assert items["b.pdf"].reason == "cannot be read: Permission denied"

    drop.chmod("inbox/b.pdf", 0o644)  # fixed: the mtime stays, the file is taken next run
    result = _ingest(settings)
    assert len(result.created) == 1 and result.skipped == []
    assert _items(settings)[1].status == sources.INGESTED
    assert len(_documents(settings)) == 3


def test_an_unlistable_sub_folder_is_skipped_with_the_reason_and_the_rest_are_taken(
    settings: Settings, drop: Drop, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, sftp_recursive="true")
    drop.put("inbox/open/one.pdf", sample_pdf(0)[1])
    drop.put("inbox/locked/two.pdf", sample_pdf(1)[1])
    drop.put("inbox/three.pdf", sample_pdf(2)[1])
    drop.chmod("inbox/locked", 0)  # the server refuses to list it

    result = _ingest(settings)

    assert len(result.created) == 2
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in result.skipped] == [
        ("locked", "folder cannot be listed: Permission denied")
    ]
    drop.chmod("inbox/locked", 0o755)  # fixed: its file is taken on the next run
    assert len(_ingest(settings).created) == 1
    assert len(_documents(settings)) == 3
