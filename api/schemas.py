"""Response models. Money is Decimal, sent as a string in plain notation so no digit is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, PlainSerializer

from core.db import InvoiceRow
from core.models import DocumentStatus, Evidence, ExtractorInfo, Invoice, Party, Severity
from core.repository import SpendGroup
from search import FacetBucket, SearchHit, SearchPage

__all__ = [
    "AmountStr",
    "CheckResult",
    "DecimalStr",
    "DocumentPublic",
    "ErrorResponse",
    "FacetBucket",
    "InvoicePublic",
    "LineItemPublic",
    "Liveness",
    "Readiness",
    "ReasonPublic",
    "SearchHit",
    "SearchPage",
    "SpendReport",
    "SpendRow",
]

_CENT = Decimal("0.01")


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _amount(value: Decimal) -> str:
    """At least two decimal places, more when the value has them: 300 -> "300.00"."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(_CENT)
    return format(value, "f")


def _as_utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without their zone; the pipeline writes them in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


DecimalStr = Annotated[Decimal, PlainSerializer(_plain, return_type=str, when_used="json")]
AmountStr = Annotated[Decimal, PlainSerializer(_amount, return_type=str, when_used="json")]


class ErrorResponse(BaseModel):
    detail: str = Field(description="What went wrong, safe to show")
    field: str | None = Field(None, description="The parameter at fault, when one is")


UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Missing or unknown API key"}
}
"""The response every router that needs a caller declares."""


class ReasonPublic(BaseModel):
    """One finding of validation: why an invoice is not simply valid."""

    rule: str
    severity: Severity
    message: str
    fields: list[str] = Field(default_factory=list)


class LineItemPublic(BaseModel):
    description: str | None = None
    quantity: DecimalStr | None = None
    unit: str | None = None
    unit_price: AmountStr | None = None
    net_amount: AmountStr | None = None
    tax_rate: DecimalStr | None = None


class DocumentPublic(BaseModel):
    """The received file an invoice was read from."""

    id: str
    filename: str = Field(description="The stored safe file name")
    media_type: str
    size: int = Field(description="Bytes")
    source: str
    status: DocumentStatus
    status_reason: str | None = None
    page_count: int | None = None
    received_at: dt.datetime


class InvoicePublic(BaseModel):
    """An invoice as last read and validated, with where each value came from."""

    id: str
    version: int = Field(description="Extraction run this reading comes from; newest wins")
    status: DocumentStatus
    invoice_number: str | None
    type_code: str = Field(description="UNTDID 1001: 380 invoice, 381 credit note")
    is_credit_note: bool
    issue_date: dt.date | None
    due_date: dt.date | None
    currency: str | None = Field(description="ISO 4217 code")
    seller: Party
    buyer: Party
    net_total: AmountStr | None
    tax_total: AmountStr | None
    grand_total: AmountStr | None
    amount_due: AmountStr | None
    lines: list[LineItemPublic]
    confidence: float
    evidence: dict[str, Evidence] = Field(description="Per field: confidence and where it was read")
    extractor: ExtractorInfo
    warnings: list[str]
    reasons: list[ReasonPublic] = Field(description="Validation findings; empty when valid")
    document: DocumentPublic
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_row(cls, row: InvoiceRow) -> InvoicePublic:
        """Values come from the stored domain invoice, so amounts keep the digits they were read
        with; status, reasons and the document come from their rows."""
        invoice = Invoice.model_validate(row.data)
        document = row.document
        return cls(
            id=row.id,
            version=row.version,
            status=DocumentStatus(row.status),
            invoice_number=invoice.invoice_number,
            type_code=invoice.type_code,
            is_credit_note=invoice.is_credit_note,
            issue_date=invoice.issue_date,
            due_date=invoice.due_date,
            currency=invoice.currency,
            seller=invoice.seller,
            buyer=invoice.buyer,
            net_total=invoice.net_total,
            tax_total=invoice.tax_total,
            grand_total=invoice.grand_total,
            amount_due=invoice.amount_due,
            lines=[LineItemPublic.model_validate(line.model_dump()) for line in invoice.lines],
            confidence=invoice.confidence,
            evidence=invoice.evidence,
            extractor=invoice.extractor,
            warnings=invoice.warnings,
            reasons=[
                ReasonPublic(
                    rule=v.rule, severity=Severity(v.severity), message=v.message, fields=v.fields
                )
                for v in row.validations
            ],
            document=DocumentPublic(
                id=document.id,
                filename=document.filename,
                media_type=document.media_type,
                size=document.size,
                source=document.source,
                status=DocumentStatus(document.status),
                status_reason=document.status_reason,
                page_count=document.page_count,
                received_at=_as_utc(document.received_at),
            ),
            created_at=_as_utc(row.created_at),
            updated_at=_as_utc(row.updated_at),
        )


class SpendRow(BaseModel):
    key: str = Field(description="Seller name, month (YYYY-MM) or currency, by `group_by`")
    currency: str = Field(description="Totals in different currencies are never added together")
    total: AmountStr = Field(description="Sum of grand totals; credit notes count negatively")
    count: int = Field(description="Invoices in the group")


class SpendReport(BaseModel):
    group_by: SpendGroup
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    currency: str | None = None
    rows: list[SpendRow]


class Liveness(BaseModel):
    status: Literal["ok"] = "ok"


class CheckResult(BaseModel):
    status: Literal["ok", "failed"]
    detail: str | None = Field(None, description="Why the check failed")


class Readiness(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, CheckResult] = Field(description="One entry per dependency: database, search")
