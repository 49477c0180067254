"""Checks that decide what is trusted: per-invoice business rules (plain Python, imported
everywhere) and the batch suites (`expectations.suites`, Great Expectations: import it only
where a batch is checked, never on a start-up path)."""

from expectations.rules import RULES, status_of, validate_invoice

__all__ = ["RULES", "status_of", "validate_invoice"]
