"""One settings object for the whole pipeline, read from the environment and an optional `.env`.

Every setting has a type, a safe default and a description. The fixed names that operators and
later work rely on (`DATABASE_URL`, `DATA_DIR`, `OPENSEARCH_URL`, `GEMINI_API_KEY`) are read
without a prefix; everything else takes the `INVOICES_` prefix (each of the fixed names also
accepts it, e.g. `INVOICES_DATABASE_URL`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MiB = 1024 * 1024


def _alias(name: str) -> AliasChoices:
    return AliasChoices(name, f"INVOICES_{name}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="INVOICES_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    environment: Literal["dev", "test", "prod"] = Field(
        "dev", description="Deployment environment; `prod` rejects placeholder secrets."
    )
    data_dir: Path = Field(
        Path("data"),
        validation_alias=_alias("DATA_DIR"),
        description="Directory for the SQLite database, the embedded search index and the blobs.",
    )
    database_url: str | None = Field(
        None,
        validation_alias=_alias("DATABASE_URL"),
        description="SQLAlchemy URL. Unset: SQLite at DATA_DIR/invoices.db. "
        "PostgreSQL: postgresql+psycopg://user:pass@host:5432/invoices.",
    )
    database_pool_size: int = Field(5, ge=1, description="Connection pool size (PostgreSQL).")
    opensearch_url: str | None = Field(
        None,
        validation_alias=_alias("OPENSEARCH_URL"),
        description="OpenSearch URL, e.g. http://127.0.0.1:9200. Unset: the embedded index.",
    )
    gemini_api_key: SecretStr | None = Field(
        None,
        validation_alias=_alias("GEMINI_API_KEY"),
        description="Google Gemini API key. Unset: extraction stays offline (rules only).",
    )
    default_tenant: str = Field(
        "default",
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Tenant that documents belong to when a source names none.",
    )
    batch_size: int = Field(
        50, ge=1, le=5000, description="Documents per Prefect task run when processing in bulk."
    )
    max_document_bytes: int = Field(
        50 * MiB,
        ge=1,
        description="Larger files are stored but not extracted (status `failed`, reason given).",
    )
    max_pages: int = Field(
        200, ge=1, description="PDFs with more pages are stored but not extracted."
    )
    api_host: str = Field("127.0.0.1", description="Address `invoices serve` binds to.")
    api_port: int = Field(8000, ge=1, le=65535, description="Port `invoices serve` listens on.")
    api_keys: dict[str, str] = Field(
        default_factory=dict,
        description='JSON object mapping API keys to tenants, e.g. {"k3y": "acme"}. '
        "Empty: single-tenant mode, every caller is DEFAULT_TENANT.",
    )

    @field_validator("api_keys", mode="before")
    @classmethod
    def _parse_api_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return json.loads(value) if value.strip() else {}
        return value

    @model_validator(mode="after")
    def _reject_placeholders_in_prod(self) -> Settings:
        if self.environment == "prod":
            placeholders = {"changeme", "secret", "test", "example"}
            weak = [key for key in self.api_keys if key.lower() in placeholders or len(key) < 16]
            if weak or not self.api_keys:
                raise ValueError(
                    "INVOICES_API_KEYS must hold keys of at least 16 characters in prod"
                )
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'invoices.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def search_index_path(self) -> Path:
        return self.data_dir / "search.db"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; `get_settings.cache_clear()` re-reads the environment."""
    return Settings()
