"""The golden corpus: every sample invoice extracts to exactly its line in expected.jsonl."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tasks.extract import extract_document

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "invoices"
EXPECTED = [
    json.loads(line)
    for line in (SAMPLES.parent / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
AMOUNTS = ("net_total", "tax_total", "grand_total")


def test_the_corpus_covers_languages_currencies_and_a_credit_note() -> None:
    assert len(EXPECTED) >= 12
    assert {row["file"][:2] for row in EXPECTED} >= {"en", "de", "fr", "es", "it", "nl"}
    assert {row["currency"] for row in EXPECTED} >= {"EUR", "USD", "GBP", "CHF"}
    assert any(row["type_code"] == "381" for row in EXPECTED)
    assert sorted(p.name for p in SAMPLES.glob("*.pdf")) == sorted(r["file"] for r in EXPECTED)


def test_expected_totals_are_arithmetically_consistent() -> None:
    for row in EXPECTED:
        lines = sum(Decimal(line["net_amount"]) for line in row["lines"])
        assert lines == Decimal(row["net_total"]), row["file"]
        net, tax, grand = (Decimal(row[name]) for name in AMOUNTS)
        assert net + tax == grand, row["file"]


@pytest.mark.parametrize("expected", EXPECTED, ids=[row["file"] for row in EXPECTED])
def test_sample_extracts_every_expected_field(expected: dict[str, Any]) -> None:
    data = (SAMPLES / expected["file"]).read_bytes()

    extraction = extract_document(
        data, filename=expected["file"], max_bytes=10_000_000, max_pages=10
    )

    assert extraction.error is None
    assert extraction.page_count == 1
    assert expected["invoice_number"] in extraction.text
    invoice = extraction.invoice
    assert invoice is not None
    got = {
        "invoice_number": invoice.invoice_number,
        "type_code": invoice.type_code,
        "issue_date": invoice.issue_date.isoformat() if invoice.issue_date else None,
        "due_date": invoice.due_date.isoformat() if invoice.due_date else None,
        "currency": invoice.currency,
        "seller_name": invoice.seller.name,
        "buyer_name": invoice.buyer.name,
        **{name: getattr(invoice, name) for name in AMOUNTS},
        "lines": [
            {
                "description": line.description,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "net_amount": line.net_amount,
            }
            for line in invoice.lines
        ],
    }
    want = {
        **{key: value for key, value in expected.items() if key != "file"},
        **{name: Decimal(expected[name]) for name in AMOUNTS},
        "lines": [
            {
                "description": line["description"],
                **{k: Decimal(line[k]) for k in ("quantity", "unit_price", "net_amount")},
            }
            for line in expected["lines"]
        ],
    }
    assert got == want
    assert invoice.warnings == []
    for name in ("invoice_number", "issue_date", "grand_total", "seller.name", "lines"):
        assert invoice.evidence[name].confidence >= 0.6, name
    assert invoice.evidence["grand_total"].page == 0
    assert invoice.evidence["grand_total"].bbox is not None
    assert 0.7 <= invoice.confidence <= 1.0
    assert invoice.extractor.name == "pdf-rules"
