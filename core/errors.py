"""The pipeline's exceptions.

    InvoicePipelineError
    ├── SourceError              a source could not be read (carries `source`)
    ├── ExtractionError          a document could not be read (carries `document_id`)
    ├── StorageError             a blob or row could not be written
    ├── ServiceUnavailable       a database, index or API is down; worth a retry
    ├── NotFound                 an id that does not exist for the caller's tenant
    └── UserInputError(ValueError)   the caller's input is wrong; the message is safe to show
        └── QueryError           a search or filter the caller sent is invalid

Expected outcomes (a duplicate, an empty file, a failed check) are return values, not exceptions.
"""

from __future__ import annotations


class InvoicePipelineError(Exception):
    """Base of every error the pipeline raises on purpose."""


class SourceError(InvoicePipelineError):
    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class ExtractionError(InvoicePipelineError):
    def __init__(self, message: str, *, document_id: str | None = None) -> None:
        super().__init__(message)
        self.document_id = document_id


class StorageError(InvoicePipelineError):
    pass


class ServiceUnavailable(InvoicePipelineError):
    pass


class NotFound(InvoicePipelineError):
    pass


class UserInputError(InvoicePipelineError, ValueError):
    """Raised for input the caller can fix; the message is shown to them as is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class QueryError(UserInputError):
    pass
