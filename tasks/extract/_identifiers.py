"""Values shaped like a document's own number: a code of one or two tokens with a digit that
is no date, amount, year, page number, phone or IBAN (nor, unless allowed, a tax id or a trade
register entry). The last-resort number rules read only such values."""

from __future__ import annotations

import re
from typing import Final

from tasks.extract._before import joined_identifier
from tasks.extract._numbers import invoice_number_value
from tasks.extract._parse import currencies, parse_date

_VALUE: Final = re.compile(r"(?=.*\d)[A-Z0-9][A-Za-z0-9\-/._]*(?: [A-Z0-9][A-Za-z0-9\-/._]*)?")
"""A code of one or two tokens, opening with a capital or a digit."""
_NOT_ID: Final = re.compile(
    r"(?:19|20)\d\d"  # a year alone
    r"|\d{1,2}\s*/\s*\d{1,2}"  # a page number "1/2"
    r"|\d{1,2}\s*[/.-]\s*(?:19|20)?\d\d"  # a month "10/2026", an expiry "07/29"
    r"|\d+[.,]\d+"  # a decimal figure "0.8842"
    r"|\d{4} ?[A-Z]{2}"  # a Dutch postcode ("3015 BH")
    r"|[-\u2212]?\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?"  # an amount or a count
    r"|[A-Z]{2}\d{2}[A-Z0-9 ]{10,}"  # an IBAN
    r"|(?:\+|0)[\d ()/.-]{8,}"  # a phone number
)
"""Values shaped like something other than a document number."""
_TAX_ID: Final = re.compile(
    r"(?:[A-Z]{2})?[0-9A-Z]{2}\d{6,}[A-Z0-9]*"  # a VAT or tax id
    r"|(?:HR[AB]|GnR|VR|PR|RCS|KvK|CIF|NIF|REA) ?[\w./-]+"  # a trade register entry
)
"""Values shaped like a tax id or a trade register entry."""


def identifier(text: str, *, tax_shaped: bool = False) -> str | None:
    """An identifier: a code of one or two tokens with a digit, no date, amount, year, phone or
    IBAN; shaped like a tax id or a register entry only when `tax_shaped` allows it."""
    if not _VALUE.fullmatch(text) or currencies(text) or _NOT_ID.fullmatch(text):
        return None
    if not tax_shaped and _TAX_ID.fullmatch(text):
        return None
    if "%" in text or parse_date(text) is not None:
        return None
    if " " in text:
        return text if joined_identifier(text) == text else None
    return invoice_number_value(text)


__all__ = ["identifier"]
