"""The OpenSearch index template: analysis, explicit mappings and the `_source` of a document.

Each searched text field is indexed twice: as written (for highlighting) and folded (accents
removed, split on every non-letter/digit, like the embedded index's tokenizer) for matching, so
both indexes find the same words with nothing but OpenSearch's built-in standard analyzer.
Amounts live in `_source` as exact decimal strings (what the API returns), never as binary
floats, and as an order-preserving keyword (`grand_total_key`) for exact ranges and sorts.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any, Final

from search._query import decimal_sort_key
from search._types import SearchDocument

KEYWORD_LIMIT: Final = 8191  # longest value kept as a keyword (Lucene's term limit / 4 bytes)
# Text fields searched: each is indexed as written (for highlighting) and folded (for matching).
SEARCHED_FIELDS: Final = (
    "invoice_number",
    "seller_name",
    "seller_vat_id",
    "buyer_name",
    "buyer_vat_id",
    "line_descriptions",
    "file_name",
    "text",
)
_TEXT: Final = {"type": "text", "analyzer": "standard"}
_NAME: Final = {**_TEXT, "fields": {"keyword": {"type": "keyword", "ignore_above": KEYWORD_LIMIT}}}
_IDENTIFIER: Final = {
    **_TEXT,
    "fields": {
        "exact": {"type": "keyword", "normalizer": "lowercase", "ignore_above": KEYWORD_LIMIT}
    },
}
# Kept, not indexed: the exact strings in `_source`; ranges and sorts use `grand_total_key`.
_AMOUNT: Final = {"type": "keyword", "index": False, "doc_values": False}

MAPPINGS: Final[dict[str, Any]] = {
    "dynamic": "strict",
    # The folded copies are derived data: stored for highlighting, left out of `_source`.
    "_source": {"excludes": ["folded.*"]},
    "properties": {
        "invoice_id": {"type": "keyword"},
        "document_id": {"type": "keyword"},
        "tenant_id": {"type": "keyword"},
        "file_name": _NAME,
        "invoice_number": _IDENTIFIER,
        "type_code": {"type": "keyword"},
        "seller_name": _NAME,
        "seller_vat_id": _IDENTIFIER,
        "buyer_name": _NAME,
        "buyer_vat_id": _IDENTIFIER,
        "issue_date": {"type": "date", "format": "strict_date"},
        "due_date": {"type": "date", "format": "strict_date"},
        "currency": {"type": "keyword"},
        "net_total": _AMOUNT,
        "tax_total": _AMOUNT,
        "grand_total": _AMOUNT,
        "grand_total_key": {"type": "keyword"},
        "status": {"type": "keyword"},
        "line_descriptions": _TEXT,
        "text": _TEXT,
        "folded": {"properties": {name: {**_TEXT, "store": True} for name in SEARCHED_FIELDS}},
    },
}

# Only what every OpenSearch node has built in (the standard tokenizer, the lowercase filter):
# accent folding and word splitting happen in `fold`, before text reaches the cluster.
ANALYSIS: Final[dict[str, Any]] = {
    "normalizer": {"lowercase": {"type": "custom", "filter": ["lowercase"]}},
}


def fold(text: str) -> str:
    """Text as the index matches it: accents removed, every non-letter/digit a space.

    The embedded index's `unicode61 remove_diacritics` tokenizer reads text the same way, so
    "Müller-Bürobedarf" is the words "muller" and "burobedarf" in both.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        " " if not ch.isalnum() else ch for ch in decomposed if not unicodedata.combining(ch)
    )


# Fields returned with each hit (the document text stays on the server).
HIT_FIELDS: Final = (
    "invoice_id",
    "document_id",
    "file_name",
    "invoice_number",
    "seller_name",
    "buyer_name",
    "issue_date",
    "due_date",
    "currency",
    "grand_total",
    "status",
)


def index_template(prefix: str, *, shards: int, replicas: int) -> dict[str, Any]:
    """The composable template every `<prefix>-v<N>` index is created from."""
    return {
        "index_patterns": [f"{prefix}-v*"],
        "priority": 100,
        "template": {
            "settings": {
                "number_of_shards": shards,
                "number_of_replicas": replicas,
                "analysis": ANALYSIS,
            },
            "mappings": MAPPINGS,
        },
        "_meta": {"description": "invoice search documents"},
    }


def to_source(document: SearchDocument) -> dict[str, Any]:
    """The `_source` of one document: amounts as exact decimal strings, dates as ISO dates."""
    return {
        "invoice_id": document.invoice_id,
        "document_id": document.document_id,
        "tenant_id": document.tenant_id,
        "file_name": document.file_name,
        "invoice_number": document.invoice_number,
        "type_code": document.type_code,
        "seller_name": document.seller_name,
        "seller_vat_id": document.seller_vat_id,
        "buyer_name": document.buyer_name,
        "buyer_vat_id": document.buyer_vat_id,
        "issue_date": _date(document.issue_date),
        "due_date": _date(document.due_date),
        "currency": document.currency,
        "net_total": _amount(document.net_total),
        "tax_total": _amount(document.tax_total),
        "grand_total": _amount(document.grand_total),
        "grand_total_key": (
            decimal_sort_key(document.grand_total) if document.grand_total is not None else None
        ),
        "status": document.status.value,
        "line_descriptions": list(document.line_descriptions),
        "text": document.text,
        "folded": {
            **{
                name: fold(value)
                for name in SEARCHED_FIELDS
                if name not in ("line_descriptions", "text")
                and isinstance(value := getattr(document, name), str)
            },
            "line_descriptions": [fold(line) for line in document.line_descriptions],
            "text": fold(document.text),
        },
    }


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _amount(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None
