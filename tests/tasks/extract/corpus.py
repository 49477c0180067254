"""Where the shared development corpus is: `<repo>/../shared/corpus` (copied there in CI)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def truth_rows() -> list[dict[str, Any]]:
    path = CORPUS / "truth.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def require_corpus() -> None:
    """Fail under CI when the corpus is missing (it must be there); skip elsewhere."""
    if (CORPUS / "truth.jsonl").is_file():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"the development corpus is missing at {CORPUS}")
    pytest.skip(f"no development corpus at {CORPUS}")
