"""Builders of domain objects for tests: `make_invoice(**overrides)`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from core.models import ExtractorInfo, Invoice, LineItem, Party

EXTRACTOR = ExtractorInfo(name="test", version="1")


def make_invoice(**overrides: Any) -> Invoice:
    fields: dict[str, Any] = {
        "invoice_number": "INV-2026-0042",
        "issue_date": dt.date(2026, 3, 5),
        "due_date": dt.date(2026, 4, 4),
        "currency": "EUR",
        "seller": Party(name="Nordlicht Handel GmbH", vat_id="DE136695976"),
        "buyer": Party(name="Kunde AG"),
        "net_total": Decimal("100.00"),
        "tax_total": Decimal("19.00"),
        "grand_total": Decimal("119.00"),
        "amount_due": Decimal("119.00"),
        "lines": [
            LineItem(description="Paper", quantity=Decimal(2), net_amount=Decimal("60.00")),
            LineItem(description="Toner", quantity=Decimal(1), net_amount=Decimal("40.00")),
        ],
        "confidence": 0.9,
        "extractor": EXTRACTOR,
    }
    fields.update(overrides)
    return Invoice(**fields)
