"""API-key mode: a key names the tenant; without a valid key there is nothing to see."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import ACME_KEY, GLOBEX_KEY, Seeded


def test_missing_key_is_401_with_a_challenge(keyed_client: TestClient) -> None:
    response = keyed_client.get("/invoices/search")

    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "API key" in response.json()["detail"]


def test_unknown_key_is_401(keyed_client: TestClient, seeded: Seeded) -> None:
    for headers in ({"Authorization": "Bearer nope"}, {"X-API-Key": ACME_KEY + "x"}):
        response = keyed_client.get(f"/invoices/{seeded.mueller.invoice_id}", headers=headers)
        assert response.status_code == 401
        assert "www-authenticate" in response.headers


def test_each_key_sees_only_its_tenant(keyed_client: TestClient, seeded: Seeded) -> None:
    globex = keyed_client.get("/invoices/search", headers={"X-API-Key": GLOBEX_KEY}).json()
    acme = keyed_client.get("/invoices/search", headers={"Authorization": f"Bearer {ACME_KEY}"})

    assert globex["total"] == 1
    assert globex["hits"][0]["invoice_id"] == seeded.globex.invoice_id
    assert acme.json()["total"] == 4
    as_globex = {"X-API-Key": GLOBEX_KEY}
    mueller = f"/invoices/{seeded.mueller.invoice_id}"
    assert keyed_client.get(mueller, headers=as_globex).status_code == 404
    assert keyed_client.get(f"{mueller}/document", headers=as_globex).status_code == 404
    assert (
        keyed_client.get(f"/invoices/{seeded.globex.invoice_id}", headers=as_globex).json()[
            "invoice_number"
        ]
        == "G-1"
    )


def test_health_needs_no_key(keyed_client: TestClient) -> None:
    assert keyed_client.get("/health/live").status_code == 200
