"""Dates: the issue date is not in the future, the due date is not before it, and a service
period runs forwards and lies near the issue date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from core.models import Invoice, Severity, ValidationIssue
from expectations._common import RuleContext, issue

SERVICE_PERIOD_SLACK: Final = dt.timedelta(days=366)


def issue_date_not_in_future(invoice: Invoice, context: RuleContext) -> Iterator[ValidationIssue]:
    issued = invoice.issue_date
    if issued is not None and issued > context.today:
        yield issue(
            "dates.future_issue",
            Severity.ERROR,
            f"issue_date {issued} is in the future (today is {context.today})",
            "issue_date",
        )


def due_not_before_issue(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    issued, due = invoice.issue_date, invoice.due_date
    if issued is not None and due is not None and due < issued:
        yield issue(
            "dates.due_before_issue",
            Severity.ERROR,
            f"due_date {due} is before issue_date {issued}",
            "due_date",
            "issue_date",
        )


def service_period_sane(invoice: Invoice, _context: RuleContext) -> Iterator[ValidationIssue]:
    start, end = invoice.service_period_start, invoice.service_period_end
    if start is not None and end is not None and end < start:
        yield issue(
            "dates.service_period",
            Severity.ERROR,
            f"service_period_end {end} is before service_period_start {start}",
            "service_period_start",
            "service_period_end",
        )
        return
    issued = invoice.issue_date
    if issued is None:
        return
    if start is not None and start < issued - SERVICE_PERIOD_SLACK:
        yield issue(
            "dates.service_period",
            Severity.WARNING,
            f"service_period_start {start} is more than a year before issue_date {issued}",
            "service_period_start",
            "issue_date",
        )
    if end is not None and end > issued + SERVICE_PERIOD_SLACK:
        yield issue(
            "dates.service_period",
            Severity.WARNING,
            f"service_period_end {end} is more than a year after issue_date {issued}",
            "service_period_end",
            "issue_date",
        )
