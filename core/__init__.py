"""Settings, domain model, database, blob storage and errors. Imports no other package of ours."""
