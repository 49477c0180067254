"""Dependencies as typed aliases, so a route's signature reads like its contract."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from api.database import Database
from core.blobs import BlobStore
from core.settings import Settings
from search import SearchIndex, open_index

UNAUTHORIZED_HEADERS = {"WWW-Authenticate": 'Bearer realm="invoices"'}

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="BearerKey",
    description="An API key sent as `Authorization: Bearer <key>`.",
)
api_key_scheme = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    scheme_name="ApiKeyHeader",
    description="An API key sent as `X-API-Key: <key>`.",
)


class Caller(BaseModel):
    """Who is asking: every query is scoped to this tenant."""

    model_config = ConfigDict(frozen=True)

    tenant_id: str = Field(description="The tenant whose invoices the caller sees")


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


DatabaseDep = Annotated[Database, Depends(get_database)]


def get_session(database: DatabaseDep) -> Iterator[Session]:
    yield from database.session()


SessionDep = Annotated[Session, Depends(get_session)]


def get_search_index(request: Request) -> SearchIndex:
    """The search index the app's settings configure (embedded or OpenSearch), built on first
    use and shared by the app's requests."""
    index: SearchIndex | None = getattr(request.app.state, "index", None)
    if index is None:
        index = request.app.state.index = open_index(request.app.state.settings)
    return index


IndexDep = Annotated[SearchIndex, Depends(get_search_index)]


def get_blobs(settings: SettingsDep) -> BlobStore:
    return BlobStore(settings.blob_dir)


BlobsDep = Annotated[BlobStore, Depends(get_blobs)]


def _tenant_for(presented: str, api_keys: dict[str, str]) -> str | None:
    """The tenant of a key, comparing against every key in constant time."""
    found: str | None = None
    for key, tenant in api_keys.items():
        if hmac.compare_digest(presented.encode(), key.encode()):
            found = tenant
    return found


def get_caller(
    settings: SettingsDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> Caller:
    """With no API keys configured every caller is the default tenant; otherwise a key decides."""
    if not settings.api_keys:
        return Caller(tenant_id=settings.default_tenant)
    presented = bearer.credentials if bearer is not None else api_key
    if not presented:
        raise HTTPException(
            status_code=401,
            detail="An API key is required: send `Authorization: Bearer <key>` or `X-API-Key`.",
            headers=UNAUTHORIZED_HEADERS,
        )
    tenant = _tenant_for(presented, settings.api_keys)
    if tenant is None:
        raise HTTPException(
            status_code=401, detail="The API key is not valid.", headers=UNAUTHORIZED_HEADERS
        )
    return Caller(tenant_id=tenant)


CallerDep = Annotated[Caller, Depends(get_caller)]


InvoiceIdPath = Annotated[
    str, Path(pattern=r"^[0-9a-f]{32}$", description="An invoice id (32 hex digits)")
]
