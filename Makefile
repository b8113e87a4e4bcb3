# eventreport: `make report` renders the default report, `make test` runs the tests.
# Variables carry the report parameters' names, upper-cased:
#   make report ARTICLE=data/articles/<id>.txt [EVENTS=...] [OUTPUT_DIR=...] [TITLE="..."] [ACLED=export.csv] [FORMATS=html,pdf]
#   make report ARTICLE= EVENTS=export.csv [COUNTRY=Iraq] [START=2020-01-01] [END=2020-12-31]   (a report on the data alone)
#   make collection [COLLECTION=data/collections/<id>.yaml] [OUTPUT_DIR=...] [TITLE="..."] [FORMATS=...]
#                   [WORKERS=N] [SCHEDULER=tcp://host:8786] [FORCE=1]
#   make evaluate [SPLIT=dev|test] [MISSES=1] [ARTICLES=id,id]   (score the extractor's drafts against the gold)
#   make agreement [SPLIT=dev|test] [AGAINST=data/events/coder2] [MISSES=1]   (score a second coding against the gold)
# An empty EVENTS means data/events/<id>.events.csv, or a draft from the text when there is none.

ARTICLE ?= data/articles/soleimani-baghdad-airport-2020-01-03.txt
ARTICLE_ID := $(basename $(notdir $(ARTICLE)))
EVENTS ?=
COUNTRY ?=
START ?=
END ?=
ACLED ?=
EMPTY :=
SPACE := $(EMPTY) $(EMPTY)
DATASET_ID := $(subst $(SPACE),-,$(strip $(basename $(notdir $(EVENTS:.events.csv=))) $(COUNTRY) $(if $(START),from-$(START)) $(if $(END),to-$(END))))
OUTPUT_DIR ?= reports/$(if $(ARTICLE),$(ARTICLE_ID),$(DATASET_ID))
TITLE ?=
FORMATS ?= html,pdf
SPLIT ?= dev
MISSES ?=
ARTICLES ?=
AGAINST ?= data/events/coder2
COLLECTION ?= data/collections/iraq-us-escalation-2019-2020.yaml
WORKERS ?=
SCHEDULER ?=
FORCE ?=

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SOURCES := $(wildcard eventreport/*.py eventreport/*/*.py eventreport/reporting/templates/*/*) notebooks/report.ipynb
EVENTS_FILE := $(or $(EVENTS),data/events/$(ARTICLE_ID).events.csv)
CLAIMS := $(EVENTS_FILE:.events.csv=.claims.csv)
# The report depends on the parameter values too: a stamp file holds them and is rewritten when they change,
# so a new TITLE, FORMATS or EVENTS re-renders without -B.
PARAMS := article=$(ARTICLE)|events=$(EVENTS)|output_dir=$(OUTPUT_DIR)|title=$(TITLE)|country=$(COUNTRY)|start=$(START)|end=$(END)|acled=$(ACLED)|formats=$(FORMATS)
PARAM_STAMP := .cache/make/$(subst /,_,$(OUTPUT_DIR)).params
ifneq ($(filter report $(OUTPUT_DIR)/report.html,$(MAKECMDGOALS)),)
ifneq ($(file < $(PARAM_STAMP)),$(PARAMS))
$(shell mkdir -p $(dir $(PARAM_STAMP)))
$(file > $(PARAM_STAMP),$(PARAMS))
endif
endif

.DEFAULT_GOAL := help
.PHONY: help report collection test test-fast lint venv clean evaluate agreement benchmark benchmark-report lab

help: ## List the targets
	@awk -F ':.*## ' '/^[a-zA-Z_.\/$$()-]+:.*## / { printf "  %-8s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

report: $(OUTPUT_DIR)/report.html ## Render the report of ARTICLE (default: the seed article) to reports/<id>/

$(OUTPUT_DIR)/report.html: $(ARTICLE) $(wildcard $(EVENTS_FILE) $(CLAIMS) $(ACLED)) $(PARAM_STAMP) $(SOURCES) $(INSTALLED)
	$(BIN)/eventreport render $(if $(ARTICLE),"$(ARTICLE)") --events "$(EVENTS)" --output-dir "$(OUTPUT_DIR)" --title "$(TITLE)" \
		--country "$(COUNTRY)" --start "$(START)" --end "$(END)" --acled "$(ACLED)" --formats "$(FORMATS)"

lab: $(INSTALLED) ## Open the notebooks in JupyterLab with the project's kernel ("Python (eventreport)")
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_OPTIONS) notebooks/report.ipynb

collection: $(INSTALLED) ## Render COLLECTION (default: the Iraq-US escalation) on Dask: every article, the collection report, index.html
	$(BIN)/eventreport collection "$(COLLECTION)" --title "$(TITLE)" --formats "$(FORMATS)" \
		$(if $(filter command line environment,$(origin OUTPUT_DIR)),--output-dir "$(OUTPUT_DIR)") \
		$(if $(WORKERS),--workers $(WORKERS)) $(if $(SCHEDULER),--scheduler "$(SCHEDULER)") $(if $(FORCE),--force)

test: $(INSTALLED) ## Run the test suite (renders real reports through papermill and nbconvert)
	$(BIN)/python -m pytest

# test-fast keeps Python's bytecode caches (even where PYTHONDONTWRITEBYTECODE is set): compiling the
# package and rewriting the tests' asserts anew costs seconds of every quick loop.
test-fast: $(INSTALLED) ## Run the tests that render nothing and are not slow (under 30 s); `make test` runs them all
	@PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -m "not render and not slow" -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "test-fast: pytest selected no test (exit 5)" >&2; fi; exit $$status

lint: $(INSTALLED) ## Check the code with ruff: the lint rules and the formatting (config in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

evaluate: $(INSTALLED) ## Score the drafts of one split (SPLIT=dev, default; SPLIT=test is logged in CURATION.md), then the collection merge; MISSES=1 lists dev's unmatched events and links, and figure and actor misses; ARTICLES="id,id" (commas or spaces) scores only those dev articles (no merge)
	$(BIN)/python -m eventreport.extraction.evaluate --split "$(SPLIT)" $(if $(ARTICLES),--articles "$(ARTICLES)") $(if $(MISSES),--misses)
	$(if $(ARTICLES),,$(BIN)/python -m eventreport.collection.evaluate)

agreement: $(INSTALLED) ## Score a second, blind human coding (AGAINST=data/events/coder2) against the gold of SPLIT with evaluate's matcher: the coding ceiling; SPLIT=test is logged
	$(BIN)/python -m eventreport.extraction.evaluate --split "$(SPLIT)" --against "$(AGAINST)" $(if $(MISSES),--misses)

benchmark: $(INSTALLED) ## Measure extraction speed and start-up time, and a 20-article collection on one and two Dask workers
	$(BIN)/python scripts/benchmark_extract.py
	$(BIN)/python scripts/benchmark_collection.py

benchmark-report: $(INSTALLED) ## Time the seed render against the naive papermill/nbconvert/weasyprint chain, growth with events, peak memory
	$(BIN)/python scripts/benchmark_report.py

venv: $(INSTALLED) ## Create .venv/ and install the pinned requirements and the package

# Installs only when requirements.txt or pyproject.toml changed in content (not on `make -B` or a fresh mtime):
# the stamp holds their hash.
$(INSTALLED): requirements.txt pyproject.toml
	@if [ -f $@ ] && [ "$$(cat requirements.txt pyproject.toml | sha256sum)" = "$$(cat $@)" ]; then \
		echo "$(VENV): requirements unchanged, nothing to install"; touch $@; \
	else \
		set -e; test -x $(BIN)/python || $(PYTHON) -m venv $(VENV); \
		$(BIN)/python -m pip install --quiet --upgrade pip; \
		$(BIN)/python -m pip install --quiet -r requirements.txt; \
		$(BIN)/python -m pip install --quiet --no-deps --editable .; \
		$(BIN)/python -m ipykernel install --sys-prefix --name eventreport --display-name "Python (eventreport)" > /dev/null; \
		cat requirements.txt pyproject.toml | sha256sum > $@; \
	fi

clean: ## Remove rendered reports (the virtual environment stays)
	find reports -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
