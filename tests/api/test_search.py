"""GET /invoices/search: the caller's invoices, found by text, filters and sort."""

from __future__ import annotations

from decimal import Decimal

from fastapi.testclient import TestClient

from tests.api.conftest import Seeded


def _numbers(body: dict) -> list[str]:
    return [hit["invoice_number"] for hit in body["hits"]]


def test_no_query_returns_every_invoice_of_the_tenant(client: TestClient, seeded: Seeded) -> None:
    response = client.get("/invoices/search")

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 4
    assert body["page"] == 1
    assert body["size"] == 20
    assert sorted(_numbers(body)) == ["CN-2024-003", "INV-2024-001", "INV-2024-002", "INV-2024-004"]
    assert seeded.globex.invoice_id not in {hit["invoice_id"] for hit in body["hits"]}
    assert {b["value"]: b["count"] for b in body["facets"]["currency"]} == {"EUR": 3, "USD": 1}


def test_text_search_finds_by_seller_name(client: TestClient) -> None:
    body = client.get("/invoices/search", params={"q": "Müller"}).json()

    assert body["total"] == 2
    assert sorted(_numbers(body)) == ["CN-2024-003", "INV-2024-001"]


def test_text_search_finds_by_invoice_number(client: TestClient, seeded: Seeded) -> None:
    body = client.get("/invoices/search", params={"q": "INV-2024-002"}).json()

    assert body["total"] == 1
    hit = body["hits"][0]
    assert hit["invoice_id"] == seeded.hosting_usd.invoice_id
    assert Decimal(hit["grand_total"]) == Decimal("500.00")


def test_text_search_never_crosses_tenants(client: TestClient) -> None:
    assert client.get("/invoices/search", params={"q": "Globex"}).json()["total"] == 0


def test_filters_narrow_the_hits(client: TestClient) -> None:
    def numbers(**params: str) -> list[str]:
        response = client.get("/invoices/search", params=params)
        assert response.status_code == 200, response.text
        return sorted(_numbers(response.json()))

    assert numbers(currency="USD") == ["INV-2024-002"]
    assert numbers(vendor="Acme Hosting Ltd") == ["INV-2024-002", "INV-2024-004"]
    assert numbers(status="needs_review") == ["INV-2024-002"]
    assert numbers(date_from="2024-02-01", date_to="2024-02-28") == ["INV-2024-002", "INV-2024-004"]
    assert numbers(amount_min="200", amount_max="600") == ["CN-2024-003", "INV-2024-002"]
    assert numbers(q="Müller", amount_min="1000") == ["INV-2024-001"]


def test_sort_and_pages(client: TestClient) -> None:
    body = client.get("/invoices/search", params={"sort": "-grand_total"}).json()
    assert _numbers(body) == ["INV-2024-001", "INV-2024-002", "CN-2024-003", "INV-2024-004"]

    body = client.get("/invoices/search", params={"sort": "issue_date", "size": 3, "page": 2})
    assert body.json()["total"] == 4
    assert _numbers(body.json()) == ["INV-2024-004"]


def test_inverted_date_range_is_a_400_naming_the_field(client: TestClient) -> None:
    response = client.get(
        "/invoices/search", params={"date_from": "2024-03-01", "date_to": "2024-01-01"}
    )

    assert response.status_code == 400
    assert response.json() == {"detail": "date_from is after date_to", "field": "date_from"}


def test_inverted_amount_range_is_a_400(client: TestClient) -> None:
    response = client.get("/invoices/search", params={"amount_min": "10", "amount_max": "5"})

    assert response.status_code == 400
    assert response.json()["detail"] == "amount_min is greater than amount_max"
    assert response.json()["field"] == "amount_min"


def test_unknown_status_sort_or_currency_is_a_422(client: TestClient) -> None:
    for params in ({"status": "paid"}, {"sort": "seller"}, {"currency": "euro"}, {"size": "0"}):
        response = client.get("/invoices/search", params=params)
        assert response.status_code == 422, params
