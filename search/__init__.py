"""The search index: one interface, an embedded implementation (SQLite FTS5, no server) and, when
OPENSEARCH_URL is set, OpenSearch. `get_index()` returns the configured one, cached per process.
"""

from __future__ import annotations

from functools import lru_cache

from core.settings import get_settings
from search._document import to_search_document
from search._types import (
    FACET_FIELDS,
    BulkWriter,
    FacetBucket,
    SearchDocument,
    SearchHit,
    SearchIndex,
    SearchPage,
    SearchQuery,
    SortOrder,
)

__all__ = [
    "FACET_FIELDS",
    "BulkWriter",
    "FacetBucket",
    "SearchDocument",
    "SearchHit",
    "SearchIndex",
    "SearchPage",
    "SearchQuery",
    "SortOrder",
    "get_index",
    "reset_index",
    "to_search_document",
]


@lru_cache(maxsize=1)
def get_index() -> SearchIndex:
    settings = get_settings()
    if settings.opensearch_url:
        raise NotImplementedError(
            "OPENSEARCH_URL is set, but this build only has the embedded index; unset it"
        )
    from search._embedded import EmbeddedIndex

    return EmbeddedIndex(settings.search_index_path)


def reset_index() -> None:
    """Forget the cached index (tests, or after settings change)."""
    get_index.cache_clear()
