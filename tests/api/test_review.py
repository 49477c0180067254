"""Review through the API: the queue, corrections and acceptance with an audit trail, each
re-validated by the real rules and re-indexed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import ACME_KEY, GLOBEX_KEY, Seeded


def test_the_review_queue_lists_needs_review_invoices_of_the_tenant_with_reasons(
    client: TestClient, seeded: Seeded
) -> None:
    body = client.get("/review").json()
    assert body["total"] == 1
    (item,) = body["items"]
    assert item["id"] == seeded.hosting_usd.invoice_id
    assert item["status"] == "needs_review"
    assert item["reasons"][0]["rule"] == "arithmetic"
    assert item["grand_total"] == "500.00"


def test_a_correction_is_audited_revalidated_and_reindexed(
    client: TestClient, seeded: Seeded
) -> None:
    invoice_id = seeded.hosting_usd.invoice_id
    response = client.patch(
        f"/invoices/{invoice_id}", json={"grand_total": "119.00"}, headers={"X-Reviewer": "alice"}
    )
    assert response.status_code == 200, response.text
    invoice = response.json()
    assert invoice["grand_total"] == "119.00"
    assert invoice["status"] == "valid"
    assert invoice["reasons"] == []
    assert invoice["evidence"]["grand_total"]["source"] == "review"

    (entry,) = client.get(f"/invoices/{invoice_id}/audit").json()
    assert entry["actor"] == "alice"
    assert entry["action"] == "correct"
    assert entry["changes"] == [{"field": "grand_total", "old": "500.00", "new": "119.00"}]
    assert (entry["status_before"], entry["status_after"]) == ("needs_review", "valid")

    assert client.get("/review").json()["total"] == 0
    hits = client.get("/invoices/search", params={"q": "INV-2024-002"}).json()["hits"]
    assert [(h["status"], h["grand_total"]) for h in hits] == [("valid", "119.00")]


def test_a_correction_that_breaks_a_rule_needs_review_and_accept_overrides_it(
    client: TestClient, seeded: Seeded
) -> None:
    invoice_id = seeded.hosting_eur.invoice_id
    broken = client.patch(f"/invoices/{invoice_id}", json={"due_date": "2024-01-01"}).json()
    assert broken["status"] == "needs_review"
    # the seeded grand total (100) was never net + tax; re-validation now says so too
    assert [r["rule"] for r in broken["reasons"]] == ["arithmetic.totals", "dates.due_before_issue"]

    accepted = client.post(f"/invoices/{invoice_id}/accept", headers={"X-Reviewer": "bob"})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "valid"
    assert [r["rule"] for r in accepted.json()["reasons"]] == [
        "arithmetic.totals",
        "dates.due_before_issue",
    ]

    entries = client.get(f"/invoices/{invoice_id}/audit").json()
    assert [(e["action"], e["actor"]) for e in entries] == [
        ("correct", "tenant:acme"),
        ("accept", "bob"),
    ]
    assert entries[0]["changes"] == [
        {"field": "due_date", "old": "2024-02-14", "new": "2024-01-01"}
    ]
    assert entries[1]["changes"] == [{"field": "status", "old": "needs_review", "new": "valid"}]


def test_a_duplicate_number_found_on_correction(client: TestClient, seeded: Seeded) -> None:
    # hosting_eur came after hosting_usd; giving it the same number makes it a duplicate
    response = client.patch(
        f"/invoices/{seeded.hosting_eur.invoice_id}",
        json={"invoice_number": "INV-2024-002", "grand_total": "119.00"},
    )
    assert [r["rule"] for r in response.json()["reasons"]] == ["duplicate.number"]
    assert response.json()["status"] == "needs_review"


def test_bad_corrections_are_rejected_and_change_nothing(
    client: TestClient, seeded: Seeded
) -> None:
    invoice_id = seeded.hosting_usd.invoice_id
    for body in ({"grand_total": "abc"}, {"colour": "red"}, {"currency": "euro"},
                 {"grand_total": "NaN"}, {"grand_total": 123456789012.345678},
                 {"invoice_number": "A\u0000B"}, {"seller": {"name": "x\u0000"}}):  # fmt: skip
        assert client.patch(f"/invoices/{invoice_id}", json=body).status_code == 422, body
    same = client.patch(f"/invoices/{invoice_id}", json={"invoice_number": "INV-2024-002"})
    assert same.status_code == 400
    assert same.json()["detail"] == "the correction changes nothing"
    assert client.get(f"/invoices/{invoice_id}/audit").json() == []
    missing = "0123456789abcdef0123456789abcdef"
    assert client.patch(f"/invoices/{missing}", json={"invoice_number": "X"}).status_code == 404
    assert client.patch("/invoices/nope", json={"invoice_number": "X"}).status_code == 422


def test_review_is_scoped_to_the_callers_tenant(keyed_client: TestClient, seeded: Seeded) -> None:
    globex = {"X-API-Key": GLOBEX_KEY}
    acme_invoice = seeded.hosting_usd.invoice_id
    assert keyed_client.get("/review", headers=globex).json()["total"] == 0
    patched = keyed_client.patch(
        f"/invoices/{acme_invoice}", json={"invoice_number": "X"}, headers=globex
    )
    assert patched.status_code == 404
    assert keyed_client.post(f"/invoices/{acme_invoice}/accept", headers=globex).status_code == 404
    assert keyed_client.get(f"/invoices/{acme_invoice}/audit", headers=globex).status_code == 404
    acme = {"X-API-Key": ACME_KEY}
    assert keyed_client.get("/review", headers=acme).json()["total"] == 1


def test_amounts_in_exponent_notation_are_stored_as_plain_decimals(
    client: TestClient, seeded: Seeded
) -> None:
    invoice_id = seeded.hosting_usd.invoice_id
    patched = client.patch(f"/invoices/{invoice_id}", json={"grand_total": "1E+3"})
    assert patched.status_code == 200, patched.text
    assert patched.json()["grand_total"] == "1000.00"
    hits = client.get("/invoices/search", params={"q": "INV-2024-002"}).json()["hits"]
    assert [hit["grand_total"] for hit in hits] == ["1000"]
