"""Every database read and write of the pipeline, each scoped to a tenant where a caller asks.

Rows are derived from the domain model here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Integer, cast, delete, extract, func, literal, or_, select, update
from sqlalchemy.orm import Session, selectinload

from core.db import (
    DocumentRow,
    ExtractionRunRow,
    InvoiceRow,
    LineItemRow,
    TenantRow,
    ValidationResultRow,
    new_id,
    utcnow,
)
from core.models import (
    CREDIT_NOTE_TYPE_CODES,
    DocumentStatus,
    Extraction,
    Invoice,
    ValidationReport,
)

SpendGroup = Literal["vendor", "month", "currency"]


def _insert_or_ignore(session: Session, model: type[Any], values: dict[str, Any]) -> bool:
    """INSERT a row unless it clashes with a unique key; True when it was inserted.

    One statement (ON CONFLICT DO NOTHING) instead of a savepoint, so concurrent writers never
    fail and SQLite's driver never commits early.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(model).values(**values).on_conflict_do_nothing()
    inserted = session.execute(statement.returning(*model.__table__.primary_key.columns))
    return inserted.first() is not None


def ensure_tenant(session: Session, tenant_id: str) -> None:
    if session.get(TenantRow, tenant_id) is None:
        _insert_or_ignore(session, TenantRow, {"id": tenant_id, "name": tenant_id})


def find_document(session: Session, *, tenant_id: str, sha256: str) -> DocumentRow | None:
    return session.scalar(
        select(DocumentRow).where(DocumentRow.tenant_id == tenant_id, DocumentRow.sha256 == sha256)
    )


def add_document(
    session: Session,
    *,
    tenant_id: str,
    sha256: str,
    filename: str,
    media_type: str,
    size: int,
    source: str,
    source_ref: str | None,
    status: DocumentStatus = DocumentStatus.RECEIVED,
    status_reason: str | None = None,
) -> tuple[DocumentRow, bool]:
    """Record a received file once per tenant; returns (row, created)."""
    existing = find_document(session, tenant_id=tenant_id, sha256=sha256)
    if existing is not None:
        return existing, False
    ensure_tenant(session, tenant_id)
    created = _insert_or_ignore(
        session,
        DocumentRow,
        {
            "id": new_id(),
            "tenant_id": tenant_id,
            "sha256": sha256,
            "filename": filename,
            "media_type": media_type,
            "size": size,
            "source": source,
            "source_ref": source_ref,
            "status": status.value,
            "status_reason": status_reason,
        },
    )
    # When another writer stored the same bytes for this tenant a moment ago, theirs is kept.
    row = find_document(session, tenant_id=tenant_id, sha256=sha256)
    if row is None:
        raise LookupError(f"document {sha256} of tenant {tenant_id} vanished while stored")
    return row, created


def document_ids_with_status(
    session: Session,
    statuses: Sequence[DocumentStatus],
    *,
    tenant_id: str | None = None,
    limit: int | None = None,
) -> list[str]:
    stmt = select(DocumentRow.id).where(DocumentRow.status.in_([s.value for s in statuses]))
    if tenant_id is not None:
        stmt = stmt.where(DocumentRow.tenant_id == tenant_id)
    stmt = stmt.order_by(DocumentRow.received_at, DocumentRow.id).limit(limit)
    return list(session.scalars(stmt))


CLAIM_CHUNK = 500


def claim_documents(
    session: Session,
    statuses: Sequence[DocumentStatus],
    *,
    claimant: str,
    lease: dt.timedelta,
    tenant_id: str | None = None,
) -> list[str]:
    """Take the documents with `statuses` that no other run holds, oldest first, for `lease`.

    Each chunk is taken by one UPDATE whose WHERE repeats the "not held" test, so of two runs
    claiming at once each document goes to exactly one (PostgreSQL re-checks the condition on
    rows a concurrent UPDATE changed; SQLite runs writers one at a time). A claim ends when the
    document's result is stored, or when the lease runs out (a run that died)."""
    now = utcnow()
    free = or_(DocumentRow.claimed_until.is_(None), DocumentRow.claimed_until < now)
    wanted = document_ids_with_status(session, statuses, tenant_id=tenant_id)
    taken: set[str] = set()
    for start in range(0, len(wanted), CLAIM_CHUNK):
        chunk = wanted[start : start + CLAIM_CHUNK]
        result = session.execute(
            update(DocumentRow)
            .where(
                DocumentRow.id.in_(chunk),
                DocumentRow.status.in_([s.value for s in statuses]),
                free,
            )
            .values(claimed_by=claimant, claimed_until=now + lease)
            .returning(DocumentRow.id)
            .execution_options(synchronize_session=False)
        )
        taken.update(result.scalars())
    return [document_id for document_id in wanted if document_id in taken]


def _release(document: DocumentRow) -> None:
    document.claimed_by = None
    document.claimed_until = None


def get_documents(session: Session, document_ids: Sequence[str]) -> list[DocumentRow]:
    rows = session.scalars(select(DocumentRow).where(DocumentRow.id.in_(document_ids)))
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in document_ids if i in by_id]


def get_document(session: Session, *, tenant_id: str, document_id: str) -> DocumentRow | None:
    row = session.get(DocumentRow, document_id)
    return row if row is not None and row.tenant_id == tenant_id else None


def _next_run_version(session: Session, document_id: str) -> int:
    current = session.scalar(
        select(func.max(ExtractionRunRow.version)).where(
            ExtractionRunRow.document_id == document_id
        )
    )
    return (current or 0) + 1


def current_invoice_id(session: Session, *, document_id: str) -> str | None:
    """The id of the invoice currently read from a document, if any."""
    return session.scalar(select(InvoiceRow.id).where(InvoiceRow.document_id == document_id))


def save_result(
    session: Session,
    *,
    document_id: str,
    extraction: Extraction,
    report: ValidationReport | None,
) -> InvoiceRow | None:
    """Store one processing result: a new extraction run, and the invoice it read (replacing the
    previous reading of the document), or the failure reason when nothing could be read.

    The document row is locked first (SELECT ... FOR UPDATE on PostgreSQL), so concurrent runs
    over the same document take turns: run versions stay unique and one invoice row is kept."""
    document = session.get(DocumentRow, document_id, with_for_update=True, populate_existing=True)
    if document is None:
        raise LookupError(f"document {document_id} does not exist")
    invoice = extraction.invoice
    run = ExtractionRunRow(
        document_id=document_id,
        version=_next_run_version(session, document_id),
        extractor_name=extraction.extractor.name,
        extractor_version=extraction.extractor.version,
        succeeded=invoice is not None,
        error=extraction.error,
        invoice_json=invoice.model_dump(mode="json") if invoice else None,
    )
    session.add(run)
    _release(document)
    document.page_count = extraction.page_count
    document.text = extraction.text
    if invoice is None or report is None:
        session.execute(delete(InvoiceRow).where(InvoiceRow.document_id == document_id))
        document.status = DocumentStatus.FAILED.value
        document.status_reason = extraction.error or "no invoice could be read"
        session.flush()
        return None
    session.flush()
    row = session.scalar(select(InvoiceRow).where(InvoiceRow.document_id == document_id))
    if row is None:
        row = InvoiceRow(tenant_id=document.tenant_id, document_id=document_id)
        session.add(row)
    _fill_invoice_row(row, invoice, report, run)
    set_document_status(document, report)
    session.flush()
    return row


def _fill_invoice_row(
    row: InvoiceRow, invoice: Invoice, report: ValidationReport, run: ExtractionRunRow
) -> None:
    row.extraction_run_id = run.id
    row.version = run.version
    fill_invoice_fields(row, invoice, report)


def fill_invoice_fields(row: InvoiceRow, invoice: Invoice, report: ValidationReport) -> None:
    """Derive an invoice row's columns, lines and validation results from the domain invoice
    (also used when a person corrects an invoice in review)."""
    row.invoice_number = invoice.invoice_number
    row.type_code = invoice.type_code
    row.issue_date = invoice.issue_date
    row.due_date = invoice.due_date
    row.currency = invoice.currency
    row.seller_name = invoice.seller.name
    row.seller_vat_id = invoice.seller.vat_id
    row.buyer_name = invoice.buyer.name
    row.buyer_vat_id = invoice.buyer.vat_id
    row.net_total = invoice.net_total
    row.tax_total = invoice.tax_total
    row.grand_total = invoice.grand_total
    row.amount_due = invoice.amount_due
    row.confidence = invoice.confidence
    row.data = invoice.model_dump(mode="json")
    row.lines = [
        LineItemRow(
            position=position,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            net_amount=line.net_amount,
            tax_rate=line.tax_rate,
        )
        for position, line in enumerate(invoice.lines, start=1)
    ]
    set_validation(row, report)


def set_document_status(document: DocumentRow, report: ValidationReport) -> None:
    """A document's status and reason from the report on its invoice."""
    document.status = report.status.value
    document.status_reason = "; ".join(report.reasons) or None


def set_validation(row: InvoiceRow, report: ValidationReport) -> None:
    """An invoice's status and validation results from a report (its document follows when
    loaded with it)."""
    row.status = report.status.value
    row.validations = [
        ValidationResultRow(
            rule=issue.rule,
            severity=issue.severity.value,
            message=issue.message,
            fields=issue.fields,
        )
        for issue in report.issues
    ]


def mark_failed(session: Session, *, document_id: str, reason: str) -> str | None:
    """Mark a document `failed` with the reason. Its previous invoice (if any) is no longer its
    current reading and is removed (the extraction runs keep it); returns that invoice's id."""
    document = session.get(DocumentRow, document_id)
    if document is None:
        return None
    removed = current_invoice_id(session, document_id=document_id)
    if removed is not None:
        session.execute(delete(InvoiceRow).where(InvoiceRow.id == removed))
    document.status = DocumentStatus.FAILED.value
    document.status_reason = reason
    _release(document)
    session.flush()
    return removed


def get_invoice(session: Session, *, tenant_id: str, invoice_id: str) -> InvoiceRow | None:
    row = session.get(InvoiceRow, invoice_id)
    return row if row is not None and row.tenant_id == tenant_id else None


def get_invoices(session: Session, invoice_ids: Sequence[str]) -> list[InvoiceRow]:
    """Invoices by id, ordered by id, with their documents loaded in the same round trip (a
    search document needs both)."""
    stmt = (
        select(InvoiceRow)
        .where(InvoiceRow.id.in_(list(invoice_ids)))
        .options(selectinload(InvoiceRow.document))
        .order_by(InvoiceRow.id)
    )
    return list(session.scalars(stmt))


def invoice_from_row(row: InvoiceRow) -> Invoice:
    """The domain invoice a row was derived from (its `data` column)."""
    return Invoice.model_validate(row.data)


def list_invoices(
    session: Session,
    *,
    tenant_id: str | None = None,
    status: DocumentStatus | None = None,
) -> list[InvoiceRow]:
    stmt = select(InvoiceRow).order_by(InvoiceRow.created_at, InvoiceRow.id)
    if tenant_id is not None:
        stmt = stmt.where(InvoiceRow.tenant_id == tenant_id)
    if status is not None:
        stmt = stmt.where(InvoiceRow.status == status.value)
    return list(session.scalars(stmt))


def status_counts(session: Session, *, tenant_id: str | None = None) -> dict[str, int]:
    stmt = select(DocumentRow.status, func.count()).group_by(DocumentRow.status)
    if tenant_id is not None:
        stmt = stmt.where(DocumentRow.tenant_id == tenant_id)
    return {str(status): int(count) for status, count in session.execute(stmt).all()}


def spend(
    session: Session,
    *,
    tenant_id: str,
    group_by: SpendGroup,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    currency: str | None = None,
) -> list[tuple[str, str, Decimal, int]]:
    """Sum of grand totals per (group key, currency): rows of (key, currency, total, count).

    Credit notes count negatively. Amounts in different currencies are never added together.
    SQLite adds up in Python: its integer sum of scaled amounts could overflow.
    """
    in_python = session.get_bind().dialect.name == "sqlite"
    amount = InvoiceRow.grand_total if in_python else func.sum(InvoiceRow.grand_total)
    counted = literal(1) if in_python else func.count()
    if group_by == "vendor":
        key = func.coalesce(InvoiceRow.seller_name, "(unknown)")
    elif group_by == "month":
        key = func.coalesce(
            cast(extract("year", InvoiceRow.issue_date), Integer) * 100
            + cast(extract("month", InvoiceRow.issue_date), Integer),
            0,
        )
    else:
        key = func.coalesce(InvoiceRow.currency, "(unknown)")
    stmt = select(key, InvoiceRow.currency, InvoiceRow.type_code, amount, counted).where(
        InvoiceRow.tenant_id == tenant_id, InvoiceRow.grand_total.is_not(None)
    )
    if not in_python:
        stmt = stmt.group_by(key, InvoiceRow.currency, InvoiceRow.type_code)
    if date_from is not None:
        stmt = stmt.where(InvoiceRow.issue_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(InvoiceRow.issue_date <= date_to)
    if currency is not None:
        stmt = stmt.where(InvoiceRow.currency == currency)
    totals: dict[tuple[str, str], tuple[Decimal, int]] = {}
    for raw_key, cur, type_code, total, count in session.execute(stmt):
        if group_by == "month":
            k = f"{int(raw_key) // 100:04d}-{int(raw_key) % 100:02d}" if raw_key else "(undated)"
        else:
            k = str(raw_key)
        signed = Decimal(total or 0)
        if type_code in CREDIT_NOTE_TYPE_CODES:
            signed = -abs(signed)
        prev_amount, prev_count = totals.get((k, cur or "(unknown)"), (Decimal(0), 0))
        totals[(k, cur or "(unknown)")] = (prev_amount + signed, prev_count + count)
    return [(k, cur, amount, count) for (k, cur), (amount, count) in sorted(totals.items())]


def document_overview(
    session: Session, *, tenant_id: str, status: DocumentStatus | None = None
) -> list[dict[str, Any]]:
    """One record per document of a tenant: its invoice (if any), status and the reasons.

    `id` is the invoice id, or the document id when nothing could be read.
    """
    stmt = (
        select(DocumentRow)
        .where(DocumentRow.tenant_id == tenant_id)
        .order_by(DocumentRow.received_at, DocumentRow.id)
    )
    if status is not None:
        stmt = stmt.where(DocumentRow.status == status.value)
    records = []
    for document in session.scalars(stmt):
        invoice = document.invoice
        if invoice is not None:
            reasons = [
                {"rule": v.rule, "severity": v.severity, "message": v.message}
                for v in invoice.validations
            ]
        elif document.status_reason:
            reasons = [
                {"rule": "extraction", "severity": "error", "message": document.status_reason}
            ]
        else:
            reasons = []
        records.append(
            {
                "id": invoice.id if invoice else document.id,
                "document_id": document.id,
                "file": document.filename,
                "status": document.status,
                "invoice_number": invoice.invoice_number if invoice else None,
                "reasons": reasons,
            }
        )
    return records
