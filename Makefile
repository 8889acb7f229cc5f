# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= .kg-store

.PHONY: demo test install exports clean ci-deps

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
	$(EXPORT) --format graphml -o exports/actors.graphml
	$(EXPORT) --format graphml --graph events -o exports/events.graphml
	$(EXPORT) --format gexf -o exports/graph.gexf
	$(EXPORT) --format timelinejs -o exports/timeline.json
	$(EXPORT) --format csv -o exports/events.csv
	$(EXPORT) --format html -o exports/timeline.html

test: install
	$(BIN)/python -m pytest -q

# System packages the tests use when present: headless Chromium renders the HTML
# timeline. Installed only as root with apt-get (CI); elsewhere that test skips.
ci-deps:
	@if { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; } \
		&& command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "ci-deps: could not install chromium; the browser tests will skip" >&2; \
	fi

clean:
	rm -rf $(VENV) $(STORE)
