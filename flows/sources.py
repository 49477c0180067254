"""Scheduled ingest flows: a mailbox (IMAP) and an SFTP drop, each followed by processing.

A source that is down fails the flow run with the cause (after the task's retries); a refused
login or an untrusted host fails it at once.
"""

from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.tasks import exponential_backoff

from core.settings import Settings, get_settings
from flows.ingest import IngestSummary
from flows.process import process_documents
from tasks.sources.folder import IngestResult
from tasks.sources.imap import fetch_mailbox
from tasks.sources.sftp import fetch_sftp


def _retry_options(settings: Settings) -> dict[str, object]:
    return {
        "retries": settings.source_retries,
        "retry_delay_seconds": exponential_backoff(settings.source_retry_delay_seconds),
        "retry_jitter_factor": 0.5,
    }


def _log(what: str, result: IngestResult) -> None:
    get_run_logger().info(
        "%s: %d new documents, %d already known, %d skipped",
        what,
        len(result.created),
        len(result.duplicates),
        len(result.skipped),
    )
    for skipped in result.skipped:
        get_run_logger().info("skipped %s: %s", skipped.path, skipped.reason)


@flow(name="ingest-email")
def ingest_email(
    folder: str | None = None, tenant_id: str | None = None, process: bool = True
) -> IngestSummary:
    """Take in invoice attachments from new messages of the configured mailbox, then process."""
    settings = get_settings()
    tenant = tenant_id or settings.imap_tenant or settings.default_tenant
    result = fetch_mailbox.with_options(**_retry_options(settings))(folder=folder, tenant_id=tenant)
    _log("mailbox", result)
    summary = process_documents(tenant_id=tenant) if process else None
    return IngestSummary(ingest=result, process=summary)


@flow(name="ingest-sftp")
def ingest_sftp(
    remote_dir: str | None = None, tenant_id: str | None = None, process: bool = True
) -> IngestSummary:
    """Take in new files from the configured SFTP directory, then process."""
    settings = get_settings()
    tenant = tenant_id or settings.sftp_tenant or settings.default_tenant
    result = fetch_sftp.with_options(**_retry_options(settings))(
        remote_dir=remote_dir, tenant_id=tenant
    )
    _log("sftp", result)
    summary = process_documents(tenant_id=tenant) if process else None
    return IngestSummary(ingest=result, process=summary)
