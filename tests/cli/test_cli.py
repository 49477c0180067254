"""The `invoices` command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from core.settings import Settings
from tests.bad_inputs import write_bad_inputs

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"
runner = CliRunner()


def _json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _expected() -> dict[str, dict[str, object]]:
    text = (SAMPLES.parent / "expected.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {Path(str(row["file"])).name: row for row in rows}


def test_extract_prints_one_json_object_per_file(settings: Settings) -> None:
    files = sorted(SAMPLES.glob("*.pdf"))
    result = runner.invoke(app, ["extract", *map(str, files), "--format", "json"])

    assert result.exit_code == 0, result.output
    records = _json_lines(result.output)
    assert [Path(str(r["file"])).name for r in records] == [f.name for f in files]
    expected = _expected()
    for record in records:
        truth = expected[Path(str(record["file"])).name]
        assert record["invoice_number"] == truth["invoice_number"]
        assert record["grand_total"] == truth["grand_total"]
        assert record["extractor"]["name"] == "pdf-rules"
        assert set(record) >= {"seller", "buyer", "lines", "confidence", "warnings", "amount_due"}


def test_extract_reports_an_unreadable_invoice_as_an_error_record(
    settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.pdf")])

    assert result.exit_code == 0
    (record,) = _json_lines(result.output)
    assert "empty" in str(record["error"]).lower()


def test_extract_exits_non_zero_for_a_missing_file(settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.pdf")])
    assert result.exit_code == 1
    assert "missing.pdf" in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_then_list_and_search(settings: Settings, tmp_path: Path) -> None:
    write_bad_inputs(tmp_path / "inbox")
    sample = sorted(SAMPLES.glob("*.pdf"))[0]
    (tmp_path / "inbox" / sample.name).write_bytes(sample.read_bytes())

    ingested = runner.invoke(app, ["ingest", str(tmp_path / "inbox")])
    assert ingested.exit_code == 0, ingested.output
    assert "7 new" in ingested.output

    listed = runner.invoke(app, ["list", "--format", "json"])
    records = _json_lines(listed.output)
    assert len(records) == 7
    by_file = {r["file"]: r for r in records}
    assert by_file[sample.name]["status"] == "valid"
    assert by_file["empty.pdf"]["status"] == "failed"
    assert by_file["empty.pdf"]["reasons"][0]["severity"] == "error"  # type: ignore[index]

    failed = runner.invoke(app, ["list", "--status", "failed", "--format", "json"])
    assert {r["status"] for r in _json_lines(failed.output)} == {"failed"}

    number = _expected()[sample.name]["invoice_number"]
    found = runner.invoke(app, ["search", str(number), "--format", "json"])
    assert [hit["invoice_number"] for hit in _json_lines(found.output)] == [number]

    again = runner.invoke(app, ["ingest", str(tmp_path / "inbox")])
    assert "0 new, 7 already known" in again.output


def test_ingest_of_a_missing_path_is_a_usage_error(settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_demo_without_serving_prints_a_summary(settings: Settings) -> None:
    result = runner.invoke(app, ["demo", "--no-serve"])

    assert result.exit_code == 0, result.output
    pdfs = len(list(SAMPLES.glob("*.pdf")))
    assert f"documents: {pdfs}" in result.output
    assert f"valid         {pdfs}" in result.output
    assert "time taken:" in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_reprocess_and_reindex_commands(settings: Settings, tmp_path: Path) -> None:
    sample = sorted(SAMPLES.glob("*.pdf"))[0]
    assert runner.invoke(app, ["ingest", str(sample), "--tenant", "acme"]).exit_code == 0

    reprocessed = runner.invoke(app, ["reprocess", "--tenant", "acme"])
    assert reprocessed.exit_code == 0, reprocessed.output
    assert "1 processed, 0 already done" in reprocessed.output
    assert "valid         1" in reprocessed.output

    job = reprocessed.output.split("invoices reprocess --job ")[-1].split()[0]
    resumed = runner.invoke(app, ["reprocess", "--job", job])
    assert "0 processed, 1 already done" in resumed.output

    reindexed = runner.invoke(app, ["reindex"])
    assert reindexed.exit_code == 0, reindexed.output
    assert "reindexed 1/1 invoices into embedded index" in reindexed.output

    unknown = runner.invoke(app, ["reprocess", "--job", "no-such-job"])
    assert unknown.exit_code == 2
    assert "error:" in unknown.output
