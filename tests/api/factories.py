"""Build invoices and store them through the pipeline's own code paths: blob, document row,
extraction result and search document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.engine import Engine

from core import repository
from core.blobs import BlobStore
from core.db import session_scope
from core.files import safe_filename
from core.models import (
    DocumentStatus,
    Evidence,
    Extraction,
    ExtractorInfo,
    Invoice,
    LineItem,
    Party,
    ValidationIssue,
    ValidationReport,
)
from search import SearchIndex, to_search_document
from tests import factories

EXTRACTOR = ExtractorInfo(name="rules", version="1.0")


def make_invoice(**overrides: Any) -> Invoice:
    """A plausible EUR invoice with one consulting line and evidence for its total; any field
    can be overridden."""
    fields: dict[str, Any] = {
        "invoice_number": "INV-1",
        "issue_date": dt.date(2024, 1, 15),
        "due_date": dt.date(2024, 2, 14),
        "seller": Party(name="Seller GmbH", vat_id="DE123456789"),
        "buyer": Party(name="Buyer AG"),
        "lines": [
            LineItem(
                description="Consulting",
                quantity=Decimal("2"),
                unit="h",
                unit_price=Decimal("50.00"),
                net_amount=Decimal("100.00"),
                tax_rate=Decimal("19"),
            )
        ],
        "evidence": {
            "grand_total": Evidence(confidence=0.97, source="label", page=0, text="Total 119,00")
        },
        "confidence": 0.95,
        "extractor": EXTRACTOR,
    }
    return factories.make_invoice(**{**fields, **overrides})


def report(
    status: DocumentStatus = DocumentStatus.VALID, *issues: ValidationIssue
) -> ValidationReport:
    return ValidationReport(status=status, issues=list(issues))


@dataclass(frozen=True)
class Stored:
    invoice_id: str
    document_id: str
    sha256: str
    filename: str
    content: bytes


def store_invoice(
    *,
    engine: Engine,
    blobs: BlobStore,
    index: SearchIndex,
    tenant_id: str,
    invoice: Invoice,
    validation: ValidationReport | None = None,
    filename: str = "invoice.pdf",
    content: bytes | None = None,
    media_type: str = "application/pdf",
    text: str = "",
) -> Stored:
    """Store one invoice as ingest, extraction, persistence and indexing would."""
    validation = validation or report()
    content = content if content is not None else f"%PDF-1.4 {invoice.invoice_number}".encode()
    sha256, size = blobs.put_bytes(content)
    name = safe_filename(filename)
    with session_scope(engine) as session:
        document, _ = repository.add_document(
            session,
            tenant_id=tenant_id,
            sha256=sha256,
            filename=name,
            media_type=media_type,
            size=size,
            source="folder",
            source_ref=filename,
        )
        extraction = Extraction(invoice=invoice, text=text, page_count=1, extractor=EXTRACTOR)
        row = repository.save_result(
            session, document_id=document.id, extraction=extraction, report=validation
        )
        assert row is not None
        invoice_id, document_id = row.id, document.id
    index.upsert(
        [
            to_search_document(
                invoice,
                invoice_id=invoice_id,
                document_id=document_id,
                tenant_id=tenant_id,
                file_name=name,
                status=validation.status,
                text=text,
            )
        ]
    )
    return Stored(invoice_id, document_id, sha256, name, content)
