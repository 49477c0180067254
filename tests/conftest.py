"""Shared fixtures: an isolated data directory per test and one Prefect harness per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from core.settings import Settings, get_settings
from search import reset_index


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings pointing at a fresh data directory (SQLite + embedded index + blobs)."""
    for name in ("DATABASE_URL", "OPENSEARCH_URL", "GEMINI_API_KEY", "INVOICES_API_KEYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("INVOICES_ENVIRONMENT", "test")
    get_settings.cache_clear()
    reset_index()
    yield get_settings()
    get_settings.cache_clear()
    reset_index()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """Prefect's test harness (a temporary database and API), started once: it takes ~10 s."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
