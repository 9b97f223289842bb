"""Print the Markdown table of the latest full-run figures ($USH_BENCH_RESULTS) for docs/performance.md.

    .venv/bin/python bench/report.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402


def main() -> None:
    data = json.loads(C.RESULTS.read_text())
    print("| figure | value | floor (same run) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for bench in ("startup-ism_officer", "worklist", "permit_pdf", "audit_verify", "concurrency", "gui_stall"):
        for r in data.get(bench, {}).get("rows", []):
            print(f"| {r['name']} | {r['value']} | {r['floor']} | {r['ratio']} | {r['target']} | {r['met']} |")
    m = next(iter(data.values()))["machine"]
    print()
    print(f"Machine: {m['cpu']}, {m['nproc']} cores, {m['ram']} RAM; Python {m['python']}, PySide6 {m['pyside6']}, "
          f"SQLite {m['sqlite']}, {m['postgresql']}; {m['date']}.")


if __name__ == "__main__":
    main()
