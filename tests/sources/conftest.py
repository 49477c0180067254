"""Fixtures for the mailbox and SFTP sources: a fresh IMAP folder or SFTP directory per test on
the real test servers (`bash scripts/services.sh up`), and settings pointing at it."""

from __future__ import annotations

import asyncio
import imaplib
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest

from core.settings import Settings, get_settings

HINT = 'bash scripts/services.sh up && eval "$(bash scripts/services.sh env)"'
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "invoices"


def service_env(name: str) -> str:
    """A test-server variable; unset skips the test, except under CI=true, where it fails."""
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{name} is not set under CI; start the services first: {HINT}")
    pytest.skip(f"{name} is not set; to run this test: {HINT}")


def sample_pdf(number: int) -> tuple[str, bytes]:
    path = sorted(SAMPLES.glob("*.pdf"))[number]
    return path.name, path.read_bytes()


def configure(monkeypatch: pytest.MonkeyPatch, **values: object) -> Settings:
    for key, value in values.items():
        monkeypatch.setenv(f"INVOICES_{key.upper()}", str(value))
    get_settings.cache_clear()
    return get_settings()


@dataclass
class Mailbox:
    """A uniquely named folder of the test user's mailbox; `append` adds a message to it."""

    host: str
    port: int
    user: str
    password: str
    folder: str

    def client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, message: EmailMessage) -> None:
        client = self.client()
        try:
            status, _ = client.append(
                self.folder, None, imaplib.Time2Internaldate(time.time()), message.as_bytes()
            )
            assert status == "OK"
        finally:
            client.logout()

    def count(self, folder: str | None = None) -> int:
        client = self.client()
        try:
            status, data = client.select(f'"{folder or self.folder}"', readonly=True)
            assert status == "OK", data
            return int(data[0] or 0)
        finally:
            client.logout()

    def recreate(self) -> None:
        """Delete and create the folder again: the server gives it a new UIDVALIDITY."""
        client = self.client()
        try:
            assert client.delete(self.folder)[0] == "OK"
            assert client.create(self.folder)[0] == "OK"
        finally:
            client.logout()


@pytest.fixture
def mailbox(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    box = Mailbox(
        host=service_env("INVOICES_TEST_IMAP_HOST"),
        port=int(service_env("INVOICES_TEST_IMAP_PORT")),
        user=service_env("INVOICES_TEST_IMAP_USER"),
        password=service_env("INVOICES_TEST_IMAP_PASSWORD"),
        folder=f"test-{uuid.uuid4().hex[:12]}",
    )
    try:
        client = box.client()
    except OSError as error:
        pytest.fail(f"IMAP test server does not answer ({error}); {HINT}")
    try:
        assert client.create(box.folder)[0] == "OK"
    finally:
        client.logout()
    configure(
        monkeypatch,
        imap_host=box.host,
        imap_port=box.port,
        imap_security="starttls",
        imap_verify_tls="false",
        imap_user=box.user,
        imap_password=box.password,
        imap_folder=box.folder,
        imap_processed_folder=f"{box.folder}-done",
        imap_tenant="acme",
        source_retries=0,
    )
    yield box
    client = box.client()
    try:
        client.delete(box.folder)
        client.delete(f"{box.folder}-done")
    finally:
        client.logout()


@dataclass
class Drop:
    """A fresh directory on the SFTP test server, written to over SFTP as the test user."""

    host: str
    port: int
    user: str
    password: str
    host_key: str
    key_path: str
    directory: str

    async def _run(self, action: str, *args: object) -> object:
        import asyncssh

        async with (
            asyncssh.connect(
                self.host,
                self.port,
                username=self.user,
                password=self.password,
                client_keys=[],
                agent_path=None,
                known_hosts=([asyncssh.import_public_key(self.host_key)], [], []),
            ) as connection,
            connection.start_sftp_client() as sftp,
        ):
            if action == "put":
                relative, data, mtime = args
                path = f"{self.directory}/{relative}"
                await sftp.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
                async with sftp.open(path, "wb") as remote:
                    await remote.write(data)
                if mtime is not None:
                    await sftp.utime(path, (mtime, mtime))
                return None
            if action == "listdir":
                (relative,) = args
                names = await sftp.listdir(f"{self.directory}/{relative}")
                return sorted(n for n in names if n not in (".", ".."))
            if action == "chmod":
                relative, mode = args
                await sftp.chmod(f"{self.directory}/{relative}", mode)
                return None
            if action == "mkdir":
                await sftp.makedirs(self.directory, exist_ok=True)
                return None
            raise ValueError(action)

    def put(self, relative: str, data: bytes, *, age: float | None = 3600.0) -> None:
        """Upload a file, back-dated by `age` seconds (None: as just written)."""
        mtime = None if age is None else time.time() - age
        asyncio.run(self._run("put", relative, data, mtime))

    def chmod(self, relative: str, mode: int) -> None:
        asyncio.run(self._run("chmod", relative, mode))

    def listdir(self, relative: str = ".") -> list[str]:
        result = asyncio.run(self._run("listdir", relative))
        assert isinstance(result, list)
        return result


@pytest.fixture
def drop(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Drop:
    box = Drop(
        host=service_env("INVOICES_TEST_SFTP_HOST"),
        port=int(service_env("INVOICES_TEST_SFTP_PORT")),
        user=service_env("INVOICES_TEST_SFTP_USER"),
        password=service_env("INVOICES_TEST_SFTP_PASSWORD"),
        host_key=service_env("INVOICES_TEST_SFTP_HOST_KEY"),
        key_path=service_env("INVOICES_TEST_SFTP_KEY_PATH"),
        directory=f"{service_env('INVOICES_TEST_SFTP_ROOT')}/test-{uuid.uuid4().hex[:12]}",
    )
    try:
        asyncio.run(box._run("mkdir"))
    except OSError as error:
        pytest.fail(f"SFTP test server does not answer ({error}); {HINT}")
    configure(
        monkeypatch,
        sftp_host=box.host,
        sftp_port=box.port,
        sftp_user=box.user,
        sftp_password=box.password,
        sftp_host_key=box.host_key,
        sftp_remote_dir=f"{box.directory}/inbox",
        sftp_min_age_seconds=60,
        sftp_settle_seconds=0.5,
        sftp_tenant="acme",
        source_retries=0,
    )
    box.put("inbox/.keep", b"")
    return box
