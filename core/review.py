"""Review: the invoices a person must look at, their corrections and acceptances, and the audit
log of who changed what.

Re-validation needs the business rules, which live above core (`expectations`). The service
functions therefore take the validator as a parameter (`Revalidator`); `load_revalidator` finds
the configured one by name (`REVIEW_VALIDATOR`, default `expectations.lookup:revalidate_stored`)
at first use, so neither core nor the API imports the rules statically.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import repository
from core.db import AuditEntryRow, InvoiceRow
from core.errors import NotFound, UserInputError
from core.models import DocumentStatus, Evidence, Invoice, ValidationReport

NOT_FOUND = "Invoice not found"
PARTY_FIELDS = frozenset({"seller", "buyer"})


class Revalidator(Protocol):
    def __call__(
        self, session: Session, *, tenant_id: str, document_id: str, invoice: Invoice
    ) -> ValidationReport: ...


def load_revalidator(path: str) -> Revalidator:
    """The validator named `module:function` (from settings)."""
    module_name, _, attribute = path.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"REVIEW_VALIDATOR must look like module:function, not {path!r}")
    validator: Revalidator = getattr(importlib.import_module(module_name), attribute)
    return validator


class FieldChange(BaseModel):
    field: str
    old: Any = None
    new: Any = None


def review_queue(session: Session, *, tenant_id: str) -> list[InvoiceRow]:
    """The tenant's invoices waiting for a person, oldest first."""
    return repository.list_invoices(
        session, tenant_id=tenant_id, status=DocumentStatus.NEEDS_REVIEW
    )


def _invoice_row(session: Session, tenant_id: str, invoice_id: str) -> InvoiceRow:
    row = repository.get_invoice(session, tenant_id=tenant_id, invoice_id=invoice_id)
    if row is None:
        raise NotFound(NOT_FOUND)
    return row


def _corrected(current: Invoice, changes: Mapping[str, Any]) -> Invoice:
    data = current.model_dump()
    for name, value in changes.items():
        if name in PARTY_FIELDS and isinstance(value, Mapping):
            data[name] = {**data[name], **value}
        else:
            data[name] = value
    try:
        return Invoice.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first.get("loc", ()))
        raise UserInputError(f"{field}: {first['msg']}", field=field or None) from None


def _diff(before: Invoice, after: Invoice, names: list[str]) -> list[FieldChange]:
    old, new = before.model_dump(mode="json"), after.model_dump(mode="json")
    changes = []
    for name in names:
        if name in PARTY_FIELDS:
            for key in sorted(set(old[name]) | set(new[name])):
                if old[name].get(key) != new[name].get(key):
                    changes.append(
                        FieldChange(
                            field=f"{name}.{key}", old=old[name].get(key), new=new[name].get(key)
                        )
                    )
        elif old.get(name) != new.get(name):
            changes.append(FieldChange(field=name, old=old.get(name), new=new.get(name)))
    return changes


def _store(
    session: Session,
    row: InvoiceRow,
    *,
    invoice: Invoice,
    report: ValidationReport,
    actor: str,
    action: str,
    changes: list[FieldChange],
) -> None:
    before = row.status
    repository.fill_invoice_fields(row, invoice, report)
    repository.set_document_status(row.document, report)
    session.add(
        AuditEntryRow(
            tenant_id=row.tenant_id,
            invoice_id=row.id,
            document_id=row.document_id,
            actor=actor,
            action=action,
            changes=[change.model_dump(mode="json") for change in changes],
            status_before=before,
            status_after=report.status.value,
        )
    )
    session.flush()


def apply_correction(
    session: Session,
    *,
    tenant_id: str,
    invoice_id: str,
    changes: Mapping[str, Any],
    actor: str,
    revalidate: Revalidator,
) -> InvoiceRow:
    """Correct fields of an invoice, re-validate it and record who changed what.

    `changes` maps invoice fields to new values (`seller`/`buyer` may be partial). Corrected
    fields get evidence `review` with full confidence."""
    row = _invoice_row(session, tenant_id, invoice_id)
    current = repository.invoice_from_row(row)
    updated = _corrected(current, changes)
    found = _diff(current, updated, list(changes))
    if not found:
        raise UserInputError("the correction changes nothing")
    evidence = dict(updated.evidence)
    for change in found:
        evidence[change.field] = Evidence(
            confidence=1.0, source="review", text=f"corrected by {actor}"
        )
    updated = updated.model_copy(update={"evidence": evidence})
    report = revalidate(session, tenant_id=tenant_id, document_id=row.document_id, invoice=updated)
    _store(
        session, row, invoice=updated, report=report, actor=actor, action="correct", changes=found
    )
    return row


def accept_invoice(
    session: Session, *, tenant_id: str, invoice_id: str, actor: str, revalidate: Revalidator
) -> InvoiceRow:
    """A person vouches for the invoice: it becomes `valid`, its findings stay as reasons."""
    row = _invoice_row(session, tenant_id, invoice_id)
    invoice = repository.invoice_from_row(row)
    report = revalidate(session, tenant_id=tenant_id, document_id=row.document_id, invoice=invoice)
    accepted = ValidationReport(status=DocumentStatus.VALID, issues=report.issues)
    change = FieldChange(field="status", old=row.status, new=DocumentStatus.VALID.value)
    _store(
        session,
        row,
        invoice=invoice,
        report=accepted,
        actor=actor,
        action="accept",
        changes=[change],
    )
    return row


def audit_entries(session: Session, *, tenant_id: str, invoice_id: str) -> list[AuditEntryRow]:
    _invoice_row(session, tenant_id, invoice_id)
    return list(
        session.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.tenant_id == tenant_id, AuditEntryRow.invoice_id == invoice_id)
            .order_by(AuditEntryRow.created_at, AuditEntryRow.id)
        )
    )
