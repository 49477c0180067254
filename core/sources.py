"""Reads and writes of source state: where a mailbox left off, and each message or remote file a
source took in (with what became of it). Every query is scoped to a tenant and a source."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db import DocumentRow, SourceItemRow, SourceStateRow

INGESTED = "ingested"
DUPLICATE = "duplicate"
SKIPPED = "skipped"


def get_state(session: Session, *, source: str, tenant_id: str) -> SourceStateRow | None:
    return session.get(SourceStateRow, (source, tenant_id))


def save_watermark(
    session: Session, *, source: str, tenant_id: str, uidvalidity: int, last_uid: int
) -> None:
    """Remember the last UID taken in (within one UIDVALIDITY) for a mailbox folder."""
    row = get_state(session, source=source, tenant_id=tenant_id)
    if row is None:
        row = SourceStateRow(source=source, tenant_id=tenant_id)
        session.add(row)
    row.uidvalidity = uidvalidity
    row.last_uid = last_uid
    session.flush()


def find_item(
    session: Session, *, tenant_id: str, source: str, item_key: str
) -> SourceItemRow | None:
    return session.scalar(
        select(SourceItemRow).where(
            SourceItemRow.tenant_id == tenant_id,
            SourceItemRow.source == source,
            SourceItemRow.item_key == item_key,
        )
    )


def find_items_by_message_id(
    session: Session, *, tenant_id: str, source: str, message_id: str
) -> list[SourceItemRow]:
    """The records of a mailbox's messages that carried this Message-ID (it may be reused)."""
    return list(
        session.scalars(
            select(SourceItemRow)
            .where(
                SourceItemRow.tenant_id == tenant_id,
                SourceItemRow.source == source,
                SourceItemRow.meta["message_id"].as_string() == message_id,
            )
            .order_by(SourceItemRow.id)
        )
    )


def document_sha256s(session: Session, *, tenant_id: str, document_ids: Sequence[str]) -> set[str]:
    """The SHA-256 of each of these documents of the tenant."""
    if not document_ids:
        return set()
    return set(
        session.scalars(
            select(DocumentRow.sha256).where(
                DocumentRow.tenant_id == tenant_id, DocumentRow.id.in_(list(document_ids))
            )
        )
    )


def record_item(
    session: Session,
    *,
    tenant_id: str,
    source: str,
    item_key: str,
    status: str,
    reason: str | None = None,
    document_ids: Sequence[str] = (),
    size: int | None = None,
    mtime: int | None = None,
    sha256: str | None = None,
    meta: dict[str, Any] | None = None,
) -> SourceItemRow:
    """Record (or update) what a source did with one message or file."""
    row = find_item(session, tenant_id=tenant_id, source=source, item_key=item_key)
    if row is None:
        row = SourceItemRow(tenant_id=tenant_id, source=source, item_key=item_key)
        session.add(row)
    row.status = status
    row.reason = reason
    row.document_ids = list(document_ids)
    row.size = size
    row.mtime = mtime
    row.sha256 = sha256
    row.meta = meta or {}
    session.flush()
    return row


def list_items(
    session: Session,
    *,
    tenant_id: str,
    source: str | None = None,
    status: str | None = None,
) -> list[SourceItemRow]:
    stmt = select(SourceItemRow).where(SourceItemRow.tenant_id == tenant_id)
    if source is not None:
        stmt = stmt.where(SourceItemRow.source == source)
    if status is not None:
        stmt = stmt.where(SourceItemRow.status == status)
    return list(session.scalars(stmt.order_by(SourceItemRow.id)))
