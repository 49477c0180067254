"""The app as a whole: its OpenAPI contract and a cheap import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from core.blobs import BlobStore
from core.db import get_engine, init_db
from core.settings import Settings
from search import get_index, open_index
from tests.api.factories import make_invoice, store_invoice

SEARCH_PARAMETERS = {
    "q",
    "vendor",
    "currency",
    "status",
    "date_from",
    "date_to",
    "amount_min",
    "amount_max",
    "sort",
    "page",
    "size",
}


def test_openapi_lists_every_route_and_describes_every_search_parameter(
    client: TestClient,
) -> None:
    schema = client.get("/openapi.json").json()

    assert schema["info"]["title"] == "Invoice pipeline API"
    assert set(schema["paths"]) == {
        "/invoices/search",
        "/invoices/{invoice_id}",
        "/invoices/{invoice_id}/document",
        "/analytics/spend",
        "/health/live",
        "/health/ready",
        "/review",
        "/invoices/{invoice_id}/accept",
        "/invoices/{invoice_id}/audit",
    }
    parameters = schema["paths"]["/invoices/search"]["get"]["parameters"]
    assert {p["name"] for p in parameters} == SEARCH_PARAMETERS
    assert all(p.get("description") for p in parameters), parameters
    spend = schema["paths"]["/analytics/spend"]["get"]["parameters"]
    assert all(p.get("description") for p in spend)
    schemes = schema["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"http", "apiKey"}
    assert schema["components"]["schemas"]["SpendRow"]["properties"]["total"]["type"] == "string"


def test_importing_the_app_is_cheap(tmp_path: Path) -> None:
    code = (
        "import sys, api.main\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "{'prefect', 'pymupdf', 'fitz', 'tasks', 'flows'}]\n"
        "assert not heavy, heavy\n"
    )
    env = {"DATA_DIR": str(tmp_path / "data"), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data").exists(), "importing the app touched the data directory"


def test_the_app_searches_the_index_of_the_settings_it_was_built_with(
    api_settings: Settings, tmp_path: Path
) -> None:
    # The process-wide settings point at one data directory, the app at another: the app's
    # invoice must be found through the app, the process-wide index must stay untouched.
    own = api_settings.model_copy(update={"data_dir": tmp_path / "own"})
    engine = get_engine(own.resolved_database_url)
    init_db(engine)
    stored = store_invoice(
        engine=engine,
        blobs=BlobStore(own.blob_dir),
        index=open_index(own),
        tenant_id=api_settings.default_tenant,
        invoice=make_invoice(invoice_number="OWN-7"),
    )

    with TestClient(create_app(own)) as client:
        hits = client.get("/invoices/search", params={"q": "OWN-7"}).json()["hits"]

    assert [hit["invoice_id"] for hit in hits] == [stored.invoice_id]
    assert get_index().count(tenant_id=api_settings.default_tenant) == 0
