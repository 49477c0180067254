"""An app on a fresh data directory, seeded with two tenants' invoices through the real code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.main import create_app
from core.blobs import BlobStore
from core.db import get_engine, init_db
from core.models import DocumentStatus, Party, Severity, ValidationIssue
from core.settings import Settings
from search import get_index
from tests.api.factories import Stored, make_invoice, report, store_invoice

ACME = "acme"
GLOBEX = "globex"
ACME_KEY = "acme-key-0123456789abcdef"
GLOBEX_KEY = "globex-key-0123456789abcdef"
ODD_FILENAME = 'Rechnung Müller; "final".pdf'
ODD_CONTENT = b"%PDF-1.7\n\x00\xff\xfe binary \r\n tail\n%%EOF\n"


@dataclass(frozen=True)
class Seeded:
    mueller: Stored
    hosting_usd: Stored
    credit_note: Stored
    hosting_eur: Stored
    globex: Stored


@pytest.fixture
def api_settings(settings: Settings) -> Settings:
    """Single-tenant mode: every caller is ACME."""
    return settings.model_copy(update={"default_tenant": ACME})


@pytest.fixture
def seeded(api_settings: Settings) -> Seeded:
    engine = get_engine(api_settings.resolved_database_url)
    init_db(engine)
    blobs = BlobStore(api_settings.blob_dir)
    index = get_index()

    store = partial(store_invoice, engine=engine, blobs=blobs, index=index, tenant_id=ACME)

    mueller = Party(name="Müller Bürobedarf GmbH", vat_id="DE811111111")
    hosting = Party(name="Acme Hosting Ltd")
    return Seeded(
        mueller=store(
            invoice=make_invoice(
                invoice_number="INV-2024-001",
                seller=mueller,
                net_total=Decimal("1037.39"),
                tax_total=Decimal("197.11"),
                grand_total=Decimal("1234.50"),
                amount_due=Decimal("1234.50"),
            ),
            filename=ODD_FILENAME,
            content=ODD_CONTENT,
            text="Büromaterial Lieferung Januar",
        ),
        hosting_usd=store(
            invoice=make_invoice(
                invoice_number="INV-2024-002",
                issue_date=dt.date(2024, 2, 3),
                currency="USD",
                seller=hosting,
                grand_total=Decimal("500.00"),
            ),
            validation=report(
                DocumentStatus.NEEDS_REVIEW,
                ValidationIssue(
                    rule="arithmetic",
                    severity=Severity.WARNING,
                    message="net total plus tax does not equal the grand total",
                    fields=["net_total", "tax_total", "grand_total"],
                ),
            ),
        ),
        credit_note=store(
            invoice=make_invoice(
                invoice_number="CN-2024-003",
                type_code="381",
                issue_date=dt.date(2024, 1, 20),
                seller=mueller,
                grand_total=Decimal("234.50"),
            ),
        ),
        hosting_eur=store(
            invoice=make_invoice(
                invoice_number="INV-2024-004",
                issue_date=dt.date(2024, 2, 10),
                seller=hosting,
                grand_total=Decimal("100"),
            ),
        ),
        globex=store(
            tenant_id=GLOBEX,
            invoice=make_invoice(
                invoice_number="G-1",
                issue_date=dt.date(2024, 1, 5),
                seller=Party(name="Globex Supplies"),
                grand_total=Decimal("999.99"),
            ),
        ),
    )


def _client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def client(api_settings: Settings, seeded: Seeded) -> Iterator[TestClient]:
    yield from _client(create_app(api_settings))


@pytest.fixture
def keyed_client(api_settings: Settings, seeded: Seeded) -> Iterator[TestClient]:
    """API-key mode: ACME_KEY sees ACME's invoices, GLOBEX_KEY sees GLOBEX's."""
    keyed = api_settings.model_copy(update={"api_keys": {ACME_KEY: ACME, GLOBEX_KEY: GLOBEX}})
    yield from _client(create_app(keyed))
