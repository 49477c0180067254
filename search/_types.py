"""The search contract: what is indexed, what a caller may ask, what comes back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final, Literal, Protocol

from pydantic import BaseModel, Field, model_validator

from core.errors import QueryError, StorageError
from core.models import DocumentStatus

SortOrder = Literal["relevance", "issue_date", "-issue_date", "grand_total", "-grand_total"]
FACET_FIELDS: tuple[str, ...] = ("seller_name", "currency", "status")
FACET_BUCKET_LIMIT: Final = 50
"""At most this many buckets per facet, most frequent first."""


class SearchDocument(BaseModel):
    """One invoice as the index stores it; built only by `to_search_document`."""

    invoice_id: str
    document_id: str
    tenant_id: str
    file_name: str
    invoice_number: str | None = None
    type_code: str = "380"
    seller_name: str | None = None
    seller_vat_id: str | None = None
    buyer_name: str | None = None
    buyer_vat_id: str | None = None
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    currency: str | None = None
    net_total: Decimal | None = None
    tax_total: Decimal | None = None
    grand_total: Decimal | None = None
    status: DocumentStatus
    line_descriptions: list[str] = Field(default_factory=list)
    text: str = ""


class SearchQuery(BaseModel):
    """A search within one tenant. `text` empty or None matches every invoice."""

    tenant_id: str
    text: str | None = None
    vendor: str | None = Field(None, description="Exact seller name")
    currency: str | None = None
    status: DocumentStatus | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    sort: SortOrder = "relevance"
    page: int = Field(1, ge=1)
    size: int = Field(20, ge=1, le=200)

    @model_validator(mode="after")
    def _check_ranges(self) -> SearchQuery:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError("date_from is after date_to", field="date_from")
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            raise QueryError("amount_min is greater than amount_max", field="amount_min")
        return self


class SearchHit(BaseModel):
    invoice_id: str
    document_id: str
    file_name: str
    invoice_number: str | None
    seller_name: str | None
    buyer_name: str | None
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str | None
    grand_total: Decimal | None
    status: DocumentStatus
    score: float | None = None
    highlight: str | None = Field(None, description="A snippet of matching text")


class FacetBucket(BaseModel):
    value: str
    count: int


class SearchPage(BaseModel):
    total: int
    page: int
    size: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetBucket]] = Field(default_factory=dict)


class BulkWriter(Protocol):
    def add(self, document: SearchDocument) -> None: ...


class BulkBatch:
    """The writer every index's `bulk()` yields; documents wait here until the block ends."""

    def __init__(self) -> None:
        self.documents: list[SearchDocument] = []

    def add(self, document: SearchDocument) -> None:
        self.documents.append(document)


class SearchIndex(Protocol):
    """What every index implementation offers. Writes are idempotent by `invoice_id`."""

    def upsert(self, documents: Iterable[SearchDocument]) -> int: ...

    def bulk(self) -> AbstractContextManager[BulkWriter]: ...

    def delete(self, invoice_ids: Iterable[str], *, tenant_id: str) -> int: ...

    def search(self, query: SearchQuery) -> SearchPage: ...

    def count(self, *, tenant_id: str) -> int: ...

    def ping(self) -> bool: ...

    def clear(self) -> None: ...


@dataclass
class BulkReport:
    """What a bulk write did: how many documents were written and which failed, with why."""

    indexed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def merge(self, other: BulkReport) -> BulkReport:
        return BulkReport(self.indexed + other.indexed, self.failures + other.failures)


class IndexingError(StorageError):
    """Some documents of a bulk write were refused; the others were written."""

    def __init__(self, report: BulkReport) -> None:
        first = "; ".join(f"{i}: {reason}" for i, reason in report.failures[:3])
        super().__init__(f"{len(report.failures)} documents could not be indexed ({first})")
        self.report = report
        self.failures = report.failures
