"""`invoices`: ingest, process, extract, search, list, serve, demo.

Heavy modules (Prefect, PyMuPDF, the API) are imported inside the commands that need them, so
`invoices --help` and `invoices extract` start fast.
"""

from __future__ import annotations

import os
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import typer

from cli.output import extraction_record, json_line, table
from core.models import DocumentStatus
from core.settings import get_settings

app = typer.Typer(
    name="invoices",
    help="Turn incoming invoices into validated, searchable records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples" / "invoices"

# Quiet, offline Prefect unless the operator says otherwise.
for _name, _value in {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
}.items():
    os.environ.setdefault(_name, _value)


class OutputFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


Tenant = Annotated[
    str | None, typer.Option("--tenant", help="Tenant id (default: DEFAULT_TENANT setting)")
]
Format = Annotated[OutputFormat, typer.Option("--format", help="json: one object per line")]


def _tenant(tenant: str | None) -> str:
    return tenant or get_settings().default_tenant


def _print_process_summary(summary: object) -> None:
    from flows.process import ProcessSummary

    assert isinstance(summary, ProcessSummary)
    typer.echo(f"processed {summary.documents} documents in {summary.seconds:.1f} s")
    for status, count in summary.by_status.items():
        typer.echo(f"  {status:<13} {count}")
    for failed in summary.failed[:20]:
        typer.echo(f"  failed {failed.document_id}: {failed.reason}")


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="A file, or a folder searched recursively")],
    tenant: Tenant = None,
    process: Annotated[
        bool, typer.Option("--process/--no-process", help="Process what was ingested")
    ] = True,
) -> None:
    """Ingest invoices from a file or folder through the Prefect flow, then process them."""
    from core.errors import SourceError
    from flows.ingest import ingest_folder

    if not path.exists():
        typer.echo(f"error: {path} does not exist", err=True)
        raise typer.Exit(2)
    try:
        summary = ingest_folder(str(path), tenant_id=_tenant(tenant), process=process)
    except SourceError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    result = summary.ingest
    typer.echo(
        f"ingested {path}: {len(result.created)} new, {len(result.duplicates)} already known, "
        f"{len(result.skipped)} unreadable"
    )
    for skipped in result.skipped:
        typer.echo(f"  unreadable {skipped.path}: {skipped.reason}")
    if summary.process is not None:
        _print_process_summary(summary.process)


@app.command()
def process(
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Only this tenant (default: all)")
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Also re-read documents that failed")
    ] = False,
) -> None:
    """Process every document still waiting (extract, validate, store, index)."""
    from flows.process import process_documents

    _print_process_summary(process_documents(tenant_id=tenant, retry_failed=retry_failed))


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="PDF, e-invoice XML or image files")],
    output: Format = OutputFormat.JSON,
    ignore_embedded_xml: Annotated[
        bool,
        typer.Option(
            "--ignore-embedded-xml", help="Read a PDF's visible pages even if it carries XML"
        ),
    ] = False,
) -> None:
    """Read invoices from files and print them; no database or flow involved."""
    from tasks.extract import extract_document
    from tasks.extract.gemini import GeminiConfig

    settings = get_settings()
    gemini = GeminiConfig.from_settings(settings)  # None without GEMINI_API_KEY: offline
    missing = 0
    rows = []
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            typer.echo(f"error: {file}: {error.strerror or error}", err=True)
            missing += 1
            continue
        extraction = extract_document(
            data,
            filename=file.name,
            max_bytes=settings.max_document_bytes,
            max_pages=settings.max_pages,
            ignore_embedded_xml=ignore_embedded_xml,
            gemini=gemini,
        )
        record = extraction_record(str(file), extraction)
        if output is OutputFormat.JSON:
            typer.echo(json_line(record))
        else:
            rows.append(
                [
                    file.name,
                    record.get("invoice_number"),
                    record.get("issue_date"),
                    (record.get("seller") or {}).get("name"),
                    record.get("grand_total"),
                    record.get("currency"),
                    record.get("error", ""),
                ]
            )
    if rows:
        typer.echo(table(rows, ["file", "number", "date", "seller", "total", "cur", "error"]))
    if missing:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find; empty string for all")] = "",
    tenant: Tenant = None,
    vendor: Annotated[str | None, typer.Option(help="Exact seller name")] = None,
    currency: Annotated[str | None, typer.Option(help="ISO 4217 code")] = None,
    status: Annotated[DocumentStatus | None, typer.Option(help="Invoice status")] = None,
    size: Annotated[int, typer.Option(min=1, max=200, help="Hits to show")] = 20,
    output: Format = OutputFormat.TABLE,
) -> None:
    """Search the index (full text over parties, numbers, line items and document text)."""
    from core.errors import QueryError
    from search import SearchQuery, get_index

    try:
        page = get_index().search(
            SearchQuery(
                tenant_id=_tenant(tenant),
                text=query or None,
                vendor=vendor,
                currency=currency,
                status=status,
                size=size,
            )
        )
    except QueryError as error:
        raise typer.BadParameter(str(error)) from error
    if output is OutputFormat.JSON:
        for hit in page.hits:
            typer.echo(json_line(hit.model_dump(mode="json")))
        return
    typer.echo(f"{page.total} invoices")
    rows = [
        [
            h.invoice_number,
            h.issue_date,
            h.seller_name,
            h.grand_total,
            h.currency,
            h.status,
            h.invoice_id,
        ]
        for h in page.hits
    ]
    if rows:
        typer.echo(table(rows, ["number", "date", "seller", "total", "cur", "status", "id"]))


@app.command(name="list")
def list_invoices(
    status: Annotated[DocumentStatus | None, typer.Option(help="Only this status")] = None,
    tenant: Tenant = None,
    output: Format = OutputFormat.TABLE,
) -> None:
    """List documents with their status and the reasons behind it."""
    from core import repository
    from core.db import ready_engine, session_scope

    settings = get_settings()
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        records = repository.document_overview(session, tenant_id=_tenant(tenant), status=status)
    if output is OutputFormat.JSON:
        for record in records:
            typer.echo(json_line(record))
        return
    rows = [
        [r["file"], r["status"], r["invoice_number"], "; ".join(x["message"] for x in r["reasons"])]
        for r in records
    ]
    typer.echo(table(rows, ["file", "status", "number", "reasons"]) if rows else "no documents")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default: API_HOST)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: API_PORT)")] = None,
) -> None:
    """Serve the HTTP API (search, invoice detail, originals, analytics, health)."""
    import uvicorn

    settings = get_settings()
    uvicorn.run("api.main:app", host=host or settings.api_host, port=port or settings.api_port)


@app.command()
def demo(
    samples: Annotated[Path, typer.Option(help="Folder of invoices to ingest")] = SAMPLES_DIR,
    serve_api: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the API after ingesting")
    ] = True,
    port: Annotated[int | None, typer.Option(help="API port (default: API_PORT)")] = None,
) -> None:
    """Ingest the bundled sample invoices, print a summary, and serve the API."""
    from core import repository
    from core.db import ready_engine, session_scope
    from flows.ingest import ingest_folder

    settings = get_settings()
    if not samples.is_dir():
        typer.echo(f"error: {samples} is not a folder of invoices", err=True)
        raise typer.Exit(2)
    started = time.perf_counter()
    summary = ingest_folder(str(samples), tenant_id=settings.default_tenant, process=True)
    seconds = time.perf_counter() - started
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        counts = repository.status_counts(session, tenant_id=settings.default_tenant)
        invoices = repository.list_invoices(session, tenant_id=settings.default_tenant)
        example = next((i.seller_name for i in invoices if i.seller_name), None)
    typer.echo("")
    typer.echo(f"demo: {samples}")
    typer.echo(f"  documents: {sum(counts.values())} ({len(summary.ingest.created)} new this run)")
    typer.echo(f"  invoices:  {len(invoices)}")
    for status, count in sorted(counts.items()):
        typer.echo(f"    {status:<13} {count}")
    typer.echo(f"  time taken: {seconds:.1f} s")
    host, api_port = settings.api_host, port or settings.api_port
    word = (example or "invoice").split()[0]
    typer.echo(f"  database: {settings.resolved_database_url}")
    if not serve_api:
        return
    typer.echo("")
    typer.echo(f"API: http://{host}:{api_port}  (docs: http://{host}:{api_port}/docs)")
    typer.echo(f"try: curl 'http://{host}:{api_port}/invoices/search?q={quote(word)}'")
    typer.echo("Press Ctrl+C to stop.")
    import uvicorn

    uvicorn.run("api.main:app", host=host, port=api_port)


from cli import sources as _sources  # noqa: E402  (sources: ingest-email, ingest-sftp, deploy)

_sources.register(app)

from cli import ops as _ops  # noqa: E402  (operations: reprocess, reindex)

_ops.register(app)


if __name__ == "__main__":
    app()
