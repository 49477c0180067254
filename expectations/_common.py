"""What every rule shares: the issue builder, the context a rule sees, rounding per currency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from iso4217 import Currency

from core.models import Invoice, Severity, ValidationIssue
from core.quality import DuplicateCandidate

DEFAULT_MINOR_UNIT = 2


@dataclass(frozen=True)
class RuleContext:
    """What a rule may know beyond the invoice. `duplicates` is None when no lookup was made
    (a check without the database), so the duplicate rules stay silent instead of passing."""

    today: dt.date
    duplicates: Sequence[DuplicateCandidate] | None = None
    identity_severity: Severity = Severity.ERROR


Rule = Callable[[Invoice, RuleContext], Iterator[ValidationIssue]]


def issue(rule: str, severity: Severity, message: str, *fields: str) -> ValidationIssue:
    return ValidationIssue(rule=rule, severity=severity, message=message, fields=list(fields))


@lru_cache(maxsize=512)
def iso_currency(code: str) -> Currency | None:
    """The ISO 4217 entry for a code (the package ships the official SIX table), or None."""
    try:
        return Currency(code.upper())
    except ValueError:
        return None


def tolerance(currency: str | None) -> Decimal:
    """One minor unit of the currency: 0.01 EUR, 1 JPY, 0.001 BHD; 0.01 when unknown."""
    entry = iso_currency(currency) if currency else None
    exponent = entry.exponent if entry is not None and entry.exponent is not None else None
    return Decimal(1).scaleb(-(DEFAULT_MINOR_UNIT if exponent is None else exponent))
