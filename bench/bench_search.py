"""Search latency benchmark: warm p50/p95 of a fixed query set, and cold ``edunews search``.

    python -m bench.bench_search --n 10000
    python -m bench.bench_search --n 10000 --n 100000 --repeat 20

Warm: one process opens the ``Searcher`` once, runs every query once untimed,
then ``--repeat`` timed rounds; p50/p95 are over the rounds. The phrase and
reference queries also run on the raw default-Whoosh index of the same
articles, for the ratio. Cold: a fresh ``edunews --home H search "Chỉ thị 05"``
process, wall time as a user feels it (one untimed run first so the OS file
cache is warm, as it is on a machine in use), median of ``--cold-runs``.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from bench.common import (OUT, PY, built_index, corpus, label, machine, md_table, median, percentile,
                          run_child, save_json)

# name, target group, edunews request, raw-Whoosh query string (or None)
QUERIES: list[dict] = [
    {"name": 'phrase "chỉ thị 05"', "group": "phrase", "request": {"query": '"chỉ thị 05"'},
     "raw": '"chỉ thị 05"'},
    {"name": 'phrase "sơ kết"', "group": "phrase", "request": {"query": '"sơ kết"'}, "raw": '"sơ kết"'},
    {"name": "ref Chỉ thị 05", "group": "reference", "request": {"query": "Chỉ thị 05"}, "raw": "Chỉ thị 05"},
    {"name": "ref 05-CT/TW", "group": "reference", "request": {"query": "05-CT/TW"}, "raw": "05-CT/TW"},
    {"name": "ref NQ 29", "group": "reference", "request": {"query": "NQ 29"}, "raw": "NQ 29"},
    {"name": "folded hoi nghi so ket", "group": "phrase", "request": {"query": "hoi nghi so ket"},
     "raw": "hoi nghi so ket"},
    {"name": 'folded phrase "hoi nghi so ket"', "group": "phrase", "request": {"query": '"hoi nghi so ket"'},
     "raw": '"hoi nghi so ket"'},
    {"name": 'phrase "hội nghị sơ kết"', "group": "phrase", "request": {"query": '"hội nghị sơ kết"'},
     "raw": '"hội nghị sơ kết"'},
    {"name": 'phrase "giáo dục và đào tạo"', "group": "phrase", "request": {"query": '"giáo dục và đào tạo"'},
     "raw": None},
    {"name": "folded ref chi thi 05", "group": "reference", "request": {"query": "chi thi 05"},
     "raw": "chi thi 05"},
    {"name": '"sơ kết" + province + dates', "group": "phrase",
     "request": {"query": '"sơ kết"', "provinces": ["Sóc Trăng", "Đắk Lắk"], "since": "2020-01-01",
                 "until": "2023-12-31"}, "raw": None},
    {"name": '"sơ kết" sorted by date', "group": "sorted",
     "request": {"query": '"sơ kết"', "sort": "date"}, "raw": None},
    {"name": "Chỉ thị 05 + facets", "group": "facets",
     "request": {"query": "Chỉ thị 05", "facets": ["province", "year", "kind"]}, "raw": None},
    {"name": '"sơ kết" + facets', "group": "facets",
     "request": {"query": '"sơ kết"', "facets": ["province", "year", "kind", "source"]}, "raw": None},
    {"name": "all + province + year facet", "group": "facets",
     "request": {"query": "", "provinces": ["Hà Nội"], "facets": ["year"]}, "raw": None},
]
TARGET_MS = {"phrase": 50, "reference": 50, "sorted": 150, "facets": 150}
COLD_QUERY = "Chỉ thị 05"
COLD_TARGET_S = 0.8


def _edunews_exe() -> list[str]:
    exe = Path(sys.executable).with_name("edunews")
    return [str(exe)] if exe.exists() else [PY, "-m", "search_cli.app"]


def make_home(n: int, index_dir: Path) -> Path:
    """A home folder whose archive and index are links to the cached corpus and index."""
    home = OUT / f"home-{label(n)}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    os.symlink(corpus(n).resolve(), home / "archive.sqlite")
    os.symlink(index_dir.resolve(), home / "index")
    return home


def _latencies(run: dict) -> dict[str, dict]:
    out = {}
    for name, secs in run["times"].items():
        ms = [s * 1000 for s in secs]
        out[name] = {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "hits": run["hits"][name]}
    for name, err in run.get("errors", {}).items():
        out[name] = {"error": err}
    return out


def measure(n: int, repeat: int, cold_runs: int, log=print, raw_baseline: bool = True) -> dict:
    ed_index = built_index("edunews", n)
    raw_index = built_index("raw", n) if raw_baseline else None
    qfile = OUT / "queries.json"
    qfile.write_text(json.dumps(QUERIES, ensure_ascii=False), encoding="utf-8")
    archive = corpus(n)

    warm = run_child([PY, "-m", "bench.child", "edunews-search", str(archive), str(ed_index), str(qfile),
                      "--repeat", str(repeat)])
    if warm.returncode != 0:
        raise RuntimeError(f"edunews search failed: {warm.result.get('error') or warm.stderr[-300:]}")
    raw_lat: dict = {}
    if raw_index is not None:
        raw = run_child([PY, "-m", "bench.child", "raw-search", str(raw_index), str(qfile), "--repeat", str(repeat)])
        if raw.returncode != 0:
            raise RuntimeError(f"raw search failed: {raw.result.get('error') or raw.stderr[-300:]}")
        raw_lat = _latencies(raw.result)
    ed_lat = _latencies(warm.result)
    log(f"  {n}: warm queries done (searcher opened in {warm.result['open_s'] * 1000:.0f} ms)")

    home = make_home(n, ed_index)
    cmd = [*_edunews_exe(), "--home", str(home), "search", COLD_QUERY]
    cold = []
    for i in range(cold_runs + 1):
        r = run_child(cmd)
        if r.returncode != 0:
            raise RuntimeError(f"edunews search exited {r.returncode}: {r.stderr.strip()[-300:]}")
        if i > 0:
            cold.append(r)
    cold_s = [r.wall_s for r in cold]
    log(f"  {n}: cold edunews search median {median(cold_s):.2f} s")
    shutil.rmtree(home, ignore_errors=True)
    return {
        "n": n, "repeat": repeat,
        "open_searcher_s": warm.result["open_s"],
        "edunews": ed_lat, "raw": raw_lat,
        "groups": {q["name"]: q["group"] for q in QUERIES},
        "cold": {"query": COLD_QUERY, "runs": len(cold), "seconds_all": cold_s, "seconds": median(cold_s),
                 "maxrss_mb": max(r.maxrss_mb for r in cold)},
    }


def table(results: list[dict]) -> str:
    rows = []
    for r in results:
        for q in QUERIES:
            e = r["edunews"][q["name"]]
            w = r["raw"].get(q["name"])
            if w and ("error" in w or not w.get("hits")):
                w = None   # failed, or no hits (raw Whoosh cannot fold marks): no meaningful ratio
            target = TARGET_MS[q["group"]]
            if "error" in e:
                rows.append([f"{r['n']:,}", q["name"], "ERROR", "-", "-", f"≤ {target}", "NO (" + e["error"][:60] + ")",
                             w["p95_ms"] if w else "-", w["hits"] if w else "-", "-"])
                continue
            ratio = f"{e['p95_ms'] / w['p95_ms']:.2g}" if w and w["p95_ms"] > 0 else "-"
            rows.append([f"{r['n']:,}", q["name"], e["hits"], e["p50_ms"], e["p95_ms"], f"≤ {target}",
                         "yes" if e["p95_ms"] <= target else "NO",
                         w["p95_ms"] if w else "-", w["hits"] if w else "-", ratio])
    out = md_table(["articles", "query", "hits", "p50 ms", "p95 ms", "target p95", "holds",
                    "raw p95 ms", "raw hits", "p95 ratio"], rows)
    cold_rows = [[f"{r['n']:,}", f"edunews search \"{r['cold']['query']}\"", r["cold"]["runs"],
                  r["cold"]["seconds"], max(r["cold"]["seconds_all"]), r["cold"]["maxrss_mb"],
                  f"≤ {COLD_TARGET_S}", "yes" if r["cold"]["seconds"] <= COLD_TARGET_S else "NO"]
                 for r in results]
    out += "\n\n" + md_table(["articles", "cold command", "runs", "median s", "max s", "peak RSS MiB",
                              "target", "holds"], cold_rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_search", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 10000)")
    ap.add_argument("--repeat", type=int, default=20, help="timed rounds of the query set (default 20)")
    ap.add_argument("--cold-runs", type=int, default=5, help="fresh edunews search processes (default 5)")
    ap.add_argument("--no-raw", action="store_true",
                    help="skip the raw-Whoosh baseline (its 100k index takes ~20 minutes to build)")
    args = ap.parse_args(argv)
    results = []
    try:
        for n in args.n or [10_000]:
            res = measure(n, args.repeat, args.cold_runs, log=lambda m: print(m, file=sys.stderr, flush=True),
                          raw_baseline=not args.no_raw)
            save_json(f"search-{n}", {"machine": machine(), "result": res})
            results.append(res)
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
