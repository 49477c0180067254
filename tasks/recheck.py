"""Duplicates across the batches of one run.

Batches are validated side by side, each against the invoices already stored and its own, so two
copies of a bill that land in different batches of the same run do not see each other. Once
every batch is stored, the invoices whose number, or amount and issue date, also occur in another
batch of the run are validated again against everything stored; those whose verdict changes are
updated (status, validation results) and handed back to be indexed again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from core import repository
from core.db import InvoiceRow, ready_engine, session_scope
from core.models import Invoice, ValidationReport
from core.settings import Settings, get_settings
from expectations.duplicates import comparable
from expectations.lookup import revalidate_stored
from tasks.process import DocumentResult


def _keys(invoice: Invoice) -> list[Hashable]:
    keys: list[Hashable] = []
    if invoice.invoice_number:
        keys.append(("number", comparable(invoice.invoice_number)))
    if invoice.grand_total is not None and invoice.issue_date is not None:
        keys.append(("amount-date", invoice.grand_total, invoice.issue_date))
    return keys


def suspects(batches: Sequence[Sequence[DocumentResult]]) -> list[DocumentResult]:
    """Stored results sharing a duplicate key with a result of another batch."""
    stored = [
        (number, result, _keys(result.extraction.invoice))
        for number, batch in enumerate(batches)
        for result in batch
        if result.invoice_id and result.extraction and result.extraction.invoice
    ]
    batches_of: defaultdict[Hashable, set[int]] = defaultdict(set)
    for number, _, keys in stored:
        for key in keys:
            batches_of[key].add(number)
    return [result for _, result, keys in stored if any(len(batches_of[k]) > 1 for k in keys)]


def _verdict(report: ValidationReport) -> tuple[str, list[tuple[str, str, str]]]:
    return report.status.value, [(i.rule, i.severity.value, i.message) for i in report.issues]


def _stored_verdict(row: InvoiceRow) -> tuple[str, list[tuple[str, str, str]]]:
    return row.status, [(v.rule, v.severity, v.message) for v in row.validations]


def recheck_duplicates(
    batches: Sequence[Sequence[DocumentResult]], *, settings: Settings
) -> list[DocumentResult]:
    """Validate the cross-batch suspects again; returns those whose stored verdict changed,
    updated."""
    candidates = suspects(batches)
    if not candidates:
        return []
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    changed = []
    for result in candidates:
        with session_scope(engine) as session:
            row = session.get(InvoiceRow, result.invoice_id, with_for_update=True)
            if row is None or row.document_id != result.document_id:
                continue  # replaced meanwhile (a newer run of the document)
            report = revalidate_stored(
                session,
                tenant_id=row.tenant_id,
                document_id=row.document_id,
                invoice=repository.invoice_from_row(row),
            )
            if _verdict(report) == _stored_verdict(row):
                continue
            repository.set_validation(row, report)
            repository.set_document_status(row.document, report)
        changed.append(result.model_copy(update={"report": report, "status": report.status}))
    return changed


@task(cache_policy=NO_CACHE)
def recheck_duplicates_task(batches: list[list[DocumentResult]]) -> list[DocumentResult]:
    return recheck_duplicates(batches, settings=get_settings())
