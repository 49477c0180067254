"""The folder source: every regular file under a path (or the path itself) becomes a document."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any, BinaryIO

from prefect import task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine
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


def list_files(path: Path) -> list[Path]:
    """Regular files at or under `path`, sorted, skipping hidden files and folders."""
    if not path.exists():
        raise SourceError("no such file or folder", source=str(path))
    if path.is_file():
        return [path]
    files = [
        p
        for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    ]
    return sorted(files)


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
            logger.warning("cannot read %s: %s", path, error.strerror or error)
            result.skipped.append(Skipped(path=str(path), reason=error.strerror or str(error)))
            continue
        with session_scope(engine) as session:
            row, created = record_document(
                session,
                tenant_id=tenant_id,
                blob=blob,
                filename=path.name,
                source=SOURCE,
                source_ref=str(path),
            )
            (result.created if created else result.duplicates).append(row.id)
    return result


@task(cache_policy=NO_CACHE)
def list_folder(path: str) -> list[str]:
    return [str(p) for p in list_files(Path(path))]


@task(retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def store_files(paths: list[str], tenant_id: str) -> IngestResult:
    settings = get_settings()
    return ingest_files(
        [Path(p) for p in paths],
        tenant_id=tenant_id,
        engine=ready_engine(settings.resolved_database_url, settings.database_pool_size),
        blobs=BlobStore(settings.blob_dir),
    )
