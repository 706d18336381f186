# Faro — the two commands first: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt constraints.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
MESSAGES_IGNORE := -i '.venv/*' -i 'staticfiles/*' -i 'bench/*' -i 'tests/*'

.PHONY: run test venv lint format migrate seed bench bench-pages bench-sentiment messages messages-check check-deploy clean

## run: set everything up (virtualenv, dependencies, migrations, demo data) and start the web
##      server and a django-q2 worker on SQLite; Ctrl-C stops both.
run: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	HOST=$(HOST) PORT=$(PORT) PY=$(PY) bash scripts/run-dev.sh

## test: the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set).
test: venv
	$(PY) -m pytest

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	rm -f $(VENV)/.installed-*
	touch $@

lint: venv
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

migrate: venv
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

## messages: refresh both catalogs from the code and compile them (needs gettext).
messages: venv
	$(PY) manage.py makemessages --no-location --no-obsolete -l es -l en $(MESSAGES_IGNORE)
	$(PY) scripts/complete_en_catalog.py locale/en/LC_MESSAGES/django.po
	# Again, so both files are in gettext's own layout (polib wraps lines differently).
	$(PY) manage.py makemessages --no-location --no-obsolete -l es -l en $(MESSAGES_IGNORE)
	$(PY) manage.py compilemessages -l es -l en --ignore=.venv --ignore=staticfiles

## messages-check: fail when the catalogs miss a string of the code (CI; needs gettext).
messages-check: venv
	$(PY) manage.py makemessages --no-location --no-obsolete -l es -l en $(MESSAGES_IGNORE)
	git diff --exit-code -I '^"POT-Creation-Date' -- locale/

## check-deploy: Django's deployment checklist with production settings.
check-deploy: venv
	FARO_ENV=production SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=faro.example.org \
		$(PY) manage.py check --deploy --fail-level WARNING

## bench: load 100,000 cases into PostgreSQL and measure through gunicorn (see bench/README.md).
bench: venv
	$(PY) bench/ingest_and_timeline.py

## bench-pages: the agent's queue and case page through gunicorn at 100,000 cases.
bench-pages: venv
	$(PY) bench/workspace_pages.py

## bench-sentiment: the sentiment engine's messages per second against plain vaderSentiment,
##      and its figures on the public labelled sets in ../shared/data beside plain VADER's.
bench-sentiment: venv
	$(PY) bench/sentiment_speed.py
	$(PY) bench/sentiment_public.py

clean:
	rm -rf $(VENV) staticfiles faro.sqlite3*
