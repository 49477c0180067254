# The menu. `make help` lists the targets. Every target creates .venv itself when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help install demo test test-local lint format samples services services-down clean ocr eval bench bench-quality bench-services

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	bash scripts/ensure-venv.sh $(PYTHON)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its dev tools

demo: $(STAMP) ## Ingest the bundled samples through the flows and serve the API (Ctrl+C stops)
	$(BIN)/invoices demo

test: $(STAMP) ocr services ## Start the test services, then run the whole test suite
	eval "$$(bash scripts/services.sh env)" && $(BIN)/pytest

test-local: $(STAMP) ## Run the tests that need no service (service tests skip, or fail under CI)
	$(BIN)/pytest -m "not postgres and not opensearch and not imap and not sftp"

services: ## Install (if missing) and start PostgreSQL, OpenSearch, IMAP and SFTP servers on loopback
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

ocr: ## Install Tesseract OCR with en/de/fr/es/it/nl language packs (if missing)
	bash scripts/install-ocr.sh

eval: $(STAMP) ocr ## Extraction accuracy per field and line F1 on corpus + synthetic sets (reports/eval.json)
	$(BIN)/python scripts/evaluate.py

bench: $(STAMP) bench-quality bench-services ## Extraction speed: text-layer PDF pages/s on one core (reports/bench.json)
	$(BIN)/python scripts/bench.py

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) data .pytest_cache .ruff_cache

bench-quality: $(STAMP) ## Data quality: Great Expectations batch suite time per 100 and 1,000 invoices
	$(BIN)/python scripts/bench_quality.py

bench-services: $(STAMP) services ## Bulk indexing into OpenSearch and reprocess, documents/s (reports/bench_services.json)
	eval "$$(bash scripts/services.sh env)" && $(BIN)/python scripts/bench_services.py
