"""Finding invoice files inside an email: attachments, zips (with zip-bomb caps), forwards."""

from __future__ import annotations

import io
import zipfile
from email import message_from_bytes
from email.message import EmailMessage

import pytest

from tasks.sources._mime import ZipLimits, find_invoice_files
from tests.sources.conftest import sample_pdf

LIMITS = ZipLimits(max_members=5, max_total_bytes=200_000)


def _mail(*attachments: tuple[str, bytes, str]) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = "invoice"
    message.set_content("see attachment")
    message.add_alternative("<html><body><p>see attachment</p></body></html>", subtype="html")
    for name, data, media in attachments:
        maintype, subtype = media.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message


def _parsed(message: EmailMessage):  # type: ignore[no-untyped-def]
    return message_from_bytes(message.as_bytes())  # as the IMAP source sees it


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_pdf_xml_and_image_attachments_are_found_and_the_body_is_not() -> None:
    name, pdf = sample_pdf(0)
    found = find_invoice_files(
        _parsed(
            _mail(
                (name, pdf, "application/pdf"),
                ("invoice.xml", b"<?xml version='1.0'?><Invoice/>", "application/xml"),
                ("scan.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20, "image/png"),
                ("page.html", b"<html></html>", "text/html"),
            )
        ),
        limits=LIMITS,
    )
    assert [f.filename for f in found.files] == [name, "invoice.xml", "scan.png"]
    assert found.files[0].data == pdf
    assert found.notes == ["page.html: not a PDF, XML or image (text/html)"]


def test_a_message_without_attachments_says_so() -> None:
    found = find_invoice_files(_parsed(_mail()), limits=LIMITS)
    assert found.files == []
    assert found.reason() == "no attachment"


def test_pdfs_inside_a_zip_are_found_with_their_origin() -> None:
    name, pdf = sample_pdf(1)
    data = _zip({f"march/{name}": pdf, "readme.txt": b"hello"})
    found = find_invoice_files(
        _parsed(_mail(("bundle.zip", data, "application/zip"))), limits=LIMITS
    )
    assert [(f.filename, f.origin) for f in found.files] == [(name, f"bundle.zip/march/{name}")]
    assert found.notes == ["bundle.zip/readme.txt: not a PDF, XML or image"]


def test_a_zip_bomb_is_not_unpacked_past_the_caps() -> None:
    bomb = _zip({"huge.pdf": b"%PDF-1.7\n" + b"\0" * 5_000_000})  # compresses to a few KB
    found = find_invoice_files(_parsed(_mail(("bomb.zip", bomb, "application/zip"))), limits=LIMITS)
    assert found.files == []
    assert "unpacks to more than 200000 bytes" in found.reason()

    many = _zip({f"{n}.pdf": b"%PDF-1.7\n" for n in range(6)})
    found = find_invoice_files(_parsed(_mail(("many.zip", many, "application/zip"))), limits=LIMITS)
    assert found.files == []
    assert "6 files, over the limit of 5" in found.reason()


def test_a_zip_that_lies_about_its_sizes_is_capped_by_what_it_unpacks() -> None:
    data = bytearray(_zip({"a.pdf": b"%PDF-1.7\n" + b"\0" * 500_000}))
    # Rewrite the declared uncompressed size in the central directory to 10 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    found = find_invoice_files(
        _parsed(_mail(("liar.zip", bytes(data), "application/zip"))), limits=LIMITS
    )
    assert found.files == []
    assert found.notes  # never silently accepted


def test_forwarded_messages_are_searched_to_any_sane_depth() -> None:
    name, pdf = sample_pdf(2)
    inner = _mail((name, pdf, "application/pdf"))
    middle = _mail()
    middle.add_attachment(inner)
    outer = _mail()
    outer.add_attachment(middle)
    found = find_invoice_files(_parsed(outer), limits=LIMITS)
    assert [f.origin for f in found.files] == [f"forwarded.eml/forwarded.eml/{name}"]


def _damaged_zip(kind: str) -> bytes:
    """A zip whose one member cannot be unpacked: corrupt deflate or LZMA data, or cut short."""
    method = {
        "deflate": zipfile.ZIP_DEFLATED,
        "lzma": zipfile.ZIP_LZMA,
        "short": zipfile.ZIP_STORED,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method[kind]) as archive:
        archive.writestr("inv.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
    data = bytearray(buffer.getvalue())
    start = 30 + len("inv.pdf")  # the member's data, after its local header
    if kind == "deflate":
        for i in range(start, start + 40):
            data[i] ^= 0xFF
    elif kind == "lzma":
        data[start + 4 : start + 9] = b"\xff" * 5  # the LZMA properties
    else:  # the directory promises more bytes than the archive holds
        central = data.rfind(b"PK\x01\x02")
        data[central + 20 : central + 28] = (50_000).to_bytes(4, "little") * 2
    return bytes(data)


@pytest.mark.parametrize(
    ("kind", "error"), [("deflate", "zlib.error"), ("lzma", "LZMAError"), ("short", "EOFError")]
)
def test_a_damaged_zip_is_noted_and_the_other_attachments_are_found(kind: str, error: str) -> None:
    name, pdf = sample_pdf(0)
    found = find_invoice_files(
        _parsed(
            _mail(
                ("bundle.zip", _damaged_zip(kind), "application/zip"),
                (name, pdf, "application/pdf"),
            )
        ),
        limits=LIMITS,
    )
    assert [f.filename for f in found.files] == [name]
    (note,) = found.notes
    assert note.startswith(f"bundle.zip/inv.pdf: cannot unpack ({error}")
