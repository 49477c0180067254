"""Blob storage and file facts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.blobs import BlobStore
from core.files import PDF, UNKNOWN, XML, safe_filename, sniff_media_type


def test_blobs_are_content_addressed_and_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    sha, size = store.put_bytes(b"hello")
    assert sha == hashlib.sha256(b"hello").hexdigest() and size == 5
    assert store.path_for(sha) == tmp_path / "blobs" / sha[:2] / sha[2:4] / sha
    assert store.put_bytes(b"hello") == (sha, 5)
    assert store.read_bytes(sha) == b"hello"
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [sha]


def test_a_blob_path_needs_a_real_digest(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="sha256"):
        BlobStore(tmp_path).path_for("../../etc/passwd")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("invoice.pdf", "invoice.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\bill.pdf", "bill.pdf"),
        ("bad\x00name\n.pdf", "bad_name_.pdf"),
        ("a:b*c?.pdf", "a_b_c_.pdf"),
        ("...", "unnamed"),
        ("Rechnung März.pdf", "Rechnung März.pdf"),
        ("caf\udce9.pdf", "caf\ufffd.pdf"),  # a Latin-1 byte, as os.fsdecode keeps it
        ("a\ud800b.pdf", "a_b.pdf"),  # a lone surrogate that stands for no byte
    ],
)
def test_safe_filename_keeps_only_a_harmless_last_component(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_safe_filename_caps_length_and_keeps_the_extension() -> None:
    name = safe_filename("x" * 500 + ".pdf")
    assert len(name) == 200 and name.endswith(".pdf")


def test_media_type_comes_from_the_bytes() -> None:
    assert sniff_media_type(b"%PDF-1.7\n") == PDF
    assert sniff_media_type(b"\xef\xbb\xbf<?xml version='1.0'?>") == XML
    assert sniff_media_type(b"hello") == UNKNOWN
