"""Operator commands: `invoices reprocess` (bulk re-run over a selection, resumable) and
`invoices reindex` (rebuild the search index behind its alias)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from core.models import DocumentStatus


def reprocess(
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant")] = None,
    received_from: Annotated[
        dt.datetime | None,
        typer.Option("--received-from", formats=["%Y-%m-%d"], help="Received on/after (UTC)"),
    ] = None,
    received_to: Annotated[
        dt.datetime | None,
        typer.Option("--received-to", formats=["%Y-%m-%d"], help="Received on/before (UTC)"),
    ] = None,
    vendor: Annotated[
        str | None, typer.Option("--vendor", help="Exact seller name of the current invoice")
    ] = None,
    status: Annotated[
        list[DocumentStatus] | None,
        typer.Option("--status", help="Document status (repeatable)"),
    ] = None,
    extractor: Annotated[
        str | None, typer.Option("--extractor", help="Extractor name of the latest run")
    ] = None,
    extractor_version: Annotated[
        str | None,
        typer.Option("--extractor-version", help="Extractor version of the latest run"),
    ] = None,
    ids: Annotated[
        list[str] | None, typer.Option("--id", help="A document id (repeatable)")
    ] = None,
    job: Annotated[
        str | None,
        typer.Option("--job", help="Resume this job (skips what it already did); no selection"),
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", min=1, help="Documents per task run")
    ] = None,
) -> None:
    """Re-run extraction, validation, storage and indexing over a selection of documents."""
    from core.errors import NotFound, UserInputError
    from core.jobs import ReprocessSelection
    from flows.reprocess import reprocess_documents

    try:
        selection = None
        if job is None:
            selection = ReprocessSelection(
                tenant_id=tenant,
                received_from=received_from.date() if received_from else None,
                received_to=received_to.date() if received_to else None,
                vendor=vendor,
                statuses=status or [],
                extractor_name=extractor,
                extractor_version=extractor_version,
                document_ids=ids or [],
            )
        summary = reprocess_documents(selection=selection, job_id=job, batch_size=batch_size)
    except (UserInputError, NotFound, ValueError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    typer.echo(
        f"reprocess job {summary.job_id}: {summary.processed} processed, "
        f"{summary.already_done} already done, {summary.reindexed} indexed after a crash, "
        f"of {summary.selected} selected, in {summary.seconds:.1f} s "
        f"({summary.documents_per_second:.1f} documents/s)"
    )
    for name, count in summary.by_status.items():
        typer.echo(f"  {name:<13} {count}")
    for failed in summary.failed[:20]:
        typer.echo(f"  failed {failed.document_id}: {failed.reason}")
    typer.echo(f"resume with: invoices reprocess --job {summary.job_id}")
    if summary.unfinished_batches:
        typer.echo(
            f"error: {summary.unfinished_batches} batches did not finish; resume the job",
            err=True,
        )
        raise typer.Exit(1)


def reindex(
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", min=1, help="Invoices per bulk task")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Move the alias even if some invoices failed")
    ] = False,
) -> None:
    """Rebuild the search index from the database (OpenSearch: a new version, alias swapped)."""
    from flows.reindex import reindex as reindex_flow

    summary = reindex_flow(batch_size=batch_size, force=force)
    target = summary.target or "embedded index"
    typer.echo(
        f"reindexed {summary.indexed}/{summary.invoices} invoices into {target} "
        f"in {summary.seconds:.1f} s; alias moved: {summary.swapped}"
    )
    if summary.previous:
        typer.echo(f"  previous version {summary.previous} kept; dropped: {summary.dropped}")
    for invoice_id, reason in summary.failures[:20]:
        typer.echo(f"  failed {invoice_id}: {reason}")
    if summary.failures and not summary.swapped:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(reprocess)
    app.command()(reindex)
