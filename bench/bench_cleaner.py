"""Cleaner quality and speed against trafilatura on the gold pages.

    python -m bench.bench_cleaner            # 5 timed runs each, median pages/s
    python -m bench.bench_cleaner --runs 9

Gold: data/snapshots/gold.jsonl (snapshot sites) + tests/gold_extra/ and
tests/gold_extra2/ (two held-out template sets).  Both systems get the same page bytes; trafilatura runs its
default ``extract(html, output_format="txt")`` plus ``extract_metadata``.
Scores come from ``cleaner.evaluate`` (token F1 on whitespace tokens after
NFC + lower-case; leaked = pages where a must_not string survives in the body).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from cleaner.evaluate import (Report, load_extra2_cases, load_extra_cases, load_snapshot_cases, run_ours,
                              run_trafilatura, timed)

COLUMNS = ["set", "system", "pages", "body_f1", "leaked_pages", "title_acc", "date_acc", "pages_per_s"]


def measure(runs: int = 5) -> list[dict[str, Any]]:
    """One row per (gold set, system); speed is the median of ``runs`` passes."""
    sets = {"snapshots": load_snapshot_cases(), "held-out": load_extra_cases(), "held-out-2": load_extra2_cases()}
    sets["all"] = sets["snapshots"] + sets["held-out"] + sets["held-out-2"]
    rows = []
    for name, cases in sets.items():
        if not cases:
            continue
        systems: list[Report] = [timed(run_ours, cases, runs)]
        try:
            systems.append(timed(run_trafilatura, cases, runs))
        except ImportError:
            pass
        for rep in systems:
            rows.append({"set": name, "system": rep.system, **rep.row()})
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        lines.append("| " + " | ".join(str(r[c]) for c in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_cleaner", description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed passes per system (median is reported)")
    args = ap.parse_args(argv)
    rows = measure(max(5, args.runs))
    if not rows:
        print("error: no gold pages found", file=sys.stderr)
        return 1
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
