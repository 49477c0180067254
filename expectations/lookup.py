"""The database side of the per-invoice rules: which earlier invoices might be the same bill,
and re-validating a stored invoice after a person corrected it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy.orm import Session

from core.models import Invoice, ValidationReport
from core.quality import DuplicateCandidate, duplicate_candidates, received_order
from expectations.rules import validate_invoice


def stored_duplicates(
    session: Session,
    *,
    tenant_id: str,
    invoice: Invoice,
    received_before: tuple[Any, str] | None,
    exclude_document_ids: Collection[str],
) -> list[DuplicateCandidate]:
    return duplicate_candidates(
        session,
        tenant_id=tenant_id,
        invoice_number=invoice.invoice_number,
        grand_total=invoice.grand_total,
        issue_date=invoice.issue_date,
        received_before=received_before,
        exclude_document_ids=exclude_document_ids,
    )


def revalidate_stored(
    session: Session,
    *,
    tenant_id: str,
    document_id: str,
    invoice: Invoice,
    today: dt.date | None = None,
) -> ValidationReport:
    """Validate a stored invoice again, duplicates included (against earlier documents)."""
    order = received_order(session, [document_id]).get(document_id)
    candidates = stored_duplicates(
        session,
        tenant_id=tenant_id,
        invoice=invoice,
        received_before=order,
        exclude_document_ids=[document_id],
    )
    return validate_invoice(invoice, today=today, duplicates=candidates)
