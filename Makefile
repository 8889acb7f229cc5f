# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .kg-store

.PHONY: demo test install exports clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Ingest the sample corpus, print the timeline, write the sample exports.
demo: install
	$(BIN)/kg ingest seeds/ --store $(STORE)
	$(BIN)/kg timeline --store $(STORE)
	$(MAKE) --no-print-directory exports

EXPORT := $(BIN)/kg export --store $(STORE)
exports: install
	mkdir -p exports
	$(EXPORT) --format jsonl -o exports/events.jsonl
	$(EXPORT) --format jsonl --include-hedged -o exports/events-all.jsonl
	$(EXPORT) --format markdown -o exports/timeline.md
	$(EXPORT) --format turtle -o exports/graph.ttl
	$(EXPORT) --format trig -o exports/graph.trig

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(STORE)
