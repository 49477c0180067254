"""The domain model every stage passes on.

An `Invoice` carries parties, dates, money (Decimal with an ISO 4217 currency), line items and,
per field, the confidence and evidence (page, box, source text) of where the value came from.
Database rows (`core.db`) and search documents (`search`) are derived from it in one place each.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
CREDIT_NOTE_TYPE_CODES: Final = frozenset({"381", "261", "396", "532"})
"""UNTDID 1001 codes of credit notes (381 commercial credit note and its kin)."""
TenantId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]


class DocumentStatus(StrEnum):
    """Where a document is on its journey. The last three are also an invoice's status."""

    RECEIVED = "received"
    VALID = "valid"
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Money(BaseModel):
    model_config = ConfigDict(frozen=True)

    amount: Decimal
    currency: CurrencyCode


class Party(BaseModel):
    name: str | None = None
    vat_id: str | None = None
    address: str | None = None
    country: str | None = None
    iban: str | None = None


class LineItem(BaseModel):
    description: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    net_amount: Decimal | None = None
    tax_rate: Decimal | None = None


class TaxLine(BaseModel):
    """One row of the VAT breakdown: the basis and tax of one category and rate."""

    category: str | None = Field(None, description="UNCL 5305 code: S, Z, E, AE, K, G, O, L, M")
    rate: Decimal | None = None
    basis: Decimal | None = None
    amount: Decimal | None = None


class AllowanceCharge(BaseModel):
    """A document-level allowance (discount) or charge (surcharge)."""

    charge: bool = Field(False, description="True for a charge, False for an allowance")
    amount: Decimal
    reason: str | None = None
    tax_rate: Decimal | None = None


class Evidence(BaseModel):
    """Why the extractor believes a field's value: how sure it is and where it read it."""

    confidence: float = Field(ge=0.0, le=1.0)
    source: str = Field(description="How the value was found: a label, a pattern, arithmetic, xml")
    page: int | None = Field(None, description="0-based page number")
    bbox: tuple[float, float, float, float] | None = Field(None, description="x0, y0, x1, y1")
    text: str | None = Field(None, description="The text the value was read from")


class ExtractorInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    version: str


class Invoice(BaseModel):
    """One invoice as read from a document. Amounts are in `currency`."""

    invoice_number: str | None = None
    type_code: str = Field("380", description="UNTDID 1001: 380 invoice, 381 credit note")
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    currency: CurrencyCode | None = None
    seller: Party = Field(default_factory=Party)
    buyer: Party = Field(default_factory=Party)
    net_total: Decimal | None = None
    tax_total: Decimal | None = None
    grand_total: Decimal | None = None
    amount_due: Decimal | None = None
    lines: list[LineItem] = Field(default_factory=list)
    # Extraction engine: what e-invoices carry beyond the core fields (empty for PDF rules).
    tax_breakdown: list[TaxLine] = Field(default_factory=list)
    allowances: list[AllowanceCharge] = Field(default_factory=list)
    payment_terms: str | None = None
    # Data quality: the period the invoice bills for, when the document states one.
    service_period_start: dt.date | None = None
    service_period_end: dt.date | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    confidence: float = Field(0.0, ge=0.0, le=1.0, description="Overall confidence")
    extractor: ExtractorInfo
    warnings: list[str] = Field(default_factory=list)

    @property
    def is_credit_note(self) -> bool:
        return self.type_code in CREDIT_NOTE_TYPE_CODES

    def money(self, field: str) -> Money | None:
        amount = getattr(self, field)
        if amount is None or self.currency is None:
            return None
        return Money(amount=amount, currency=self.currency)


class Extraction(BaseModel):
    """What an extractor returns for one document: the invoice (if any) and what it saw."""

    invoice: Invoice | None
    text: str = Field("", description="The document's text, for full-text search")
    page_count: int = 0
    extractor: ExtractorInfo
    error: str | None = Field(None, description="Why no invoice could be read, safe to show")
    not_an_invoice: str | None = Field(
        None, description='The kind of document its title names instead ("a quotation"), if any'
    )
    warnings: list[str] = Field(default_factory=list)


class ValidationIssue(BaseModel):
    rule: str
    severity: Severity
    message: str
    fields: list[str] = Field(default_factory=list)


class ValidationReport(BaseModel):
    status: DocumentStatus
    issues: list[ValidationIssue] = Field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [issue.message for issue in self.issues]


class Document(BaseModel):
    """A received file: its bytes live in the blob store under `sha256`."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: TenantId
    sha256: str
    filename: str
    media_type: str
    size: int
    source: str
    source_ref: str | None = None
    status: DocumentStatus
    status_reason: str | None = None
    received_at: dt.datetime
