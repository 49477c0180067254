"""Turns a `SearchQuery` into an OpenSearch request body: the tenant filter, one clause per word,
filters, sort, facets and highlighting.

Every word of the text must be found somewhere (as in the embedded index): as a phrase of its
folded tokens in any text field ("INV-2026-0042" is the phrase "inv 2026 0042"), the last word as
a prefix; a party name may also match with a typo (fuzzy); an exact invoice number or VAT id scores
highest. User text only ever reaches `multi_match`/`match`/`term`, which have no query syntax.
"""

from __future__ import annotations

from typing import Any, Final

from search._mapping import HIT_FIELDS, fold
from search._query import decimal_sort_key, query_words
from search._types import FACET_BUCKET_LIMIT, FACET_FIELDS, SearchQuery, SortOrder

# Relevance weights per field, as the embedded index weighs its FTS columns.
WEIGHTS: Final = {
    "invoice_number": 10,
    "seller_name": 5,
    "seller_vat_id": 8,
    "buyer_name": 3,
    "buyer_vat_id": 8,
    "line_descriptions": 2,
    "file_name": 2,
    "text": 1,
}
PARTY_FIELDS: Final = ("folded.seller_name", "folded.buyer_name")
EXACT_FIELDS: Final = ("invoice_number.exact", "seller_vat_id.exact", "buyer_vat_id.exact")
# Fuzzy matching starts at five characters: one edit up to seven, two from eight on.
FUZZINESS: Final = "AUTO:5,8"
HIGHLIGHT_ORDER: Final = (
    "text",
    "line_descriptions",
    "seller_name",
    "buyer_name",
    "invoice_number",
    "seller_vat_id",
    "buyer_vat_id",
    "file_name",
)
_FACET_SOURCE: Final = {
    "seller_name": "seller_name.keyword",
    "currency": "currency",
    "status": "status",
}

_SORT: Final[dict[SortOrder, list[dict[str, Any]]]] = {
    "issue_date": [{"issue_date": {"order": "asc", "missing": "_last"}}],
    "-issue_date": [{"issue_date": {"order": "desc", "missing": "_last"}}],
    "grand_total": [{"grand_total_key": {"order": "asc", "missing": "_last"}}],
    "-grand_total": [{"grand_total_key": {"order": "desc", "missing": "_last"}}],
}
TIEBREAK: Final = {"invoice_id": {"order": "asc"}}


def word_clause(word: str, *, last: bool) -> dict[str, Any]:
    """Matches when `word` is found in any text field (the last word of a query as a prefix)."""
    folded = fold(word)
    kind = "phrase_prefix" if last else "phrase"
    should: list[dict[str, Any]] = [
        {
            "multi_match": {
                "query": folded,
                "type": kind,
                "fields": [f"folded.{name}^{weight}" for name, weight in WEIGHTS.items()],
            }
        }
    ]
    should += [
        {
            "match": {
                field: {
                    "query": folded,
                    "fuzziness": FUZZINESS,
                    "prefix_length": 1,
                    "operator": "and",
                    "boost": 0.5,
                }
            }
        }
        for field in PARTY_FIELDS
    ]
    should += [{"term": {field: {"value": word, "boost": 20}}} for field in EXACT_FIELDS]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def highlight(words: list[str]) -> dict[str, Any]:
    """Highlight the fields as written; the folded copies only when the words differ in accents."""
    last = len(words) - 1
    query = {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": word,
                        "type": "phrase_prefix" if n == last else "phrase",
                        "fields": list(HIGHLIGHT_ORDER),
                    }
                }
                for n, word in enumerate(words)
            ]
        }
    }
    fields: dict[str, Any] = {name: {"highlight_query": query} for name in HIGHLIGHT_ORDER}
    fields.update({f"folded.{name}": {} for name in HIGHLIGHT_ORDER})
    return {
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "encoder": "html",
        "fragment_size": 120,
        "number_of_fragments": 1,
        "require_field_match": True,
        "fields": fields,
    }


def filters(query: SearchQuery) -> list[dict[str, Any]]:
    """The tenant filter (always) and the caller's filters."""
    clauses: list[dict[str, Any]] = [{"term": {"tenant_id": query.tenant_id}}]
    for field, value in (
        ("seller_name.keyword", query.vendor),
        ("currency", query.currency),
        ("status", query.status.value if query.status else None),
    ):
        if value:
            clauses.append({"term": {field: value}})
    dates: dict[str, str] = {}
    if query.date_from is not None:
        dates["gte"] = query.date_from.isoformat()
    if query.date_to is not None:
        dates["lte"] = query.date_to.isoformat()
    if dates:
        clauses.append({"range": {"issue_date": dates}})
    amounts: dict[str, str] = {}
    if query.amount_min is not None:
        amounts["gte"] = decimal_sort_key(query.amount_min)
    if query.amount_max is not None:
        amounts["lte"] = decimal_sort_key(query.amount_max)
    if amounts:
        clauses.append({"range": {"grand_total_key": amounts}})
    return clauses


def sort_for(query: SearchQuery, *, has_text: bool) -> list[dict[str, Any]]:
    if query.sort == "relevance":
        primary = [{"_score": {"order": "desc"}}] if has_text else _SORT["-issue_date"]
    else:
        primary = _SORT[query.sort]
    return [*primary, TIEBREAK]


def search_body(query: SearchQuery) -> tuple[dict[str, Any], bool]:
    """The request body (without paging) and whether the query has text to score."""
    words = query_words(query.text)
    must = [word_clause(word, last=n == len(words) - 1) for n, word in enumerate(words)]
    body: dict[str, Any] = {
        "query": {"bool": {"must": must, "filter": filters(query)}},
        "sort": sort_for(query, has_text=bool(words)),
        "track_total_hits": True,
        "track_scores": bool(words),
        "_source": list(HIT_FIELDS),
        "aggs": {
            name: {
                "terms": {
                    "field": _FACET_SOURCE[name],
                    "size": FACET_BUCKET_LIMIT,
                    "order": [{"_count": "desc"}, {"_key": "asc"}],
                }
            }
            for name in FACET_FIELDS
        },
    }
    if words:
        body["highlight"] = highlight(words)
    return body, bool(words)
