"""Smoke tests: the integration-test services answer.

Start them with ``bash scripts/services.sh up`` and export their coordinates with
``eval "$(bash scripts/services.sh env)"``. A test is skipped when its variable is
unset, except under ``CI=true``, where an unset variable is a failure: CI must start
the services. A variable that is set but points at a dead service always fails.
"""

from __future__ import annotations

import imaplib
import os
import socket
import ssl
import struct
import time
import uuid
from urllib.parse import unquote, urlsplit

import httpx
import pytest

TIMEOUT = 10


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if value:
        return value
    hint = 'bash scripts/services.sh up && eval "$(bash scripts/services.sh env)"'
    if _in_ci():
        pytest.fail(f"{name} is not set under CI; start the services first: {hint}")
    pytest.skip(f"{name} is not set; to run this test: {hint}")


def _postgres_handshake(url: str) -> bytes:
    """Without a driver: send a startup packet and return the server's first reply."""
    parts = urlsplit(url)
    user, database = unquote(parts.username or ""), parts.path.lstrip("/")
    params = b"".join(
        key.encode() + b"\0" + value.encode() + b"\0"
        for key, value in (("user", user), ("database", database))
    )
    body = struct.pack("!I", 196608) + params + b"\0"  # protocol 3.0
    with socket.create_connection((parts.hostname, parts.port or 5432), TIMEOUT) as sock:
        sock.sendall(struct.pack("!I", len(body) + 4) + body)
        return sock.recv(1)


@pytest.mark.postgres
def test_postgres_answers() -> None:
    url = _env("INVOICES_TEST_POSTGRES_URL")
    try:
        import psycopg
    except ImportError:
        # 'R' is an authentication request: a PostgreSQL server accepted the startup.
        assert _postgres_handshake(url) == b"R"
        return
    dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn, connect_timeout=TIMEOUT) as conn:
        row = conn.execute("select version()").fetchone()
    assert row is not None
    assert row[0].startswith("PostgreSQL")


@pytest.mark.opensearch
def test_opensearch_answers() -> None:
    url = _env("INVOICES_TEST_OPENSEARCH_URL").rstrip("/")
    response = httpx.get(
        f"{url}/_cluster/health",
        params={"wait_for_status": "yellow", "timeout": "30s"},
        timeout=45,
    )
    response.raise_for_status()
    assert response.json()["status"] in ("yellow", "green")


def _imap_round_trip(client: imaplib.IMAP4) -> None:
    """Log in, append a message, fetch it back by subject, then delete it."""
    subject = f"smoke {uuid.uuid4()}"
    message = f"From: smoke@example.test\r\nSubject: {subject}\r\n\r\nhello\r\n".encode()
    client.login(_env("INVOICES_TEST_IMAP_USER"), _env("INVOICES_TEST_IMAP_PASSWORD"))
    try:
        status, _ = client.append("INBOX", None, imaplib.Time2Internaldate(time.time()), message)
        assert status == "OK"
        client.select("INBOX")
        status, data = client.search(None, "SUBJECT", f'"{subject}"')
        assert status == "OK"
        assert data[0], "appended message not found"
        number = data[0].split()[-1]
        status, fetched = client.fetch(number, "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
        assert status == "OK"
        assert subject.encode() in fetched[0][1]
        client.store(number, "+FLAGS", "\\Deleted")
        client.expunge()
    finally:
        client.logout()


def _insecure_tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test server uses a self-signed certificate
    return context


@pytest.mark.imap
def test_imap_plain_login_append_fetch() -> None:
    host, port = _env("INVOICES_TEST_IMAP_HOST"), int(_env("INVOICES_TEST_IMAP_PORT"))
    _imap_round_trip(imaplib.IMAP4(host, port, timeout=TIMEOUT))


@pytest.mark.imap
def test_imap_starttls_login_append_fetch() -> None:
    host, port = _env("INVOICES_TEST_IMAP_HOST"), int(_env("INVOICES_TEST_IMAP_PORT"))
    client = imaplib.IMAP4(host, port, timeout=TIMEOUT)
    client.starttls(ssl_context=_insecure_tls())
    _imap_round_trip(client)


@pytest.mark.imap
def test_imaps_login_append_fetch() -> None:
    host, port = _env("INVOICES_TEST_IMAP_HOST"), int(_env("INVOICES_TEST_IMAPS_PORT"))
    _imap_round_trip(imaplib.IMAP4_SSL(host, port, ssl_context=_insecure_tls(), timeout=TIMEOUT))
