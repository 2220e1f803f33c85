# blinatumomab-evidence: `make help` lists the targets.
#
# Every target that needs the Python environment depends on $(KERNEL_SPEC), which builds
# .venv from requirements.lock on first use and registers the project's kernel in it, so
# `make reports` and `make test` work as the very first commands on a fresh machine.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --output-sync=target
# Independent notebooks build in parallel: one more job than cores, because a notebook's
# build waits on its kernel's start-up (cold build on 2 cores, 2026-12-01, median of four
# runs: 8.1 s at 2 jobs, 7.4 s at 3, 7.6 s at 4).
# Override: make reports JOBS=1.
JOBS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 2) + 1 )))
MAKEFLAGS += -j$(JOBS)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ENV_STAMP := $(VENV)/.installed
KERNEL := blinarepro
KERNEL_SPEC := $(VENV)/share/jupyter/kernels/$(KERNEL)/kernel.json
UV_VERSION := $(shell sed -n 's/^uv==\([^ ;]*\).*/\1/p' requirements.lock)

# The package and the HTML template: a change to either rebuilds every report.
PACKAGE_SOURCES := $(shell find blinarepro -type f \( -name '*.py' -o -path '*/templates/*' \) \
  -not -path '*/__pycache__/*' | sort)
# The data folder the reports read; the scale case of `make bench` builds from a generated
# copy with DATA_DIR=<copy> (the build reads it as $$BLINAREPRO_DATA, blinarepro.build.data_dir).
DATA_DIR ?= data
DATA_FILES := $(wildcard $(DATA_DIR)/*.csv) $(DATA_DIR)/datapackage.json
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
# Where the site is built; tests build a throw-away copy with REPORTS_DIR=<tmp>.
REPORTS_DIR ?= reports
# make starts prerequisites in the order listed: largest stored notebook first. Its size is
# its outputs (figures, tables), which is what takes time to compute and render (one at a
# time on 2026-12-01: 06 3.0 s, 05 2.8 s, 01 2.2 s, 02 2.2 s, 04 2.1 s, 03 1.7 s), and a long
# notebook that starts last runs alone on one core. The gain is small (cold build, median of
# four interleaved runs: 7.7 s in name order, 7.4 s in this order; runs vary by 10%).
NOTEBOOKS_BY_SIZE := $(if $(NOTEBOOKS),$(filter $(NOTEBOOKS),$(shell ls -S -- $(NOTEBOOKS))))
ifneq ($(words $(NOTEBOOKS_BY_SIZE)),$(words $(NOTEBOOKS)))
$(error ordering the notebooks by size lost some: $(filter-out $(NOTEBOOKS_BY_SIZE),$(NOTEBOOKS)))
endif
REPORTS := $(patsubst notebooks/%.ipynb,$(REPORTS_DIR)/%.html,$(NOTEBOOKS_BY_SIZE))
BUILD := BLINAREPRO_DATA=$(abspath $(DATA_DIR)) $(BIN)/python -m blinarepro.build

.PHONY: help env lock reports report refresh test lab bench clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sort | \
	  awk 'BEGIN {FS = ":.*## "}; {printf "  make %-9s %s\n", $$1, $$2}'

env: $(KERNEL_SPEC) ## create .venv from requirements.lock and register its Jupyter kernel

$(ENV_STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@if $(BIN)/python -m pip install -q --disable-pip-version-check "uv==$(UV_VERSION)"; then \
	  $(BIN)/uv pip sync -q --compile-bytecode --python $(BIN)/python requirements.lock; \
	  $(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .; \
	else \
	  echo "uv unavailable: installing with pip (slower)"; \
	  $(BIN)/python -m pip install -q -r requirements.lock; \
	  $(BIN)/python -m pip install -q --no-deps -e .; \
	fi
	@touch $@

# The project's kernel: ipykernel's own spec, registered inside .venv under the name
# 'blinarepro' (papermill, nbval and JupyterLab find it there).
$(KERNEL_SPEC): $(ENV_STAMP) Makefile
	@$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) \
	  --display-name "Python (blinarepro)" > /dev/null
	@echo "environment ready: $(VENV) (kernel '$(KERNEL)')"

lock: ## regenerate requirements.lock from pyproject.toml (needs network)
	$(BIN)/uv pip compile -q pyproject.toml --extra dev --python-version 3.11 --universal \
	  --no-emit-package rfc3987-syntax -o requirements.lock

reports: $(REPORTS_DIR)/index.html ## run every notebook with papermill and render the HTML site

# The index also describes the output tables with data/outputs.schema.json (claims tables).
$(REPORTS_DIR)/index.html: $(REPORTS) $(KERNEL_SPEC) $(DATA_DIR)/outputs.schema.json
	$(BUILD) index --out $(REPORTS_DIR)

# Reports and the index are moved into place whole (blinarepro.chain.publish): one is either the
# previous good file or the new one, never partial. make must not delete a target whose
# recipe it interrupts (it would, if the new file had just been moved into place).
.PRECIOUS: $(REPORTS_DIR)/%.html $(REPORTS_DIR)/index.html

$(REPORTS_DIR)/%.html: notebooks/%.ipynb $(DATA_FILES) $(PACKAGE_SOURCES) $(KERNEL_SPEC)
	$(BUILD) run $< --out $(REPORTS_DIR)

# Every study of $(DATA_DIR)/studies.csv without a dedicated notebook (notebooks/NN_<study_id>.ipynb)
# gets the generic report, reports/<study_id>.html, from notebooks/document.ipynb run with
# study_id=<study_id> (`run --study` names the report, its tables and figures after the study).
STUDIES := $(shell tail -n +2 $(DATA_DIR)/studies.csv | cut -d, -f1)
DEDICATED := $(foreach nb,$(NOTEBOOKS),$(lastword $(subst _, ,$(basename $(notdir $(nb))))))
GENERIC_REPORTS := $(patsubst %,$(REPORTS_DIR)/%.html,$(filter-out $(DEDICATED),$(STUDIES)))
$(REPORTS_DIR)/index.html: $(GENERIC_REPORTS)
$(GENERIC_REPORTS): $(REPORTS_DIR)/%.html: notebooks/document.ipynb $(DATA_FILES) $(PACKAGE_SOURCES) $(KERNEL_SPEC)
	$(BUILD) run $< --study $* --out $(REPORTS_DIR)

report: $(KERNEL_SPEC) ## one notebook with other parameters, into reports/custom/: make report NB=02_wang2025 PARAMS="ci_level=0.9"
	@test -n "$(NB)" || { echo "usage: make report NB=<notebook name> PARAMS=\"name=value ...\""; exit 2; }
	@test -n "$(PARAMS)" || { echo "make report needs PARAMS (make reports builds the defaults)"; exit 2; }
	$(BUILD) run notebooks/$(NB:.ipynb=).ipynb --params "$(PARAMS)" --out $(REPORTS_DIR)

refresh: $(KERNEL_SPEC) ## re-execute the notebooks in place so their stored outputs match code and data
	$(BUILD) refresh $(NOTEBOOKS) notebooks/document.ipynb

NBVAL := --nbval --nbval-kernel-name $(KERNEL) --nbval-sanitize-with tests/nbval_sanitize.cfg

test: $(KERNEL_SPEC) ## run the tests (unit, data, notebooks with nbval, site in a browser)
	$(BIN)/python -m pytest tests notebooks $(NBVAL)

lab: $(KERNEL_SPEC) ## open the notebooks in JupyterLab on the project's kernel
	$(BIN)/jupyter lab --ip=127.0.0.1 --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

bench: $(KERNEL_SPEC) ## time builds and make test against yardsticks (BENCH_ARGS="--repeat 5"; "--scale 50": 50 more documents)
	$(BIN)/python -m blinarepro.chain.bench --jobs $(JOBS) $(BENCH_ARGS)

clean: ## remove generated reports (keeps .venv)
	rm -rf reports/*.html reports/*.ipynb reports/tables reports/figures reports/failed reports/custom
