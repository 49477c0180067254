"""The schema on PostgreSQL: the migrations match the tables, amounts are exact NUMERIC."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from core import repository
from core.db import Base, ready_engine, session_scope
from core.models import DocumentStatus, Extraction, ValidationReport
from core.settings import Settings
from tests.factories import EXTRACTOR, make_invoice

pytestmark = pytest.mark.postgres


def test_migrations_create_exactly_the_declared_tables(pg_settings: Settings) -> None:
    engine = ready_engine(pg_settings.resolved_database_url)
    assert engine.dialect.name == "postgresql"
    assert engine.dialect.driver == "psycopg"
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_amounts_are_numeric_and_sum_exactly(pg_settings: Settings) -> None:
    engine = ready_engine(pg_settings.resolved_database_url)
    amounts = [Decimal("0.10"), Decimal("0.20"), Decimal("1234567.891234"), Decimal("-0.01")]
    with session_scope(engine) as session:
        for number, amount in enumerate(amounts):
            document, _ = repository.add_document(
                session,
                tenant_id="acme",
                sha256=f"{number:064x}",
                filename="x.pdf",
                media_type="application/pdf",
                size=1,
                source="test",
                source_ref=None,
            )
            repository.save_result(
                session,
                document_id=document.id,
                extraction=Extraction(
                    invoice=make_invoice(invoice_number=str(number), grand_total=amount, lines=[]),
                    extractor=EXTRACTOR,
                ),
                report=ValidationReport(status=DocumentStatus.VALID),
            )
    with session_scope(engine) as session:
        column_type = session.scalar(
            text(
                "select data_type from information_schema.columns"
                " where table_name = 'invoices' and column_name = 'grand_total'"
            )
        )
        stored = sorted(row.grand_total for row in repository.list_invoices(session))
        (row,) = repository.spend(session, tenant_id="acme", group_by="currency")
    assert column_type == "numeric"
    assert stored == sorted(amounts)
    assert row == ("EUR", "EUR", Decimal("1234568.181234"), 4)


def test_add_document_is_idempotent_per_tenant(pg_settings: Settings) -> None:
    engine = ready_engine(pg_settings.resolved_database_url)
    with session_scope(engine) as session:
        ids = [
            repository.add_document(
                session,
                tenant_id=tenant,
                sha256="a" * 64,
                filename="x.pdf",
                media_type="application/pdf",
                size=1,
                source="test",
                source_ref=None,
            )[0].id
            for tenant in ("acme", "acme", "other")
        ]
    assert ids[0] == ids[1] != ids[2]
