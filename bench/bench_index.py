"""Index build benchmark: ``edunews index`` (update_index) against raw default Whoosh.

    python -m bench.bench_index --n 10000 --runs 5
    python -m bench.bench_index --n 100000 --runs 1

For each corpus size: from-scratch builds of both indexes, alternated so that
machine noise hits both alike (each build in a fresh subprocess, so peak RSS
is per build); then the incremental case: 1,000 new articles added to the
archive, ``update_index`` timed (and the baseline's ``update_document`` pass).
The baseline is Whoosh's defaults in one process: StandardAnalyzer,
``limitmb=256``, fields title + body TEXT and url ID stored.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from bench.common import (OUT, PY, ChildRun, built_index, corpus, dir_size_mb, keep_index, machine, md_table, median,
                          run_child, save_json)
from bench.generate import write_archive

NEW_ARTICLES = 1000


def _build(kind: str, archive: Path, index_dir: Path) -> ChildRun:
    run = run_child([PY, "-m", "bench.child", kind, str(archive), str(index_dir)])
    if run.returncode != 0 or "error" in run.result:
        raise RuntimeError(f"{kind} failed: {run.result.get('error') or run.stderr.strip()[-300:]}")
    return run


def _summary(runs: list[ChildRun], n: int, size_mb: float) -> dict:
    secs = [r.result["seconds"] for r in runs]
    return {
        "runs": len(runs),
        "seconds_all": secs,
        "seconds": median(secs),
        "cpu_s_all": [r.cpu_s for r in runs],
        "cpu_s": median([r.cpu_s for r in runs]),
        "docs_per_s": n / median(secs),
        "size_mb": size_mb,
        "maxrss_mb": max(r.maxrss_mb for r in runs),
        "tree_rss_mb": max(r.tree_rss_mb for r in runs),
    }


def measure(n: int, runs: int, incr_runs: int, seed: int = 1, log=print) -> dict:
    archive = corpus(n, seed)
    work = OUT / f"work-index-{n}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ed_runs: list[ChildRun] = []
    raw_runs: list[ChildRun] = []
    ed_dir, raw_dir = work / "edunews", work / "raw"
    for i in range(runs):
        for kind, target, bucket in (("edunews-build", ed_dir, ed_runs), ("raw-build", raw_dir, raw_runs)):
            shutil.rmtree(target, ignore_errors=True)
            r = _build(kind, archive, target)
            bucket.append(r)
            log(f"  {n} {kind} run {i + 1}/{runs}: {r.result['seconds']:.1f} s, "
                f"peak {r.maxrss_mb:.0f} MiB (tree {r.tree_rss_mb:.0f} MiB)")
    result = {
        "n": n,
        "edunews": _summary(ed_runs, n, dir_size_mb(ed_dir)),
        "raw": _summary(raw_runs, n, dir_size_mb(raw_dir)),
    }
    result["ratio"] = result["edunews"]["seconds"] / result["raw"]["seconds"]
    result["paired_ratios"] = [e.result["seconds"] / w.result["seconds"] for e, w in zip(ed_runs, raw_runs)]
    result["cpu_ratio"] = result["edunews"]["cpu_s"] / max(result["raw"]["cpu_s"], 1e-9)

    result["incremental"] = measure_incremental(n, incr_runs, ed_dir, raw_dir, work, seed, log)
    keep_index("edunews", n, ed_dir, ed_runs[-1].result["seconds"])
    keep_index("raw", n, raw_dir, raw_runs[-1].result["seconds"])
    shutil.rmtree(work, ignore_errors=True)
    return result


def measure_incremental(n: int, runs: int, ed_dir: Path, raw_dir: Path, work: Path, seed: int = 1,
                        log=print) -> dict:
    """Add the same 1,000 new articles to a copy of the archive and of each built index, time the update."""
    archive = corpus(n, seed)
    work.mkdir(parents=True, exist_ok=True)
    incr: dict[str, list[ChildRun]] = {"edunews-build": [], "raw-build": []}
    arch = work / "incr.sqlite"
    for i in range(runs):
        for p in (arch, Path(f"{arch}-wal"), Path(f"{arch}-shm")):
            p.unlink(missing_ok=True)
        shutil.copy2(archive, arch)
        write_archive(arch, NEW_ARTICLES, seed, start=n)
        for kind, built in (("edunews-build", ed_dir), ("raw-build", raw_dir)):
            target = work / f"incr-{kind}"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(built, target)
            r = _build(kind, arch, target)
            if r.result.get("added") != NEW_ARTICLES:
                raise RuntimeError(f"incremental {kind} added {r.result.get('added')}, "
                                   f"expected {NEW_ARTICLES}")
            incr[kind].append(r)
            shutil.rmtree(target, ignore_errors=True)
            log(f"  {n} +{NEW_ARTICLES} {kind} run {i + 1}/{runs}: {r.result['seconds']:.1f} s, "
                f"peak {r.maxrss_mb:.0f} MiB (tree {r.tree_rss_mb:.0f} MiB)")
    for p in (arch, Path(f"{arch}-wal"), Path(f"{arch}-shm")):
        p.unlink(missing_ok=True)
    return {
        kind.split("-")[0]: {"runs": len(rs), "seconds_all": [r.result["seconds"] for r in rs],
                             "seconds": median([r.result["seconds"] for r in rs]),
                             "cpu_s": median([r.cpu_s for r in rs]),
                             "maxrss_mb": max(r.maxrss_mb for r in rs),
                             "tree_rss_mb": max(r.tree_rss_mb for r in rs)}
        for kind, rs in incr.items()
    }


def table(results: list[dict]) -> str:
    rows = []
    for r in results:
        e, w = r["edunews"], r["raw"]
        rows.append([f"{r['n']:,}", "edunews index", e["runs"], e["seconds"], e.get("cpu_s", "-"), e["docs_per_s"],
                     e["size_mb"], e["maxrss_mb"], e["tree_rss_mb"], r["incremental"]["edunews"]["seconds"],
                     f"{r['ratio']:.2f}", f"{r['cpu_ratio']:.2f}" if "cpu_ratio" in r else "-"])
        rows.append([f"{r['n']:,}", "raw Whoosh (StandardAnalyzer)", w["runs"], w["seconds"], w.get("cpu_s", "-"),
                     w["docs_per_s"], w["size_mb"], w["maxrss_mb"], w["tree_rss_mb"],
                     r["incremental"]["raw"]["seconds"], "1.00", "1.00"])
    return md_table(["articles", "build", "runs", "median wall s", "median CPU s", "docs/s", "size MiB",
                     "peak RSS MiB (largest proc)", "peak RSS MiB (process tree)", f"+{NEW_ARTICLES} s",
                     "wall ratio", "CPU ratio"], rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_index", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, action="append", help="corpus size (repeatable; default 10000)")
    ap.add_argument("--runs", type=int, default=5, help="from-scratch builds of each kind (default 5)")
    ap.add_argument("--incr-runs", type=int, default=3, help="incremental runs (default 3)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--incremental-only", action="store_true",
                    help="only the +1,000 update, on the cached indexes in bench/out/ (built if missing)")
    args = ap.parse_args(argv)
    results = []
    try:
        for n in args.n or [10_000]:
            if args.incremental_only:
                res = measure_incremental(n, args.incr_runs, built_index("edunews", n, args.seed),
                                          built_index("raw", n, args.seed), OUT / f"work-incr-{n}", args.seed,
                                          log=lambda m: print(m, file=sys.stderr, flush=True))
                shutil.rmtree(OUT / f"work-incr-{n}", ignore_errors=True)
                save_json(f"index-incremental-{n}", {"machine": machine(), "result": res})
                print(md_table(["articles", "index", "runs", f"+{NEW_ARTICLES} median s", "peak RSS MiB"],
                               [[f"{n:,}", k, v["runs"], v["seconds"], v["tree_rss_mb"]] for k, v in res.items()]))
                continue
            res = measure(n, args.runs, args.incr_runs, args.seed,
                          log=lambda m: print(m, file=sys.stderr, flush=True))
            save_json(f"index-{n}", {"machine": machine(), "result": res})
            results.append(res)
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if results:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
