"""E-invoices read exactly: CII (Factur-X, ZUGFeRD 2.x, XRechnung CII), ZUGFeRD 1.0 and UBL
(XRechnung UBL, Peppol BIS Billing 3.0 invoices and credit notes), standalone or embedded in a PDF.

`read_einvoice` returns an `EInvoiceRead`: the invoice, or the reason it could not be read (never
raises for bad input). Amounts are the XML's decimal strings as Decimal, unrounded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Final

import pymupdf
from lxml import etree

from core.models import ExtractorInfo, Invoice
from tasks.extract.einvoice._xml import MAX_XML_BYTES, XmlRejected, local, parse_xml
from tasks.extract.einvoice.cii import parse_cii
from tasks.extract.einvoice.ubl import parse_ubl

logger = logging.getLogger(__name__)

EINVOICE_XML: Final = ExtractorInfo(name="einvoice-xml", version="1.0.0")

CII_NS: Final = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
ZUGFERD1_NS: Final = "urn:ferd:CrossIndustryDocument:invoice:1p0"
UBL_INVOICE_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

EMBEDDED_NAMES: Final = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "ZUGFeRD-invoice.xml",
    "xrechnung.xml",
)
"""Attachment names of the standards, in the order they are preferred when several exist."""


@dataclass
class EInvoiceRead:
    """The outcome of reading one e-invoice XML."""

    syntax: str | None
    invoice: Invoice | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def detect_syntax(root: etree._Element) -> str | None:
    """ "CII", "ZUGFeRD1", "UBL", "FatturaPA", or None for XML that is no known e-invoice."""
    name = local(root)
    namespace = etree.QName(root).namespace or ""
    if name == "CrossIndustryInvoice":
        return "CII"
    if name == "CrossIndustryDocument":
        return "ZUGFeRD1"
    if name in {"Invoice", "CreditNote"} and "ubl" in namespace.lower():
        return "UBL"
    if name == "FatturaElettronica":
        return "FatturaPA"
    return None


_REQUIRED: Final = {
    "invoice_number": "invoice number",
    "issue_date": "issue date",
    "currency": "currency code",
    "grand_total": "grand total",
}


def _completeness(invoice: Invoice, root: etree._Element, syntax: str) -> list[str]:
    """Warnings for what a valid e-invoice must carry but this one lacks."""
    warnings = [
        f"The {syntax} XML has no valid {label}; it does not conform to the standard."
        for attr, label in _REQUIRED.items()
        if getattr(invoice, attr) in (None, "")
    ]
    namespace = etree.QName(root).namespace or ""
    expected = {"CII": CII_NS, "ZUGFeRD1": ZUGFERD1_NS}.get(syntax)
    if expected and namespace != expected:
        warnings.append(f"The {syntax} XML uses the unexpected namespace {namespace!r}.")
    if not invoice.lines:
        warnings.append(f"The {syntax} XML has no line items.")
    return warnings


def read_einvoice(data: bytes, *, source: str = "XML") -> EInvoiceRead:
    """Read an e-invoice from XML bytes; `source` names where the XML came from in messages."""
    try:
        root = parse_xml(data)
    except XmlRejected as error:
        return EInvoiceRead(syntax=None, error=f"{source}: {error}")
    syntax = detect_syntax(root)
    if syntax is None:
        return EInvoiceRead(
            syntax=None,
            error=f"{source}: the XML is not a known e-invoice (root element <{local(root)}>).",
        )
    if syntax == "FatturaPA":
        return EInvoiceRead(
            syntax=syntax,
            error=f"{source}: FatturaPA (Italian SdI) e-invoices are recognised but not read.",
        )
    try:
        reader = parse_ubl if syntax == "UBL" else parse_cii
        invoice = reader(root, extractor=EINVOICE_XML)
    except Exception:  # a reader bug on odd XML must not lose the document
        logger.exception("%s: %s reader failed", source, syntax)
        return EInvoiceRead(syntax=syntax, error=f"{source}: the {syntax} XML could not be read.")
    warnings = _completeness(invoice, root, syntax)
    present = sum(getattr(invoice, attr) not in (None, "") for attr in _REQUIRED)
    if present == 0:
        return EInvoiceRead(
            syntax=syntax,
            error=f"{source}: the {syntax} XML has no invoice number, date, currency or total.",
            warnings=warnings,
        )
    invoice.confidence = 1.0 if not warnings else round(0.6 + 0.1 * present, 2)
    invoice.evidence = {}
    return EInvoiceRead(syntax=syntax, invoice=invoice, warnings=warnings)


def embedded_xml(doc: pymupdf.Document) -> tuple[str, bytes] | None:
    """The e-invoice XML attached to a PDF (Factur-X, ZUGFeRD, XRechnung), if any.

    Raises `XmlRejected` when the attachment is too large to read safely.
    """
    try:
        names = doc.embfile_names()
    except Exception:
        return None
    by_lower = {name.lower(): name for name in names}
    candidates = [by_lower[n.lower()] for n in EMBEDDED_NAMES if n.lower() in by_lower]
    candidates += [n for n in names if n.lower().endswith(".xml") and n not in candidates]
    for name in candidates:
        info = doc.embfile_info(name)
        if int(info.get("size") or info.get("length") or 0) > MAX_XML_BYTES:
            raise XmlRejected(
                f"The attached {name} is larger than the {MAX_XML_BYTES:,}-byte limit."
            )
        return name, doc.embfile_get(name)
    return None


__all__ = [
    "EINVOICE_XML",
    "EInvoiceRead",
    "XmlRejected",
    "detect_syntax",
    "embedded_xml",
    "read_einvoice",
]
