"""The folder source: what a listing takes, what it reports, and one bad file among good ones."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from core.blobs import BlobStore
from core.db import DocumentRow, ready_engine, session_scope
from core.settings import Settings
from tasks.sources import folder
from tasks.sources.folder import ingest_files, scan_folder
from tests.sources.conftest import sample_pdf


def _ingest(settings: Settings, paths: list[Path]) -> folder.IngestResult:
    return ingest_files(
        paths,
        tenant_id="acme",
        engine=ready_engine(settings.resolved_database_url),
        blobs=BlobStore(settings.blob_dir),
    )


def _documents(settings: Settings) -> list[DocumentRow]:
    with session_scope(ready_engine(settings.resolved_database_url)) as session:
        return list(session.scalars(select(DocumentRow).order_by(DocumentRow.filename)))


@contextlib.contextmanager
def _unreadable(directory: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make a folder unlistable; as root (who may list anything) listing it is made to fail."""
    directory.chmod(0)
    if os.geteuid() == 0:
        real_scandir = os.scandir

        def scandir(path: object = ".") -> object:
            if os.fspath(path) == os.fspath(directory):  # type: ignore[call-overload]
                raise PermissionError(13, "Permission denied", os.fspath(directory))
            return real_scandir(path)  # type: ignore[call-overload]

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        yield
    finally:
        directory.chmod(0o755)


@pytest.fixture
def odd_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder with one good file and every kind of entry that cannot be taken."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.pdf").write_bytes(sample_pdf(0)[1])
    (root / ".hidden.pdf").write_bytes(b"%PDF-1.7\n")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.pdf").write_bytes(b"%PDF-1.7\n")
    (root / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    os.mkfifo(root / "pipe.pdf")
    (root / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    locked = root / "locked"
    locked.mkdir()
    (locked / "inside.pdf").write_bytes(sample_pdf(1)[1])
    with _unreadable(locked, monkeypatch):
        yield root


def test_the_listing_reports_every_entry_it_cannot_take(odd_folder: Path) -> None:
    listing = scan_folder(odd_folder)
    assert listing.files == [str(odd_folder / "good.pdf")]
    reasons = {Path(s.path).name: s.reason for s in listing.skipped}
    assert reasons == {
        "elsewhere": "symbolic link to a folder; not followed",
        "gone.pdf": "dangling symbolic link (its target does not exist)",
        "locked": "folder not readable: Permission denied",
        "pipe.pdf": "a named pipe (FIFO), not a regular file",
    }  # hidden files and folders stay out without a word


def test_a_file_name_that_is_not_utf8_is_ingested_with_a_readable_name(
    settings: Settings, tmp_path: Path
) -> None:
    latin1 = tmp_path / os.fsdecode(b"caf\xe9.pdf")  # the name's bytes are not UTF-8
    latin1.write_bytes(sample_pdf(0)[1])
    assert os.fsencode(latin1).endswith(b"/caf\xe9.pdf")
    (tmp_path / "plain.pdf").write_bytes(sample_pdf(1)[1])

    result = _ingest(settings, sorted(Path(p) for p in scan_folder(tmp_path).files))

    assert len(result.created) == 2 and result.skipped == []
    names = {d.filename: d.source_ref for d in _documents(settings)}
    assert names == {
        "caf\ufffd.pdf": f"{tmp_path}/caf\ufffd.pdf",
        "plain.pdf": f"{tmp_path}/plain.pdf",
    }


def test_a_file_that_cannot_be_recorded_is_skipped_and_the_rest_are_ingested(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for number in range(3):
        path = tmp_path / f"{number}.pdf"
        path.write_bytes(sample_pdf(number)[1])
        paths.append(path)
    real_record = folder.record_document

    def refuse_the_second(session: object, **kwargs: object) -> object:
        if kwargs["filename"] == "1.pdf":
            raise ValueError("a value the database refuses")
        return real_record(session, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(folder, "record_document", refuse_the_second)
    result = _ingest(settings, paths)

    assert len(result.created) == 2
    assert [(s.path, s.reason) for s in result.skipped] == [
        (str(paths[1]), "cannot be recorded: ValueError: a value the database refuses")
    ]
    assert [d.filename for d in _documents(settings)] == ["0.pdf", "2.pdf"]
