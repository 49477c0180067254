"""The search index: one interface, an embedded implementation (SQLite FTS5, no server) and, when
OPENSEARCH_URL is set, OpenSearch (versioned indices behind an alias, see `_opensearch`).
`open_index(settings)` builds the one a Settings object names; `get_index()` is that for the
process-wide settings, cached.
"""

from __future__ import annotations

from functools import lru_cache

from core.settings import Settings, get_settings
from search._document import search_document_for_row, to_search_document
from search._types import (
    FACET_FIELDS,
    BulkReport,
    BulkWriter,
    FacetBucket,
    IndexingError,
    SearchDocument,
    SearchHit,
    SearchIndex,
    SearchPage,
    SearchQuery,
    SortOrder,
)

__all__ = [
    "FACET_FIELDS",
    "BulkReport",
    "BulkWriter",
    "FacetBucket",
    "IndexingError",
    "OpenSearchIndex",
    "SearchDocument",
    "SearchHit",
    "SearchIndex",
    "SearchPage",
    "SearchQuery",
    "SortOrder",
    "get_index",
    "open_index",
    "reset_index",
    "search_document_for_row",
    "to_search_document",
]


def open_index(settings: Settings) -> SearchIndex:
    """The index `settings` configure: OpenSearch when OPENSEARCH_URL is set, else embedded."""
    if settings.opensearch_url:
        from search._opensearch import OpenSearchIndex

        return OpenSearchIndex.from_url(
            settings.opensearch_url,
            timeout=settings.opensearch_timeout,
            prefix=settings.opensearch_index_prefix,
            shards=settings.opensearch_shards,
            replicas=settings.opensearch_replicas,
            refresh=settings.opensearch_refresh,
            chunk_size=settings.opensearch_bulk_chunk,
        )
    from search._embedded import EmbeddedIndex

    return EmbeddedIndex(settings.search_index_path)


@lru_cache(maxsize=1)
def get_index() -> SearchIndex:
    """The index of the process-wide settings, built once."""
    return open_index(get_settings())


def reset_index() -> None:
    """Forget the cached index (tests, or after settings change)."""
    get_index.cache_clear()


def __getattr__(name: str) -> object:
    # The OpenSearch client is imported only by those who ask for it.
    if name == "OpenSearchIndex":
        from search._opensearch import OpenSearchIndex

        return OpenSearchIndex
    raise AttributeError(f"module 'search' has no attribute {name!r}")
