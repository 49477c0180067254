"""Identity: the currency is an ISO 4217 code, VAT ids are well-formed for their country (with
the country's checksum where one is defined) and IBANs pass their checksum.

The number formats and checksums come from python-stdnum, which keeps one validated module per
country (`stdnum.eu.vat` for the EU member states, `stdnum.gb.vat`, `stdnum.ch.vat`, ...).
A VAT id of a country without a known format is not judged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

from stdnum import iban as stdnum_iban
from stdnum.eu import vat as eu_vat
from stdnum.util import get_cc_module

from core.models import Invoice, Party, Severity, ValidationIssue
from expectations._common import RuleContext, iso_currency, issue

_PREFIX = re.compile(r"^\s*([A-Za-z]{2})")


def currency_is_iso_4217(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    if invoice.currency is not None and iso_currency(invoice.currency) is None:
        yield issue(
            "identity.currency",
            Severity.ERROR,
            f"currency {invoice.currency!r} is not an ISO 4217 code",
            "currency",
        )


def _vat_module(vat_id: str, country: str | None) -> ModuleType | None:
    """The stdnum module that judges this VAT id: by its prefix, else the party's country."""
    match = _PREFIX.match(vat_id)
    code = (match.group(1) if match else country or "").lower()
    if code == "el":
        code = "gr"
    if code in eu_vat.MEMBER_STATES:
        return eu_vat
    if len(code) != 2:
        return None
    try:
        return get_cc_module(code, "vat")
    except Exception:  # stdnum raises for odd codes; an unknown country is not judged
        return None


def _with_prefix(vat_id: str, country: str | None, module: ModuleType) -> str:
    if module is eu_vat and not _PREFIX.match(vat_id) and country:
        return country.upper() + vat_id
    return vat_id


def _parties(invoice: Invoice) -> Iterator[tuple[str, Party]]:
    yield "seller", invoice.seller
    yield "buyer", invoice.buyer


def vat_ids_valid(invoice: Invoice, context: RuleContext) -> Iterator[ValidationIssue]:
    for role, party in _parties(invoice):
        if not party.vat_id:
            continue
        module = _vat_module(party.vat_id, party.country)
        if module is None:
            continue
        if not module.is_valid(_with_prefix(party.vat_id, party.country, module)):
            yield issue(
                "identity.vat_id",
                context.identity_severity,
                f"{role}.vat_id {party.vat_id!r} is not a valid VAT id for its country "
                "(format or check digits)",
                f"{role}.vat_id",
            )


def ibans_valid(invoice: Invoice, context: RuleContext) -> Iterator[ValidationIssue]:
    for role, party in _parties(invoice):
        if party.iban and not stdnum_iban.is_valid(party.iban):
            yield issue(
                "identity.iban",
                context.identity_severity,
                f"{role}.iban {party.iban!r} fails the IBAN format or checksum",
                f"{role}.iban",
            )
