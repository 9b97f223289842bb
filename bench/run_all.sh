#!/usr/bin/env bash
# Run every benchmark (figures only, no pass/fail) and keep the latest full-run figures in
# $USH_BENCH_RESULTS (default /tmp/ush-bench-results.json) for docs/performance.md.
#   bench/run_all.sh            full runs (100k applications, 1,000 permits, 1,000,000 audit entries; ~20 min)
#   bench/run_all.sh --quick    small sizes, a few minutes, nothing recorded
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
uptime
$PY bench/startup.py "$@"
$PY bench/worklist.py "$@"
$PY bench/permit_pdf.py "$@"
$PY bench/audit_verify.py "$@"
$PY bench/concurrency.py "$@"
$PY bench/gui_stall.py "$@"
uptime
