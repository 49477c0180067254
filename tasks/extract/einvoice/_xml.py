"""Hardened XML parsing and namespace-agnostic navigation for e-invoices.

The parser never resolves entities, never loads a DTD, never touches the network and refuses
huge trees; a DOCTYPE that declares entities is rejected before parsing (XXE, billion laughs).
Navigation goes by local names so one reader serves every version of a syntax's namespaces.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Final

from lxml import etree

MAX_XML_BYTES: Final = 20 * 1024 * 1024
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


class XmlRejected(ValueError):
    """The XML cannot be read as an e-invoice; the message says why, safe to show."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> etree._Element:
    """The root element of `data`, parsed safely; `XmlRejected` says what is wrong."""
    if len(data) > MAX_XML_BYTES:
        raise XmlRejected(
            f"The XML is {len(data):,} bytes, larger than the {MAX_XML_BYTES:,}-byte limit."
        )
    head = data[:65536]
    if _DOCTYPE.search(head) and (_ENTITY_DECL.search(data) or b"SYSTEM" in head):
        raise XmlRejected(
            "The XML declares a DOCTYPE with entities or an external DTD, which is refused "
            "(entity expansion and external entities are unsafe)."
        )
    try:
        root = etree.fromstring(data.lstrip(b"\xef\xbb\xbf \t\r\n"), parser=_parser())
    except etree.XMLSyntaxError as error:
        raise XmlRejected(f"The XML is malformed: {error.msg or error}.") from error
    except ValueError as error:  # e.g. an encoding declaration lxml cannot honour
        raise XmlRejected(f"The XML cannot be parsed: {error}.") from error
    if root is None:
        raise XmlRejected("The XML has no root element.")
    return root


def local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def children(element: etree._Element | None, name: str) -> Iterator[etree._Element]:
    if element is None:
        return
    for child in element:
        if isinstance(child.tag, str) and local(child) == name:
            yield child


def find(element: etree._Element | None, path: str) -> etree._Element | None:
    """The first element along `path` (local names separated by "/"), or None."""
    found = find_all(element, path)
    return found[0] if found else None


def find_all(element: etree._Element | None, path: str) -> list[etree._Element]:
    current = [] if element is None else [element]
    for name in path.split("/"):
        current = [c for e in current for c in children(e, name)]
    return current


def text(element: etree._Element | None, path: str = "") -> str | None:
    """The text at `path` (or of `element`) without surrounding whitespace; None when blank."""
    target = find(element, path) if path else element
    if target is None or target.text is None:
        return None
    value = target.text.strip()
    return value or None


def first_text(element: etree._Element | None, *paths: str) -> str | None:
    for path in paths:
        value = text(element, path)
        if value is not None:
            return value
    return None


def amount(value: str | None) -> Decimal | None:
    """The XML decimal string as an exact Decimal (None when missing or not a number)."""
    if value is None:
        return None
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def cii_date(element: etree._Element | None) -> dt.date | None:
    """A CII `DateTimeString` (format 102 CCYYMMDD, also tolerating ISO dates)."""
    value = text(element, "DateTimeString") if element is not None else None
    return parse_date_value(value)


def parse_date_value(value: str | None) -> dt.date | None:
    if value is None:
        return None
    digits = value.strip()
    try:
        if re.fullmatch(r"\d{8}", digits):
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", digits):
            return dt.date.fromisoformat(digits[:10])
    except ValueError:
        return None
    return None
