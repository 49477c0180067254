"""Liveness (the process answers) and readiness (its database and search index answer)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response

from api.deps import DatabaseDep, get_search_index
from api.schemas import CheckResult, Liveness, Readiness

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/health", tags=["health"])


@router.get("/live", summary="The process is up")
def live() -> Liveness:
    return Liveness()


def _check_database(database: DatabaseDep) -> CheckResult:
    try:
        database.ping()
    except Exception as error:
        logger.warning("readiness: database check failed: %s", error)
        return CheckResult(status="failed", detail="the database does not answer")
    return CheckResult(status="ok")


def _check_search(request: Request) -> CheckResult:
    try:
        answered = get_search_index(request).ping()
    except Exception as error:
        logger.warning("readiness: search index check failed: %s", error)
        return CheckResult(status="failed", detail="the search index cannot be opened")
    if not answered:
        return CheckResult(status="failed", detail="the search index does not answer")
    return CheckResult(status="ok")


@router.get(
    "/ready",
    summary="The database and the search index answer",
    responses={503: {"model": Readiness, "description": "A dependency failed; see `checks`"}},
)
def ready(request: Request, response: Response, database: DatabaseDep) -> Readiness:
    checks = {"database": _check_database(database), "search": _check_search(request)}
    if all(check.status == "ok" for check in checks.values()):
        return Readiness(status="ok", checks=checks)
    response.status_code = 503
    return Readiness(status="unavailable", checks=checks)
