"""Builders shared by the search tests: `make_document(invoice_id, **overrides)` and `search`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.models import DocumentStatus
from search._types import SearchDocument, SearchIndex, SearchQuery

TENANT = "acme"
OTHER = "globex"


def make_document(invoice_id: str, **overrides: object) -> SearchDocument:
    fields: dict[str, object] = {
        "invoice_id": invoice_id,
        "document_id": f"doc-{invoice_id}",
        "tenant_id": TENANT,
        "file_name": f"{invoice_id}.pdf",
        "invoice_number": f"INV-{invoice_id}",
        "seller_name": "Default Seller GmbH",
        "buyer_name": "Default Buyer AG",
        "issue_date": dt.date(2026, 1, 15),
        "currency": "EUR",
        "grand_total": Decimal("100.00"),
        "status": DocumentStatus.VALID,
    }
    fields.update(overrides)
    return SearchDocument.model_validate(fields)


def search(index: SearchIndex, text: str | None = None, **params: object) -> list[str]:
    """The invoice ids `text` and `params` find, in the order the index returns them."""
    params.setdefault("tenant_id", TENANT)
    page = index.search(SearchQuery.model_validate({"text": text, "size": 200, **params}))
    return [hit.invoice_id for hit in page.hits]


def corpus_documents() -> list[SearchDocument]:
    """Three invoices with parties, numbers, VAT ids, lines and text to search."""
    return [
        make_document(
            "a",
            invoice_number="INV-2026-0042",
            seller_name="Müller Bürobedarf GmbH",
            seller_vat_id="DE123456789",
            buyer_name="Acme Corp",
            line_descriptions=["Kopierpapier A4", "Toner cartridge"],
            text="Rechnung über Büromaterial, zahlbar binnen 14 Tagen",
            file_name="mueller-januar.pdf",
        ),
        make_document(
            "b",
            invoice_number="INV-2026-0043",
            seller_name="Café Crème SARL",
            seller_vat_id="FR98765432101",
            buyer_name="Acme Corp",
            line_descriptions=["Catering lunch"],
            text="Facture for the team event",
        ),
        make_document(
            "c",
            invoice_number="R-77",
            seller_name="Stadtwerke Nord",
            buyer_name="Zeta Holding",
            line_descriptions=["Strom Dezember"],
            text="Electricity bill",
        ),
    ]
