"""Health: liveness always answers; readiness names the dependency that does not."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import Settings


def test_live_and_ready(client: TestClient) -> None:
    assert client.get("/health/live").json() == {"status": "ok"}
    ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "detail": None},
            "search": {"status": "ok", "detail": None},
        },
    }


def test_ready_is_503_naming_an_unreachable_database(
    api_settings: Settings, tmp_path: Path
) -> None:
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("this is a file, not a folder")
    broken = api_settings.model_copy(
        update={"database_url": f"sqlite:///{not_a_dir / 'db' / 'invoices.db'}"}
    )

    with TestClient(create_app(broken)) as client:
        assert client.get("/health/live").status_code == 200
        ready = client.get("/health/ready")
        detail = client.get("/invoices/0123456789abcdef0123456789abcdef")

    assert ready.status_code == 503
    assert ready.json()["status"] == "unavailable"
    assert ready.json()["checks"]["database"]["status"] == "failed"
    assert ready.json()["checks"]["search"]["status"] == "ok"
    assert detail.status_code == 503
    assert detail.headers["retry-after"]
