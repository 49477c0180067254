"""Turns a `SearchQuery` into SQL for the embedded index: the FTS5 match, filters and order."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from core.errors import QueryError
from search._types import SearchQuery, SortOrder

# Relevance weights per FTS column, in the order the index declares them: invoice_number,
# seller_name, seller_vat_id, buyer_name, buyer_vat_id, line_descriptions, file_name, text.
BM25: Final = "bm25(invoice_fts, 10.0, 5.0, 8.0, 3.0, 8.0, 2.0, 2.0, 1.0)"

_ORDER_BY: Final[dict[SortOrder, str]] = {
    "issue_date": "i.issue_date IS NULL, i.issue_date ASC",
    "-issue_date": "i.issue_date IS NULL, i.issue_date DESC",
    "grand_total": "i.grand_total_key IS NULL, i.grand_total_key ASC",
    "-grand_total": "i.grand_total_key IS NULL, i.grand_total_key DESC",
}

_EXPONENT_BIAS: Final = 500_000
_EXPONENT_WIDTH: Final = 6


def match_expression(text: str | None) -> str | None:
    """An FTS5 expression that finds every word of `text`, the last one as a prefix.

    Each word becomes a quoted phrase, so operators, column names and stray quotes in user input
    are plain text; "INV-2026-0042" becomes the phrase "inv 2026 0042". Words without a letter
    or digit are dropped; None means `text` has nothing to search for.
    """
    words = query_words(text)
    if not words:
        return None
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    phrases[-1] += "*"
    return " AND ".join(phrases)


MAX_QUERY_WORDS: Final = 32
"""More words than this would expand beyond what an OpenSearch query may hold."""


def query_words(text: str | None) -> list[str]:
    """The words of a search text that hold a letter or digit (shared by every index)."""
    # Lone surrogates (possible in decoded JSON) cannot be encoded for SQLite or JSON, and FTS5
    # reads a NUL as the end of the expression; neither is part of a word.
    text = (text or "").encode("utf-8", "ignore").decode("utf-8").replace("\x00", " ")
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    if len(words) > MAX_QUERY_WORDS:
        raise QueryError(
            f"the search text has {len(words)} words; at most {MAX_QUERY_WORDS} are allowed",
            field="q",
        )
    return words


def decimal_sort_key(value: Decimal) -> str:
    """A string whose byte order is the numeric order of `value`, exact at any precision.

    Sign class ("0" negative, "1" zero, "2" positive), then the fixed-width decimal exponent,
    then the significant digits; negatives complement both and end in "~" so that a longer
    mantissa (a larger magnitude) sorts first. Equal numbers ("0.10", "0.1") share one key.
    """
    if not value.is_finite():
        raise QueryError(f"amount {value} is not a number", field="amount")
    if value.is_zero():
        return "1"
    exponent = value.adjusted() + _EXPONENT_BIAS
    if not 0 <= exponent < 10**_EXPONENT_WIDTH:
        raise QueryError(f"amount {value} is out of range", field="amount")
    digits = "".join(str(digit) for digit in value.as_tuple().digits).rstrip("0")
    if value > 0:
        return f"2{exponent:0{_EXPONENT_WIDTH}d}{digits}"
    complement = "".join(str(9 - int(digit)) for digit in digits)
    return f"0{10**_EXPONENT_WIDTH - 1 - exponent:0{_EXPONENT_WIDTH}d}{complement}~"


@dataclass
class SearchPlan:
    """The shared FROM/WHERE of a search, plus how its hits are ordered and scored."""

    from_where: str
    params: list[object] = field(default_factory=list)
    order_by: str = ""
    has_text: bool = False


def plan_search(query: SearchQuery) -> SearchPlan:
    match = match_expression(query.text)
    if match is None:
        sql = "FROM invoice AS i WHERE i.tenant_id = ?"
        params: list[object] = [query.tenant_id]
    else:
        sql = (
            "FROM invoice_fts JOIN invoice AS i ON i.id = invoice_fts.rowid"
            " WHERE invoice_fts MATCH ? AND i.tenant_id = ?"
        )
        params = [match, query.tenant_id]
    filters: list[tuple[str, object]] = [
        ("i.seller_name = ?", query.vendor),
        ("i.currency = ?", query.currency),
        ("i.status = ?", query.status.value if query.status else None),
        ("i.issue_date >= ?", query.date_from.isoformat() if query.date_from else None),
        ("i.issue_date <= ?", query.date_to.isoformat() if query.date_to else None),
    ]
    if query.amount_min is not None:
        filters.append(("i.grand_total_key >= ?", decimal_sort_key(query.amount_min)))
    if query.amount_max is not None:
        filters.append(("i.grand_total_key <= ?", decimal_sort_key(query.amount_max)))
    for condition, value in filters:
        if value is not None and value != "":
            sql += f" AND {condition}"
            params.append(value)

    if query.sort == "relevance":
        order = f"{BM25} ASC" if match is not None else _ORDER_BY["-issue_date"]
    else:
        order = _ORDER_BY[query.sort]
    return SearchPlan(
        from_where=sql,
        params=params,
        order_by=f"{order}, i.invoice_id ASC",
        has_text=match is not None,
    )
