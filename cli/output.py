"""How the CLI prints results: one JSON object per line, or a small table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from core.models import Extraction, Party


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _party(party: Party) -> dict[str, str | None]:
    return {"name": party.name, "vat_id": party.vat_id}


def extraction_record(file: str, extraction: Extraction) -> dict[str, Any]:
    """The flat record `invoices extract --format json` prints for one file."""
    invoice = extraction.invoice
    record: dict[str, Any] = {"file": file}
    if invoice is None:
        return record | {
            "error": extraction.error,
            "extractor": extraction.extractor.model_dump(),
            "warnings": extraction.warnings,
        }
    return record | {
        "invoice_number": invoice.invoice_number,
        "type_code": invoice.type_code,
        "issue_date": invoice.issue_date.isoformat() if invoice.issue_date else None,
        "due_date": invoice.due_date.isoformat() if invoice.due_date else None,
        "currency": invoice.currency,
        "seller": _party(invoice.seller),
        "buyer": _party(invoice.buyer),
        "net_total": _money(invoice.net_total),
        "tax_total": _money(invoice.tax_total),
        "grand_total": _money(invoice.grand_total),
        "amount_due": _money(invoice.amount_due),
        "lines": [
            {
                "description": line.description,
                "quantity": _money(line.quantity),
                "unit_price": _money(line.unit_price),
                "net_amount": _money(line.net_amount),
            }
            for line in invoice.lines
        ],
        "confidence": round(invoice.confidence, 3),
        "extractor": invoice.extractor.model_dump(),
        "warnings": list(dict.fromkeys([*extraction.warnings, *invoice.warnings])),
    }


def json_line(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
