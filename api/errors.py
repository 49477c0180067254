"""How the pipeline's errors reach a caller: a status code and `{"detail", "field"}`."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError

from api.schemas import ErrorResponse
from core.errors import NotFound, QueryError, ServiceUnavailable, UserInputError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = "5"


def query_error(error: ValidationError) -> QueryError:
    """The first problem of a rejected query, as a message the caller can act on.

    Routes convert at the boundary where they build a query model; a validation error anywhere
    else is a fault of ours, not of the caller, and stays a 500."""
    first = error.errors()[0]
    original = first.get("ctx", {}).get("error")
    if isinstance(original, UserInputError):
        return QueryError(str(original), field=original.field)
    loc = [str(part) for part in first.get("loc", ())]
    field = loc[0] if loc else None
    message = f"{field}: {first['msg']}" if field else first["msg"]
    return QueryError(message, field=field)


def _body(detail: str, field: str | None = None) -> dict[str, object]:
    return ErrorResponse(detail=detail, field=field).model_dump()


async def _user_input(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(_body(str(exc), getattr(exc, "field", None)), status_code=400)


async def _not_found(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(_body(str(exc) or "Not found"), status_code=404)


async def _unavailable(_request: Request, exc: Exception) -> JSONResponse:
    logger.warning("service unavailable: %s", exc, exc_info=exc.__cause__ is not None)
    return JSONResponse(
        _body(str(exc) or "A service is unavailable"),
        status_code=503,
        headers={"Retry-After": RETRY_AFTER_SECONDS},
    )


async def _database_down(_request: Request, exc: Exception) -> JSONResponse:
    logger.warning("database error: %s", exc)
    return JSONResponse(
        _body("The database is unavailable"),
        status_code=503,
        headers={"Retry-After": RETRY_AFTER_SECONDS},
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(UserInputError, _user_input)
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(ServiceUnavailable, _unavailable)
    app.add_exception_handler(OperationalError, _database_down)
