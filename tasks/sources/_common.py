"""What the IMAP and SFTP sources share: their errors, the retry policy, secrets, and storing one
fetched item (a message or a remote file) as documents together with its record, in one
transaction, so a crash half way leaves either all of an item or none of it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from prefect import Task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State
from prefect.tasks import exponential_backoff
from pydantic import SecretStr
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from core import sources
from core.blobs import BlobStore
from core.db import session_scope
from core.errors import SourceError
from tasks.sources.folder import IngestResult, Skipped, StoredBlob, record_document, store_bytes

logger = logging.getLogger(__name__)


class SourceRefused(SourceError):
    """The source answered but refused us; retrying would not help."""


class SourceAuthError(SourceRefused):
    """The server rejected the login (wrong user, password or key)."""


class SourceTrustError(SourceRefused):
    """The server could not be verified (unknown host key, untrusted certificate)."""


class SourceUnavailable(SourceError):
    """The source could not be reached or broke off; worth a retry."""


def retry_unless_refused(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Prefect `retry_condition_fn`: retry network trouble, never a refused login or host."""
    try:
        state.result()
    except SourceRefused:
        return False
    except Exception:
        return True
    return True


def network_task(name: str) -> dict[str, Any]:
    """The Prefect policy of a task that fetches from a source over the network: retried with
    exponential backoff and jitter, except when the source refused us; never cached. The flows
    set the retry count and first delay from settings with `.with_options`."""
    return {
        "name": name,
        "retries": 3,
        "retry_delay_seconds": exponential_backoff(backoff_factor=10),
        "retry_jitter_factor": 0.5,
        "retry_condition_fn": retry_unless_refused,
        "cache_policy": NO_CACHE,
    }


def resolve_secret(value: SecretStr | None, block: str | None, *, what: str) -> str | None:
    """A secret from a Prefect Secret block (when named) or from the settings."""
    if block:
        from prefect.blocks.system import Secret

        try:
            return str(Secret.load(block).get())
        except ValueError as error:
            raise SourceRefused(f"Secret block {block!r} not found", source=what) from error
    return value.get_secret_value() if value is not None else None


@dataclass(frozen=True)
class FetchedFile:
    """One file a source fetched: its name, bytes and where inside the item it was found."""

    filename: str
    data: bytes
    origin: str


def store_item(
    *,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
    tenant_id: str,
    source: str,
    kind: str,
    item_key: str,
    files: list[FetchedFile],
    meta: dict[str, Any],
    skip_reason: str | None = None,
    size: int | None = None,
    mtime: int | None = None,
    after: Callable[[Session], None] | None = None,
) -> None:
    """Store an item's files as documents (with `meta` as their provenance) and record the item.

    The blobs are written first (idempotent); the documents, the item record and whatever `after`
    writes (a watermark) commit together. No usable file: the item is recorded as `skipped` with
    `skip_reason`, never silently dropped.
    """
    stored: list[tuple[FetchedFile, StoredBlob]] = [
        (file, store_bytes(file.data, blobs=blobs)) for file in files
    ]
    with session_scope(engine) as session:
        created: list[str] = []
        known: list[str] = []
        for file, blob in stored:
            row, is_new = record_document(
                session,
                tenant_id=tenant_id,
                blob=blob,
                filename=file.filename,
                source=kind,
                source_ref=f"{source}#{item_key}/{file.origin}",
                source_meta={**meta, "attachment": file.origin},
            )
            (created if is_new else known).append(row.id)
        if not stored:
            status, reason = sources.SKIPPED, skip_reason or "no usable file"
        elif created:
            status, reason = sources.INGESTED, skip_reason
        else:
            status, reason = sources.DUPLICATE, "every file was taken in before"
        sources.record_item(
            session,
            tenant_id=tenant_id,
            source=source,
            item_key=item_key,
            status=status,
            reason=reason,
            document_ids=created + known,
            size=size,
            mtime=mtime,
            sha256=stored[0][1].sha256 if len(stored) == 1 else None,
            meta=meta,
        )
        if after is not None:
            after(session)
    result.created.extend(created)
    result.duplicates.extend(known)
    if not stored:
        result.skipped.append(Skipped(path=item_key, reason=reason or "no usable file"))
    logger.info("%s %s: %s (%d new, %d known)", source, item_key, status, len(created), len(known))
