"""The HTTP API: search, invoice detail, original download, spend analytics and health."""
