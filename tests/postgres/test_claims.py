"""Claims: two processing runs started at once never take the same waiting document."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading

import pytest
from sqlalchemy.engine import Engine

from core import repository
from core.db import DocumentRow, ready_engine, session_scope
from core.models import DocumentStatus, Extraction, ValidationReport
from core.settings import Settings
from tests.factories import EXTRACTOR, make_invoice

RECEIVED = [DocumentStatus.RECEIVED]
HOUR = dt.timedelta(hours=1)


def _documents(engine: Engine, count: int, tenant_id: str = "acme") -> list[str]:
    with session_scope(engine) as session:
        return [
            repository.add_document(
                session,
                tenant_id=tenant_id,
                sha256=hashlib.sha256(f"{tenant_id}/{number}".encode()).hexdigest(),
                filename=f"{number}.pdf",
                media_type="application/pdf",
                size=1,
                source="test",
                source_ref=None,
            )[0].id
            for number in range(count)
        ]


def _claim(engine: Engine, claimant: str, lease: dt.timedelta = HOUR, **kw: object) -> list[str]:
    with session_scope(engine) as session:
        return repository.claim_documents(
            session,
            RECEIVED,
            claimant=claimant,
            lease=lease,
            **kw,  # type: ignore[arg-type]
        )


def _concurrent_claims(engine: Engine, runs: int) -> list[list[str]]:
    barrier = threading.Barrier(runs)
    taken: list[list[str]] = [[] for _ in range(runs)]

    def run(number: int) -> None:
        barrier.wait()
        taken[number] = _claim(engine, f"run{number}")

    threads = [threading.Thread(target=run, args=(n,)) for n in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return taken


def _check_claims_are_exclusive(engine: Engine) -> None:
    ids = _documents(engine, 1200)  # more than one claim chunk
    taken = _concurrent_claims(engine, 3)
    assert sorted(id_ for run in taken for id_ in run) == sorted(ids)  # each taken once
    assert _claim(engine, "late") == []  # nothing left for a run started meanwhile


@pytest.mark.postgres
def test_concurrent_claims_on_postgres_take_each_document_once(pg_settings: Settings) -> None:
    engine = ready_engine(pg_settings.resolved_database_url, 5)
    assert engine.dialect.name == "postgresql"
    _check_claims_are_exclusive(engine)


def test_concurrent_claims_on_sqlite_take_each_document_once(settings: Settings) -> None:
    _check_claims_are_exclusive(ready_engine(settings.resolved_database_url))


def test_a_claim_ends_with_the_result_or_the_lease_and_is_scoped_to_the_tenant(
    settings: Settings,
) -> None:
    engine = ready_engine(settings.resolved_database_url)
    stored, failed, stalled = _documents(engine, 3)
    other = _documents(engine, 1, tenant_id="globex")
    assert _claim(engine, "first", tenant_id="acme") == [stored, failed, stalled]
    with session_scope(engine) as session:
        extraction = Extraction(invoice=make_invoice(), extractor=EXTRACTOR)
        repository.save_result(
            session,
            document_id=stored,
            extraction=extraction,
            report=ValidationReport(status=DocumentStatus.VALID),
        )
        repository.mark_failed(session, document_id=failed, reason="unreadable")

    with session_scope(engine) as session:  # a retry of failed documents may take it at once
        retry = repository.claim_documents(
            session, [DocumentStatus.FAILED], claimant="retry", lease=HOUR
        )
    assert retry == [failed]
    assert _claim(engine, "second") == other  # `stalled` is still held by the first run

    with session_scope(engine) as session:  # the first run died and its lease ran out
        row = session.get(DocumentRow, stalled)
        assert row is not None and row.claimed_by == "first"
        row.claimed_until = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert _claim(engine, "third") == [stalled]
