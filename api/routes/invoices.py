"""Invoices: search within the caller's tenant, one invoice in full, and its original file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from pydantic import ValidationError

from api.deps import BlobsDep, CallerDep, IndexDep, InvoiceIdPath, SessionDep
from api.downloads import content_disposition
from api.errors import query_error
from api.schemas import UNAUTHORIZED, ErrorResponse, InvoicePublic
from core import repository
from core.errors import NotFound
from core.models import DocumentStatus
from search import SearchPage, SearchQuery, SortOrder

NOT_FOUND = "Invoice not found"

router = APIRouter(
    prefix="/invoices",
    tags=["invoices"],
    responses=UNAUTHORIZED,
)


@router.get(
    "/search",
    summary="Search invoices",
    responses={400: {"model": ErrorResponse, "description": "Inconsistent filters"}},
)
def search_invoices(
    caller: CallerDep,
    index: IndexDep,
    q: Annotated[
        str | None,
        Query(
            max_length=500,
            description="Words to find in the invoice number, parties, line items and text. "
            "Empty: every invoice of the caller's tenant.",
        ),
    ] = None,
    vendor: Annotated[str | None, Query(max_length=300, description="Exact seller name.")] = None,
    currency: Annotated[
        str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 4217 currency code, e.g. EUR.")
    ] = None,
    status: Annotated[
        DocumentStatus | None, Query(description="Validation outcome of the invoice.")
    ] = None,
    date_from: Annotated[
        dt.date | None, Query(description="Issued on or after this date (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[
        dt.date | None, Query(description="Issued on or before this date (YYYY-MM-DD).")
    ] = None,
    amount_min: Annotated[
        Decimal | None, Query(description="Grand total at least this amount.")
    ] = None,
    amount_max: Annotated[
        Decimal | None, Query(description="Grand total at most this amount.")
    ] = None,
    sort: Annotated[
        SortOrder,
        Query(
            description="Order of hits; a leading `-` sorts descending. "
            "`relevance` applies to text queries."
        ),
    ] = "relevance",
    page: Annotated[int, Query(ge=1, le=10_000, description="Page number, from 1.")] = 1,
    size: Annotated[int, Query(ge=1, le=200, description="Hits per page, 1 to 200.")] = 20,
) -> SearchPage:
    """Full-text search with filters and facets, always within the caller's tenant."""
    criteria: dict[str, Any] = {
        "text": q,
        "vendor": vendor,
        "currency": currency,
        "status": status,
        "date_from": date_from,
        "date_to": date_to,
        "amount_min": amount_min,
        "amount_max": amount_max,
        "sort": sort,
        "page": page,
        "size": size,
    }
    try:
        query = SearchQuery(tenant_id=caller.tenant_id, **criteria)
    except ValidationError as error:
        raise query_error(error) from None
    return index.search(query)


@router.get(
    "/{invoice_id}",
    summary="One invoice in full",
    responses={404: {"model": ErrorResponse, "description": NOT_FOUND}},
)
def get_invoice(invoice_id: InvoiceIdPath, caller: CallerDep, session: SessionDep) -> InvoicePublic:
    """Parties, dates, amounts, lines, evidence, validation reasons and the source document."""
    row = repository.get_invoice(session, tenant_id=caller.tenant_id, invoice_id=invoice_id)
    if row is None:
        raise NotFound(NOT_FOUND)
    return InvoicePublic.from_row(row)


@router.get(
    "/{invoice_id}/document",
    summary="Download the original file",
    response_class=FileResponse,
    responses={
        200: {
            "description": "The original bytes, with their media type",
            "content": {"application/octet-stream": {}},
        },
        404: {"model": ErrorResponse, "description": "No such invoice, or its file is missing"},
    },
)
def download_document(
    invoice_id: InvoiceIdPath, caller: CallerDep, session: SessionDep, blobs: BlobsDep
) -> FileResponse:
    """The file exactly as received, under its stored safe file name."""
    row = repository.get_invoice(session, tenant_id=caller.tenant_id, invoice_id=invoice_id)
    if row is None:
        raise NotFound(NOT_FOUND)
    document = row.document
    try:
        path = blobs.path_for(document.sha256)
    except ValueError:
        path = None
    if path is None or not path.is_file():
        raise NotFound("The original file of this invoice is missing")
    return FileResponse(
        path,
        media_type=document.media_type,
        headers={
            "Content-Disposition": content_disposition(document.filename),
            "X-Content-Type-Options": "nosniff",
        },
    )
