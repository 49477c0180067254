"""Production-service throughput: bulk indexing into OpenSearch and bulk reprocessing.

Needs the test services (`make services`); writes reports/bench_services.json. Measures
  - OpenSearch bulk indexing (streaming_bulk into a fresh version, refreshes off), documents/s;
  - the reprocess flow over N stored documents (extract, validate, store, index), documents/s,
    on SQLite + the embedded index and, when INVOICES_TEST_POSTGRES_URL is set, on PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
SAMPLE = sorted((ROOT / "samples" / "invoices").glob("*.pdf"))[0]


def bench_bulk_indexing(url: str, documents: int) -> dict[str, float]:
    import datetime as dt

    from core.models import DocumentStatus
    from search._opensearch import OpenSearchIndex
    from search._types import SearchDocument

    index = OpenSearchIndex.from_url(url, prefix=f"bench-{uuid.uuid4().hex[:8]}", replicas=0)
    docs = [
        SearchDocument(
            invoice_id=f"inv{n:07d}",
            document_id=f"doc{n:07d}",
            tenant_id=f"tenant{n % 10}",
            file_name=f"invoice-{n}.pdf",
            invoice_number=f"INV-2026-{n:06d}",
            seller_name=f"Seller {n % 500} GmbH",
            seller_vat_id=f"DE{100000000 + n % 500}",
            buyer_name=f"Buyer {n % 300} AG",
            issue_date=dt.date(2026, 1, 1) + dt.timedelta(days=n % 365),
            currency="EUR",
            net_total=Decimal(n % 10000) / 100,
            tax_total=Decimal(n % 1900) / 100,
            grand_total=Decimal(n % 11900) / 100,
            status=DocumentStatus.VALID,
            line_descriptions=["Office paper A4", "Toner cartridge black", "Delivery"],
            text="Rechnung Nummer INV-2026 Lieferung Büromaterial zahlbar binnen 14 Tagen " * 4,
        )
        for n in range(documents)
    ]
    try:
        target = index.create_next_version(bulk_loading=True)
        started = time.perf_counter()
        report = index.bulk_load(docs, index=target)
        index.finish_loading(target)
        seconds = time.perf_counter() - started
        assert not report.failures, report.failures[:3]
    finally:
        index.drop_everything()
    return {"documents": documents, "seconds": round(seconds, 2), "docs_per_s": documents / seconds}


def bench_reprocess(documents: int, database_url: str | None) -> dict[str, float]:
    from core import repository
    from core.blobs import BlobStore
    from core.db import ready_engine, session_scope
    from core.jobs import ReprocessSelection
    from core.settings import get_settings
    from search import reset_index

    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["DATA_DIR"] = data_dir
        os.environ.pop("OPENSEARCH_URL", None)
        if database_url:
            os.environ["DATABASE_URL"] = database_url
        else:
            os.environ.pop("DATABASE_URL", None)
        get_settings.cache_clear()
        reset_index()
        settings = get_settings()
        engine = ready_engine(settings.resolved_database_url, settings.database_pool_size)
        blobs, data, tenant = BlobStore(settings.blob_dir), SAMPLE.read_bytes(), uuid.uuid4().hex
        with session_scope(engine) as session:
            for n in range(documents):
                sha256, size = blobs.put_bytes(data + f"\n%bench {n}\n".encode())
                repository.add_document(
                    session,
                    tenant_id=tenant,
                    sha256=sha256,
                    filename=f"{n}.pdf",
                    media_type="application/pdf",
                    size=size,
                    source="bench",
                    source_ref=None,
                )
        from flows.reprocess import reprocess_documents

        summary = reprocess_documents(selection=ReprocessSelection(tenant_id=tenant))
        assert summary.processed == documents, summary
    return {
        "documents": documents,
        "seconds": summary.seconds,
        "docs_per_s": summary.documents_per_second,
    }


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new PostgreSQL database on the test server, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    from core.db import get_engine

    name = f"invoices_bench_{uuid.uuid4().hex[:8]}"
    admin = make_url(server_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(server_url).set(database=name).render_as_string(False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-documents", type=int, default=20_000)
    parser.add_argument("--reprocess-documents", type=int, default=1_000)
    args = parser.parse_args()
    report: dict[str, object] = {}
    opensearch = os.environ.get("INVOICES_TEST_OPENSEARCH_URL")
    if opensearch:
        report["opensearch_bulk_indexing"] = bench_bulk_indexing(opensearch, args.index_documents)
    report["reprocess_sqlite"] = bench_reprocess(args.reprocess_documents, None)
    postgres = os.environ.get("INVOICES_TEST_POSTGRES_URL")
    if postgres:
        with scratch_database(postgres) as url:
            report["reprocess_postgres"] = bench_reprocess(args.reprocess_documents, url)
    out = ROOT / "reports" / "bench_services.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, values in report.items():
        assert isinstance(values, dict)
        line = f"{name:<26} {values['documents']:>7} documents {values['docs_per_s']:8.1f} docs/s"
        sys.stdout.write(line + "\n")
    sys.stdout.write(f"written to {out.relative_to(ROOT)}\n")


if __name__ == "__main__":
    main()
