"""The work of each stage as plain functions, each module ending in thin Prefect @task wrappers."""
