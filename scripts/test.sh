#!/usr/bin/env bash
# Sets up and runs the whole test suite: every database test on SQLite and on PostgreSQL (a throwaway
# server the tests start themselves), Qt tests offscreen, and the layering contract.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
echo "== Katman sözleşmesi (import-linter)"
.venv/bin/lint-imports
echo "== Testler (SQLite ve PostgreSQL)"
exec .venv/bin/python -m pytest --db=sqlite,postgresql "$@"
