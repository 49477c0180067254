"""The embedded search index: one SQLite file with an FTS5 table, no server to run.

Each call opens its own connection, so the API's worker threads and Prefect's task threads can
share one `EmbeddedIndex`; WAL lets readers go on while a writer commits. Amounts are kept as
their exact decimal text, plus an order-preserving text key for range filters and sorting.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Final

from core.errors import ServiceUnavailable
from search._query import BM25, decimal_sort_key, plan_search
from search._types import (
    FACET_BUCKET_LIMIT,
    FACET_FIELDS,
    BulkBatch,
    FacetBucket,
    SearchDocument,
    SearchHit,
    SearchPage,
    SearchQuery,
)

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS: Final = 10.0
SNIPPET_TOKENS: Final = 16
# Private-use characters mark the match in a snippet until the text around it is HTML-escaped.
_MARK_OPEN: Final = "\ue000"
_MARK_CLOSE: Final = "\ue001"

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS invoice (
    id INTEGER PRIMARY KEY,
    invoice_id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    invoice_number TEXT,
    type_code TEXT NOT NULL,
    seller_name TEXT,
    seller_vat_id TEXT,
    buyer_name TEXT,
    buyer_vat_id TEXT,
    issue_date TEXT,
    due_date TEXT,
    currency TEXT,
    net_total TEXT,
    tax_total TEXT,
    grand_total TEXT,
    grand_total_key TEXT,
    status TEXT NOT NULL,
    line_descriptions TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoice_tenant_issue_date ON invoice (tenant_id, issue_date);
CREATE INDEX IF NOT EXISTS invoice_tenant_grand_total ON invoice (tenant_id, grand_total_key);
CREATE INDEX IF NOT EXISTS invoice_tenant_seller ON invoice (tenant_id, seller_name);
CREATE VIRTUAL TABLE IF NOT EXISTS invoice_fts USING fts5(
    invoice_number, seller_name, seller_vat_id, buyer_name, buyer_vat_id,
    line_descriptions, file_name, text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"""

_COLUMNS: Final = (
    "invoice_id, tenant_id, document_id, file_name, invoice_number, type_code, seller_name,"
    " seller_vat_id, buyer_name, buyer_vat_id, issue_date, due_date, currency, net_total,"
    " tax_total, grand_total, grand_total_key, status, line_descriptions, text"
)
_INSERT: Final = f"INSERT INTO invoice ({_COLUMNS}) VALUES ({', '.join('?' * 20)}) RETURNING id"
_INSERT_FTS: Final = (
    "INSERT INTO invoice_fts (rowid, invoice_number, seller_name, seller_vat_id, buyer_name,"
    " buyer_vat_id, line_descriptions, file_name, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_HIT_COLUMNS: Final = (
    "i.invoice_id, i.document_id, i.file_name, i.invoice_number, i.seller_name, i.buyer_name,"
    " i.issue_date, i.due_date, i.currency, i.grand_total, i.status"
)


class EmbeddedIndex:
    """A `SearchIndex` in one SQLite file at `path`; the file and its folder appear on first use."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._schema_lock = threading.Lock()
        self._schema_ready = False

    def upsert(self, documents: Iterable[SearchDocument]) -> int:
        written = 0
        with self._connect() as conn, _transaction(conn, write=True):
            for document in documents:
                _write(conn, document)
                written += 1
        return written

    @contextmanager
    def bulk(self) -> Iterator[BulkBatch]:
        """Collect documents in the block; write them in one transaction when it ends cleanly."""
        batch = BulkBatch()
        yield batch
        if batch.documents:
            self.upsert(batch.documents)

    def delete(self, invoice_ids: Iterable[str], *, tenant_id: str) -> int:
        deleted = 0
        with self._connect() as conn, _transaction(conn, write=True):
            for invoice_id in dict.fromkeys(invoice_ids):
                row = conn.execute(
                    "DELETE FROM invoice WHERE invoice_id = ? AND tenant_id = ? RETURNING id",
                    (invoice_id, tenant_id),
                ).fetchone()
                if row is not None:
                    conn.execute("DELETE FROM invoice_fts WHERE rowid = ?", (row[0],))
                    deleted += 1
        return deleted

    def search(self, query: SearchQuery) -> SearchPage:
        plan = plan_search(query)
        score = f"-{BM25}" if plan.has_text else "NULL"
        snippet = (
            f"snippet(invoice_fts, -1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', {SNIPPET_TOKENS})"
            if plan.has_text
            else "NULL"
        )
        with self._connect() as conn, _transaction(conn, write=False):
            total = conn.execute(f"SELECT count(*) {plan.from_where}", plan.params).fetchone()[0]
            rows = conn.execute(
                f"SELECT {_HIT_COLUMNS}, {score} AS score, {snippet} AS highlight"
                f" {plan.from_where} ORDER BY {plan.order_by} LIMIT ? OFFSET ?",
                [*plan.params, query.size, (query.page - 1) * query.size],
            ).fetchall()
            facets = {
                name: [
                    FacetBucket(value=value, count=count)
                    for value, count in conn.execute(
                        f"SELECT i.{name}, count(*) AS n {plan.from_where}"
                        f" AND i.{name} IS NOT NULL GROUP BY i.{name}"
                        f" ORDER BY n DESC, i.{name} ASC LIMIT {FACET_BUCKET_LIMIT}",
                        plan.params,
                    )
                ]
                for name in FACET_FIELDS
            }
        return SearchPage(
            total=total,
            page=query.page,
            size=query.size,
            hits=[_hit(row) for row in rows],
            facets=facets,
        )

    def count(self, *, tenant_id: str) -> int:
        with self._connect() as conn:
            sql = "SELECT count(*) FROM invoice WHERE tenant_id = ?"
            return int(conn.execute(sql, (tenant_id,)).fetchone()[0])

    def ping(self) -> bool:
        try:
            with self._connect() as conn:
                conn.execute("SELECT count(*) FROM invoice_fts WHERE rowid = 0").fetchone()
        except (ServiceUnavailable, sqlite3.Error, OSError):
            logger.warning("search index at %s is not usable", self.path, exc_info=True)
            return False
        return True

    def clear(self) -> None:
        """Remove every document of every tenant."""
        with self._connect() as conn, _transaction(conn, write=True):
            conn.execute("DELETE FROM invoice")
            conn.execute("DELETE FROM invoice_fts")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A fresh connection in autocommit mode; transactions are opened explicitly."""
        self._ensure_schema()
        try:
            conn = self._open()
        except sqlite3.Error as exc:
            raise ServiceUnavailable(f"search index at {self.path} cannot open: {exc}") from exc
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            raise ServiceUnavailable(f"search index at {self.path} failed: {exc}") from exc
        finally:
            conn.close()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._schema_lock:
            if self._schema_ready:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = self._open()
                try:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(_SCHEMA)
                finally:
                    conn.close()
            except (sqlite3.Error, OSError) as exc:
                raise ServiceUnavailable(f"search index at {self.path}: {exc}") from exc
            self._schema_ready = True


@contextmanager
def _transaction(conn: sqlite3.Connection, *, write: bool) -> Iterator[None]:
    # A writer takes the lock up front, so it waits for another writer instead of failing on
    # upgrade; a reader's transaction gives its count, hits and facets one snapshot.
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _write(conn: sqlite3.Connection, doc: SearchDocument) -> None:
    """Replace the row and FTS entry of `doc.invoice_id` with `doc`."""
    old = conn.execute(
        "DELETE FROM invoice WHERE invoice_id = ? RETURNING id", (doc.invoice_id,)
    ).fetchone()
    if old is not None:
        conn.execute("DELETE FROM invoice_fts WHERE rowid = ?", (old[0],))
    lines = "\n".join(doc.line_descriptions)
    (row_id,) = conn.execute(
        _INSERT,
        (
            doc.invoice_id,
            doc.tenant_id,
            doc.document_id,
            doc.file_name,
            doc.invoice_number,
            doc.type_code,
            doc.seller_name,
            doc.seller_vat_id,
            doc.buyer_name,
            doc.buyer_vat_id,
            _date_text(doc.issue_date),
            _date_text(doc.due_date),
            doc.currency,
            _decimal_text(doc.net_total),
            _decimal_text(doc.tax_total),
            _decimal_text(doc.grand_total),
            decimal_sort_key(doc.grand_total) if doc.grand_total is not None else None,
            doc.status.value,
            json.dumps(doc.line_descriptions, ensure_ascii=False),
            doc.text,
        ),
    ).fetchone()
    conn.execute(
        _INSERT_FTS,
        (
            row_id,
            doc.invoice_number,
            doc.seller_name,
            doc.seller_vat_id,
            doc.buyer_name,
            doc.buyer_vat_id,
            lines,
            doc.file_name,
            doc.text,
        ),
    )


def _hit(row: Sequence[object]) -> SearchHit:
    (
        invoice_id,
        document_id,
        file_name,
        invoice_number,
        seller_name,
        buyer_name,
        issue_date,
        due_date,
        currency,
        grand_total,
        status,
        score,
        highlight,
    ) = row
    return SearchHit.model_validate(
        {
            "invoice_id": invoice_id,
            "document_id": document_id,
            "file_name": file_name,
            "invoice_number": invoice_number,
            "seller_name": seller_name,
            "buyer_name": buyer_name,
            "issue_date": issue_date,
            "due_date": due_date,
            "currency": currency,
            "grand_total": Decimal(str(grand_total)) if grand_total is not None else None,
            "status": status,
            "score": score,
            "highlight": _highlight_html(highlight) if isinstance(highlight, str) else None,
        }
    )


def _highlight_html(snippet: str) -> str:
    """The snippet HTML-escaped, with each match wrapped in <mark>."""
    escaped = html.escape(snippet, quote=False)
    return escaped.replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")


def _date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _decimal_text(value: Decimal | None) -> str | None:
    return str(value) if value is not None else None
