# Newsroom CMS: `make run` to try it, `make test` to check it. `make help` lists all.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Test processes (pytest-xdist); 0 runs the suite in this one process. Tests are
# handed out one by one in pytest-django's order (--dist load), which runs the
# tests that empty the database (transactional, live server) after the others
# in every worker; --dist loadfile would break that order.
TEST_WORKERS ?= 2
CMS_PORT ?= 8001
FRONTEND_PORT ?= 8000
export CMS_PORT FRONTEND_PORT

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the runtime dependencies

.PHONY: run
run: $(VENV)/.installed ## Migrate, load demo content, start CMS, reader site and scheduler
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo
	bin/dev-run

.PHONY: test
test: $(VENV)/.installed-dev ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	bin/install-test-tools
	$(PY) -m pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

# Lint needs ruff alone, at the version requirements-dev.txt pins.
$(VENV)/bin/ruff: requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet "$$(grep -E '^ruff==' requirements-dev.txt)"
	touch $@

.PHONY: lint
lint: $(VENV)/bin/ruff ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

.PHONY: check
check: $(VENV)/.installed ## Django's system checks and a check for missing migrations
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

.PHONY: format
format: $(VENV)/bin/ruff ## Format and autofix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

.PHONY: bench
bench: $(VENV)/.installed-dev ## Run the performance suite (BENCH_QUICK=1 for 1k articles only)
	$(PY) -m bench

.PHONY: soak
soak: $(VENV)/.installed-dev ## Load API and reader site for 3 minutes: errors and memory growth (SOAK_SECONDS)
	$(PY) -m bench.soak

.PHONY: screenshots
screenshots: $(VENV)/.installed-dev ## Retake the editor's guide screenshots (docs/screenshots/)
	bin/install-test-tools
	$(PY) docs/screenshots/make.py

.PHONY: backup
backup: $(VENV)/.installed ## Back up database and media to BACKUP_DIR (var/backups)
	$(PY) manage.py backup

.PHONY: restore
restore: $(VENV)/.installed ## Restore a backup, then migrate: make restore BACKUP=path
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=var/backups/backup-YYYYMMDD-HHMMSS.tar"; exit 2; }
	$(PY) manage.py restore "$(BACKUP)"
	$(PY) manage.py migrate --no-input -v0

.PHONY: clean
clean: ## Remove the local database, media and caches under var/
	rm -rf var
