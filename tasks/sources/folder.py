"""The folder source: every regular file under a path (or the path itself) becomes a document."""

from __future__ import annotations

import logging
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine

from core import repository
from core.blobs import BlobStore
from core.db import ready_engine, session_scope
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
                head = stream.read(2048)
                stream.seek(0)
                sha256, size = blobs.put_stream(stream)
        except OSError as error:
            logger.warning("cannot read %s: %s", path, error.strerror or error)
            result.skipped.append(Skipped(path=str(path), reason=error.strerror or str(error)))
            continue
        with session_scope(engine) as session:
            row, created = repository.add_document(
                session,
                tenant_id=tenant_id,
                sha256=sha256,
                filename=safe_filename(path.name),
                media_type=sniff_media_type(head),
                size=size,
                source=SOURCE,
                source_ref=str(path),
                status=DocumentStatus.RECEIVED,
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
