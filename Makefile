# Two commands on a fresh machine: `make run` (install + the main job on the bundled sample)
# and `make test` (install the test extras + the test suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
DB ?= eventwire.db

.PHONY: run test fuzz bench install install-test gazetteer constraints clean

run: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(VENV)/bin/eventwire run --db $(DB) samples/
	$(VENV)/bin/eventwire events --db $(DB)

# The store tests also run against a throwaway PostgreSQL server when one can be started.
test: install-test
	scripts/with_postgres.sh --install $(PY) -m pytest

bench: install-test
	$(PIP_INSTALL) -e '.[bench]'
	$(PY) bench/throughput.py
	$(PY) bench/scale.py

fuzz: install-test
	$(PY) fuzz/fuzz_readers.py -runs=10000 -max_len=8192

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Every resolved package at the versions the README's figures were measured with (constraints.txt).
PIP_INSTALL := $(PY) -m pip install --quiet -c constraints.txt

$(VENV)/.installed: pyproject.toml constraints.txt | $(PY)
	# torch first and pinned: this CPU build is on the machine's disk; any other spec pulls CUDA.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PIP_INSTALL) -e '.[server]'
	$(PY) -m eventwire.gazetteer build
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP_INSTALL) -e '.[server,test,postgres,scale]'
	# The browser tests drive Debian's chromium (Playwright's own browser download is not possible).
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
		|| echo "chromium could not be installed: the browser tests will be skipped"
	touch $@

gazetteer: install
	$(PY) -m eventwire.gazetteer build

# After changing pyproject.toml's dependencies: install, then pin what was resolved.
constraints: install-test
	{ sed -n '1,/^[^#]/p' constraints.txt | grep '^#'; $(PY) -m pip freeze --exclude-editable | grep -v '^torch==\|^pyflakes=='; } > constraints.new
	mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
