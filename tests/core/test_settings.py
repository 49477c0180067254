"""Settings: fixed names, prefixed names, and refusal of weak secrets in prod."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from core.settings import Settings


def test_fixed_names_and_prefixed_names_are_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INVOICES_BATCH_SIZE", "7")
    monkeypatch.setenv("INVOICES_API_KEYS", '{"k": "acme"}')
    settings = Settings()
    assert settings.data_dir == tmp_path
    assert settings.batch_size == 7
    assert settings.api_keys == {"k": "acme"}
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.resolve()}/invoices.db"


def test_database_url_wins_over_the_sqlite_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u:p@127.0.0.1/db")
    assert Settings().resolved_database_url == "postgresql+psycopg://u:p@127.0.0.1/db"


def test_prod_refuses_missing_or_weak_api_keys() -> None:
    with pytest.raises(ValidationError, match="API_KEYS"):
        Settings(environment="prod")
    with pytest.raises(ValidationError, match="API_KEYS"):
        Settings(environment="prod", api_keys={"changeme": "acme"})
    assert Settings(environment="prod", api_keys={"a" * 32: "acme"}).api_keys


def test_a_bad_tenant_name_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(default_tenant="../other")
