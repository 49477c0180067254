"""The one place a search document is derived from the domain model."""

from __future__ import annotations

from core.db import InvoiceRow
from core.models import DocumentStatus, Invoice
from core.repository import invoice_from_row
from search._types import SearchDocument


def to_search_document(
    invoice: Invoice,
    *,
    invoice_id: str,
    document_id: str,
    tenant_id: str,
    file_name: str,
    status: DocumentStatus,
    text: str = "",
) -> SearchDocument:
    return SearchDocument(
        invoice_id=invoice_id,
        document_id=document_id,
        tenant_id=tenant_id,
        file_name=file_name,
        invoice_number=invoice.invoice_number,
        type_code=invoice.type_code,
        seller_name=invoice.seller.name,
        seller_vat_id=invoice.seller.vat_id,
        buyer_name=invoice.buyer.name,
        buyer_vat_id=invoice.buyer.vat_id,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        currency=invoice.currency,
        net_total=invoice.net_total,
        tax_total=invoice.tax_total,
        grand_total=invoice.grand_total,
        status=status,
        line_descriptions=[line.description for line in invoice.lines if line.description],
        text=text,
    )


def search_document_for_row(row: InvoiceRow) -> SearchDocument:
    """The search document of a stored invoice: its domain data, status and document text."""
    return to_search_document(
        invoice_from_row(row),
        invoice_id=row.id,
        document_id=row.document_id,
        tenant_id=row.tenant_id,
        file_name=row.document.filename,
        status=DocumentStatus(row.status),
        text=row.document.text or "",
    )
