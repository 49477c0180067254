"""The ingest flow: bring files from a folder into the blob store and the database, then process."""

from __future__ import annotations

from prefect import flow, get_run_logger, unmapped
from pydantic import BaseModel

from core.batches import iter_batches
from core.settings import get_settings
from flows.process import ProcessSummary, process_documents
from tasks.sources.folder import IngestResult, list_folder, store_files


class IngestSummary(BaseModel):
    ingest: IngestResult
    process: ProcessSummary | None = None


@flow(name="ingest-folder")
def ingest_folder(path: str, tenant_id: str | None = None, process: bool = True) -> IngestSummary:
    """Ingest a file or every file under a folder; re-ingesting the same bytes adds nothing."""
    logger = get_run_logger()
    settings = get_settings()
    tenant = tenant_id or settings.default_tenant
    listing = list_folder(path)
    batches = list(iter_batches(listing.files, settings.batch_size))
    stored = store_files.map(batches, unmapped(tenant))
    result = IngestResult(skipped=listing.skipped)  # entries the listing could not take
    for future in stored:
        result = result.merge(future.result())
    logger.info(
        "%s: %d new, %d already known, %d unreadable",
        path,
        len(result.created),
        len(result.duplicates),
        len(result.skipped),
    )
    summary = process_documents(tenant_id=tenant) if process else None
    return IngestSummary(ingest=result, process=summary)
