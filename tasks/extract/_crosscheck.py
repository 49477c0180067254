"""Checks across sources: does an embedded e-invoice match the page people see, and does a
PDF hold more than one invoice?"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from core.models import Invoice
from tasks.extract._layout import PageLayout

_SPACE = re.compile(r"\s+")


def _compact(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def amount_spellings(value: Decimal) -> set[str]:
    """How an amount may be printed: either decimal mark, with or without thousands marks."""
    plain = f"{abs(value):.2f}"
    whole, frac = plain.split(".")
    grouped = f"{int(whole):,}"
    spellings = set()
    for mark, thousands in ((".", ","), (",", "."), (",", " "), (",", "'"), (".", "'")):
        spellings.add(f"{whole}{mark}{frac}")
        spellings.add(f"{grouped.replace(',', thousands)}{mark}{frac}")
    return {_compact(s) for s in spellings}


def number_shown(number: str, page_text: str) -> bool:
    """True when the page shows the invoice number, or it without a trailing "-suffix" or
    "/suffix" (pages often print "Nr. 00.123.456.7" for "00.123.456.7-2014-1")."""
    wanted = _compact(number)
    if wanted in _compact(page_text):
        return True
    for token in page_text.split():
        token = token.strip(".,;:()").casefold()
        if len(token) >= 6 and wanted.startswith(token) and wanted[len(token)] in "-/":
            return True
    return False


def crosscheck(invoice: Invoice, page_text: str) -> list[str]:
    """Warnings where the e-invoice's number or total does not appear on the visible pages."""
    if not page_text.strip():
        return ["The PDF shows no text, so its embedded e-invoice cannot be checked against it."]
    if invoice.invoice_number and not number_shown(invoice.invoice_number, page_text):
        return [
            "The embedded e-invoice disagrees with the visible PDF: its invoice number "
            f"{invoice.invoice_number!r} does not appear on the page; check which one is right."
        ]
    seen = _compact(page_text)
    if invoice.grand_total is not None and not any(
        s in seen for s in amount_spellings(invoice.grand_total)
    ):
        return [
            f"The embedded e-invoice's grand total {invoice.grand_total} was not found on the "
            "visible page."
        ]
    return []


def split_invoices(
    layouts: Sequence[PageLayout], parse: Callable[[Sequence[PageLayout]], Invoice | None]
) -> list[list[PageLayout]]:
    """Consecutive pages grouped by the invoice number each page shows.

    A page without its own number (a continuation page) joins the group before it.
    """
    groups: list[list[PageLayout]] = []
    numbers: list[str | None] = []
    for layout in layouts:
        invoice = parse([layout])
        number = invoice.invoice_number if invoice else None
        starts_new = (
            number is not None
            and numbers
            and numbers[-1] is not None
            and number != numbers[-1]
            and invoice is not None
            and invoice.grand_total is not None
        )
        if not groups or starts_new:
            groups.append([layout])
            numbers.append(number)
        else:
            groups[-1].append(layout)
            if numbers[-1] is None:
                numbers[-1] = number
    return groups
