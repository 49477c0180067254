"""Data-quality reads and writes: duplicate lookups for the per-invoice rules, and the stored
outcome of each batch suite run (which expectations failed, what they observed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from core.db import DocumentRow, InvoiceRow, QualityBatchRow, QualityResultRow


class DuplicateCandidate(BaseModel):
    """A stored (or same-batch) invoice that may be the same bill as the one being checked."""

    invoice_id: str | None = None
    document_id: str
    file: str | None = None
    invoice_number: str | None = None
    type_code: str = "380"
    seller_name: str | None = None
    seller_vat_id: str | None = None
    currency: str | None = None
    grand_total: Decimal | None = None
    issue_date: dt.date | None = None


def received_order(session: Session, document_ids: Collection[str]) -> dict[str, tuple[Any, str]]:
    """Per document: the key (received_at, id) that decides which of two copies came first."""
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.received_at).where(DocumentRow.id.in_(document_ids))
    )
    return {document_id: (received_at, document_id) for document_id, received_at in rows}


def duplicate_candidates(
    session: Session,
    *,
    tenant_id: str,
    invoice_number: str | None,
    grand_total: Decimal | None,
    issue_date: dt.date | None,
    received_before: tuple[Any, str] | None,
    exclude_document_ids: Collection[str] = (),
) -> list[DuplicateCandidate]:
    """Stored invoices of the tenant that share the number, or the amount and the issue date,
    and whose document arrived before `received_before` (all of them when it is None).

    The seller comparison is left to the rule, which knows how to match names and VAT ids."""
    matches = []
    if invoice_number:
        matches.append(InvoiceRow.invoice_number == invoice_number)
    if grand_total is not None and issue_date is not None:
        matches.append(
            and_(InvoiceRow.grand_total == grand_total, InvoiceRow.issue_date == issue_date)
        )
    if not matches:
        return []
    stmt = (
        select(InvoiceRow, DocumentRow.filename)
        .join(DocumentRow, DocumentRow.id == InvoiceRow.document_id)
        .where(InvoiceRow.tenant_id == tenant_id, or_(*matches))
    )
    if exclude_document_ids:
        stmt = stmt.where(InvoiceRow.document_id.not_in(list(exclude_document_ids)))
    if received_before is not None:
        received_at, document_id = received_before
        stmt = stmt.where(
            or_(
                DocumentRow.received_at < received_at,
                and_(DocumentRow.received_at == received_at, DocumentRow.id < document_id),
            )
        )
    return [
        DuplicateCandidate(
            invoice_id=row.id,
            document_id=row.document_id,
            file=filename,
            invoice_number=row.invoice_number,
            type_code=row.type_code,
            seller_name=row.seller_name,
            seller_vat_id=row.seller_vat_id,
            currency=row.currency,
            grand_total=row.grand_total,
            issue_date=row.issue_date,
        )
        for row, filename in session.execute(stmt)
    ]


class ExpectationOutcome(BaseModel):
    expectation: str = Field(description="GX expectation type, e.g. expect_column_values_to_...")
    columns: list[str] = Field(default_factory=list)
    success: bool
    observed: dict[str, Any] = Field(
        default_factory=dict,
        description="What GX observed: observed_value, unexpected_count/percent, examples",
    )


class BatchQuality(BaseModel):
    """The outcome of one batch suite run; `flagged` when any expectation failed."""

    suite: str
    flow_run_id: str | None = None
    document_ids: list[str] = Field(default_factory=list)
    tenant_ids: list[str] = Field(default_factory=list)
    invoices: int = 0
    flagged: bool = False
    evaluated: int = 0
    failed: int = 0
    seconds: float = 0.0
    results: list[ExpectationOutcome] = Field(default_factory=list)

    @property
    def failed_expectations(self) -> list[ExpectationOutcome]:
        return [result for result in self.results if not result.success]


def save_quality_batch(session: Session, outcome: BatchQuality) -> str:
    """Store a batch suite run with every expectation's result; returns the batch id."""
    row = QualityBatchRow(
        flow_run_id=outcome.flow_run_id,
        suite=outcome.suite,
        document_ids=outcome.document_ids,
        tenant_ids=outcome.tenant_ids,
        invoices=outcome.invoices,
        flagged=outcome.flagged,
        evaluated=outcome.evaluated,
        failed=outcome.failed,
        seconds=outcome.seconds,
        results=[
            QualityResultRow(
                position=position,
                expectation=result.expectation,
                columns=result.columns,
                success=result.success,
                observed=result.observed,
            )
            for position, result in enumerate(outcome.results, start=1)
        ],
    )
    session.add(row)
    session.flush()
    return row.id


def quality_batches(
    session: Session, *, flow_run_id: str | None = None, flagged: bool | None = None
) -> list[QualityBatchRow]:
    stmt = select(QualityBatchRow).order_by(QualityBatchRow.created_at, QualityBatchRow.id)
    if flow_run_id is not None:
        stmt = stmt.where(QualityBatchRow.flow_run_id == flow_run_id)
    if flagged is not None:
        stmt = stmt.where(QualityBatchRow.flagged == flagged)
    return list(session.scalars(stmt))
