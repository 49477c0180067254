"""One settings object for the whole pipeline, read from the environment and an optional `.env`.

Every setting has a type, a safe default and a description. The fixed names that operators and
later work rely on (`DATABASE_URL`, `DATA_DIR`, `OPENSEARCH_URL`, `GEMINI_API_KEY`) are read
without a prefix; everything else takes the `INVOICES_` prefix (each of the fixed names also
accepts it, e.g. `INVOICES_DATABASE_URL`).
"""

from __future__ import annotations

import json
from decimal import Decimal
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
    claim_lease_seconds: int = Field(
        3600,
        ge=1,
        description="How long a processing run holds the waiting documents it took; a run that "
        "died is taken over by the next one after this long.",
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

    # Production services: PostgreSQL pool, OpenSearch index, bulk reprocessing (issue 4).
    database_max_overflow: int = Field(
        10, ge=0, description="Connections beyond the pool size allowed at peak (PostgreSQL)."
    )
    database_pool_timeout: float = Field(
        30.0, gt=0, description="Seconds to wait for a free pooled connection (PostgreSQL)."
    )
    opensearch_index_prefix: str = Field(
        "invoices",
        min_length=1,
        max_length=100,
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="Alias the API searches; indices are named <prefix>-v<N> behind it.",
    )
    opensearch_shards: int = Field(1, ge=1, description="Primary shards of a new index.")
    opensearch_replicas: int = Field(1, ge=0, description="Replicas of a new index.")
    opensearch_timeout: float = Field(30.0, gt=0, description="Seconds per OpenSearch request.")
    opensearch_refresh: Literal["true", "wait_for", "false"] = Field(
        "true",
        description="When writes become searchable: `true` at once, `wait_for` on the next "
        "refresh, `false` eventually (fastest bulk loads).",
    )
    opensearch_bulk_chunk: int = Field(
        500, ge=1, le=10_000, description="Documents per OpenSearch bulk request."
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

    # --- Sources: IMAP mailbox and SFTP drop (issue 6) ---
    imap_host: str | None = Field(None, description="IMAP server. Unset: no mailbox source.")
    imap_port: int | None = Field(
        None, ge=1, le=65535, description="IMAP port. Unset: 993 for `tls`, 143 otherwise."
    )
    imap_security: Literal["tls", "starttls", "plain"] = Field(
        "tls", description="`tls` (IMAPS), `starttls`, or `plain` (only with IMAP_ALLOW_PLAIN)."
    )
    imap_allow_plain: bool = Field(
        False, description="Allow IMAP_SECURITY=plain (credentials travel unencrypted)."
    )
    imap_verify_tls: bool = Field(
        True, description="Verify the IMAP server's certificate (against IMAP_CA_FILE if set)."
    )
    imap_ca_file: Path | None = Field(
        None, description="PEM file of the CA (or self-signed certificate) the server uses."
    )
    imap_user: str | None = Field(None, description="IMAP login.")
    imap_password: SecretStr | None = Field(None, description="IMAP password.")
    imap_password_block: str | None = Field(
        None, description="Name of a Prefect Secret block holding the IMAP password (wins)."
    )
    imap_folder: str = Field("INBOX", description="Mailbox folder searched for invoices.")
    imap_mode: Literal["watermark", "move", "flag"] = Field(
        "watermark",
        description="Exactly once by `watermark` (UIDVALIDITY + last UID), by moving taken "
        "messages to IMAP_PROCESSED_FOLDER (`move`), or by flagging them (`flag`).",
    )
    imap_processed_folder: str = Field(
        "Invoices/Processed", description="Where `move` mode puts messages it took in."
    )
    imap_flag: str = Field(
        "$InvoiceIngested", description="IMAP keyword that `flag` mode sets on taken messages."
    )
    imap_tenant: str | None = Field(
        None,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Tenant of documents from the mailbox. Unset: DEFAULT_TENANT.",
    )
    imap_schedule: str = Field(
        "*/10 * * * *", description="Cron schedule of the ingest-email deployment (UTC)."
    )
    imap_timeout_seconds: float = Field(30.0, gt=0, description="IMAP socket timeout.")
    zip_max_members: int = Field(
        100, ge=1, description="Most files read from one .zip attachment; more: skipped."
    )
    zip_max_total_bytes: int = Field(
        100 * MiB, ge=1, description="Most bytes unpacked from one .zip attachment (zip bombs)."
    )
    sftp_host: str | None = Field(None, description="SFTP server. Unset: no SFTP source.")
    sftp_port: int = Field(22, ge=1, le=65535, description="SFTP (SSH) port.")
    sftp_user: str | None = Field(None, description="SFTP login.")
    sftp_password: SecretStr | None = Field(None, description="SFTP password (or a key).")
    sftp_password_block: str | None = Field(
        None, description="Name of a Prefect Secret block holding the SFTP password (wins)."
    )
    sftp_key_path: Path | None = Field(None, description="Private key file for SFTP login.")
    sftp_known_hosts: Path | None = Field(
        None, description="known_hosts file to verify the server. Unset: ~/.ssh/known_hosts."
    )
    sftp_host_key: str | None = Field(
        None, description='Pinned server public key ("ssh-ed25519 AAAA..."); wins over known_hosts.'
    )
    sftp_remote_dir: str = Field(".", description="Remote directory to take files from.")
    sftp_recursive: bool = Field(False, description="Also take files from subdirectories.")
    sftp_glob: str = Field("*", description="Only file names matching this pattern (fnmatch).")
    sftp_mode: Literal["watermark", "archive"] = Field(
        "watermark",
        description="`watermark`: remember each file's size, mtime and SHA-256 and take it again "
        "only when it changes; `archive`: move taken files to SFTP_ARCHIVE_DIR.",
    )
    sftp_archive_dir: str | None = Field(
        None, description="Remote directory taken files move to in `archive` mode."
    )
    sftp_min_age_seconds: float = Field(
        60.0, ge=0, description="Files modified more recently are left for the next run."
    )
    sftp_settle_seconds: float = Field(
        2.0, ge=0, description="Pause between two listings; files whose size changed are left."
    )
    sftp_tenant: str | None = Field(
        None,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Tenant of documents from the SFTP drop. Unset: DEFAULT_TENANT.",
    )
    sftp_schedule: str = Field(
        "*/15 * * * *", description="Cron schedule of the ingest-sftp deployment (UTC)."
    )
    sftp_timeout_seconds: float = Field(30.0, gt=0, description="SSH connect/login timeout.")
    folder_path: Path = Field(
        Path("/srv/invoices/inbox"), description="Folder the ingest-folder deployment watches."
    )
    folder_tenant: str | None = Field(
        None,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Tenant of documents from FOLDER_PATH. Unset: DEFAULT_TENANT.",
    )
    folder_schedule: str = Field(
        "*/15 * * * *", description="Cron schedule of the ingest-folder deployment (UTC)."
    )
    source_retries: int = Field(
        3, ge=0, le=20, description="Retries of a source's network task (not of a failed login)."
    )
    source_retry_delay_seconds: float = Field(
        10.0, ge=0, description="First retry delay; doubles each retry, with jitter."
    )

    # --- Data quality (issue 5): per-invoice rules and the batch suite's thresholds ---
    quality_identity_severity: Literal["error", "warning"] = Field(
        "error",
        description="Severity of a VAT id or IBAN that fails its format or checksum: `error` "
        "sends the invoice to review, `warning` keeps it valid with the finding.",
    )
    quality_min_completeness: float = Field(
        0.95,
        ge=0.0,
        le=1.0,
        description="Batch suite: share of a batch's invoices that must have each key field "
        "(number, issue date, grand total, currency, seller).",
    )
    quality_min_amount: Decimal = Field(
        Decimal(0), description="Batch suite: smallest plausible absolute grand total."
    )
    quality_max_amount: Decimal = Field(
        Decimal(1_000_000), description="Batch suite: largest plausible absolute grand total."
    )
    quality_allowed_currencies: list[str] = Field(
        default_factory=list,
        description='Batch suite: JSON list of the currencies a batch may hold, e.g. ["EUR"]. '
        "Empty: every ISO 4217 code.",
    )
    review_validator: str = Field(
        "expectations.lookup:revalidate_stored",
        description="`module:function` that re-validates an invoice after a review correction "
        "(the API resolves it on first use, so it never imports the rules at start-up).",
    )

    # Gemini extraction (issue 3): an optional second reader of PDFs and images, used only
    # with GEMINI_API_KEY set; without a key nothing is ever sent.
    gemini_model: str = Field(
        "gemini-3.5-flash", min_length=1, description="Gemini model id that reads documents."
    )
    gemini_base_url: str | None = Field(
        None, description="Gemini API endpoint. Unset: Google's default endpoint."
    )
    gemini_timeout_seconds: float = Field(
        60.0, gt=0, le=600, description="Seconds to wait for one Gemini answer."
    )
    gemini_max_retries: int = Field(
        2, ge=0, le=10, description="Retries of a Gemini request on 408/429/5xx or a timeout."
    )
    gemini_mode: Literal["fallback", "always", "off"] = Field(
        "fallback",
        description="`fallback`: ask Gemini only when the layout rules read no invoice or "
        "their confidence is below GEMINI_MIN_CONFIDENCE; `always`: every PDF and image "
        "(not e-invoices); `off`: never.",
    )
    gemini_min_confidence: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Rules' confidence below which Gemini is asked (`fallback`) and a field "
        "the two readers disagree on takes Gemini's value.",
    )


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; `get_settings.cache_clear()` re-reads the environment."""
    return Settings()
