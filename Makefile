# The menu. `make help` lists the targets. Every target creates .venv itself when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install demo test test-local lint format samples services services-down clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its dev tools

demo: $(STAMP) ## Ingest the bundled samples through the flows and serve the API (Ctrl+C stops)
	$(BIN)/invoices demo

test: $(STAMP) services ## Start the test services, then run the whole test suite
	eval "$$(bash scripts/services.sh env)" && $(BIN)/pytest

test-local: $(STAMP) ## Run the tests that need no service (service tests skip, or fail under CI)
	$(BIN)/pytest -m "not postgres and not opensearch and not imap and not sftp"

services: ## Install (if missing) and start PostgreSQL, OpenSearch and an IMAP server on loopback
	bash scripts/services.sh up

services-down: ## Stop the test services
	bash scripts/services.sh down

lint: $(STAMP) ## Lint and check formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

samples: $(STAMP) ## Regenerate the bundled sample invoices
	$(BIN)/python samples/generate.py

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) data .pytest_cache .ruff_cache
