"""Prefect flows that compose tasks: ingest and process (reprocess and reindex come later)."""
