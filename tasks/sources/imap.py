"""The IMAP source: invoice files from the messages of one mailbox folder.

Exactly once, by configuration (`IMAP_MODE`):
- `watermark`: messages are taken in UID order; each message's documents, its record and the new
  watermark (UIDVALIDITY + last UID) commit in one transaction. A crash re-runs from the last
  committed message. A changed UIDVALIDITY means the UIDs were renumbered: the folder is scanned
  again, and a message recorded under the old numbering (same Message-ID and the same files, by
  SHA-256) is not taken twice.
- `move` / `flag`: every message still in the folder (or without the flag) is taken, then moved to
  `IMAP_PROCESSED_FOLDER` (or flagged). A crash between the two is harmless: a message already
  recorded is only moved (or flagged) on the next run.
Every message is recorded, under its UID (`uid:<UIDVALIDITY>:<UID>`; a Message-ID is no key:
senders reuse them for different messages): with the documents it brought, or as `skipped` with
the reason. A message that cannot be read or recorded is `skipped` with the cause; it never stops
the messages after it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import imaplib
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from imap_tools import AND, BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError, UnexpectedCommandStatusError
from imap_tools.message import MailMessage
from prefect import task
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

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
from tasks.sources._mime import Found, ZipLimits, find_invoice_files
from tasks.sources.folder import IngestResult

logger = logging.getLogger(__name__)

KIND = "imap"
DEFAULT_ZIP_LIMITS = ZipLimits(max_members=100, max_total_bytes=100 * 1024 * 1024)


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    security: Literal["tls", "starttls", "plain"]
    user: str
    password: str
    folder: str
    mode: Literal["watermark", "move", "flag"]
    processed_folder: str
    flag: str
    tenant_id: str
    verify_tls: bool = True
    ca_file: Path | None = None
    timeout: float = 30.0
    zip_limits: ZipLimits = DEFAULT_ZIP_LIMITS

    @property
    def source(self) -> str:
        """The source's stable name: its records and watermark are kept under it."""
        return f"imap://{self.user}@{self.host}:{self.port}/{self.folder}"

    @classmethod
    def from_settings(
        cls, settings: Settings, *, folder: str | None = None, tenant_id: str | None = None
    ) -> ImapConfig:
        name = "imap"
        if not settings.imap_host or not settings.imap_user:
            raise SourceRefused("set INVOICES_IMAP_HOST and INVOICES_IMAP_USER", source=name)
        if settings.imap_security == "plain" and not settings.imap_allow_plain:
            raise SourceRefused(
                "IMAP_SECURITY=plain sends the password unencrypted; "
                "set INVOICES_IMAP_ALLOW_PLAIN=true to allow it",
                source=name,
            )
        password = resolve_secret(settings.imap_password, settings.imap_password_block, what=name)
        if not password:
            raise SourceRefused(
                "set INVOICES_IMAP_PASSWORD or INVOICES_IMAP_PASSWORD_BLOCK", source=name
            )
        default_port = 993 if settings.imap_security == "tls" else 143
        return cls(
            host=settings.imap_host,
            port=settings.imap_port or default_port,
            security=settings.imap_security,
            user=settings.imap_user,
            password=password,
            folder=folder or settings.imap_folder,
            mode=settings.imap_mode,
            processed_folder=settings.imap_processed_folder,
            flag=settings.imap_flag,
            tenant_id=tenant_id or settings.imap_tenant or settings.default_tenant,
            verify_tls=settings.imap_verify_tls,
            ca_file=settings.imap_ca_file,
            timeout=settings.imap_timeout_seconds,
            zip_limits=ZipLimits(
                max_members=settings.zip_max_members,
                max_total_bytes=settings.zip_max_total_bytes,
            ),
        )


def _tls_context(config: ImapConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(config.ca_file) if config.ca_file else None)
    if not config.verify_tls:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def connect(config: ImapConfig) -> BaseMailBox:
    """A logged-in mailbox. A refused login or certificate raises `SourceRefused` (no retry);
    a server that cannot be reached raises `SourceUnavailable`."""
    where = f"imap://{config.host}:{config.port}"
    try:
        if config.security == "tls":
            mailbox: BaseMailBox = MailBox(
                config.host, config.port, timeout=config.timeout, ssl_context=_tls_context(config)
            )
        elif config.security == "starttls":
            mailbox = MailBoxStartTls(
                config.host, config.port, timeout=config.timeout, ssl_context=_tls_context(config)
            )
        else:
            mailbox = MailBoxUnencrypted(config.host, config.port, timeout=config.timeout)
    except ssl.SSLCertVerificationError as error:
        raise SourceTrustError(
            f"server certificate not trusted ({error.verify_message}); set "
            "INVOICES_IMAP_CA_FILE to its CA; not retried",
            source=where,
        ) from error
    except (OSError, imaplib.IMAP4.error) as error:
        raise SourceUnavailable(f"cannot connect: {error}", source=where) from error
    try:
        mailbox.login(config.user, config.password, initial_folder=None)
    except MailboxLoginError as error:
        _logout_quietly(mailbox)
        raise SourceAuthError(
            f"login refused for {config.user!r}: wrong user or password "
            "(authentication failures are not retried)",
            source=where,
        ) from error
    except (OSError, imaplib.IMAP4.error) as error:
        raise SourceUnavailable(f"login failed: {error}", source=where) from error
    return mailbox


def _logout_quietly(mailbox: BaseMailBox) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error, UnexpectedCommandStatusError):
        mailbox.logout()


def message_key(message: MailMessage, *, uidvalidity: int) -> str:
    """A message's record key: its UID within the folder's UIDVALIDITY."""
    return f"uid:{uidvalidity}:{message.uid}"


def message_id(message: MailMessage) -> str:
    return str(message.obj.get("Message-ID") or "").strip()


def message_meta(message: MailMessage, *, config: ImapConfig, uidvalidity: int) -> dict[str, Any]:
    return {
        "source": KIND,
        "sender": message.from_ or None,
        "subject": message.subject or None,
        "message_id": message_id(message) or None,
        "date": message.date.isoformat() if message.date_str else None,
        "folder": config.folder,
        "uid": int(message.uid or 0),
        "uidvalidity": uidvalidity,
    }


def finish_message(mailbox: BaseMailBox, uid: str, *, config: ImapConfig) -> None:
    """After a message is recorded: move or flag it (`move`/`flag` modes)."""
    if config.mode == "move":
        mailbox.move(uid, config.processed_folder)
    elif config.mode == "flag":
        mailbox.flag(uid, config.flag, True)


def ingest_mailbox(config: ImapConfig, *, engine: Engine, blobs: BlobStore) -> IngestResult:
    """Take in every new message of the folder (see the module docstring for "new")."""
    result = IngestResult()
    mailbox = connect(config)
    try:
        _ingest(mailbox, config, engine=engine, blobs=blobs, result=result)
    except (OSError, imaplib.IMAP4.error) as error:
        raise SourceUnavailable(f"connection broke off: {error}", source=config.source) from error
    finally:
        _logout_quietly(mailbox)
    return result


def _ingest(
    mailbox: BaseMailBox,
    config: ImapConfig,
    *,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
) -> None:
    if not mailbox.folder.exists(config.folder):
        raise SourceRefused(f"folder {config.folder!r} does not exist", source=config.source)
    if config.mode == "move" and not mailbox.folder.exists(config.processed_folder):
        mailbox.folder.create(config.processed_folder)
    mailbox.folder.set(config.folder)
    uidvalidity = int(mailbox.folder.status(config.folder, ["UIDVALIDITY"])["UIDVALIDITY"])
    last_uid = 0
    if config.mode == "watermark":
        with session_scope(engine) as session:
            state = sources.get_state(session, source=config.source, tenant_id=config.tenant_id)
            if state is not None and state.uidvalidity == uidvalidity:
                last_uid = int(state.last_uid or 0)
            elif state is not None:
                logger.warning(
                    "%s: UIDVALIDITY changed (%s -> %s); scanning the folder again",
                    config.source,
                    state.uidvalidity,
                    uidvalidity,
                )
        criteria: Any = AND(uid=f"{last_uid + 1}:*")
    elif config.mode == "flag":
        criteria = AND(no_keyword=config.flag)
    else:
        criteria = "ALL"
    # `n:*` always matches the newest message, even below n: filter again.
    uids = sorted((u for u in mailbox.uids(criteria) if int(u) > last_uid), key=int)
    logger.info("%s: %d messages to look at", config.source, len(uids))
    for uid in uids:
        for message in mailbox.fetch(AND(uid=uid), mark_seen=False, bulk=False):
            _take_message(
                mailbox,
                message,
                config,
                engine=engine,
                blobs=blobs,
                result=result,
                uidvalidity=uidvalidity,
            )


def _take_message(
    mailbox: BaseMailBox,
    message: MailMessage,
    config: ImapConfig,
    *,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
    uidvalidity: int,
) -> None:
    uid = str(message.uid)
    key = message_key(message, uidvalidity=uidvalidity)

    def advance(session: Any) -> None:
        if config.mode == "watermark":
            sources.save_watermark(
                session,
                source=config.source,
                tenant_id=config.tenant_id,
                uidvalidity=uidvalidity,
                last_uid=int(uid),
            )

    with session_scope(engine) as session:
        seen = sources.find_item(
            session, tenant_id=config.tenant_id, source=config.source, item_key=key
        )
        if seen is not None:
            # Taken in before (a re-run after a crash before the move or flag): do not repeat.
            advance(session)
            result.duplicates.extend(seen.document_ids)
    if seen is None:
        _store_message(
            message,
            config,
            key=key,
            engine=engine,
            blobs=blobs,
            result=result,
            uidvalidity=uidvalidity,
            after=advance,
        )
    finish_message(mailbox, uid, config=config)


def _store_message(
    message: MailMessage,
    config: ImapConfig,
    *,
    key: str,
    engine: Engine,
    blobs: BlobStore,
    result: IngestResult,
    uidvalidity: int,
    after: Callable[[Session], None],
) -> None:
    """Store a message's invoice files and its record; a message that cannot be read or recorded
    is recorded as `skipped` with the cause, so it neither stops nor repeats the run."""
    bare_meta: dict[str, Any] = {
        "source": KIND,
        "folder": config.folder,
        "uid": int(message.uid or 0),
        "uidvalidity": uidvalidity,
    }
    meta, files, earlier = bare_meta, list[FetchedFile](), None
    try:
        meta = message_meta(message, config=config, uidvalidity=uidvalidity)
        found = find_invoice_files(message.obj, limits=config.zip_limits)
        files, reason = found.files, None if found.files else found.reason()
        earlier = _taken_before(
            message, config, found=found, uidvalidity=uidvalidity, engine=engine
        )
    except (OperationalError, InterfaceError):
        raise  # the database is away: worth a retry
    except Exception as error:  # this message only; never a reason to stop or retry the run
        logger.exception("%s %s: cannot read the message", config.source, key)
        files, reason = [], f"cannot be read: {type(error).__name__}: {error}"
    if earlier is not None:
        # The same message under an earlier numbering of the folder: taken in already.
        with session_scope(engine) as session:
            after(session)
        result.duplicates.extend(earlier)
        return
    store = functools.partial(
        store_item,
        engine=engine,
        blobs=blobs,
        result=result,
        tenant_id=config.tenant_id,
        source=config.source,
        kind=KIND,
        item_key=key,
        size=message.size,
        after=after,
    )
    try:
        store(files=files, meta=meta, skip_reason=reason)
    except (OperationalError, InterfaceError):
        raise
    except Exception as error:
        logger.exception("%s %s: cannot record the message", config.source, key)
        why = f"cannot be recorded: {type(error).__name__}: {error}"
        store(files=[], meta=bare_meta, skip_reason=why)


def _taken_before(
    message: MailMessage, config: ImapConfig, *, found: Found, uidvalidity: int, engine: Engine
) -> list[str] | None:
    """The documents of this very message when it was recorded before, under another record key:
    under an earlier UIDVALIDITY (recognised by its Message-ID and the SHA-256 of its files), or
    under its Message-ID with this UID (records made before messages were keyed by UID). Another
    message that merely reuses the Message-ID is not recognised: it is taken in."""
    mid = message_id(message)
    if not mid:
        return None
    uid = int(message.uid or 0)
    digests = {hashlib.sha256(file.data).hexdigest() for file in found.files}
    with session_scope(engine) as session:
        for item in sources.find_items_by_message_id(
            session, tenant_id=config.tenant_id, source=config.source, message_id=mid
        ):
            if item.meta.get("uidvalidity") == uidvalidity:
                if item.meta.get("uid") == uid and item.item_key == mid:
                    return list(item.document_ids)
                continue  # another message of this numbering that reuses the Message-ID
            known = sources.document_sha256s(
                session, tenant_id=config.tenant_id, document_ids=item.document_ids
            )
            if known == digests:
                return list(item.document_ids)
    return None


@task(**network_task("fetch-mailbox"))
def fetch_mailbox(folder: str | None = None, tenant_id: str | None = None) -> IngestResult:
    """Take in new messages of the configured mailbox; a retry resumes where the last stopped."""
    settings = get_settings()
    config = ImapConfig.from_settings(settings, folder=folder, tenant_id=tenant_id)
    return ingest_mailbox(
        config,
        engine=ready_engine(settings.resolved_database_url, settings.database_pool_size),
        blobs=BlobStore(settings.blob_dir),
    )
