# eventreport: `make report` renders the default report, `make test` runs the tests.
# Variables carry the report parameters' names, upper-cased:
#   make report ARTICLE=data/articles/<id>.txt [EVENTS=...] [OUTPUT_DIR=...] [TITLE="..."] [FORMATS=html,pdf]

ARTICLE ?= data/articles/soleimani-baghdad-airport-2020-01-03.txt
ARTICLE_ID := $(basename $(notdir $(ARTICLE)))
EVENTS ?= data/events/$(ARTICLE_ID).events.csv
OUTPUT_DIR ?= reports/$(ARTICLE_ID)
TITLE ?=
FORMATS ?= html,pdf
SPLIT ?= dev

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SOURCES := $(wildcard eventreport/*.py eventreport/*/*.py eventreport/reporting/templates/eventreport/*) notebooks/report.ipynb
CLAIMS := $(EVENTS:.events.csv=.claims.csv)

.DEFAULT_GOAL := help
.PHONY: help report test venv clean evaluate benchmark benchmark-report

help: ## List the targets
	@awk -F ':.*## ' '/^[a-zA-Z_.\/$$()-]+:.*## / { printf "  %-8s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

report: $(OUTPUT_DIR)/report.html ## Render the report of ARTICLE (default: the seed article) to reports/<id>/

$(OUTPUT_DIR)/report.html: $(ARTICLE) $(wildcard $(EVENTS) $(CLAIMS)) $(SOURCES) $(INSTALLED)
	$(BIN)/eventreport render "$(ARTICLE)" --events "$(EVENTS)" --output-dir "$(OUTPUT_DIR)" --title "$(TITLE)" --formats "$(FORMATS)"

test: $(INSTALLED) ## Run the test suite (renders real reports through papermill and nbconvert)
	$(BIN)/python -m pytest

evaluate: $(INSTALLED) ## Score the drafts of one split (SPLIT=dev, default; SPLIT=test is logged in CURATION.md)
	$(BIN)/python -m eventreport.extraction.evaluate --split "$(SPLIT)"

benchmark: $(INSTALLED) ## Measure extraction speed (articles/s of ~800 words) and start-up time
	$(BIN)/python scripts/benchmark_extract.py

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
