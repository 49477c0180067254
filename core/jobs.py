"""Bulk work over the database: the selection and bookkeeping of reprocess jobs, and the invoice
listings a reindex reads.

A reprocess job freezes the documents its selection matched (so documents that change status
while it runs stay in it) and records the newest extraction run id at its start (the watermark).
A document is done once it has an extraction run above the watermark: that row is written in the
same transaction as the document's new result, so a job killed at any point resumes with exactly
the documents that were not stored yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import and_, exists, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from core.db import (
    DocumentRow,
    ExtractionRunRow,
    InvoiceRow,
    ReprocessItemRow,
    ReprocessJobRow,
    utcnow,
)
from core.errors import NotFound, UserInputError
from core.models import DocumentStatus


class ReprocessSelection(BaseModel):
    """Which documents to reprocess; every criterion given must hold (none: every document)."""

    tenant_id: str | None = None
    received_from: dt.date | None = Field(None, description="Received on or after this day (UTC)")
    received_to: dt.date | None = Field(None, description="Received on or before this day (UTC)")
    vendor: str | None = Field(None, description="Exact seller name of the current invoice")
    statuses: list[DocumentStatus] = Field(default_factory=list)
    extractor_name: str | None = Field(None, description="Extractor of the latest run")
    extractor_version: str | None = Field(None, description="Extractor version of the latest run")
    document_ids: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> ReprocessSelection:
        if self.received_from and self.received_to and self.received_from > self.received_to:
            raise UserInputError("received_from is after received_to", field="received_from")
        if self.extractor_version and not self.extractor_name:
            raise UserInputError(
                "extractor_version needs extractor_name", field="extractor_version"
            )
        return self


class JobProgress(BaseModel):
    job_id: str
    total: int
    done: int
    status: str


def select_document_ids(session: Session, selection: ReprocessSelection) -> list[str]:
    """The ids of the documents `selection` matches, oldest first."""
    stmt = select(DocumentRow.id)
    if selection.tenant_id:
        stmt = stmt.where(DocumentRow.tenant_id == selection.tenant_id)
    if selection.received_from:
        start = dt.datetime.combine(selection.received_from, dt.time(), tzinfo=dt.UTC)
        stmt = stmt.where(DocumentRow.received_at >= start)
    if selection.received_to:
        end = dt.datetime.combine(selection.received_to + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(DocumentRow.received_at < end.replace(tzinfo=dt.UTC))
    if selection.statuses:
        stmt = stmt.where(DocumentRow.status.in_([s.value for s in selection.statuses]))
    if selection.document_ids:
        stmt = stmt.where(DocumentRow.id.in_(selection.document_ids))
    if selection.vendor:
        stmt = stmt.where(
            exists().where(
                InvoiceRow.document_id == DocumentRow.id,
                InvoiceRow.seller_name == selection.vendor,
            )
        )
    if selection.extractor_name:
        latest = aliased(ExtractionRunRow)
        newest_version = (
            select(func.max(latest.version))
            .where(latest.document_id == DocumentRow.id)
            .scalar_subquery()
        )
        conditions = [
            ExtractionRunRow.document_id == DocumentRow.id,
            ExtractionRunRow.version == newest_version,
            ExtractionRunRow.extractor_name == selection.extractor_name,
        ]
        if selection.extractor_version:
            conditions.append(ExtractionRunRow.extractor_version == selection.extractor_version)
        stmt = stmt.where(exists().where(and_(*conditions)))
    stmt = stmt.order_by(DocumentRow.received_at, DocumentRow.id)
    return list(session.scalars(stmt))


def create_job(session: Session, selection: ReprocessSelection) -> ReprocessJobRow:
    """Freeze the documents `selection` matches now into a new job."""
    document_ids = select_document_ids(session, selection)
    watermark = session.scalar(select(func.coalesce(func.max(ExtractionRunRow.id), 0)))
    job = ReprocessJobRow(
        selection=selection.model_dump(mode="json"),
        run_watermark=int(watermark or 0),
        total=len(document_ids),
        status="running",
    )
    session.add(job)
    session.flush()
    for start in range(0, len(document_ids), 1000):
        chunk = document_ids[start : start + 1000]
        session.execute(
            insert(ReprocessItemRow),
            [{"job_id": job.id, "document_id": d, "indexed": False} for d in chunk],
        )
    return job


def get_job(session: Session, job_id: str) -> ReprocessJobRow:
    job = session.get(ReprocessJobRow, job_id)
    if job is None:
        raise NotFound(f"reprocess job {job_id} does not exist")
    return job


def _stored_since(job: ReprocessJobRow):  # type: ignore[no-untyped-def]
    """True for an item whose document has a run newer than the job's watermark."""
    return exists().where(
        ExtractionRunRow.document_id == ReprocessItemRow.document_id,
        ExtractionRunRow.id > job.run_watermark,
    )


def stored_since_job(session: Session, job_id: str, document_id: str) -> bool:
    """Has `document_id` been stored since the job started (its work for the job is done)?"""
    job = get_job(session, job_id)
    found = session.scalar(
        select(ExtractionRunRow.id)
        .where(
            ExtractionRunRow.document_id == document_id,
            ExtractionRunRow.id > job.run_watermark,
        )
        .limit(1)
    )
    return found is not None


def pending_documents(session: Session, job_id: str) -> list[str]:
    """Documents of the job not stored since it started, in a stable order."""
    job = get_job(session, job_id)
    stmt = (
        select(ReprocessItemRow.document_id)
        .where(ReprocessItemRow.job_id == job_id, ~_stored_since(job))
        .order_by(ReprocessItemRow.document_id)
    )
    return list(session.scalars(stmt))


def unindexed_documents(session: Session, job_id: str) -> list[str]:
    """Documents of the job stored since it started but not yet marked as indexed."""
    job = get_job(session, job_id)
    stmt = (
        select(ReprocessItemRow.document_id)
        .where(
            ReprocessItemRow.job_id == job_id,
            ReprocessItemRow.indexed.is_(False),
            _stored_since(job),
        )
        .order_by(ReprocessItemRow.document_id)
    )
    return list(session.scalars(stmt))


def record_removed(session: Session, job_id: str, document_id: str, invoice_id: str) -> None:
    """Remember that re-reading `document_id` removed `invoice_id` (until it leaves the index)."""
    session.execute(
        update(ReprocessItemRow)
        .where(ReprocessItemRow.job_id == job_id, ReprocessItemRow.document_id == document_id)
        .values(removed_invoice_id=invoice_id)
    )


def removed_invoices(session: Session, job_id: str, document_ids: Sequence[str]) -> dict[str, str]:
    """document id -> the invoice its re-read removed, for those documents of the job."""
    stmt = select(ReprocessItemRow.document_id, ReprocessItemRow.removed_invoice_id).where(
        ReprocessItemRow.job_id == job_id,
        ReprocessItemRow.document_id.in_(list(document_ids)),
        ReprocessItemRow.removed_invoice_id.is_not(None),
    )
    return {row.document_id: row.removed_invoice_id for row in session.execute(stmt)}


def mark_indexed(session: Session, job_id: str, document_ids: Sequence[str]) -> None:
    if document_ids:
        session.execute(
            update(ReprocessItemRow)
            .where(
                ReprocessItemRow.job_id == job_id,
                ReprocessItemRow.document_id.in_(list(document_ids)),
            )
            .values(indexed=True)
        )


def progress(session: Session, job_id: str) -> JobProgress:
    job = get_job(session, job_id)
    done = session.scalar(
        select(func.count())
        .select_from(ReprocessItemRow)
        .where(ReprocessItemRow.job_id == job_id, _stored_since(job))
    )
    return JobProgress(job_id=job.id, total=job.total, done=int(done or 0), status=job.status)


def finish_job(session: Session, job_id: str) -> None:
    job = get_job(session, job_id)
    job.status = "finished"
    job.finished_at = utcnow()


def invoice_ids(session: Session, *, updated_since: dt.datetime | None = None) -> list[str]:
    """Every invoice id (of every tenant), or those changed since a moment, in a stable order."""
    stmt = select(InvoiceRow.id).order_by(InvoiceRow.id)
    if updated_since is not None:
        stmt = stmt.where(InvoiceRow.updated_at >= updated_since)
    return list(session.scalars(stmt))


def invoice_ids_of_documents(session: Session, document_ids: Sequence[str]) -> dict[str, str]:
    """document id -> invoice id, for the documents that have an invoice."""
    stmt = select(InvoiceRow.document_id, InvoiceRow.id).where(
        InvoiceRow.document_id.in_(list(document_ids))
    )
    return {row[0]: row[1] for row in session.execute(stmt)}
