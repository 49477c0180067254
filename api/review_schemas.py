"""Request and response models of review: corrections, the review queue and the audit log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)

from api.schemas import AmountStr, ReasonPublic
from core.db import AuditEntryRow, InvoiceRow
from core.models import DocumentStatus, Severity


def _not_a_float(value: object) -> object:
    """JSON numbers with a fraction arrive as binary floats and may already be off by a bit."""
    if isinstance(value, float):
        raise ValueError('send amounts as decimal strings, e.g. "1234.50", not JSON numbers')
    return value


def _fixed_point(value: Decimal) -> Decimal:
    """`1E+3` is stored and shown as `1000`."""
    return Decimal(format(value, "f"))


Money = Annotated[
    Decimal,
    BeforeValidator(_not_a_float),
    Field(max_digits=18, decimal_places=6, allow_inf_nan=False),
    AfterValidator(_fixed_point),
]
NO_NUL = r"^[^\x00]*$"
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300, pattern=NO_NUL)
]


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class PartyCorrection(BaseModel):
    """Only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid")

    name: Text | None = None
    vat_id: Annotated[str, StringConstraints(max_length=50, pattern=NO_NUL)] | None = None
    address: Annotated[str, StringConstraints(max_length=1000, pattern=NO_NUL)] | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    iban: Annotated[str, StringConstraints(max_length=50, pattern=NO_NUL)] | None = None


class LineCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: Annotated[str, StringConstraints(max_length=2000, pattern=NO_NUL)] | None = None
    quantity: Money | None = None
    unit: Annotated[str, StringConstraints(max_length=20, pattern=NO_NUL)] | None = None
    unit_price: Money | None = None
    net_amount: Money | None = None
    tax_rate: Money | None = None


class InvoiceCorrection(BaseModel):
    """Fields a reviewer sets; fields not sent stay as they are, `null` clears one. Amounts
    are decimals (send strings such as "119.00" to keep every digit); `lines` replaces all."""

    model_config = ConfigDict(extra="forbid")

    invoice_number: (
        Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=NO_NUL)] | None
    ) = None
    type_code: Annotated[str, StringConstraints(pattern=r"^\d{3}$")] | None = None
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    service_period_start: dt.date | None = None
    service_period_end: dt.date | None = None
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None
    seller: PartyCorrection | None = None
    buyer: PartyCorrection | None = None
    net_total: Money | None = None
    tax_total: Money | None = None
    grand_total: Money | None = None
    amount_due: Money | None = None
    lines: list[LineCorrection] | None = Field(None, max_length=1000)

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)


class ReviewItem(BaseModel):
    """An invoice waiting for a person, with the reasons it was held."""

    id: str
    document_id: str
    file: str
    status: DocumentStatus
    invoice_number: str | None
    seller_name: str | None
    issue_date: dt.date | None
    currency: str | None
    grand_total: AmountStr | None
    reasons: list[ReasonPublic]

    @classmethod
    def from_row(cls, row: InvoiceRow) -> ReviewItem:
        return cls(
            id=row.id,
            document_id=row.document_id,
            file=row.document.filename,
            status=DocumentStatus(row.status),
            invoice_number=row.invoice_number,
            seller_name=row.seller_name,
            issue_date=row.issue_date,
            currency=row.currency,
            grand_total=row.grand_total,
            reasons=[
                ReasonPublic(
                    rule=v.rule, severity=Severity(v.severity), message=v.message, fields=v.fields
                )
                for v in row.validations
            ],
        )


class ReviewQueue(BaseModel):
    total: int
    items: list[ReviewItem]


class FieldChangePublic(BaseModel):
    field: str
    old: Any = None
    new: Any = None


class AuditEntryPublic(BaseModel):
    """Who changed what, when, and what it did to the status."""

    id: int
    actor: str
    action: str = Field(description="`correct` or `accept`")
    changes: list[FieldChangePublic]
    status_before: DocumentStatus
    status_after: DocumentStatus
    created_at: dt.datetime

    @classmethod
    def from_row(cls, row: AuditEntryRow) -> AuditEntryPublic:
        return cls(
            id=row.id,
            actor=row.actor,
            action=row.action,
            changes=[FieldChangePublic.model_validate(c) for c in row.changes],
            status_before=DocumentStatus(row.status_before),
            status_after=DocumentStatus(row.status_after),
            created_at=_as_utc(row.created_at),
        )
