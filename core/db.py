"""Database tables, engine and sessions (SQLAlchemy 2). The schema is owned by Alembic migrations
in `core/migrations`; `init_db()` brings any database to the newest revision.

Amounts use `Amount`: NUMERIC on PostgreSQL and a scaled integer on SQLite (which has no decimal
type), so sums, filters and sorts stay exact on both.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    sessionmaker,
)
from sqlalchemy.types import TypeDecorator

AMOUNT_SCALE = 6
_SCALE = Decimal(10) ** AMOUNT_SCALE
_SQLITE_LIMIT = 2**63  # SQLite integers are signed 64-bit


class Amount(TypeDecorator[Decimal]):
    """An exact decimal amount with up to six decimal places."""

    impl = Numeric(24, AMOUNT_SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(24, AMOUNT_SCALE))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(value)
        if dialect.name == "sqlite":
            scaled = int((value * _SCALE).to_integral_value())
            if not -_SQLITE_LIMIT <= scaled < _SQLITE_LIMIT:
                raise ValueError(
                    f"amount {value} is too large to store in SQLite "
                    f"(at most {Decimal(_SQLITE_LIMIT - 1) / _SCALE} either way); use PostgreSQL"
                )
            return scaled
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / _SCALE).normalize()
        return Decimal(value).normalize()


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class TenantRow(Base):
    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("tenant_id", "sha256", name="uq_documents_tenant_sha256"),
        Index("ix_documents_tenant_status", "tenant_id", "status"),
        Index("ix_documents_tenant_received", "tenant_id", "received_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(50))
    source_ref: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str | None] = mapped_column(Text)
    page_count: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    # Where the file came from, as the source saw it (an email's sender, subject, Message-ID and
    # date; a remote file's path, size and mtime). Added by migration 0003.
    source_meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Which processing run took the waiting document, and until when (migration 0005): two runs
    # started at once never read the same document.
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    invoice: Mapped[InvoiceRow | None] = relationship(back_populates="document")


class ExtractionRunRow(Base):
    """One attempt to read a document; every attempt is kept, newest has the highest version."""

    __tablename__ = "extraction_runs"
    __table_args__ = (UniqueConstraint("document_id", "version", name="uq_runs_document_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    extractor_name: Mapped[str] = mapped_column(String(50))
    extractor_version: Mapped[str] = mapped_column(String(20))
    succeeded: Mapped[bool]
    error: Mapped[str | None] = mapped_column(Text)
    invoice_json: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class InvoiceRow(Base):
    """The current reading of a document. `data` holds the full domain `Invoice` as JSON."""

    __tablename__ = "invoices"
    __table_args__ = (
        Index("ix_invoices_tenant_status", "tenant_id", "status"),
        Index("ix_invoices_tenant_issue_date", "tenant_id", "issue_date"),
        Index("ix_invoices_tenant_seller", "tenant_id", "seller_name"),
        Index("ix_invoices_tenant_currency", "tenant_id", "currency"),
        Index("ix_invoices_tenant_grand_total", "tenant_id", "grand_total"),
        Index("ix_invoices_tenant_number", "tenant_id", "invoice_number"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    extraction_run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id"))
    version: Mapped[int] = mapped_column(Integer)
    invoice_number: Mapped[str | None] = mapped_column(String(100))
    type_code: Mapped[str] = mapped_column(String(10))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str | None] = mapped_column(String(3))
    seller_name: Mapped[str | None] = mapped_column(String(300))
    seller_vat_id: Mapped[str | None] = mapped_column(String(50))
    buyer_name: Mapped[str | None] = mapped_column(String(300))
    buyer_vat_id: Mapped[str | None] = mapped_column(String(50))
    net_total: Mapped[Decimal | None] = mapped_column(Amount)
    tax_total: Mapped[Decimal | None] = mapped_column(Amount)
    grand_total: Mapped[Decimal | None] = mapped_column(Amount)
    amount_due: Mapped[Decimal | None] = mapped_column(Amount)
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    document: Mapped[DocumentRow] = relationship(back_populates="invoice")
    lines: Mapped[list[LineItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="LineItemRow.position"
    )
    validations: Mapped[list[ValidationResultRow]] = relationship(cascade="all, delete-orphan")


class LineItemRow(Base):
    __tablename__ = "line_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[str] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal | None] = mapped_column(Amount)
    unit: Mapped[str | None] = mapped_column(String(20))
    unit_price: Mapped[Decimal | None] = mapped_column(Amount)
    net_amount: Mapped[Decimal | None] = mapped_column(Amount)
    tax_rate: Mapped[Decimal | None] = mapped_column(Amount)


class ValidationResultRow(Base):
    __tablename__ = "validation_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[str] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    fields: Mapped[list[Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- Sources: IMAP mailboxes and SFTP drops (migration 0003) ---


class SourceStateRow(Base):
    """Where a source left off: for an IMAP folder its UIDVALIDITY and the last UID taken in."""

    __tablename__ = "source_state"

    source: Mapped[str] = mapped_column(String(300), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class SourceItemRow(Base):
    """One message or remote file a source took in, and what became of it: `ingested` (new
    documents), `duplicate` (only documents seen before) or `skipped` (nothing usable; `reason`)."""

    __tablename__ = "source_items"
    __table_args__ = (
        UniqueConstraint("tenant_id", "source", "item_key", name="uq_source_items_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(300))
    item_key: Mapped[str] = mapped_column(String(1000))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    document_ids: Mapped[list[Any]] = mapped_column(JSON)
    size: Mapped[int | None] = mapped_column(BigInteger)
    mtime: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


# --- Data quality (issue 5): batch suite results and the review audit log (migration 0002) ---


class QualityBatchRow(Base):
    """One run of the batch suite over a processed batch; `flagged` when the suite failed.
    Flagging marks the batch only: its invoices keep their status and stay queryable."""

    __tablename__ = "quality_batches"
    __table_args__ = (Index("ix_quality_batches_created", "created_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    flow_run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    suite: Mapped[str] = mapped_column(String(100))
    document_ids: Mapped[list[Any]] = mapped_column(JSON)
    tenant_ids: Mapped[list[Any]] = mapped_column(JSON)
    invoices: Mapped[int] = mapped_column(Integer)
    flagged: Mapped[bool]
    evaluated: Mapped[int] = mapped_column(Integer)
    failed: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    results: Mapped[list[QualityResultRow]] = relationship(
        cascade="all, delete-orphan", order_by="QualityResultRow.position"
    )


class QualityResultRow(Base):
    """One expectation of a batch suite run: passed or not, and what it observed."""

    __tablename__ = "quality_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        ForeignKey("quality_batches.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    expectation: Mapped[str] = mapped_column(String(100))
    columns: Mapped[list[Any]] = mapped_column(JSON)
    success: Mapped[bool]
    observed: Mapped[dict[str, Any]] = mapped_column(JSON)


class AuditEntryRow(Base):
    """Who changed what on an invoice through review, with the old and new values."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_tenant_invoice", "tenant_id", "invoice_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(64))
    invoice_id: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[list[Any]] = mapped_column(JSON)
    status_before: Mapped[str] = mapped_column(String(20))
    status_after: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@lru_cache(maxsize=8)
def get_engine(url: str, pool_size: int = 5) -> Engine:
    """One engine per URL per process."""
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    from core.settings import get_settings

    settings = get_settings()
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=settings.database_max_overflow,
        pool_timeout=settings.database_pool_timeout,
        pool_pre_ping=True,
    )


def init_db(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration (of every branch)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        yield session


_initialised: set[str] = set()


def ready_engine(url: str, pool_size: int = 5) -> Engine:
    """The engine for `url`, with the schema migrated to the newest revision once per process."""
    engine = get_engine(url, pool_size)
    if url not in _initialised:
        init_db(engine)
        _initialised.add(url)
    return engine


# Bulk reprocessing (issue 4): a job freezes its selection; an extraction run newer than the
# job's watermark marks a document done, in the same transaction that stored its result.


class ReprocessJobRow(Base):
    __tablename__ = "reprocess_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    selection: Mapped[dict[str, Any]] = mapped_column(JSON)
    run_watermark: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ReprocessItemRow(Base):
    __tablename__ = "reprocess_items"

    job_id: Mapped[str] = mapped_column(
        ForeignKey("reprocess_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    indexed: Mapped[bool] = mapped_column(default=False)
    # The invoice a failed re-read of the document removed (migration 0006): a job resumed after
    # a crash before indexing still takes it out of the search index.
    removed_invoice_id: Mapped[str | None] = mapped_column(String(32))
