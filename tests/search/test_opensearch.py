"""OpenSearch beyond the shared contract: typo-tolerant parties, exact numbers, deep pages,
per-document bulk errors, versions behind the alias, and the settings that select it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.settings import Settings, get_settings
from search import IndexingError, OpenSearchIndex, get_index, reset_index
from search._types import SearchQuery
from tests.search.builders import TENANT, make_document, search
from tests.search.conftest import make_opensearch_index
from tests.servers import server_url, unique_name

pytestmark = pytest.mark.opensearch


def test_a_party_name_with_a_typo_is_found(opensearch_index: OpenSearchIndex) -> None:
    opensearch_index.upsert(
        [
            make_document("a", seller_name="Nordlicht Handel GmbH"),
            make_document("b", seller_name="Südwind Logistik"),
        ]
    )
    assert search(opensearch_index, "Nordlict handel") == ["a"]
    assert search(opensearch_index, "Sudwnd") == ["b"]
    assert search(opensearch_index, "Nordlict", currency="USD") == []


def test_an_exact_invoice_number_or_vat_id_ranks_first(opensearch_index: OpenSearchIndex) -> None:
    opensearch_index.upsert(
        [
            make_document("mention", text="see INV-2026-0042 for the previous delivery"),
            make_document("exact", invoice_number="INV-2026-0042"),
            make_document("vat", seller_vat_id="DE123456789", text="de123456789 de123456789"),
        ]
    )
    assert search(opensearch_index, "inv-2026-0042") == ["exact", "mention"]
    assert search(opensearch_index, "DE123456789") == ["vat"]


def test_pages_beyond_the_result_window_walk_with_search_after() -> None:
    index = make_opensearch_index(result_window=10)
    try:
        index.upsert(make_document(f"p{n:02d}", grand_total=Decimal(n)) for n in range(25))
        query = {"tenant_id": TENANT, "sort": "-grand_total", "size": 4}
        pages = [index.search(SearchQuery(**query, page=page)) for page in range(1, 9)]
        ids = [hit.invoice_id for page in pages for hit in page.hits]
        assert ids == [f"p{n:02d}" for n in reversed(range(25))]
        assert {page.total for page in pages} == {25}
        assert pages[-1].hits == [] and pages[-1].facets["currency"][0].count == 25
        scanned = [hit.invoice_id for hit in index.scan(SearchQuery(tenant_id=TENANT))]
        assert sorted(scanned) == sorted(ids)
    finally:
        index.drop_everything()


def test_a_refused_document_is_reported_and_the_others_are_written(
    opensearch_index: OpenSearchIndex,
) -> None:
    # A grand total with 40,000 digits makes a sort key longer than Lucene accepts.
    huge = Decimal("1." + "1" * 40_000)
    documents = [make_document("good"), make_document("bad", grand_total=huge)]
    with pytest.raises(IndexingError) as caught:
        opensearch_index.upsert([*documents, make_document("also-good")])
    assert [invoice_id for invoice_id, _ in caught.value.failures] == ["bad"]
    assert "immense" in caught.value.failures[0][1].lower()
    assert sorted(search(opensearch_index)) == ["also-good", "good"]


def test_versions_swap_behind_the_alias(opensearch_index: OpenSearchIndex) -> None:
    opensearch_index.upsert([make_document("old")])
    first = opensearch_index.current_index()
    target = opensearch_index.create_next_version()
    report = opensearch_index.bulk_load([make_document("new")], index=target)
    assert (report.indexed, report.failures) == (1, [])
    assert search(opensearch_index) == ["old"]  # the alias still serves the old version
    opensearch_index.finish_loading(target)
    assert opensearch_index.swap_alias(target) == first
    assert search(opensearch_index) == ["new"]
    assert opensearch_index.drop_versions(keep=[target]) == [first]
    assert opensearch_index.versions() == [target]
    assert opensearch_index.ping()


def test_opensearch_url_selects_the_opensearch_index(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENSEARCH_URL", server_url("INVOICES_TEST_OPENSEARCH_URL"))
    monkeypatch.setenv("INVOICES_OPENSEARCH_INDEX_PREFIX", unique_name("test-"))
    monkeypatch.setenv("INVOICES_OPENSEARCH_REPLICAS", "0")
    get_settings.cache_clear()
    reset_index()
    index = get_index()
    assert isinstance(index, OpenSearchIndex)
    try:
        assert index.alias == get_settings().opensearch_index_prefix
        assert index.ping()
        assert index.current_index() == f"{index.alias}-v1"
    finally:
        index.drop_everything()


def test_an_unreachable_cluster_is_not_ready() -> None:
    index = OpenSearchIndex.from_url("http://127.0.0.1:9", timeout=1, prefix=unique_name("t-"))
    assert index.ping() is False
