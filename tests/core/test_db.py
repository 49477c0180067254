"""The schema: migrations match the tables, amounts stay exact, documents are stored once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import StatementError

from core import repository
from core.db import Base, get_engine, init_db, session_scope
from core.models import DocumentStatus, Extraction, ValidationReport
from tests.factories import EXTRACTOR, make_invoice


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = get_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    init_db(engine)
    return engine


def _document(session, tenant: str = "acme", sha: str = "a" * 64) -> str:  # type: ignore[no-untyped-def]
    row, _ = repository.add_document(
        session,
        tenant_id=tenant,
        sha256=sha,
        filename="x.pdf",
        media_type="application/pdf",
        size=1,
        source="test",
        source_ref=None,
    )
    return row.id


def test_migrations_create_exactly_the_declared_tables(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_add_document_is_idempotent_per_tenant(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with session_scope(engine) as session:
        first = _document(session)
        again = _document(session)
        other = _document(session, tenant="other")
    assert first == again != other


def test_amounts_round_trip_exactly_and_sum_exactly(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    amounts = [Decimal("0.10"), Decimal("0.20"), Decimal("1234567.891234")]
    with session_scope(engine) as session:
        for number, amount in enumerate(amounts):
            document_id = _document(session, sha=f"{number:064x}")
            invoice = make_invoice(
                invoice_number=str(number),
                grand_total=amount,
                net_total=None,
                tax_total=None,
                lines=[],
            )
            report = ValidationReport(status=DocumentStatus.VALID)
            repository.save_result(
                session,
                document_id=document_id,
                extraction=Extraction(invoice=invoice, extractor=EXTRACTOR),
                report=report,
            )
    with session_scope(engine) as session:
        stored = sorted(r.grand_total for r in repository.list_invoices(session))
        rows = repository.spend(session, tenant_id="acme", group_by="currency")
        assert repository.spend(session, tenant_id="other", group_by="currency") == []
    assert stored == sorted(amounts)
    assert rows == [("EUR", "EUR", Decimal("1234568.191234"), 3)]


def test_a_credit_note_counts_negatively_in_spend(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with session_scope(engine) as session:
        for number, type_code in enumerate(["380", "381"]):
            repository.save_result(
                session,
                document_id=_document(session, sha=f"{number:064x}"),
                extraction=Extraction(
                    invoice=make_invoice(type_code=type_code), extractor=EXTRACTOR
                ),
                report=ValidationReport(status=DocumentStatus.VALID),
            )
        (row,) = repository.spend(session, tenant_id="acme", group_by="month")
    assert row == ("2026-03", "EUR", Decimal("0"), 2)


def test_spend_adds_up_amounts_whose_sum_exceeds_sqlite_integers(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    big = Decimal("999999999999.99")
    with session_scope(engine) as session:
        for number in range(10):
            repository.save_result(
                session,
                document_id=_document(session, sha=f"{number:064x}"),
                extraction=Extraction(
                    invoice=make_invoice(
                        invoice_number=str(number),
                        grand_total=big,
                        net_total=None,
                        tax_total=None,
                        lines=[],
                    ),
                    extractor=EXTRACTOR,
                ),
                report=ValidationReport(status=DocumentStatus.VALID),
            )
        rows = repository.spend(session, tenant_id="acme", group_by="currency")
    assert rows == [("EUR", "EUR", big * 10, 10)]


def test_an_amount_too_large_for_sqlite_is_refused_with_its_value(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    too_large = pytest.raises(StatementError, match=r"amount 12000000000000\.00 is too large")
    with too_large, session_scope(engine) as session:
        repository.save_result(
            session,
            document_id=_document(session),
            extraction=Extraction(
                invoice=make_invoice(grand_total=Decimal("12000000000000.00")),
                extractor=EXTRACTOR,
            ),
            report=ValidationReport(status=DocumentStatus.VALID),
        )
