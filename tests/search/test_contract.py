"""The search contract: the embedded index and OpenSearch give the same answers to the same
queries (full text, filters, sorting, paging, facets, tenants, writes, exact amounts).

Every test runs once per implementation; the OpenSearch run needs a node (marker `opensearch`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from core.errors import QueryError
from core.models import DocumentStatus
from search._embedded import EmbeddedIndex
from search._types import SearchIndex, SearchQuery
from tests.search.builders import OTHER, TENANT, corpus_documents, make_document, search


@pytest.fixture(params=["embedded", pytest.param("opensearch", marks=pytest.mark.opensearch)])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    if request.param == "embedded":
        yield EmbeddedIndex(tmp_path / "search.db")
    else:
        yield request.getfixturevalue("opensearch_index")


@pytest.fixture
def corpus(index: SearchIndex) -> SearchIndex:
    index.upsert(corpus_documents())
    return index


# Full text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bürobedarf", ["a"]),
        ("zeta holding", ["c"]),
        ("INV-2026-0042", ["a"]),
        ("DE123456789", ["a"]),
        ("toner", ["a"]),
        ("catering lunch", ["b"]),
        ("electricity", ["c"]),
        ("mueller-januar", ["a"]),
        ("acme", ["a", "b"]),
        ("acme toner", ["a"]),
        ("nothing-like-this", []),
    ],
)
def test_text_finds_parties_numbers_vat_ids_lines_file_names_and_document_text(
    corpus: SearchIndex, text: str, expected: list[str]
) -> None:
    assert sorted(search(corpus, text)) == expected


@pytest.mark.parametrize(
    "text", ["muller", "MÜLLER", "cafe creme", "buromaterial", "Müll", "stadtw"]
)
def test_text_ignores_accents_and_matches_the_last_word_as_prefix(
    corpus: SearchIndex, text: str
) -> None:
    assert len(search(corpus, text)) == 1


def test_invoice_number_prefix_finds_the_series(corpus: SearchIndex) -> None:
    assert sorted(search(corpus, "INV-2026-004")) == ["a", "b"]


@pytest.mark.parametrize("text", [None, "", "   ", "***", "-", '"'])
def test_empty_or_wordless_text_matches_everything(corpus: SearchIndex, text: str | None) -> None:
    page = corpus.search(SearchQuery(tenant_id=TENANT, text=text))
    assert page.total == 3
    assert all(hit.score is None and hit.highlight is None for hit in page.hits)


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '"unbalanced',
        'müller"',
        "AND(",
        "OR",
        "NOT müller",
        "NEAR(a b)",
        "*",
        "mül*",
        "-toner",
        "seller_name:müller",
        "{seller_name}: x",
        "^start",
        "a + b",
        "(((",
        "'; DROP TABLE invoice; --",
        "\x00null",
        "lone \ud800 surrogate",
        "ß" * 500,
    ],
)
def test_hostile_text_never_raises(corpus: SearchIndex, text: str) -> None:
    corpus.search(SearchQuery(tenant_id=TENANT, text=text))
    assert corpus.count(tenant_id=TENANT) == 3


def test_too_many_words_are_a_clear_query_error(corpus: SearchIndex) -> None:
    assert len(search(corpus, " ".join(["müller"] * 32))) == 1
    with pytest.raises(QueryError, match="33 words; at most 32"):
        corpus.search(SearchQuery(tenant_id=TENANT, text=" ".join(["word"] * 33)))


def test_operators_in_text_are_plain_words(corpus: SearchIndex) -> None:
    assert search(corpus, "seller_name:müller") == []
    assert search(corpus, "müller AND") == []
    assert search(corpus, "NOT müller") == []


def test_hits_carry_score_and_escaped_highlight(index: SearchIndex) -> None:
    index.upsert([make_document("a", text="Parts & <b>toner</b> for the printer")])
    (hit,) = index.search(SearchQuery(tenant_id=TENANT, text="toner")).hits
    assert hit.score is not None and hit.score > 0
    assert hit.highlight is not None
    assert "<mark>toner</mark>" in hit.highlight
    assert "&amp;" in hit.highlight and "<b>" not in hit.highlight


# Filters


def test_each_filter_narrows_the_result(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("a", seller_name="Alpha", currency="EUR"),
            make_document("b", seller_name="Alpha GmbH", currency="USD"),
            make_document("c", seller_name="Beta", status=DocumentStatus.NEEDS_REVIEW),
        ]
    )
    assert search(index, vendor="Alpha") == ["a"]
    assert sorted(search(index, currency="EUR")) == ["a", "c"]
    assert search(index, status="needs_review") == ["c"]
    assert search(index, vendor="Alpha", currency="USD") == []
    assert search(index, "alpha", currency="USD") == ["b"]


def test_date_range_is_inclusive_and_skips_undated(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("before", issue_date=dt.date(2025, 12, 31)),
            make_document("first", issue_date=dt.date(2026, 1, 1)),
            make_document("last", issue_date=dt.date(2026, 1, 31)),
            make_document("after", issue_date=dt.date(2026, 2, 1)),
            make_document("undated", issue_date=None),
        ]
    )
    in_range = search(index, date_from="2026-01-01", date_to="2026-01-31")
    assert sorted(in_range) == ["first", "last"]
    assert sorted(search(index, date_from="2026-01-31")) == ["after", "last"]
    assert sorted(search(index, date_to="2026-01-01")) == ["before", "first"]


def test_amount_range_is_inclusive_and_exact(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("below", grand_total=Decimal("99.99")),
            make_document("low", grand_total=Decimal("100.0")),
            make_document("mid", grand_total=Decimal("150.005")),
            make_document("high", grand_total=Decimal("200.00")),
            make_document("above", grand_total=Decimal("200.000000001")),
            make_document("credit", grand_total=Decimal("-50.00")),
            make_document("none", grand_total=None),
        ]
    )
    ids = search(index, amount_min=Decimal("100"), amount_max=Decimal("200"))
    assert sorted(ids) == ["high", "low", "mid"]
    assert sorted(search(index, amount_max=Decimal("0"))) == ["credit"]
    assert sorted(search(index, amount_min=Decimal("150.0051"))) == ["above", "high"]


# Sorting and paging


@pytest.fixture
def sortable(index: SearchIndex) -> SearchIndex:
    index.upsert(
        [
            make_document("d1", issue_date=dt.date(2026, 3, 1), grand_total=Decimal("10")),
            make_document("d2", issue_date=dt.date(2026, 1, 1), grand_total=Decimal("9.99")),
            make_document("d3", issue_date=None, grand_total=Decimal("1000")),
            make_document("d4", issue_date=dt.date(2026, 2, 1), grand_total=None),
            make_document("d5", issue_date=dt.date(2026, 2, 1), grand_total=Decimal("-5")),
        ]
    )
    return index


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("issue_date", ["d2", "d4", "d5", "d1", "d3"]),
        ("-issue_date", ["d1", "d4", "d5", "d2", "d3"]),
        ("grand_total", ["d5", "d2", "d1", "d3", "d4"]),
        ("-grand_total", ["d3", "d1", "d2", "d5", "d4"]),
        ("relevance", ["d1", "d4", "d5", "d2", "d3"]),
    ],
)
def test_sort_orders_put_nulls_last_and_break_ties_by_id(
    sortable: SearchIndex, sort: str, expected: list[str]
) -> None:
    assert search(sortable, sort=sort) == expected


def test_relevance_ranks_stronger_matches_first(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("weak", text="a long text that mentions toner once among many words"),
            make_document("strong", seller_name="Toner Toner Ltd", invoice_number="TONER-1"),
        ]
    )
    page = index.search(SearchQuery(tenant_id=TENANT, text="toner"))
    assert [hit.invoice_id for hit in page.hits] == ["strong", "weak"]
    assert page.hits[0].score is not None and page.hits[1].score is not None
    assert page.hits[0].score > page.hits[1].score


def test_pages_split_the_result_and_total_counts_every_match(index: SearchIndex) -> None:
    index.upsert(make_document(f"p{n:02d}") for n in range(25))
    pages = [
        index.search(SearchQuery(tenant_id=TENANT, sort="issue_date", page=page, size=10))
        for page in (1, 2, 3, 4)
    ]
    assert [page.total for page in pages] == [25, 25, 25, 25]
    assert [len(page.hits) for page in pages] == [10, 10, 5, 0]
    ids = [hit.invoice_id for page in pages for hit in page.hits]
    assert ids == [f"p{n:02d}" for n in range(25)]


# Facets and tenants


def test_facets_count_the_filtered_result_of_one_tenant(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("a", seller_name="Beta", currency="EUR"),
            make_document("b", seller_name="Alpha", currency="EUR"),
            make_document("c", seller_name="Beta", currency="USD"),
            make_document("d", seller_name="Beta", currency="EUR", text="special"),
            make_document("e", seller_name=None, currency="EUR", status=DocumentStatus.FAILED),
            make_document("x", seller_name="Beta", tenant_id=OTHER),
            make_document("y", seller_name="Gamma", tenant_id=OTHER),
        ]
    )
    facets = index.search(SearchQuery(tenant_id=TENANT)).facets
    assert set(facets) == {"seller_name", "currency", "status"}
    assert [(b.value, b.count) for b in facets["seller_name"]] == [("Beta", 3), ("Alpha", 1)]
    assert [(b.value, b.count) for b in facets["currency"]] == [("EUR", 4), ("USD", 1)]
    assert [(b.value, b.count) for b in facets["status"]] == [("valid", 4), ("failed", 1)]

    filtered = index.search(SearchQuery(tenant_id=TENANT, currency="EUR", vendor="Beta"))
    assert [(b.value, b.count) for b in filtered.facets["seller_name"]] == [("Beta", 2)]
    text = index.search(SearchQuery(tenant_id=TENANT, text="special"))
    assert [(b.value, b.count) for b in text.facets["currency"]] == [("EUR", 1)]


def test_tenants_never_see_each_others_invoices(index: SearchIndex) -> None:
    index.upsert(
        [
            make_document("mine", seller_name="Shared Vendor"),
            make_document("theirs", seller_name="Shared Vendor", tenant_id=OTHER),
        ]
    )
    page = index.search(SearchQuery(tenant_id=TENANT, text="shared vendor"))
    assert [hit.invoice_id for hit in page.hits] == ["mine"]
    assert page.total == 1
    assert page.facets["seller_name"][0].count == 1
    assert index.count(tenant_id=TENANT) == 1
    assert index.count(tenant_id=OTHER) == 1
    assert index.count(tenant_id="nobody") == 0

    assert index.delete(["theirs"], tenant_id=TENANT) == 0
    assert index.count(tenant_id=OTHER) == 1
    assert index.delete(["theirs", "theirs", "unknown"], tenant_id=OTHER) == 1
    assert search(index, "shared", tenant_id=OTHER) == []
    assert search(index, "shared") == ["mine"]


# Writes


def test_upsert_replaces_by_invoice_id(index: SearchIndex) -> None:
    assert index.upsert([make_document("a", seller_name="Old Name")]) == 1
    index.upsert([make_document("a", seller_name="New Name", grand_total=Decimal("7.50"))])
    assert index.count(tenant_id=TENANT) == 1
    assert search(index, "old") == []
    (hit,) = index.search(SearchQuery(tenant_id=TENANT, text="new")).hits
    assert (hit.seller_name, hit.grand_total) == ("New Name", Decimal("7.50"))


def test_bulk_writes_everything_when_the_block_ends(index: SearchIndex) -> None:
    with index.bulk() as batch:
        for n in range(5):
            batch.add(make_document(f"b{n}"))
        batch.add(make_document("b0", seller_name="Replaced"))
        assert index.count(tenant_id=TENANT) == 0
    assert index.count(tenant_id=TENANT) == 5
    assert search(index, "replaced") == ["b0"]


def test_bulk_writes_nothing_when_the_block_raises(index: SearchIndex) -> None:
    with pytest.raises(RuntimeError), index.bulk() as batch:
        batch.add(make_document("a"))
        raise RuntimeError("stop")
    assert index.count(tenant_id=TENANT) == 0


@pytest.mark.parametrize(
    "amount", [Decimal("1234567.89"), Decimal("0.10"), Decimal("-0.01"), Decimal("1E+3")]
)
def test_amounts_round_trip_exactly(index: SearchIndex, amount: Decimal) -> None:
    index.upsert([make_document("a", grand_total=amount)])
    (hit,) = index.search(SearchQuery(tenant_id=TENANT)).hits
    assert hit.grand_total == amount
    assert str(hit.grand_total) == str(amount)
    exact = index.search(SearchQuery(tenant_id=TENANT, amount_min=amount, amount_max=amount))
    assert exact.total == 1


def test_clear_removes_every_tenant(index: SearchIndex) -> None:
    index.upsert([make_document("a"), make_document("b", tenant_id=OTHER)])
    index.clear()
    assert index.count(tenant_id=TENANT) == index.count(tenant_id=OTHER) == 0
    assert search(index, "default") == []
