"""Reindex stages: fill a new OpenSearch index version from the database, batch by batch."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from core import repository
from core.db import ready_engine, session_scope
from core.settings import Settings, get_settings
from search import BulkReport, OpenSearchIndex, get_index, search_document_for_row


def opensearch_index() -> OpenSearchIndex | None:
    """The configured index when it is OpenSearch (only it has versions to rebuild)."""
    index = get_index()
    return index if isinstance(index, OpenSearchIndex) else None


def load_invoices(invoice_ids: list[str], *, target: str | None, settings: Settings) -> BulkReport:
    """Write these invoices to `target` (an index version), or to the live index when None."""
    engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
    with session_scope(engine) as session:
        documents = [
            search_document_for_row(row) for row in repository.get_invoices(session, invoice_ids)
        ]
    index = get_index()
    if isinstance(index, OpenSearchIndex):
        refresh = "false" if target is not None else index.refresh
        return index.bulk_load(documents, index=target or index.alias, refresh=refresh)
    return BulkReport(indexed=index.upsert(documents))


@task(cache_policy=NO_CACHE)
def create_version() -> str:
    index = opensearch_index()
    assert index is not None
    return index.create_next_version(bulk_loading=True)


@task(retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def load_batch(invoice_ids: list[str], target: str | None) -> BulkReport:
    return load_invoices(invoice_ids, target=target, settings=get_settings())


@task(cache_policy=NO_CACHE)
def forget_invoices(invoice_ids: list[str]) -> int:
    """Remove from the live version invoices that left the database while it was being filled."""
    index = opensearch_index()
    assert index is not None
    return index.forget(invoice_ids)


@task(cache_policy=NO_CACHE)
def activate_version(target: str, keep_previous: bool = True) -> tuple[str | None, list[str]]:
    """Make `target` searchable, point the alias at it atomically, drop older versions."""
    index = opensearch_index()
    assert index is not None
    index.finish_loading(target)
    previous = index.swap_alias(target)
    keep = [target] + ([previous] if previous and keep_previous else [])
    return previous, index.drop_versions(keep=keep)
