#!/usr/bin/env bash
# Sets up (first time) and starts USH İzin on the embedded SQLite database in the user's data folder.
#   scripts/run.sh          start
#   scripts/run.sh --demo   start, filling an empty database with demo data first
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/ush-izin run "$@"
