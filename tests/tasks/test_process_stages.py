"""The process stages as plain functions: a storage failure leaves nothing stale behind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from core import repository
from core.blobs import BlobStore
from core.db import ready_engine, session_scope
from core.models import DocumentStatus, Invoice, TaxLine, ValidationReport
from core.settings import Settings
from expectations import validate_invoice
from search import get_index
from tasks.process import extract_documents, index_results, persist_results, validate_results
from tasks.sources.folder import ingest_files
from tests.factories import make_invoice

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "samples" / "invoices").glob("*.pdf"))[0]
TODAY = dt.date(2026, 11, 26)


def test_a_result_that_cannot_be_stored_fails_its_document_and_drops_the_old_invoice(
    settings: Settings,
) -> None:
    engine = ready_engine(settings.resolved_database_url)
    ingested = ingest_files(
        [SAMPLE], tenant_id="acme", engine=engine, blobs=BlobStore(settings.blob_dir)
    )
    extracted = extract_documents(ingested.created, settings=settings)
    stored = persist_results(validate_results(extracted, today=TODAY), settings=settings)
    index_results(stored, settings=settings)
    assert get_index().count(tenant_id="acme") == 1

    (result,) = extracted
    assert result.extraction is not None and result.extraction.invoice is not None
    huge = result.extraction.invoice.model_copy(update={"grand_total": Decimal("1.2E13")})
    again = result.model_copy(
        update={"extraction": result.extraction.model_copy(update={"invoice": huge})}
    )
    (failed,) = persist_results(validate_results([again], today=TODAY), settings=settings)
    index_results([failed], settings=settings)

    assert failed.status is DocumentStatus.FAILED
    assert failed.error is not None and "too large to store" in failed.error
    with session_scope(engine) as session:
        assert repository.list_invoices(session, tenant_id="acme") == []
        (document,) = repository.get_documents(session, ingested.created)
        assert document.status == "failed"
    assert get_index().count(tenant_id="acme") == 0


def test_rules_that_crash_on_one_invoice_send_it_to_review_and_spare_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tasks.validate

    real = tasks.validate.validate_invoice

    def crashes_on_boom(invoice: Invoice, **kwargs: object) -> ValidationReport:
        if invoice.invoice_number == "BOOM":
            raise ArithmeticError("rule bug")
        return real(invoice, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tasks.validate, "validate_invoice", crashes_on_boom)
    reports = tasks.validate.validate_invoices(
        [("a", make_invoice(invoice_number="BOOM")), ("b", make_invoice())],
        settings=None,
        today=TODAY,
    )
    assert reports["a"].status is DocumentStatus.NEEDS_REVIEW
    assert [i.rule for i in reports["a"].issues] == ["validation.crashed"]
    assert "ArithmeticError: rule bug" in reports["a"].issues[0].message
    assert reports["b"].status is DocumentStatus.VALID


def test_a_tax_line_with_an_absurd_base_is_reported_not_crashed() -> None:
    invoice = make_invoice(
        tax_breakdown=[TaxLine(rate=Decimal(19), basis=Decimal("1E+40"), amount=Decimal(1))]
    )
    report = validate_invoice(invoice, today=TODAY)
    assert "arithmetic.tax_rate" in [issue.rule for issue in report.issues]
