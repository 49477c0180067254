"""An OpenSearch index under a unique alias per test, removed afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from search._opensearch import OpenSearchIndex
from tests.servers import server_url, unique_name, unreachable


def make_opensearch_index(**options: object) -> OpenSearchIndex:
    url = server_url("INVOICES_TEST_OPENSEARCH_URL")
    index = OpenSearchIndex.from_url(url, prefix=unique_name("test-"), replicas=0, **options)  # type: ignore[arg-type]
    try:
        index.client.info()
    except Exception as error:
        unreachable("INVOICES_TEST_OPENSEARCH_URL", error)
    return index


@pytest.fixture
def opensearch_index() -> Iterator[OpenSearchIndex]:
    index = make_opensearch_index()
    yield index
    index.drop_everything()
