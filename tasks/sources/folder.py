"""The folder source: every regular file under a path (or the path itself) becomes a document."""

from __future__ import annotations

import io
import logging
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO, Final

from prefect import task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from core import repository
from core.blobs import BlobStore
from core.db import DocumentRow, ready_engine, session_scope
from core.errors import SourceError
from core.files import safe_filename, sniff_media_type
from core.models import DocumentStatus
from core.settings import get_settings

logger = logging.getLogger(__name__)

SOURCE = "folder"


class Skipped(BaseModel):
    path: str
    reason: str


class IngestResult(BaseModel):
    """What one ingest did: new documents, files already known, files that could not be read."""

    created: list[str] = Field(default_factory=list, description="New document ids")
    duplicates: list[str] = Field(default_factory=list, description="Ids of documents seen before")
    skipped: list[Skipped] = Field(default_factory=list)

    def merge(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            created=self.created + other.created,
            duplicates=self.duplicates + other.duplicates,
            skipped=self.skipped + other.skipped,
        )


def printable(path: str | Path) -> str:
    """A path as text that can be stored and shown: bytes that were not UTF-8 become U+FFFD."""
    text = os.fsdecode(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


class FolderListing(BaseModel):
    """The regular files under a path, and the entries that cannot be taken, with the reason."""

    files: list[str] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)


_NOT_REGULAR: Final = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
    (stat.S_ISCHR, "a character device, not a regular file"),
    (stat.S_ISBLK, "a block device, not a regular file"),
)


def _classify(path: Path) -> str | None:
    """None for a regular file (or a link to one), else why the entry cannot be taken."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "dangling symbolic link (its target does not exist)"
    except OSError as error:
        return error.strerror or str(error)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "symbolic link to a folder; not followed"
    for test, reason in _NOT_REGULAR:
        if test(mode):
            return reason
    return "not a regular file"


def scan_folder(path: Path) -> FolderListing:
    """Regular files at or under `path`, sorted; every other entry is reported in `skipped`.

    Hidden files and folders (names starting with ".") are left out without a word. Unreadable
    folders, dangling links, pipes, sockets and devices are reported; links to folders are not
    followed.
    """
    if not path.exists() and not path.is_symlink():
        raise SourceError("no such file or folder", source=str(path))
    listing = FolderListing()

    def take(entry: Path) -> None:
        reason = _classify(entry)
        if reason is None:
            listing.files.append(str(entry))
        else:
            logger.warning("not taken: %s: %s", printable(entry), reason)
            listing.skipped.append(Skipped(path=printable(entry), reason=reason))

    if not path.is_dir():  # one file (or a pipe, a dangling link...) named directly
        take(path)
        return listing

    def unreadable(error: OSError) -> None:
        where = printable(error.filename if error.filename is not None else path)
        reason = f"folder not readable: {error.strerror or error}"
        logger.warning("not taken: %s: %s", where, reason)
        listing.skipped.append(Skipped(path=where, reason=reason))

    for directory, dirs, names in os.walk(path, onerror=unreadable, followlinks=False):
        here = Path(directory)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in [d for d in dirs if (here / d).is_symlink()]:
            dirs.remove(name)  # the walk would not go into it: say so
            take(here / name)
        for name in sorted(names):
            if not name.startswith("."):
                take(here / name)
    listing.files.sort()
    listing.skipped.sort(key=lambda s: s.path)
    return listing


def list_files(path: Path) -> list[Path]:
    """Regular files at or under `path`, sorted, skipping hidden files and folders."""
    return [Path(p) for p in scan_folder(path).files]


class StoredBlob(BaseModel):
    """Bytes kept in the blob store: their SHA-256, size and first bytes (for the media type)."""

    sha256: str
    size: int
    head: bytes


def store_stream(stream: BinaryIO, *, blobs: BlobStore) -> StoredBlob:
    """Stream bytes into the blob store (idempotent: the same bytes are stored once)."""
    head = stream.read(2048)
    stream.seek(0)
    sha256, size = blobs.put_stream(stream)
    return StoredBlob(sha256=sha256, size=size, head=head)


def store_bytes(data: bytes, *, blobs: BlobStore) -> StoredBlob:
    return store_stream(io.BytesIO(data), blobs=blobs)


def record_document(
    session: Session,
    *,
    tenant_id: str,
    blob: StoredBlob,
    filename: str,
    source: str,
    source_ref: str | None,
    source_meta: dict[str, Any] | None = None,
) -> tuple[DocumentRow, bool]:
    """Record stored bytes as a document, once per tenant and content; returns (row, created).

    `source_meta` (where the file came from) is kept on a new document; a document seen before
    keeps the provenance of its first arrival.
    """
    row, created = repository.add_document(
        session,
        tenant_id=tenant_id,
        sha256=blob.sha256,
        filename=safe_filename(filename),
        media_type=sniff_media_type(blob.head),
        size=blob.size,
        source=source,
        source_ref=source_ref,
        status=DocumentStatus.RECEIVED,
    )
    if created and source_meta is not None:
        row.source_meta = source_meta
        session.flush()
    return row, created


def ingest_files(
    paths: list[Path], *, tenant_id: str, engine: Engine, blobs: BlobStore
) -> IngestResult:
    """Keep each file's bytes in the blob store and record a document, once per tenant and content.

    A file that cannot be read is reported in `skipped`; it stays where it is.
    """
    result = IngestResult()
    for path in paths:
        try:
            with path.open("rb") as stream:
                blob = store_stream(stream, blobs=blobs)
        except OSError as error:
            _skip(result, path, error.strerror or str(error))
            continue
        try:
            with session_scope(engine) as session:
                row, created = record_document(
                    session,
                    tenant_id=tenant_id,
                    blob=blob,
                    filename=path.name,
                    source=SOURCE,
                    source_ref=printable(path),
                )
                (result.created if created else result.duplicates).append(row.id)
        except (OperationalError, InterfaceError):
            raise  # the database is away: the task's retry takes the batch again
        except Exception as error:  # one bad file must not cost the rest of the batch
            logger.exception("cannot record %s", printable(path))
            _skip(result, path, f"cannot be recorded: {type(error).__name__}: {error}")
    return result


def _skip(result: IngestResult, path: Path, reason: str) -> None:
    logger.warning("cannot take %s: %s", printable(path), reason)
    result.skipped.append(Skipped(path=printable(path), reason=reason))


@task(cache_policy=NO_CACHE)
def list_folder(path: str) -> FolderListing:
    """The files to ingest under `path`, and the entries that will not be, with the reason."""
    return scan_folder(Path(path))


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def store_files(paths: list[str], tenant_id: str) -> IngestResult:
    settings = get_settings()
    return ingest_files(
        [Path(p) for p in paths],
        tenant_id=tenant_id,
        engine=ready_engine(settings.resolved_database_url, settings.database_pool_size),
        blobs=BlobStore(settings.blob_dir),
    )
