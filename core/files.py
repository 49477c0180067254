"""Facts about incoming files that every source needs: a safe display name and the media type."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

MAX_NAME_LENGTH: Final = 200
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")

PDF: Final = "application/pdf"
XML: Final = "application/xml"
PNG: Final = "image/png"
JPEG: Final = "image/jpeg"
TIFF: Final = "image/tiff"
ZIP: Final = "application/zip"
UNKNOWN: Final = "application/octet-stream"


def safe_filename(name: str) -> str:
    """A display name with no path parts or control characters, at most 200 characters.

    Only the last path component is kept: `../../etc/passwd` becomes `passwd`. Bytes that were
    not UTF-8 (kept as surrogates by `os.fsdecode`) become U+FFFD, so the name can be stored.
    """
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that does not stand for a byte
        name = name.encode("utf-8", "replace").decode("utf-8")
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", name).strip(" .")
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, ext = name.rpartition(".")
        if dot and len(ext) <= 10:
            name = stem[: MAX_NAME_LENGTH - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_NAME_LENGTH]
    return name or "unnamed"


def sniff_media_type(head: bytes) -> str:
    """The media type from a file's first bytes (its name may lie)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"%PDF-" in head[:1024]:
        return PDF
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        return XML
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    return UNKNOWN
