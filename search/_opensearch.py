"""The OpenSearch index: versioned indices `<prefix>-v<N>` behind the alias `<prefix>`.

Searches and writes go through the alias. A reindex creates the next version from the index
template, fills it (`bulk_load`), then moves the alias in one `_aliases` call, so searches answer
from the old index until the new one is complete. Bulk writes use `helpers.streaming_bulk` and
report every document that failed with its reason (`IndexingError.failures`); the others stay.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Final

from opensearchpy import OpenSearch, helpers
from opensearchpy.exceptions import ConnectionError as OSConnectionError
from opensearchpy.exceptions import NotFoundError, OpenSearchException, RequestError

from core.errors import ServiceUnavailable
from search._mapping import index_template, to_source
from search._os_query import HIGHLIGHT_ORDER, search_body
from search._types import (
    FACET_BUCKET_LIMIT,
    FACET_FIELDS,
    BulkBatch,
    BulkReport,
    FacetBucket,
    IndexingError,
    SearchDocument,
    SearchHit,
    SearchPage,
    SearchQuery,
)

logger = logging.getLogger(__name__)

MAX_RESULT_WINDOW: Final = 10_000  # OpenSearch's default index.max_result_window
SEARCH_AFTER_CHUNK: Final = 1_000
RETRIES: Final = 3


class OpenSearchIndex:
    """A `SearchIndex` on OpenSearch; the alias and its first index appear on first use."""

    def __init__(
        self,
        client: OpenSearch,
        *,
        prefix: str = "invoices",
        shards: int = 1,
        replicas: int = 1,
        refresh: str = "true",
        chunk_size: int = 500,
        result_window: int = MAX_RESULT_WINDOW,
    ) -> None:
        self.client = client
        self.alias = prefix
        self.shards = shards
        self.replicas = replicas
        self.refresh = refresh
        self.chunk_size = chunk_size
        self.result_window = result_window
        self._ready = False

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 30.0, **options: Any) -> OpenSearchIndex:
        client = OpenSearch(
            hosts=[url], timeout=timeout, max_retries=RETRIES, retry_on_timeout=True
        )
        return cls(client, **options)

    # Writes

    def upsert(self, documents: Iterable[SearchDocument]) -> int:
        report = self.bulk_load(documents, index=self._ensure_alias(), refresh=self.refresh)
        if report.failures:
            raise IndexingError(report)
        return report.indexed

    @contextmanager
    def bulk(self) -> Iterator[BulkBatch]:
        """Collect documents in the block; write them when it ends cleanly."""
        batch = BulkBatch()
        yield batch
        if batch.documents:
            self.upsert(batch.documents)

    def bulk_load(
        self, documents: Iterable[SearchDocument], *, index: str, refresh: str = "false"
    ) -> BulkReport:
        """Write documents to `index` in chunks; every refused document is reported, none lost."""
        actions = (
            {"_op_type": "index", "_index": index, "_id": doc.invoice_id, "_source": to_source(doc)}
            for doc in documents
        )
        report = BulkReport()
        try:
            for ok, item in helpers.streaming_bulk(
                self.client,
                actions,
                chunk_size=self.chunk_size,
                max_retries=RETRIES,
                initial_backoff=1,
                raise_on_error=False,
                raise_on_exception=False,
            ):
                result = item.get("index", item)
                if ok:
                    report.indexed += 1
                else:
                    reason = _reason(result.get("error") or result.get("status"))
                    report.failures.append((str(result.get("_id")), reason))
                    logger.warning("indexing %s failed: %s", result.get("_id"), reason)
            if refresh != "false" and (report.indexed or report.failures):
                self.client.indices.refresh(index=index)
        except OSConnectionError as exc:
            raise ServiceUnavailable(f"OpenSearch is unreachable: {exc}") from exc
        return report

    def delete(self, invoice_ids: Iterable[str], *, tenant_id: str) -> int:
        ids = list(dict.fromkeys(invoice_ids))
        if not ids:
            return 0
        filters = [{"ids": {"values": ids}}, {"term": {"tenant_id": tenant_id}}]
        return self._delete_matching({"bool": {"filter": filters}})

    def forget(self, invoice_ids: Iterable[str]) -> int:
        """Delete these invoices whatever their tenant: maintenance for invoices that are no
        longer in the database (their tenant is gone with their row)."""
        ids = list(dict.fromkeys(invoice_ids))
        return self._delete_matching({"ids": {"values": ids}}) if ids else 0

    def clear(self) -> None:
        """Remove every document of every tenant."""
        self._delete_matching({"match_all": {}})

    def _delete_matching(self, query: dict[str, Any]) -> int:
        """Delete what `query` finds, by id in bulk (delete-by-query is a module, not core)."""
        index = self._ensure_alias()
        body: dict[str, Any] = {"query": query, "_source": False, "sort": ["_doc"]}
        deleted = 0
        while True:
            response = self._call(
                self.client.search, index=index, body=body, size=SEARCH_AFTER_CHUNK
            )
            hits = response["hits"]["hits"]
            if not hits:
                break
            actions = [
                {"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]} for hit in hits
            ]
            ok, _ = helpers.bulk(self.client, actions, raise_on_error=False, refresh=True)
            deleted += ok
            if len(hits) < SEARCH_AFTER_CHUNK:
                break
        return deleted

    # Reads

    def search(self, query: SearchQuery) -> SearchPage:
        body, has_text = search_body(query)
        start = (query.page - 1) * query.size
        if start + query.size <= self.result_window:
            response = self._call(
                self.client.search,
                index=self._ensure_alias(),
                body=body,
                from_=start,
                size=query.size,
            )
            hits = response["hits"]["hits"]
        else:
            response, hits = self._deep_page(body, start=start, size=query.size)
        return SearchPage(
            total=int(response["hits"]["total"]["value"]),
            page=query.page,
            size=query.size,
            hits=[_hit(hit, scored=has_text) for hit in hits],
            facets=_facets(response.get("aggregations", {})),
        )

    def scan(self, query: SearchQuery) -> Iterator[SearchHit]:
        """Every hit of `query` in its sort order, walked with search_after (no page limit)."""
        body, has_text = search_body(query)
        body = {**body, "aggs": {}, "track_total_hits": False}
        after: list[Any] | None = None
        while True:
            request = {**body, **({"search_after": after} if after else {})}
            response = self._call(
                self.client.search,
                index=self._ensure_alias(),
                body=request,
                size=SEARCH_AFTER_CHUNK,
            )
            hits = response["hits"]["hits"]
            yield from (_hit(hit, scored=has_text) for hit in hits)
            if len(hits) < SEARCH_AFTER_CHUNK:
                return
            after = hits[-1]["sort"]

    def count(self, *, tenant_id: str) -> int:
        response = self._call(
            self.client.count,
            index=self._ensure_alias(),
            body={"query": {"bool": {"filter": [{"term": {"tenant_id": tenant_id}}]}}},
        )
        return int(response["count"])

    def ping(self) -> bool:
        try:
            self._ensure_alias()
            health = self.client.cluster.health(
                index=self.alias, params={"timeout": "5s", "request_timeout": 10}
            )
        except (OpenSearchException, ServiceUnavailable):
            logger.warning("OpenSearch alias %s is not usable", self.alias, exc_info=True)
            return False
        return health.get("status") in ("green", "yellow")

    # Versions behind the alias

    def current_index(self) -> str | None:
        """The index the alias points at, or None before first use."""
        try:
            names = list(self.client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return None
        return names[0] if names else None

    def versions(self) -> list[str]:
        """Every `<prefix>-v<N>` index, oldest first."""
        try:
            names = list(self.client.indices.get(index=f"{self.alias}-v*"))
        except NotFoundError:
            return []
        pattern = re.compile(rf"^{re.escape(self.alias)}-v(\d+)$")
        found = [(int(m.group(1)), name) for name in names if (m := pattern.match(name))]
        return [name for _, name in sorted(found)]

    def create_next_version(self, *, bulk_loading: bool = True) -> str:
        """Create `<prefix>-v<N+1>` from the template; while bulk loading it does not refresh."""
        self._put_template()
        versions = self.versions()
        number = int(versions[-1].rsplit("-v", 1)[1]) + 1 if versions else 1
        name = f"{self.alias}-v{number}"
        settings = {"index": {"refresh_interval": "-1"}} if bulk_loading else {}
        self._call(self.client.indices.create, index=name, body={"settings": settings})
        return name

    def finish_loading(self, index: str) -> None:
        """Make a bulk-loaded index searchable: refreshed now and from now on, shards allocated."""
        self._call(
            self.client.indices.put_settings,
            index=index,
            body={"index": {"refresh_interval": None}},
        )
        self._call(self.client.indices.refresh, index=index)
        self._call(
            self.client.cluster.health,
            index=index,
            params={"wait_for_status": "yellow", "timeout": "60s", "request_timeout": 70},
        )

    def swap_alias(self, index: str) -> str | None:
        """Point the alias at `index` in one atomic call; returns the index it pointed at."""
        previous = self.current_index()
        actions: list[dict[str, Any]] = [{"add": {"index": index, "alias": self.alias}}]
        if previous and previous != index:
            actions.insert(0, {"remove": {"index": previous, "alias": self.alias}})
        self._call(self.client.indices.update_aliases, body={"actions": actions})
        return previous

    def drop_versions(self, *, keep: list[str]) -> list[str]:
        """Delete every version not in `keep`; returns what was deleted."""
        dropped = [name for name in self.versions() if name not in keep]
        for name in dropped:
            self._call(self.client.indices.delete, index=name, ignore_unavailable=True)
        return dropped

    def drop_everything(self) -> None:
        """Delete every version and the template (tests, or decommissioning)."""
        for name in self.versions():
            self.client.indices.delete(index=name, ignore_unavailable=True)
        self.client.indices.delete_index_template(name=self._template_name, ignore=[404])
        self._ready = False

    # Internals

    @property
    def _template_name(self) -> str:
        return f"{self.alias}-template"

    def _put_template(self) -> None:
        body = index_template(self.alias, shards=self.shards, replicas=self.replicas)
        self._call(self.client.indices.put_index_template, name=self._template_name, body=body)

    def _ensure_alias(self) -> str:
        """The alias, created with its first index on first use (safe when raced)."""
        if self._ready:
            return self.alias
        try:
            exists = self.client.indices.exists_alias(name=self.alias)
        except OSConnectionError as exc:
            raise ServiceUnavailable(f"OpenSearch is unreachable: {exc}") from exc
        if not exists:
            self._put_template()
            name = f"{self.alias}-v1"
            try:
                self.client.indices.create(index=name)
            except RequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
            self._call(
                self.client.indices.update_aliases,
                body={"actions": [{"add": {"index": name, "alias": self.alias}}]},
            )
        self._ready = True
        return self.alias

    def _deep_page(
        self, body: dict[str, Any], *, start: int, size: int
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """A page beyond the result window: walk to it with search_after, then read it."""
        after: list[Any] | None = None
        skipped = 0
        lean = {**body, "aggs": {}, "_source": False, "track_total_hits": False}
        lean.pop("highlight", None)
        while skipped < start:
            step = min(SEARCH_AFTER_CHUNK, start - skipped)
            request = {**lean, **({"search_after": after} if after else {})}
            response = self._call(
                self.client.search, index=self._ensure_alias(), body=request, size=step
            )
            hits = response["hits"]["hits"]
            skipped += len(hits)
            if len(hits) < step:
                after = None
                break
            after = hits[-1]["sort"]
        if skipped < start:  # the result ends before the page starts
            response = self._call(self.client.search, index=self._ensure_alias(), body=body, size=0)
            return response, []
        request = {**body, **({"search_after": after} if after else {})}
        response = self._call(
            self.client.search, index=self._ensure_alias(), body=request, size=size
        )
        return response, response["hits"]["hits"]

    def _call(self, method: Any, **kwargs: Any) -> Any:
        try:
            return method(**kwargs)
        except OSConnectionError as exc:
            raise ServiceUnavailable(f"OpenSearch is unreachable: {exc}") from exc


def _reason(error: object) -> str:
    if isinstance(error, dict):
        reason = f"{error.get('type', 'error')}: {error.get('reason', '')}"
        cause = error.get("caused_by")
        return f"{reason} ({_reason(cause)})" if isinstance(cause, dict) else reason
    return str(error)


def _hit(hit: dict[str, Any], *, scored: bool) -> SearchHit:
    source = hit.get("_source") or {}
    total = source.get("grand_total")
    return SearchHit.model_validate(
        {
            **{name: source.get(name) for name in SearchHit.model_fields if name in source},
            "invoice_id": source.get("invoice_id", hit["_id"]),
            "grand_total": Decimal(str(total)) if total is not None else None,
            "score": float(hit["_score"]) if scored and hit.get("_score") is not None else None,
            "highlight": _highlight(hit.get("highlight")) if scored else None,
        }
    )


def _highlight(found: dict[str, list[str]] | None) -> str | None:
    if not found:
        return None
    for name in HIGHLIGHT_ORDER:
        for key in (name, f"folded.{name}"):
            if found.get(key):
                return found[key][0]
    return next(iter(found.values()))[0]


def _facets(aggregations: dict[str, Any]) -> dict[str, list[FacetBucket]]:
    return {
        name: [
            FacetBucket(value=str(bucket["key"]), count=int(bucket["doc_count"]))
            for bucket in aggregations.get(name, {}).get("buckets", [])[:FACET_BUCKET_LIMIT]
        ]
        for name in FACET_FIELDS
    }
