"""A fresh PostgreSQL database per test on the server at INVOICES_TEST_POSTGRES_URL, with
DATABASE_URL pointing at it (the role needs CREATEDB; `make services` grants it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from core.db import get_engine
from core.settings import Settings, get_settings
from tests.servers import server_url, unique_name, unreachable


def _admin_connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as error:
        unreachable("INVOICES_TEST_POSTGRES_URL", error)
        raise


@pytest.fixture
def pg_settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings whose DATABASE_URL is a new, empty database (dropped after the test)."""
    base = server_url("INVOICES_TEST_POSTGRES_URL")
    name = unique_name("invoices_t_")
    with _admin_connect(base) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        yield get_settings()
    finally:
        get_engine(url, get_settings().database_pool_size).dispose()
        get_settings.cache_clear()
        with _admin_connect(base) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
