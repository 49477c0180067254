"""Validation of a batch: per-invoice rules with duplicate lookups in the database, and the
Great Expectations batch suite, whose outcome is stored with the batch and published as an
artifact. Great Expectations is imported inside the suite task only."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from prefect import get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context

from core import quality, repository
from core.db import ready_engine, session_scope
from core.models import DocumentStatus, Invoice, Severity, ValidationIssue, ValidationReport
from core.quality import BatchQuality, DuplicateCandidate
from core.settings import Settings, get_settings
from expectations import validate_invoice
from expectations.lookup import stored_duplicates

QUALITY_ARTIFACT_KEY = "batch-quality"

logger = logging.getLogger(__name__)


def _candidate(document_id: str, file: str | None, invoice: Invoice) -> DuplicateCandidate:
    return DuplicateCandidate(
        document_id=document_id,
        file=file,
        invoice_number=invoice.invoice_number,
        type_code=invoice.type_code,
        seller_name=invoice.seller.name,
        seller_vat_id=invoice.seller.vat_id,
        currency=invoice.currency,
        grand_total=invoice.grand_total,
        issue_date=invoice.issue_date,
    )


def validate_invoices(
    items: Sequence[tuple[str, Invoice]],
    *,
    settings: Settings | None,
    today: dt.date | None = None,
) -> dict[str, ValidationReport]:
    """Reports per document id. With settings, duplicates are looked up among the tenant's
    stored invoices and the batch's own, counting only documents received earlier; without,
    the duplicate rules are skipped (a check of the invoices alone). Rules that crash on one
    invoice send it to review; they never fail the batch."""
    if settings is None:
        return {doc: _guarded(doc, invoice, today=today) for doc, invoice in items}
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    batch_ids = [doc for doc, _ in items]
    reports = {}
    with session_scope(engine) as session:
        documents = {row.id: row for row in repository.get_documents(session, batch_ids)}
        order = quality.received_order(session, batch_ids)
        for document_id, invoice in items:
            document = documents.get(document_id)
            if document is None:
                reports[document_id] = _guarded(document_id, invoice, today=today)
                continue
            mine = order[document_id]
            try:
                candidates = stored_duplicates(
                    session,
                    tenant_id=document.tenant_id,
                    invoice=invoice,
                    received_before=mine,
                    exclude_document_ids=batch_ids,
                )
            except Exception as error:
                reports[document_id] = _crashed(document_id, error)
                continue
            candidates += [
                _candidate(other_id, documents[other_id].filename, other)
                for other_id, other in items
                if other_id in documents
                and documents[other_id].tenant_id == document.tenant_id
                and order[other_id] < mine
            ]
            reports[document_id] = _guarded(
                document_id, invoice, today=today, duplicates=candidates
            )
    return reports


def _guarded(
    document_id: str,
    invoice: Invoice,
    *,
    today: dt.date | None,
    duplicates: Sequence[DuplicateCandidate] | None = None,
) -> ValidationReport:
    try:
        return validate_invoice(invoice, today=today, duplicates=duplicates)
    except Exception as error:
        return _crashed(document_id, error)


def _crashed(document_id: str, error: Exception) -> ValidationReport:
    """A rule crashed on one invoice: it goes to review with the cause."""
    logger.exception("the rules crashed on document %s", document_id)
    return ValidationReport(
        status=DocumentStatus.NEEDS_REVIEW,
        issues=[
            ValidationIssue(
                rule="validation.crashed",
                severity=Severity.ERROR,
                message=f"the business rules could not be applied: {type(error).__name__}: {error}",
            )
        ],
    )


class _Processed(Protocol):
    invoice_id: str | None


def check_batch_quality(
    results: Sequence[_Processed], *, settings: Settings, flow_run_id: str | None = None
) -> BatchQuality | None:
    """Run the batch suite over the stored invoices of a processed batch and store its outcome.
    None when the batch holds no invoice. A failing suite flags the batch, not its invoices."""
    invoice_ids = [r.invoice_id for r in results if r.invoice_id]
    if not invoice_ids:
        return None
    from expectations.suites import BatchInvoice, check_batch

    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        items = [
            BatchInvoice(row.tenant_id, row.document_id, repository.invoice_from_row(row))
            for row in repository.get_invoices(session, invoice_ids)
        ]
    outcome = check_batch(items, settings=settings).model_copy(update={"flow_run_id": flow_run_id})
    with session_scope(engine) as session:
        quality.save_quality_batch(session, outcome)
    return outcome


def artifact_rows(outcome: BatchQuality) -> list[dict[str, Any]]:
    return [
        {
            "expectation": result.expectation,
            "columns": ", ".join(result.columns),
            "success": result.success,
            "unexpected": result.observed.get("unexpected_count", ""),
            "unexpected_percent": result.observed.get("unexpected_percent", ""),
            "examples": str(result.observed.get("examples", ""))[:200],
        }
        for result in outcome.results
    ]


def _flow_run_id() -> str | None:
    try:
        context: Any = get_run_context()
    except RuntimeError:
        return None
    run = getattr(context, "task_run", None)
    flow_run_id = getattr(run, "flow_run_id", None)
    return str(flow_run_id) if flow_run_id else None


@task(cache_policy=NO_CACHE, task_run_name="check-batch-quality")
def quality_batch(results: list[Any]) -> BatchQuality | None:
    """The batch suite as a task: stores the outcome and publishes it as a table artifact."""
    outcome = check_batch_quality(results, settings=get_settings(), flow_run_id=_flow_run_id())
    if outcome is None:
        return None
    verdict = "FLAGGED" if outcome.flagged else "passed"
    failed = ", ".join(
        f"{r.expectation}({', '.join(r.columns)})" for r in outcome.failed_expectations
    )
    create_table_artifact(
        key=QUALITY_ARTIFACT_KEY,
        table=artifact_rows(outcome),
        description=f"Batch suite {outcome.suite} {verdict} over {outcome.invoices} invoices: "
        f"{outcome.failed} of {outcome.evaluated} expectations failed"
        + (f" ({failed})" if failed else "")
        + f"; {outcome.seconds:.3f} s",
    )
    if outcome.flagged:
        get_run_logger().warning("batch suite flagged %d invoices: %s", outcome.invoices, failed)
    return outcome
