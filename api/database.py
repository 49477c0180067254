"""The API's handle on the database: the engine is made on first use and the schema ensured once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.db import get_engine, init_db, session_scope
from core.errors import ServiceUnavailable
from core.settings import Settings


class Database:
    """Opens nothing until asked, so building the app never touches the database."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._engine: Engine | None = None
        self._schema_ready = False
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            try:
                self._engine = get_engine(
                    self._settings.resolved_database_url, self._settings.database_pool_size
                )
            except (OSError, SQLAlchemyError) as error:
                raise ServiceUnavailable("the database cannot be reached") from error
        return self._engine

    def ensure_schema(self) -> None:
        """Bring the schema to the newest migration, once per process."""
        if self._schema_ready:
            return
        with self._lock:
            if self._schema_ready:
                return
            try:
                init_db(self.engine)
            except (OSError, SQLAlchemyError) as error:
                raise ServiceUnavailable("the database cannot be reached") from error
            self._schema_ready = True

    def session(self) -> Iterator[Session]:
        self.ensure_schema()
        with session_scope(self.engine) as session:
            yield session

    def ping(self) -> None:
        """Raise unless the database answers `SELECT 1`."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as error:
            raise ServiceUnavailable("the database does not answer") from error

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
