"""Invoice files inside an email: attachments (PDF, XML, images), PDFs and XML inside .zip
attachments, and the same again inside forwarded messages (message/rfc822), to any sane depth.

Zip archives are unpacked with caps on the number of members and on the bytes unpacked (the
declared sizes are not trusted), so a zip bomb costs at most the cap.
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass, field
from email.message import Message
from typing import Final

from core.files import JPEG, PDF, PNG, TIFF, XML, ZIP, safe_filename, sniff_media_type
from tasks.sources._common import FetchedFile

ACCEPTED: Final = frozenset({PDF, XML, PNG, JPEG, TIFF})
XML_CONTENT_TYPES: Final = frozenset({"application/xml", "text/xml"})
MAX_DEPTH: Final = 5
# What a corrupt or unusual archive raises while read: each costs one archive or member, no more.
UNREADABLE_ZIP: Final = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
)


@dataclass
class Found:
    """The invoice files of one message, and why anything else was left out."""

    files: list[FetchedFile] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def reason(self) -> str:
        if not self.notes:
            return "no attachment"
        return "no invoice attachment: " + "; ".join(self.notes)


@dataclass(frozen=True)
class ZipLimits:
    max_members: int
    max_total_bytes: int


def find_invoice_files(message: Message, *, limits: ZipLimits) -> Found:
    found = Found()
    _walk(message, origin="", found=found, limits=limits, depth=0)
    return found


def _walk(part: Message, *, origin: str, found: Found, limits: ZipLimits, depth: int) -> None:
    content_type = part.get_content_type()
    if content_type == "message/rfc822":
        if depth >= MAX_DEPTH:
            found.notes.append(f"{origin or 'message'}: forwarded more than {MAX_DEPTH} deep")
            return
        payload = part.get_payload()
        inner = payload if isinstance(payload, list) else [payload]
        name = safe_filename(part.get_filename() or "forwarded.eml")
        for number, message in enumerate(inner):
            if isinstance(message, Message):
                suffix = f"#{number}" if len(inner) > 1 else ""
                _walk(
                    message,
                    origin=f"{origin}{name}{suffix}/",
                    found=found,
                    limits=limits,
                    depth=depth + 1,
                )
        return
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                _walk(sub, origin=origin, found=found, limits=limits, depth=depth)
        return
    filename = part.get_filename()
    is_attachment = part.get_content_disposition() == "attachment" or filename is not None
    if content_type.startswith("text/") and not is_attachment:
        return  # the message body
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        if is_attachment:
            found.notes.append(f"{origin}{filename or content_type}: empty")
        return
    name = safe_filename(filename or f"attachment.{content_type.rsplit('/', 1)[-1]}")
    media_type = sniff_media_type(data[:2048])
    if media_type == ZIP or name.lower().endswith(".zip"):
        _unzip(data, name=name, origin=origin, found=found, limits=limits)
    elif _is_invoice_file(media_type, name=name, content_type=content_type):
        found.files.append(FetchedFile(filename=name, data=data, origin=f"{origin}{name}"))
    else:
        found.notes.append(f"{origin}{name}: not a PDF, XML or image ({content_type})")


def _is_invoice_file(media_type: str, *, name: str, content_type: str) -> bool:
    if media_type not in ACCEPTED:
        return False
    if media_type == XML:  # anything starting with "<" sniffs as XML: HTML must not pass
        return name.lower().endswith(".xml") or content_type in XML_CONTENT_TYPES
    return True


def _why(error: BaseException) -> str:
    kind = type(error).__name__
    if kind == "error":  # zlib.error
        kind = f"{type(error).__module__}.error"
    return f"{kind}: {error}" if str(error) else kind


def _unzip(data: bytes, *, name: str, origin: str, found: Found, limits: ZipLimits) -> None:
    where = f"{origin}{name}"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except UNREADABLE_ZIP as error:
        found.notes.append(f"{where}: not a readable zip archive ({_why(error)})")
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > limits.max_members:
            found.notes.append(
                f"{where}: {len(members)} files, over the limit of {limits.max_members}; "
                "not unpacked"
            )
            return
        budget = limits.max_total_bytes
        before = len(found.files)
        for info in members:
            member = f"{where}/{info.filename}"
            if info.flag_bits & 0x1:
                found.notes.append(f"{member}: encrypted")
                continue
            if info.file_size > budget:
                found.notes.append(
                    f"{where}: unpacks to more than {limits.max_total_bytes} bytes; stopped"
                )
                return
            try:
                with archive.open(info) as stream:
                    content = stream.read(budget + 1)  # never trust the declared size
            except UNREADABLE_ZIP as error:  # corrupt data: this member only
                found.notes.append(f"{member}: cannot unpack ({_why(error)})")
                continue
            if len(content) > budget:
                found.notes.append(
                    f"{where}: unpacks to more than {limits.max_total_bytes} bytes; stopped"
                )
                return
            budget -= len(content)
            member_name = safe_filename(info.filename)
            media_type = sniff_media_type(content[:2048])
            if _is_invoice_file(media_type, name=member_name, content_type=""):
                found.files.append(FetchedFile(filename=member_name, data=content, origin=member))
            elif content:
                found.notes.append(f"{member}: not a PDF, XML or image")
        if len(found.files) == before and not members:
            found.notes.append(f"{where}: empty archive")
