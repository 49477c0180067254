"""The header fields of an invoice read from positioned text: its number, issue and due
dates (and which way slashed dates read), and the type code its title names.

The number's chain of fallbacks lives here; the dates are read in `_header_dates` and the
type code in `_title_type`."""

from __future__ import annotations

from collections.abc import Sequence

from tasks.extract._captioned import captioned_numbers
from tasks.extract._equated import equated_dates
from tasks.extract._folio import folio_numbers
from tasks.extract._header_dates import header_dates, reads_month_first
from tasks.extract._hits import Found, Hit
from tasks.extract._last_numbers import case_numbers, document_numbers
from tasks.extract._layout import PageLayout
from tasks.extract._numbers import invoice_numbers, years_last
from tasks.extract._other_dated import own_dates
from tasks.extract._paired_numbers import paired_numbers
from tasks.extract._rotated import rotated_numbers
from tasks.extract._separated import separated
from tasks.extract._split_labels import joined_labels, qualified_dates
from tasks.extract._table import Table
from tasks.extract._title_numbers import self_named_numbers, title_numbers
from tasks.extract._title_type import title_type
from tasks.extract._unkeyed_numbers import unkeyed_numbers


def read_header(
    layouts: Sequence[PageLayout], hits: list[Hit], tables: dict[int, Table] | None = None
) -> tuple[list[Found], list[Found], list[Found]]:
    """Candidates for the invoice number, the issue date and the due date, each best first."""
    table = (tables or {}).get(layouts[0].number) if layouts else None
    hits = separated(hits)
    hits = own_dates(layouts, equated_dates(qualified_dates(joined_labels(layouts, hits))))
    month_first = reads_month_first(layouts, hits)
    numbers = invoice_numbers(hits, layouts) + title_numbers(layouts)
    numbers.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    if not numbers:
        numbers = (
            rotated_numbers(layouts)
            or captioned_numbers(hits, layouts)
            or self_named_numbers(layouts)
            or folio_numbers(layouts, hits)
            or paired_numbers(hits, layouts)
            or document_numbers(layouts)
            or case_numbers(hits, layouts)
            or unkeyed_numbers(layouts, hits, table.header_line if table else None)
        )
    numbers = years_last(numbers)  # "Invoice no. 2026": a year alone is no number
    issued, due = header_dates(layouts, hits, tables, month_first)
    return numbers, issued, due


__all__ = ["read_header", "title_type"]
