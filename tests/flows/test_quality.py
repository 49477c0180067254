"""Crafted bad invoices through the real ingest + process flow: exact rule ids and statuses,
the batch suite stored and flagged, and its results published as a Prefect artifact."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from core import quality, repository
from core.db import ready_engine, session_scope
from core.jobs import ReprocessSelection
from core.models import DocumentStatus, Extraction
from core.settings import Settings
from flows.ingest import ingest_folder
from flows.process import process_documents
from flows.reprocess import reprocess_documents
from search import SearchQuery, get_index
from tasks.process import DocumentResult, persist_results, validate_results
from tasks.recheck import recheck_duplicates
from tests.factories import EXTRACTOR, make_invoice
from tests.flows.crafted import write_crafted

pytestmark = pytest.mark.usefixtures("prefect_harness")

EXPECTED = {
    "01-good.pdf": ("valid", []),
    "02-wrong-total.pdf": ("needs_review", ["arithmetic.totals"]),
    "03-swapped-dates.pdf": ("needs_review", ["dates.due_before_issue"]),
    "04-bad-vat.pdf": ("needs_review", ["identity.vat_id"]),
    "05-duplicate.pdf": ("needs_review", ["duplicate.number"]),
    "06-credit-note.pdf": ("valid", []),
    "07-likely-duplicate.pdf": ("valid", ["duplicate.likely"]),
}


def _listed(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["list", "--tenant", "acme", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


async def _artifacts(flow_run_id: str) -> list[object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async with get_client() as client:
        return list(
            await client.read_artifacts(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[uuid.UUID(flow_run_id)]))
            )
        )


def test_crafted_invoices_get_exact_rules_and_statuses(settings: Settings, tmp_path: Path) -> None:
    write_crafted(tmp_path / "inbox")
    summary = ingest_folder(str(tmp_path / "inbox"), tenant_id="acme")
    assert summary.process is not None and summary.process.documents == len(EXPECTED)
    assert summary.process.flagged_batches == 1

    records = {record["file"]: record for record in _listed()}
    assert set(records) == set(EXPECTED)
    for file, (status, rules) in EXPECTED.items():
        record = records[file]
        assert record["status"] == status, (file, record)
        assert [reason["rule"] for reason in record["reasons"]] == rules, (file, record)
        assert set(record) >= {"id", "file", "status", "reasons"}
        for reason in record["reasons"]:
            assert set(reason) == {"rule", "severity", "message"}
    duplicate = records["05-duplicate.pdf"]["reasons"][0]
    assert duplicate["severity"] == "error"
    assert "RE-1001" in duplicate["message"] and "01-good.pdf" in duplicate["message"]
    assert records["04-bad-vat.pdf"]["reasons"][0]["severity"] == "error"
    # printed "DE 811 569 860"; extraction keeps VAT ids compact, as e-invoices carry them
    assert "DE811569860" in records["04-bad-vat.pdf"]["reasons"][0]["message"]

    review = _listed("--status", "needs_review")
    assert sorted(r["file"] for r in review) == ["02-wrong-total.pdf", "03-swapped-dates.pdf",
                                                  "04-bad-vat.pdf", "05-duplicate.pdf"]  # fmt: skip


def test_the_batch_suite_flags_the_batch_and_publishes_an_artifact(
    settings: Settings, tmp_path: Path
) -> None:
    write_crafted(tmp_path / "inbox")
    ingest_folder(str(tmp_path / "inbox"), tenant_id="acme")

    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        (batch,) = quality.quality_batches(session)
        failed = {(r.expectation, tuple(r.columns)) for r in batch.results if not r.success}
        flow_run_id = batch.flow_run_id
        assert batch.flagged and batch.invoices == len(EXPECTED)
        observed = {r.expectation: r.observed for r in batch.results if not r.success}
        # the invoices of a flagged batch stay queryable
        assert len(repository.list_invoices(session, tenant_id="acme")) == len(EXPECTED)
    assert failed == {
        ("expect_compound_columns_to_be_unique", ("tenant_id", "seller", "invoice_number", "kind")),
        ("expect_column_pair_values_a_to_be_greater_than_b", ("due_date", "issue_date")),
        ("expect_column_values_to_be_between", ("totals_gap",)),
    }
    assert observed["expect_compound_columns_to_be_unique"]["unexpected_count"] == 2

    assert flow_run_id is not None
    artifacts = asyncio.run(_artifacts(flow_run_id))
    keys = {getattr(a, "key", None) for a in artifacts}
    assert "batch-quality" in keys
    (artifact,) = [a for a in artifacts if getattr(a, "key", None) == "batch-quality"]
    assert "FLAGGED" in (artifact.description or "")  # type: ignore[attr-defined]
    assert "expect_compound_columns_to_be_unique" in str(artifact.data)  # type: ignore[attr-defined]


def _document(session, name: str, tenant: str = "acme") -> str:  # type: ignore[no-untyped-def]
    row, _ = repository.add_document(
        session,
        tenant_id=tenant,
        sha256=uuid.uuid4().hex * 2,
        filename=name,
        media_type="application/pdf",
        size=1,
        source="test",
        source_ref=None,
    )
    return row.id


def test_unknown_currency_and_tenant_scoped_duplicates_through_the_stages(
    settings: Settings,
) -> None:
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        first = _document(session, "first.pdf")
        other_tenant = _document(session, "other.pdf", tenant="globex")
    with session_scope(engine) as session:
        second = _document(session, "xyz.pdf")
    with session_scope(engine) as session:
        third = _document(session, "again.pdf")
    invoices = {
        first: make_invoice(invoice_number="A-1"),
        other_tenant: make_invoice(invoice_number="A-2"),
        second: make_invoice(invoice_number="A-2", currency="XYZ"),
        third: make_invoice(invoice_number="A-1"),
    }
    results = [
        DocumentResult(document_id=doc, extraction=Extraction(invoice=inv, extractor=EXTRACTOR))
        for doc, inv in invoices.items()
    ]
    validated = {r.document_id: r for r in validate_results(results, settings=settings)}
    assert validated[first].status is DocumentStatus.VALID
    assert validated[other_tenant].status is DocumentStatus.VALID
    # the same number in another tenant is no duplicate; another currency is another amount
    report = validated[second].report
    assert report is not None
    assert [i.rule for i in report.issues] == ["identity.currency"]
    assert validated[second].status is DocumentStatus.NEEDS_REVIEW
    again = validated[third].report
    assert again is not None and [i.rule for i in again.issues] == ["duplicate.number"]
    persist_results(list(validated.values()), settings=settings)
    with session_scope(engine) as session:
        overview = {r["file"]: r for r in repository.document_overview(session, tenant_id="acme")}
    assert overview["xyz.pdf"]["status"] == "needs_review"
    assert overview["xyz.pdf"]["reasons"][0]["rule"] == "identity.currency"


def test_a_reprocess_runs_the_batch_suite_over_what_it_stored(
    settings: Settings, tmp_path: Path
) -> None:
    write_crafted(tmp_path / "inbox")
    ingest_folder(str(tmp_path / "inbox"), tenant_id="acme")

    summary = reprocess_documents(ReprocessSelection(tenant_id="acme"))

    assert summary.processed == len(EXPECTED)
    assert summary.flagged_batches == 1
    engine = ready_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        first, again = quality.quality_batches(session)  # oldest first
        assert first.flagged and again.flagged
        assert again.invoices == len(EXPECTED) and again.flow_run_id != first.flow_run_id


def test_copies_of_a_bill_in_batches_validated_side_by_side_are_found_once_all_are_stored(
    settings: Settings,
) -> None:
    engine = ready_engine(settings.resolved_database_url)
    names = ("first.pdf", "copy.pdf", "other.pdf", "late-copy.pdf")
    ids = {}
    for name in names:  # received one after the other
        with session_scope(engine) as session:
            ids[name] = _document(session, name)
    invoices = {
        "first.pdf": make_invoice(invoice_number="B-7"),
        "copy.pdf": make_invoice(invoice_number="B-7"),
        "other.pdf": make_invoice(invoice_number="C-1", issue_date=dt.date(2026, 1, 2)),
        "late-copy.pdf": make_invoice(invoice_number="b 7"),
    }
    batches = [
        [
            DocumentResult(
                document_id=ids[name],
                extraction=Extraction(invoice=invoices[name], extractor=EXTRACTOR),
            )
            for name in batch
        ]
        for batch in (["first.pdf", "other.pdf"], ["copy.pdf"], ["late-copy.pdf"])
    ]
    # Every batch validated before any was stored, as when they run side by side.
    validated = [validate_results(batch, settings=settings) for batch in batches]
    assert all(r.status is DocumentStatus.VALID for batch in validated for r in batch)
    stored = [persist_results(batch, settings=settings) for batch in validated]

    changed = {r.document_id: r for r in recheck_duplicates(stored, settings=settings)}

    assert set(changed) == {ids["copy.pdf"], ids["late-copy.pdf"]}  # not first, not other
    report = changed[ids["copy.pdf"]].report
    assert report is not None and [i.rule for i in report.issues] == ["duplicate.number"]
    report = changed[ids["late-copy.pdf"]].report  # "b 7" is compared as "B-7"
    assert report is not None and [i.rule for i in report.issues] == ["duplicate.number"]
    with session_scope(engine) as session:
        overview = {r["file"]: r for r in repository.document_overview(session, tenant_id="acme")}
    for name in ("copy.pdf", "late-copy.pdf"):
        assert overview[name]["status"] == "needs_review"
        assert [r["rule"] for r in overview[name]["reasons"]] == ["duplicate.number"]
    assert overview["first.pdf"]["status"] == overview["other.pdf"]["status"] == "valid"
    assert recheck_duplicates(stored, settings=settings) == []  # stored verdicts are current


def test_one_document_per_batch_gives_the_same_verdicts_and_search_statuses(
    settings: Settings, tmp_path: Path
) -> None:
    write_crafted(tmp_path / "inbox")
    ingest_folder(str(tmp_path / "inbox"), tenant_id="acme", process=False)

    summary = process_documents(tenant_id="acme", batch_size=1)

    assert summary.documents == len(EXPECTED)
    records = {record["file"]: record for record in _listed()}
    for file, (status, rules) in EXPECTED.items():
        assert records[file]["status"] == status, (file, records[file])
        assert [reason["rule"] for reason in records[file]["reasons"]] == rules, file
    hits = get_index().search(SearchQuery(tenant_id="acme", size=50)).hits
    assert {hit.file_name: hit.status for hit in hits} == {f: s for f, (s, _) in EXPECTED.items()}
