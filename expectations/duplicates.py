"""Duplicates: the same seller's invoice number seen before in the tenant (error), or the same
seller, amount and issue date under another number (a likely duplicate, warning).

Only documents received earlier count, so the first copy stays clean and the later one is
flagged. Credit notes and invoices are never compared with each other: a credit note carrying
its invoice's number or amount is expected, not a duplicate."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.models import CREDIT_NOTE_TYPE_CODES, Invoice, Party, Severity, ValidationIssue
from core.quality import DuplicateCandidate
from expectations._common import RuleContext, issue

_NOT_ALNUM = re.compile(r"[\W_]+")


def comparable(value: str | None) -> str:
    """A number or name as compared for duplicates: letters and digits only, case folded."""
    return _NOT_ALNUM.sub("", value or "").casefold()


def same_seller(party: Party, candidate: DuplicateCandidate) -> bool:
    """VAT ids decide when both sides have one; otherwise the names, ignoring case and spacing."""
    if party.vat_id and candidate.seller_vat_id:
        return comparable(party.vat_id) == comparable(candidate.seller_vat_id)
    name = comparable(party.name)
    return bool(name) and name == comparable(candidate.seller_name)


def _is_credit(type_code: str) -> bool:
    return type_code in CREDIT_NOTE_TYPE_CODES


def _describe(candidate: DuplicateCandidate) -> str:
    where = candidate.file or candidate.document_id
    return f"{candidate.invoice_number or '(no number)'} in {where}"


def duplicates(invoice: Invoice, context: RuleContext) -> Iterator[ValidationIssue]:
    if context.duplicates is None:
        return
    peers = [
        c
        for c in context.duplicates
        if _is_credit(c.type_code) == invoice.is_credit_note and same_seller(invoice.seller, c)
    ]
    number = comparable(invoice.invoice_number)
    by_number = [c for c in peers if number and comparable(c.invoice_number) == number]
    if by_number:
        seen = ", ".join(_describe(c) for c in by_number[:3])
        yield issue(
            "duplicate.number",
            Severity.ERROR,
            f"invoice_number {invoice.invoice_number!r} of seller {invoice.seller.name!r} "
            f"was already received: {seen}",
            "invoice_number",
            "seller",
        )
        return
    if invoice.grand_total is None or invoice.issue_date is None:
        return
    likely = [
        c
        for c in peers
        if c.grand_total is not None
        and c.grand_total == invoice.grand_total
        and c.issue_date == invoice.issue_date
        and (c.currency == invoice.currency or None in (c.currency, invoice.currency))
    ]
    if likely:
        seen = ", ".join(_describe(c) for c in likely[:3])
        yield issue(
            "duplicate.likely",
            Severity.WARNING,
            f"seller {invoice.seller.name!r} billed grand_total {invoice.grand_total} "
            f"{invoice.currency or ''} on {invoice.issue_date} before: {seen}".replace("  ", " "),
            "seller",
            "grand_total",
            "issue_date",
        )
