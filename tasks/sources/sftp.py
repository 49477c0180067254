"""The SFTP source: new files from a remote directory (optionally recursive, glob-filtered).

A file is taken only when it is old enough (`SFTP_MIN_AGE_SECONDS`) and its size and mtime did not
change between two listings `SFTP_SETTLE_SECONDS` apart, nor while it was downloaded (a file still
being written is left for the next run). Each download is checked against the listed size and
hashed; its document and its record (path, size, mtime, SHA-256) commit together. Then, by
`SFTP_MODE`, the file moves to `SFTP_ARCHIVE_DIR` (`archive`) or stays and is taken again only when
its size, mtime and content change (`watermark`). A crash between recording and moving is
harmless: a recorded file is only moved on the next run.

The server's host key is always verified: against a pinned key (`SFTP_HOST_KEY`) or known_hosts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import fnmatch
import logging
import posixpath
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import asyncssh
from prefect import task
from sqlalchemy.engine import Engine

from core import sources
from core.blobs import BlobStore
from core.db import ready_engine, session_scope
from core.settings import Settings, get_settings
from tasks.sources._common import (
    FetchedFile,
    SourceAuthError,
    SourceRefused,
    SourceTrustError,
    SourceUnavailable,
    network_task,
    resolve_secret,
    store_item,
)
from tasks.sources.folder import IngestResult, Skipped

logger = logging.getLogger(__name__)

KIND = "sftp"
# The session is gone: the run stops (and is retried); any other SFTP error costs one file.
CONNECTION_LOST = (asyncssh.SFTPConnectionLost, asyncssh.SFTPNoConnection)


@dataclass(frozen=True)
class SftpConfig:
    host: str
    port: int
    user: str
    tenant_id: str
    password: str | None = None
    key_path: Path | None = None
    known_hosts: Path | None = None
    host_key: str | None = None
    remote_dir: str = "."
    recursive: bool = False
    glob: str = "*"
    mode: Literal["watermark", "archive"] = "watermark"
    archive_dir: str | None = None
    min_age_seconds: float = 60.0
    settle_seconds: float = 2.0
    timeout: float = 30.0

    @property
    def source(self) -> str:
        return f"sftp://{self.user}@{self.host}:{self.port}/{self.remote_dir.lstrip('/')}"

    @classmethod
    def from_settings(
        cls, settings: Settings, *, remote_dir: str | None = None, tenant_id: str | None = None
    ) -> SftpConfig:
        name = "sftp"
        if not settings.sftp_host or not settings.sftp_user:
            raise SourceRefused("set INVOICES_SFTP_HOST and INVOICES_SFTP_USER", source=name)
        password = resolve_secret(settings.sftp_password, settings.sftp_password_block, what=name)
        if not password and settings.sftp_key_path is None:
            raise SourceRefused(
                "set INVOICES_SFTP_PASSWORD, INVOICES_SFTP_PASSWORD_BLOCK "
                "or INVOICES_SFTP_KEY_PATH",
                source=name,
            )
        if settings.sftp_mode == "archive" and not settings.sftp_archive_dir:
            raise SourceRefused("SFTP_MODE=archive needs INVOICES_SFTP_ARCHIVE_DIR", source=name)
        return cls(
            host=settings.sftp_host,
            port=settings.sftp_port,
            user=settings.sftp_user,
            tenant_id=tenant_id or settings.sftp_tenant or settings.default_tenant,
            password=password,
            key_path=settings.sftp_key_path,
            known_hosts=settings.sftp_known_hosts,
            host_key=settings.sftp_host_key,
            remote_dir=remote_dir or settings.sftp_remote_dir,
            recursive=settings.sftp_recursive,
            glob=settings.sftp_glob,
            mode=settings.sftp_mode,
            archive_dir=settings.sftp_archive_dir,
            min_age_seconds=settings.sftp_min_age_seconds,
            settle_seconds=settings.sftp_settle_seconds,
            timeout=settings.sftp_timeout_seconds,
        )


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    mtime: int


async def connect(config: SftpConfig) -> asyncssh.SSHClientConnection:
    """An SSH connection with the host key verified. A refused login or host key raises
    `SourceRefused` (no retry); a server that cannot be reached raises `SourceUnavailable`."""
    where = f"sftp://{config.host}:{config.port}"
    options: dict[str, Any] = {
        "username": config.user,
        "password": config.password,
        "client_keys": [str(config.key_path)] if config.key_path else [],
        "connect_timeout": config.timeout,
        "login_timeout": config.timeout,
        "agent_path": None,
    }
    if config.host_key:
        try:
            pinned = asyncssh.import_public_key(config.host_key.strip())
        except (asyncssh.KeyImportError, ValueError) as error:
            raise SourceTrustError(
                f"SFTP_HOST_KEY is not a public key: {error}", source=where
            ) from error
        options["known_hosts"] = ([pinned], [], [])
    elif config.known_hosts is not None:
        if not config.known_hosts.is_file():
            raise SourceTrustError(f"known_hosts file {config.known_hosts} missing", source=where)
        options["known_hosts"] = str(config.known_hosts)
    try:
        return await asyncssh.connect(config.host, config.port, **options)
    except asyncssh.HostKeyNotVerifiable as error:
        raise SourceTrustError(
            f"host key not trusted ({error.reason}): add the server's key to known_hosts or "
            "pin it in INVOICES_SFTP_HOST_KEY; not retried",
            source=where,
        ) from error
    except asyncssh.PermissionDenied as error:
        raise SourceAuthError(
            f"login refused for {config.user!r}: wrong user, password or key "
            "(authentication failures are not retried)",
            source=where,
        ) from error
    except (OSError, asyncssh.Error, TimeoutError) as error:
        raise SourceUnavailable(f"cannot connect: {error}", source=where) from error


async def list_remote(
    sftp: asyncssh.SFTPClient, config: SftpConfig, skipped: list[Skipped]
) -> list[RemoteFile]:
    """Regular files under the remote dir that match the glob, skipping hidden names.

    A sub-folder the server will not list (permission denied, removed meanwhile) is added to
    `skipped` with the server's reason and the rest of the tree is still taken; the remote dir
    itself failing to list fails the run.
    """
    found: list[RemoteFile] = []
    archive = posixpath.normpath(config.archive_dir) if config.archive_dir else None

    async def entries(directory: str) -> list[asyncssh.SFTPName]:
        if directory == config.remote_dir:
            return list(await sftp.readdir(directory))
        try:
            return list(await sftp.readdir(directory))
        except CONNECTION_LOST:
            raise
        except asyncssh.SFTPError as error:
            reason = f"folder cannot be listed: {error.reason or type(error).__name__}"
            logger.warning("%s: %s: %s", config.source, directory, reason)
            skipped.append(Skipped(path=directory, reason=reason))
            return []

    async def walk(directory: str) -> None:
        for entry in await entries(directory):
            name = str(entry.filename)
            if name in (".", "..") or name.startswith("."):
                continue
            path = posixpath.join(directory, name)
            mode = entry.attrs.permissions or 0
            if stat.S_ISDIR(mode):
                if config.recursive and posixpath.normpath(path) != archive:
                    await walk(path)
            elif stat.S_ISREG(mode) and fnmatch.fnmatch(name, config.glob):
                found.append(
                    RemoteFile(path, int(entry.attrs.size or 0), int(entry.attrs.mtime or 0))
                )

    await walk(config.remote_dir)
    return sorted(found, key=lambda f: f.path)


async def _restat(sftp: asyncssh.SFTPClient, path: str) -> RemoteFile | None:
    try:
        attrs = await sftp.stat(path)
    except asyncssh.SFTPNoSuchFile:
        return None
    return RemoteFile(path, int(attrs.size or 0), int(attrs.mtime or 0))


async def _archive(sftp: asyncssh.SFTPClient, file: RemoteFile, config: SftpConfig) -> None:
    assert config.archive_dir is not None
    relative = posixpath.relpath(file.path, config.remote_dir)
    target = posixpath.join(config.archive_dir, relative)
    await sftp.makedirs(posixpath.dirname(target), exist_ok=True)
    if await sftp.exists(target):
        stem, ext = posixpath.splitext(target)
        target = f"{stem}.{int(time.time())}{ext}"
    await sftp.rename(file.path, target)


async def ingest_remote(config: SftpConfig, *, engine: Engine, blobs: BlobStore) -> IngestResult:
    result = IngestResult()
    try:
        async with await connect(config) as connection, connection.start_sftp_client() as sftp:
            await _ingest(sftp, config, engine=engine, blobs=blobs, result=result)
    except (SourceRefused, SourceUnavailable):
        raise
    except asyncssh.SFTPNoSuchFile as error:
        raise SourceRefused(f"no such remote path: {error}", source=config.source) from error
    except (OSError, asyncssh.Error) as error:
        raise SourceUnavailable(f"transfer failed: {error}", source=config.source) from error
    return result


async def _ingest(
    sftp: asyncssh.SFTPClient,
    config: SftpConfig,
    *,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
) -> None:
    listed = await list_remote(sftp, config, result.skipped)
    now = time.time()
    candidates: list[RemoteFile] = []
    for file in listed:
        with session_scope(engine) as session:
            seen = sources.find_item(
                session, tenant_id=config.tenant_id, source=config.source, item_key=file.path
            )
            unchanged = (
                seen is not None
                and seen.status != sources.SKIPPED  # not readable last time: try again
                and (seen.size, seen.mtime) == (file.size, file.mtime)
            )
        if unchanged:
            if config.mode == "archive":  # recorded, but a crash kept it from moving
                await _archive_or_report(sftp, file, config, result=result)
            continue
        age = now - file.mtime
        if age < config.min_age_seconds:
            result.skipped.append(
                Skipped(path=file.path, reason=f"modified {age:.0f} s ago; left for the next run")
            )
            continue
        candidates.append(file)
    if candidates and config.settle_seconds > 0:
        await asyncio.sleep(config.settle_seconds)
    with tempfile.TemporaryDirectory(prefix="sftp-") as scratch:
        for file in candidates:
            try:
                await _take_file(
                    sftp,
                    file,
                    config,
                    scratch=Path(scratch),
                    engine=engine,
                    blobs=blobs,
                    result=result,
                )
            except CONNECTION_LOST:
                raise  # the whole run: worth a retry
            except asyncssh.SFTPError as error:  # this file only (permission denied, ...)
                _record_unreadable(file, error, config, engine=engine, blobs=blobs, result=result)


def _record_unreadable(
    file: RemoteFile,
    error: asyncssh.SFTPError,
    config: SftpConfig,
    *,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
) -> None:
    """Record a file the server would not give us as `skipped`, with the server's reason; it is
    tried again on the next run (a fixed permission does not change its mtime)."""
    logger.warning("%s: cannot read %s: %s", config.source, file.path, error.reason)
    store_item(
        engine=engine,
        blobs=blobs,
        result=result,
        tenant_id=config.tenant_id,
        source=config.source,
        kind=KIND,
        item_key=file.path,
        files=[],
        meta=_meta(file),
        skip_reason=f"cannot be read: {error.reason or type(error).__name__}",
        size=file.size,
        mtime=file.mtime,
    )


async def _archive_or_report(
    sftp: asyncssh.SFTPClient, file: RemoteFile, config: SftpConfig, *, result: IngestResult
) -> None:
    """Move a recorded file to the archive; when the server refuses, say so and move on."""
    try:
        await _archive(sftp, file, config)
    except CONNECTION_LOST:
        raise
    except asyncssh.SFTPError as error:
        reason = f"taken in, but not moved to the archive: {error.reason}; tried again next run"
        logger.warning("%s: %s: %s", config.source, file.path, reason)
        result.skipped.append(Skipped(path=file.path, reason=reason))


def _meta(file: RemoteFile) -> dict[str, Any]:
    return {
        "source": KIND,
        "path": file.path,
        "size": file.size,
        "mtime": dt.datetime.fromtimestamp(file.mtime, dt.UTC).isoformat(),
    }


async def _take_file(
    sftp: asyncssh.SFTPClient,
    file: RemoteFile,
    config: SftpConfig,
    *,
    scratch: Path,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
) -> None:
    def still_writing(reason: str) -> None:
        result.skipped.append(Skipped(path=file.path, reason=f"{reason}; left for the next run"))

    if await _restat(sftp, file.path) != file:
        return still_writing("size or mtime changed since listed (still being written)")
    local = scratch / "download"
    await sftp.get(file.path, str(local))
    if local.stat().st_size != file.size or await _restat(sftp, file.path) != file:
        return still_writing("changed while downloading")
    store_item(
        engine=engine,
        blobs=blobs,
        result=result,
        tenant_id=config.tenant_id,
        source=config.source,
        kind=KIND,
        item_key=file.path,
        files=[FetchedFile(posixpath.basename(file.path), local.read_bytes(), file.path)],
        meta=_meta(file),
        size=file.size,
        mtime=file.mtime,
    )
    if config.mode == "archive":
        await _archive_or_report(sftp, file, config, result=result)
    return None


@task(**network_task("fetch-sftp"))
def fetch_sftp(remote_dir: str | None = None, tenant_id: str | None = None) -> IngestResult:
    """Take in new files of the configured SFTP directory; a retry resumes where it stopped."""
    settings = get_settings()
    config = SftpConfig.from_settings(settings, remote_dir=remote_dir, tenant_id=tenant_id)
    return asyncio.run(
        ingest_remote(
            config,
            engine=ready_engine(settings.resolved_database_url, settings.database_pool_size),
            blobs=BlobStore(settings.blob_dir),
        )
    )
