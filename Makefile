# eventreport: `make report` renders the default report, `make test` runs the tests.
# Variables carry the report parameters' names, upper-cased:
#   make report ARTICLE=data/articles/<id>.txt [EVENTS=...] [OUTPUT_DIR=...] [TITLE="..."] [FORMATS=html,pdf]
#   make collection [COLLECTION=data/collections/<id>.yaml] [OUTPUT_DIR=...] [TITLE="..."] [FORMATS=...]
#                   [WORKERS=N] [SCHEDULER=tcp://host:8786] [FORCE=1]

ARTICLE ?= data/articles/soleimani-baghdad-airport-2020-01-03.txt
ARTICLE_ID := $(basename $(notdir $(ARTICLE)))
EVENTS ?= data/events/$(ARTICLE_ID).events.csv
OUTPUT_DIR ?= reports/$(ARTICLE_ID)
TITLE ?=
FORMATS ?= html,pdf
SPLIT ?= dev
COLLECTION ?= data/collections/iraq-us-escalation-2019-2020.yaml
WORKERS ?=
SCHEDULER ?=
FORCE ?=

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SOURCES := $(wildcard eventreport/*.py eventreport/*/*.py eventreport/reporting/templates/eventreport/*) notebooks/report.ipynb
CLAIMS := $(EVENTS:.events.csv=.claims.csv)

.DEFAULT_GOAL := help
.PHONY: help report collection test venv clean evaluate benchmark benchmark-report

help: ## List the targets
	@awk -F ':.*## ' '/^[a-zA-Z_.\/$$()-]+:.*## / { printf "  %-8s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

report: $(OUTPUT_DIR)/report.html ## Render the report of ARTICLE (default: the seed article) to reports/<id>/

$(OUTPUT_DIR)/report.html: $(ARTICLE) $(wildcard $(EVENTS) $(CLAIMS)) $(SOURCES) $(INSTALLED)
	$(BIN)/eventreport render "$(ARTICLE)" --events "$(EVENTS)" --output-dir "$(OUTPUT_DIR)" --title "$(TITLE)" --formats "$(FORMATS)"

collection: $(INSTALLED) ## Render COLLECTION (default: the Iraq-US escalation) on Dask: every article, the collection report, index.html
	$(BIN)/eventreport collection "$(COLLECTION)" --title "$(TITLE)" --formats "$(FORMATS)" \
		$(if $(filter command line environment,$(origin OUTPUT_DIR)),--output-dir "$(OUTPUT_DIR)") \
		$(if $(WORKERS),--workers $(WORKERS)) $(if $(SCHEDULER),--scheduler "$(SCHEDULER)") $(if $(FORCE),--force)

test: $(INSTALLED) ## Run the test suite (renders real reports through papermill and nbconvert)
	$(BIN)/python -m pytest

evaluate: $(INSTALLED) ## Score the drafts of one split (SPLIT=dev, default; SPLIT=test is logged in CURATION.md), then the collection merge
	$(BIN)/python -m eventreport.extraction.evaluate --split "$(SPLIT)"
	$(BIN)/python -m eventreport.collection.evaluate

benchmark: $(INSTALLED) ## Measure extraction speed and start-up time, and a 20-article collection on one and two Dask workers
	$(BIN)/python scripts/benchmark_extract.py
	$(BIN)/python scripts/benchmark_collection.py

benchmark-report: $(INSTALLED) ## Time the seed render against the naive papermill/nbconvert/weasyprint chain, growth with events, peak memory
	$(BIN)/python scripts/benchmark_report.py

venv: $(INSTALLED) ## Create .venv/ and install the pinned requirements and the package

$(INSTALLED): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $@

clean: ## Remove rendered reports (the virtual environment stays)
	find reports -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
