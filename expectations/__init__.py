"""Checks that decide what is trusted: per-invoice business rules (and, later, batch suites)."""

from expectations.rules import RULES, validate_invoice

__all__ = ["RULES", "validate_invoice"]
