"""Where the integration-test servers are: an unset variable skips the test, or fails it under CI.

Start the servers with `make services` (or `bash scripts/services.sh up`) and export their
coordinates with `eval "$(bash scripts/services.sh env)"`.
"""

from __future__ import annotations

import os
import uuid

import pytest

HINT = 'bash scripts/services.sh up && eval "$(bash scripts/services.sh env)"'


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def server_url(name: str) -> str:
    """The value of `name`; skips the test when unset (fails it under CI=true)."""
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if in_ci():
        pytest.fail(f"{name} is not set under CI; start the services first: {HINT}")
    pytest.skip(f"{name} is not set; to run this test: {HINT}")


def unreachable(name: str, error: BaseException) -> None:
    """A server that is configured but does not answer: always a failure."""
    pytest.fail(f"{name} is set but the server does not answer ({error}); {HINT}")


def unique_name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"
