"""The issue and due dates of an invoice's header: which way its slashed dates read, the
date that follows an invoice number, and the chain of fallbacks when no label keys an issue
date (a keyed date, a letter's date line, a supply date, a lone date)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from tasks.extract._date_checks import (
    consistent,
    invoice_dated_first,
    opens_period,
    outside_items,
    supplied_issue,
    tax_point_issued,
)
from tasks.extract._hits import Found, Hit, collect
from tasks.extract._keyed_dates import keyed_date, letter_date
from tasks.extract._layout import PageLayout, page_of
from tasks.extract._lone_date import lone_date
from tasks.extract._numbers import DATE_CUE, bare_word, identifier, invoice_number_value, short_no
from tasks.extract._parse import currencies, fold, parse_date, slash_order
from tasks.extract._table import Table
from tasks.extract._terms import due_by_terms


def _date(month_first: bool) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        found = parse_date(text, month_first=month_first)
        if found is None or opens_period(text, found[1]):
            return None  # "01.08.2026 - 30.08.2026": a period, neither issued nor due
        return found[0]

    return parse


def _dates_after_numbers(
    hits: list[Hit], layouts: Sequence[PageLayout], month_first: bool
) -> list[Found]:
    """ "Rechnung Nr. 471102 vom 05.03.2018", "Invoice 42 dated 5 March 2026": the date that
    follows an invoice number with a cue word is the issue date (also when the cue ends the
    line and the date opens the next one)."""
    found = []
    for hit in hits:
        if hit.field != "invoice_number" or not hit.rest:
            continue
        number = (identifier if bare_word(hit) or short_no(hit) else invoice_number_value)(hit.rest)
        if number is None:
            continue
        text = hit.segment.text  # the cue may itself be a label word ("de fecha")
        after = text[text.find(number, hit.start) + len(number) :]
        after = _MORE_GROUPS.sub("", after, count=1)  # "Nr. KS 2026 632 vom": the whole run
        cue = DATE_CUE.match(after) or _PIECE_DATE.match(after)
        if not cue:
            continue
        segment, after = hit.segment, after[cue.end() :]
        if not after.strip():
            layout = page_of(layouts, segment.page)
            below = layout.lines[segment.line + 1] if segment.line + 1 < len(layout.lines) else []
            if not below or abs(below[0].x0 - segment.x0) > segment.height * 2:
                continue
            segment, after = below[0], below[0].text
        day = parse_date(after, month_first=month_first)
        if day is not None and after.lstrip().startswith(day[1][:2]):
            source = f"label:{hit.label.rstrip(':')}+date cue"
            found.append(Found(day[0], 0.8, source, segment, segment.text))
    return found


_PIECE_DATE: Final = re.compile(r"^\s+[\u00b7\u2022|\u2013\u2014-]\s+(?=\d)")
"""A separator between a number and a date opening the next piece of a header strip:
"Invoice INV-4711 · 3 March 2026", "Rechnung 4711 | 03.03.2026"."""
_MORE_GROUPS: Final = re.compile(r"^(?: \d{2,}){1,3}(?= )")
"""The further digit groups of a number printed in spaced groups ("KS 2026 632")."""


_ENGLISH: Final = frozenset(
    {
        "invoice", "inv", "date", "dated", "due", "issue", "issued", "number", "no", "ref",
        "reference", "id", "bill", "billing", "payment", "pay", "payable", "by", "on", "total",
        "amount", "balance", "subtotal", "sub", "net", "tax", "vat", "sales", "gst", "grand",
        "before", "including", "excl", "incl", "to", "from", "customer", "order", "account",
        "sold", "credit", "note", "memo",
    }
)  # fmt: skip
"""Label words of English invoices, the only ones that may write slashed dates month first."""


def reads_month_first(layouts: Sequence[PageLayout], hits: list[Hit]) -> bool:
    """Whether slashed dates read month first: as the document's own unambiguous slashed dates
    show, else only for a US-dollar document whose labels are English."""
    for layout in layouts:
        for segment in layout.segments:
            if "/" in segment.text:
                order = slash_order(segment.text)
                if order is not None:
                    return order
    usd = any(
        code == "USD"
        for layout in layouts
        for segment in layout.segments
        for code, _ in currencies(segment.text)
    )
    if not usd:
        return False
    words = [w for hit in hits for w in re.findall(r"[a-z]{2,}", fold(hit.label))]
    english = sum(w in _ENGLISH for w in words)
    return english > len(words) - english


def header_dates(
    layouts: Sequence[PageLayout],
    hits: list[Hit],
    tables: dict[int, Table] | None,
    month_first: bool,
) -> tuple[list[Found], list[Found]]:
    """Candidates for the issue date and the due date, each best first."""
    table = (tables or {}).get(layouts[0].number) if layouts else None
    issued = collect(hits, layouts, "issue_date", _date(month_first))
    issued += _dates_after_numbers(hits, layouts, month_first)
    due = collect(hits, layouts, "due_date", _date(month_first))
    issued, due = tax_point_issued(issued, due)
    top = table.header_line if table else None
    if not issued:
        issued = keyed_date(layouts, hits, month_first, top)
    if not issued:
        issued = letter_date(layouts, hits, month_first, top)
    if not issued:
        issued = supplied_issue(hits, layouts, _date(month_first))
    if not issued:
        issued = lone_date(layouts, hits, month_first, top, due)
    issued = outside_items(issued, tables or {})
    issued.sort(key=lambda f: (-f.confidence, f.segment.page, f.segment.y0))
    issued = invoice_dated_first(issued)
    if issued and not due:
        due = due_by_terms(layouts, issued[0])
    issued, due = consistent(issued, due)
    return issued, due


__all__ = ["header_dates", "reads_month_first"]
