"""The FastAPI application. Building it is cheap: the database is opened on first use."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI

from api.database import Database
from api.errors import install_error_handlers
from api.routes import analytics, health, invoices, review
from core.errors import ServiceUnavailable
from core.settings import Settings, get_settings

logger = logging.getLogger(__name__)

DESCRIPTION = """Search the invoices the pipeline has read, see one in full with the evidence
behind each value, download the original file and report spend. Every request sees only the
caller's tenant; with API keys configured, send one as `Authorization: Bearer <key>` or
`X-API-Key: <key>`."""


def _package_version() -> str:
    try:
        return version("invoice-pipeline")
    except PackageNotFoundError:
        return "0.0.0"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Ensure the schema once on startup; an unreachable database is reported by readiness and
    retried on the first request instead of keeping the process from starting."""
    database: Database = app.state.database
    try:
        database.ensure_schema()
    except ServiceUnavailable:
        logger.warning("database unreachable at startup; /health/ready reports it", exc_info=True)
    yield
    database.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Invoice pipeline API",
        version=_package_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = Database(settings)
    install_error_handlers(app)
    app.include_router(invoices.router)
    app.include_router(analytics.router)
    app.include_router(health.router)
    app.include_router(review.router)
    return app


app = create_app()
