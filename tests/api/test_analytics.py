"""GET /analytics/spend: exact totals per group, currencies apart, credit notes negative."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _rows(client: TestClient, **params: str) -> list[dict]:
    response = client.get("/analytics/spend", params=params)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def test_spend_by_vendor_nets_credit_notes_and_keeps_currencies_apart(client: TestClient) -> None:
    assert _rows(client, group_by="vendor") == [
        {"key": "Acme Hosting Ltd", "currency": "EUR", "total": "100.00", "count": 1},
        {"key": "Acme Hosting Ltd", "currency": "USD", "total": "500.00", "count": 1},
        {"key": "Müller Bürobedarf GmbH", "currency": "EUR", "total": "1000.00", "count": 2},
    ]


def test_spend_by_month(client: TestClient) -> None:
    assert _rows(client, group_by="month") == [
        {"key": "2024-01", "currency": "EUR", "total": "1000.00", "count": 2},
        {"key": "2024-02", "currency": "EUR", "total": "100.00", "count": 1},
        {"key": "2024-02", "currency": "USD", "total": "500.00", "count": 1},
    ]


def test_spend_by_currency_with_filters(client: TestClient) -> None:
    assert _rows(client, group_by="currency") == [
        {"key": "EUR", "currency": "EUR", "total": "1100.00", "count": 3},
        {"key": "USD", "currency": "USD", "total": "500.00", "count": 1},
    ]
    assert _rows(client, group_by="currency", currency="USD") == [
        {"key": "USD", "currency": "USD", "total": "500.00", "count": 1},
    ]
    assert _rows(client, group_by="currency", date_from="2024-01-16", date_to="2024-01-31") == [
        {"key": "EUR", "currency": "EUR", "total": "-234.50", "count": 1},
    ]


def test_spend_report_echoes_its_grouping(client: TestClient) -> None:
    body = client.get("/analytics/spend", params={"group_by": "month"}).json()
    assert body["group_by"] == "month"


def test_spend_rejects_bad_input(client: TestClient) -> None:
    inverted = client.get(
        "/analytics/spend", params={"date_from": "2024-02-01", "date_to": "2024-01-01"}
    )
    assert inverted.status_code == 400
    assert inverted.json() == {"detail": "date_from is after date_to", "field": "date_from"}
    assert client.get("/analytics/spend", params={"group_by": "buyer"}).status_code == 422
