"""Review: the invoices waiting for a person, corrections, acceptance and the audit log.

Each change is stored with an audit entry, re-validated by the configured validator (see
`core.review`) and re-indexed, all within the caller's tenant."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request

from api.deps import Caller, CallerDep, IndexDep, InvoiceIdPath, SessionDep
from api.review_schemas import AuditEntryPublic, InvoiceCorrection, ReviewItem, ReviewQueue
from api.schemas import UNAUTHORIZED, ErrorResponse, InvoicePublic
from core import review
from core.db import InvoiceRow
from core.review import Revalidator, load_revalidator
from search import SearchIndex, search_document_for_row

router = APIRouter(
    tags=["review"],
    responses=UNAUTHORIZED,
)
NOT_FOUND = {404: {"model": ErrorResponse, "description": "Invoice not found"}}


def get_revalidator(request: Request) -> Revalidator:
    """The validator named by REVIEW_VALIDATOR, loaded on first use and kept on the app."""
    state = request.app.state
    if getattr(state, "revalidator", None) is None:
        state.revalidator = load_revalidator(state.settings.review_validator)
    validator: Revalidator = state.revalidator
    return validator


RevalidatorDep = Annotated[Revalidator, Depends(get_revalidator)]
ReviewerHeader = Annotated[
    str | None,
    Header(
        alias="X-Reviewer",
        max_length=200,
        description="Who is reviewing, for the audit log (default: the caller's tenant)",
    ),
]


def _actor(caller: Caller, reviewer: str | None) -> str:
    return reviewer.strip() if reviewer and reviewer.strip() else f"tenant:{caller.tenant_id}"


def _reindex(index: SearchIndex, row: InvoiceRow) -> None:
    index.upsert([search_document_for_row(row)])


@router.get("/review", summary="Invoices waiting for review")
def review_queue(caller: CallerDep, session: SessionDep) -> ReviewQueue:
    """The caller's `needs_review` invoices, oldest first, each with the reasons it was held."""
    items = [
        ReviewItem.from_row(row) for row in review.review_queue(session, tenant_id=caller.tenant_id)
    ]
    return ReviewQueue(total=len(items), items=items)


@router.patch(
    "/invoices/{invoice_id}",
    summary="Correct fields of an invoice",
    responses={**NOT_FOUND, 400: {"model": ErrorResponse, "description": "Invalid correction"}},
)
def correct_invoice(
    invoice_id: InvoiceIdPath,
    correction: InvoiceCorrection,
    caller: CallerDep,
    session: SessionDep,
    index: IndexDep,
    revalidate: RevalidatorDep,
    reviewer: ReviewerHeader = None,
) -> InvoicePublic:
    """Set the fields sent, re-validate and re-index the invoice; the audit log records the old
    and new values."""
    row = review.apply_correction(
        session,
        tenant_id=caller.tenant_id,
        invoice_id=invoice_id,
        changes=correction.changes(),
        actor=_actor(caller, reviewer),
        revalidate=revalidate,
    )
    session.commit()  # the index follows only what the database kept
    _reindex(index, row)
    return InvoicePublic.from_row(row)


@router.post("/invoices/{invoice_id}/accept", summary="Accept an invoice", responses=NOT_FOUND)
def accept_invoice(
    invoice_id: InvoiceIdPath,
    caller: CallerDep,
    session: SessionDep,
    index: IndexDep,
    revalidate: RevalidatorDep,
    reviewer: ReviewerHeader = None,
) -> InvoicePublic:
    """A person vouches for the invoice: it becomes `valid`; its findings stay as reasons."""
    row = review.accept_invoice(
        session,
        tenant_id=caller.tenant_id,
        invoice_id=invoice_id,
        actor=_actor(caller, reviewer),
        revalidate=revalidate,
    )
    session.commit()  # the index follows only what the database kept
    _reindex(index, row)
    return InvoicePublic.from_row(row)


@router.get("/invoices/{invoice_id}/audit", summary="Who changed an invoice", responses=NOT_FOUND)
def invoice_audit(
    invoice_id: InvoiceIdPath, caller: CallerDep, session: SessionDep
) -> list[AuditEntryPublic]:
    """Every correction and acceptance of the invoice, oldest first."""
    rows = review.audit_entries(session, tenant_id=caller.tenant_id, invoice_id=invoice_id)
    return [AuditEntryPublic.from_row(row) for row in rows]
