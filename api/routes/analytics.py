"""Analytics over the caller's invoices: spend per vendor, month or currency."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import CallerDep, SessionDep
from api.schemas import UNAUTHORIZED, ErrorResponse, SpendReport, SpendRow
from core import repository
from core.errors import QueryError
from core.repository import SpendGroup

router = APIRouter(
    prefix="/analytics",
    tags=["analytics"],
    responses=UNAUTHORIZED,
)


@router.get(
    "/spend",
    summary="Spend per vendor, month or currency",
    responses={400: {"model": ErrorResponse, "description": "Inconsistent filters"}},
)
def spend_report(
    caller: CallerDep,
    session: SessionDep,
    group_by: Annotated[
        SpendGroup, Query(description="Group totals by seller name, issue month or currency.")
    ] = "vendor",
    date_from: Annotated[
        dt.date | None, Query(description="Issued on or after this date (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[
        dt.date | None, Query(description="Issued on or before this date (YYYY-MM-DD).")
    ] = None,
    currency: Annotated[
        str | None, Query(pattern=r"^[A-Z]{3}$", description="Only this ISO 4217 currency.")
    ] = None,
) -> SpendReport:
    """Sums of grand totals, one row per group and currency; credit notes count negatively."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise QueryError("date_from is after date_to", field="date_from")
    rows = repository.spend(
        session,
        tenant_id=caller.tenant_id,
        group_by=group_by,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
    )
    return SpendReport(
        group_by=group_by,
        date_from=date_from,
        date_to=date_to,
        currency=currency,
        rows=[
            SpendRow(key=key, currency=cur, total=total, count=count)
            for key, cur, total, count in rows
        ],
    )
