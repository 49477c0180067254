"""GET /invoices/{id} and /invoices/{id}/document: exact values, exact bytes, tenant isolation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fastapi.testclient import TestClient

from api.downloads import content_disposition
from core.blobs import BlobStore
from core.settings import Settings
from tests.api.conftest import ODD_CONTENT, Seeded


def test_detail_returns_amounts_as_exact_decimal_strings(
    client: TestClient, seeded: Seeded
) -> None:
    response = client.get(f"/invoices/{seeded.mueller.invoice_id}")

    assert response.status_code == 200
    body = response.json()
    assert body["grand_total"] == "1234.50"
    assert Decimal(body["grand_total"]) == Decimal("1234.50")
    assert body["net_total"] == "1037.39"
    assert body["tax_total"] == "197.11"
    assert body["currency"] == "EUR"
    assert body["issue_date"] == "2024-01-15"
    assert body["seller"]["name"] == "Müller Bürobedarf GmbH"
    assert body["lines"][0]["quantity"] == "2"
    assert body["lines"][0]["unit_price"] == "50.00"
    assert body["evidence"]["grand_total"]["source"] == "label"
    assert body["extractor"] == {"name": "rules", "version": "1.0"}
    assert body["status"] == "valid"
    assert body["reasons"] == []
    assert body["is_credit_note"] is False
    assert body["document"]["id"] == seeded.mueller.document_id
    assert body["document"]["filename"] == seeded.mueller.filename
    assert body["document"]["size"] == len(ODD_CONTENT)
    received = dt.datetime.fromisoformat(body["document"]["received_at"])
    assert received.utcoffset() == dt.timedelta(0)


def test_detail_lists_validation_reasons(client: TestClient, seeded: Seeded) -> None:
    body = client.get(f"/invoices/{seeded.hosting_usd.invoice_id}").json()

    assert body["status"] == "needs_review"
    assert body["reasons"] == [
        {
            "rule": "arithmetic",
            "severity": "warning",
            "message": "net total plus tax does not equal the grand total",
            "fields": ["net_total", "tax_total", "grand_total"],
        }
    ]


def test_whole_amounts_are_shown_with_cents(client: TestClient, seeded: Seeded) -> None:
    assert client.get(f"/invoices/{seeded.hosting_eur.invoice_id}").json()["grand_total"] == (
        "100.00"
    )


def test_another_tenants_invoice_looks_like_no_invoice(client: TestClient, seeded: Seeded) -> None:
    other = client.get(f"/invoices/{seeded.globex.invoice_id}")
    missing = client.get("/invoices/0123456789abcdef0123456789abcdef")

    assert other.status_code == missing.status_code == 404
    assert other.json() == missing.json()
    assert client.get(f"/invoices/{seeded.globex.invoice_id}/document").status_code == 404


def test_document_download_returns_the_original_bytes(client: TestClient, seeded: Seeded) -> None:
    response = client.get(f"/invoices/{seeded.mueller.invoice_id}/document")

    assert response.status_code == 200
    assert response.content == ODD_CONTENT
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert seeded.mueller.filename == "Rechnung Müller; _final_.pdf"
    assert response.headers["content-disposition"] == (
        'attachment; filename="Rechnung Muller_ _final_.pdf"; '
        "filename*=UTF-8''Rechnung%20M%C3%BCller%3B%20_final_.pdf"
    )


def test_document_download_is_404_when_the_blob_is_gone(
    client: TestClient, seeded: Seeded, api_settings: Settings
) -> None:
    BlobStore(api_settings.blob_dir).path_for(seeded.hosting_eur.sha256).unlink()

    response = client.get(f"/invoices/{seeded.hosting_eur.invoice_id}/document")

    assert response.status_code == 404
    assert response.json()["detail"] == "The original file of this invoice is missing"


def test_content_disposition_keeps_plain_names_and_strips_paths() -> None:
    assert content_disposition("INV-42.pdf") == 'attachment; filename="INV-42.pdf"'
    assert content_disposition("../../etc/passwd") == 'attachment; filename="passwd"'
    assert content_disposition("請求書.pdf") == (
        "attachment; filename=\"_.pdf\"; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf"
    )
