"""The mailbox source against the real IMAP test server (Dovecot), one fresh folder per test."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from core import sources
from core.blobs import BlobStore
from core.db import DocumentRow, SourceItemRow, ready_engine, session_scope
from core.settings import Settings, get_settings
from flows.sources import ingest_email
from tasks.sources import imap
from tasks.sources._common import SourceAuthError, SourceRefused, SourceTrustError
from tasks.sources.imap import ImapConfig, ingest_mailbox
from tests.sources.conftest import Mailbox, configure, sample_pdf

pytestmark = pytest.mark.imap


def _message(subject: str, *attachments: tuple[str, bytes, str]) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Billing <billing@vendor.example>"
    message["To"] = "invoices@example.test"
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="vendor.example")
    message["Date"] = "Tue, 24 Nov 2026 09:30:00 +0100"
    message.set_content(f"Please find attached: {subject}")
    for name, data, media in attachments:
        maintype, subtype = media.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def _pdf(number: int) -> tuple[str, bytes, str]:
    name, data = sample_pdf(number)
    return name, data, "application/pdf"


def _zip(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _ingest(settings: Settings) -> object:
    return ingest_mailbox(
        ImapConfig.from_settings(get_settings()),
        engine=ready_engine(settings.resolved_database_url),
        blobs=BlobStore(settings.blob_dir),
    )


def _documents(settings: Settings) -> list[DocumentRow]:
    with session_scope(ready_engine(settings.resolved_database_url)) as session:
        return list(session.scalars(select(DocumentRow).order_by(DocumentRow.filename)))


def _items(settings: Settings, mailbox: Mailbox) -> list[SourceItemRow]:
    source = ImapConfig.from_settings(get_settings()).source
    with session_scope(ready_engine(settings.resolved_database_url)) as session:
        return sources.list_items(session, tenant_id="acme", source=source)


@pytest.mark.usefixtures("prefect_harness")
def test_attachments_zip_forward_and_empty_messages_through_the_flow(
    settings: Settings, mailbox: Mailbox
) -> None:
    two = _message("Two invoices", _pdf(0), _pdf(1), ("notes.txt", b"thanks", "text/plain"))
    zipped = _message(
        "Zipped",
        (
            "bundle.zip",
            _zip((sample_pdf(2)[0], sample_pdf(2)[1]), ("a.txt", b"x")),
            "application/zip",
        ),
    )
    inner = _message("Original invoice", _pdf(3))
    forward = _message("Fwd: Original invoice")
    forward.add_attachment(inner)
    empty = _message("Just saying hello")
    again = _message("Reminder", _pdf(0))
    for message in (two, zipped, forward, empty, again):
        mailbox.append(message)

    summary = ingest_email(process=True)

    documents = _documents(settings)
    assert len(documents) == 4 == len(summary.ingest.created)
    assert {d.tenant_id for d in documents} == {"acme"}
    assert {d.source for d in documents} == {"imap"}
    by_name = {d.filename: d for d in documents}
    assert set(by_name) == {sample_pdf(n)[0] for n in range(4)}
    first = by_name[sample_pdf(0)[0]].source_meta
    assert first is not None
    assert first["sender"] == "billing@vendor.example"
    assert first["subject"] == "Two invoices"
    assert first["message_id"] == two["Message-ID"]
    assert first["date"] == "2026-11-24T09:30:00+01:00"
    assert by_name[sample_pdf(2)[0]].source_meta["attachment"].startswith("bundle.zip/")  # type: ignore[index]
    forwarded = by_name[sample_pdf(3)[0]].source_meta
    assert forwarded is not None
    assert forwarded["subject"] == "Fwd: Original invoice"
    assert forwarded["attachment"].startswith("forwarded.eml/")

    assert summary.process is not None
    assert summary.process.documents == 4
    assert "failed" not in summary.process.by_status

    items = {row.meta["subject"]: row for row in _items(settings, mailbox)}
    assert items["Just saying hello"].status == sources.SKIPPED
    assert items["Just saying hello"].reason == "no attachment"
    assert items["Reminder"].status == sources.DUPLICATE
    assert items["Reminder"].document_ids == [by_name[sample_pdf(0)[0]].id]
    assert items["Two invoices"].status == sources.INGESTED
    assert [s.reason for s in summary.ingest.skipped] == ["no attachment"]

    again_summary = ingest_email(process=False)
    assert again_summary.ingest.created == again_summary.ingest.duplicates == []
    assert len(_documents(settings)) == 4


def test_unsupported_attachment_is_recorded_with_its_reason(
    settings: Settings, mailbox: Mailbox
) -> None:
    mailbox.append(_message("Word file", ("invoice.docx", b"PK-not-really", "application/msword")))
    _ingest(settings)
    (item,) = _items(settings, mailbox)
    assert item.status == sources.SKIPPED
    assert item.reason is not None
    assert "invoice.docx" in item.reason


def test_a_crash_half_way_reruns_without_duplicates_or_gaps(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(3):
        mailbox.append(_message(f"Invoice {number}", _pdf(number)))
    real_record = sources.record_item
    calls = {"n": 0}

    def crash_on_second(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:  # the database goes away half way (not the message's fault)
            raise OperationalError("INSERT", {}, ConnectionResetError("connection lost"))
        return real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "record_item", crash_on_second)
    with pytest.raises(OperationalError, match="connection lost"):
        _ingest(settings)
    assert len(_items(settings, mailbox)) == 1  # the second message was not recorded

    monkeypatch.setattr(sources, "record_item", real_record)
    _ingest(settings)
    documents = _documents(settings)
    assert sorted(d.filename for d in documents) == sorted(sample_pdf(n)[0] for n in range(3))
    assert len(_items(settings, mailbox)) == 3
    _ingest(settings)
    assert len(_documents(settings)) == 3


@pytest.mark.parametrize("mode", ["move", "flag"])
def test_move_and_flag_modes_survive_a_crash_before_the_move(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    configure(monkeypatch, imap_mode=mode)
    mailbox.append(_message("First", _pdf(0)))
    mailbox.append(_message("Second", _pdf(1)))
    real_finish = imap.finish_message

    def crash(*args: object, **kwargs: object) -> None:
        raise ConnectionResetError("connection lost")

    monkeypatch.setattr(imap, "finish_message", crash)
    with pytest.raises(Exception, match="connection lost"):
        _ingest(settings)
    monkeypatch.setattr(imap, "finish_message", real_finish)

    result = _ingest(settings)
    assert len(_documents(settings)) == 2
    assert len(_items(settings, mailbox)) == 2
    assert len(result.created) == 1  # type: ignore[attr-defined]
    if mode == "move":
        assert mailbox.count() == 0
        assert mailbox.count(f"{mailbox.folder}-done") == 2
    else:
        assert mailbox.count() == 2
    assert _ingest(settings).duplicates == []  # type: ignore[attr-defined]


def test_a_new_uidvalidity_rescans_without_duplicates(settings: Settings, mailbox: Mailbox) -> None:
    first = _message("Kept", _pdf(0))
    mailbox.append(first)
    _ingest(settings)
    mailbox.recreate()
    mailbox.append(first)  # the same message, renumbered
    mailbox.append(_message("New", _pdf(1)))
    result = _ingest(settings)
    assert len(result.created) == 1  # type: ignore[attr-defined]
    assert len(_documents(settings)) == 2
    assert len(_items(settings, mailbox)) == 2


@pytest.mark.usefixtures("prefect_harness")
def test_a_wrong_password_fails_at_once_and_says_so(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, imap_password="wrong", source_retries=3, source_retry_delay_seconds=5)
    attempts = {"n": 0}
    real_connect = imap.connect

    def counting(config: ImapConfig) -> object:
        attempts["n"] += 1
        return real_connect(config)

    monkeypatch.setattr(imap, "connect", counting)
    with pytest.raises(SourceAuthError, match=r"login refused .*not retried"):
        ingest_email(process=False)
    assert attempts["n"] == 1


@pytest.mark.usefixtures("prefect_harness")
def test_a_server_that_is_down_fails_the_flow_with_the_cause_after_retries(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, imap_port=1, source_retries=1, source_retry_delay_seconds=0)
    attempts = {"n": 0}
    real_connect = imap.connect

    def counting(config: ImapConfig) -> object:
        attempts["n"] += 1
        return real_connect(config)

    monkeypatch.setattr(imap, "connect", counting)
    with pytest.raises(imap.SourceUnavailable, match="cannot connect"):
        ingest_email(process=False)
    assert attempts["n"] == 2


def test_imaps_verifies_the_certificate_and_can_use_tls(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    configure(
        monkeypatch,
        imap_security="tls",
        imap_port=os.environ["INVOICES_TEST_IMAPS_PORT"],
        imap_verify_tls="true",
    )
    with pytest.raises(SourceTrustError, match="certificate not trusted"):
        _ingest(settings)
    configure(monkeypatch, imap_verify_tls="false")
    mailbox.append(_message("Over TLS", _pdf(0)))
    assert len(_ingest(settings).created) == 1  # type: ignore[attr-defined]


def test_plain_imap_is_refused_unless_allowed(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, imap_security="plain")
    with pytest.raises(SourceRefused, match="IMAP_ALLOW_PLAIN"):
        ImapConfig.from_settings(get_settings())
    configure(monkeypatch, imap_allow_plain="true")
    mailbox.append(_message("Plain", _pdf(0)))
    assert len(_ingest(settings).created) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["watermark", "move"])
def test_two_messages_that_share_a_message_id_are_both_taken(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    configure(monkeypatch, imap_mode=mode)
    first = _message("March", _pdf(0))
    second = _message("April", _pdf(1))
    second.replace_header("Message-ID", first["Message-ID"])  # a sender that reuses its ids
    mailbox.append(first)
    mailbox.append(second)

    result = _ingest(settings)

    assert len(result.created) == 2  # type: ignore[attr-defined]
    assert {d.filename for d in _documents(settings)} == {sample_pdf(0)[0], sample_pdf(1)[0]}
    assert {i.meta["subject"]: i.status for i in _items(settings, mailbox)} == {
        "March": sources.INGESTED,
        "April": sources.INGESTED,
    }
    again = _ingest(settings)
    assert again.created == again.skipped == []  # type: ignore[attr-defined]


def test_after_renumbering_a_reused_message_id_is_told_apart_by_its_files(
    settings: Settings, mailbox: Mailbox
) -> None:
    first = _message("March", _pdf(0))
    mailbox.append(first)
    _ingest(settings)
    mailbox.recreate()
    mailbox.append(first)  # the same message, renumbered: not taken again
    reused = _message("April", _pdf(1))
    reused.replace_header("Message-ID", first["Message-ID"])
    mailbox.append(reused)  # a different message with the same Message-ID: taken

    result = _ingest(settings)

    assert len(result.created) == 1  # type: ignore[attr-defined]
    assert len(result.duplicates) == 1  # type: ignore[attr-defined]
    assert len(_documents(settings)) == 2
    assert sorted(i.meta["subject"] for i in _items(settings, mailbox)) == ["April", "March"]


@pytest.mark.usefixtures("prefect_harness")
def test_a_damaged_zip_is_recorded_and_the_mailbox_goes_on(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sources.test_mime import _damaged_zip

    configure(monkeypatch, source_retries=2, source_retry_delay_seconds=0)
    for kind in ("deflate", "lzma", "short"):
        mailbox.append(_message(f"Damaged {kind}", ("bundle.zip", _damaged_zip(kind), "a/zip")))
    mailbox.append(_message("Fine", _pdf(0)))

    summary = ingest_email(process=False)

    assert len(summary.ingest.created) == 1
    items = {i.meta["subject"]: i for i in _items(settings, mailbox)}
    assert items["Fine"].status == sources.INGESTED
    for kind in ("deflate", "lzma", "short"):
        assert items[f"Damaged {kind}"].status == sources.SKIPPED
        assert "bundle.zip/inv.pdf: cannot unpack" in str(items[f"Damaged {kind}"].reason)
    assert ingest_email(process=False).ingest.skipped == []  # recorded: not looked at again


@pytest.mark.usefixtures("prefect_harness")
def test_a_message_that_cannot_be_read_is_skipped_with_the_cause_and_not_retried(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(monkeypatch, source_retries=2, source_retry_delay_seconds=0)
    mailbox.append(_message("Odd", _pdf(0)))
    mailbox.append(_message("Fine", _pdf(1)))
    real_find = imap.find_invoice_files
    calls = {"n": 0}

    def fail_on_odd(message: object, **kwargs: object) -> object:
        calls["n"] += 1
        if message["Subject"] == "Odd":  # type: ignore[index]
            raise KeyError("a part the parser cannot handle")
        return real_find(message, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(imap, "find_invoice_files", fail_on_odd)
    summary = ingest_email(process=False)

    assert calls["n"] == 2  # each message looked at once: no retry of the task
    assert [d.filename for d in _documents(settings)] == [sample_pdf(1)[0]]
    items = {i.meta["subject"]: i for i in _items(settings, mailbox)}
    assert items["Fine"].status == sources.INGESTED
    assert items["Odd"].status == sources.SKIPPED
    assert items["Odd"].reason == "cannot be read: KeyError: 'a part the parser cannot handle'"
    assert [s.reason for s in summary.ingest.skipped] == [items["Odd"].reason]


@pytest.mark.usefixtures("prefect_harness")
def test_a_password_in_a_prefect_secret_block_wins_over_the_settings(
    settings: Settings, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.blocks.system import Secret

    block = f"imap-password-{mailbox.folder}"
    Secret(value=mailbox.password).save(block)
    mailbox.append(_message("Kept", _pdf(0)))
    configure(monkeypatch, imap_password="wrong", imap_password_block=block)
    result = _ingest(settings)
    assert len(result.created) == 1  # type: ignore[attr-defined]
    configure(monkeypatch, imap_password_block=f"{block}-missing")
    with pytest.raises(SourceRefused, match=r"Secret block .*-missing' not found"):
        _ingest(settings)
