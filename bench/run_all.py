"""Run every benchmark and print the markdown tables (``make bench``).

    python -m bench.run_all            # 10k corpus, 5 builds of each kind, crawl of a 2,000-article site
    python -m bench.run_all --quick    # 10k corpus, 3 builds of each kind
    python -m bench.run_all --full     # adds the 100k corpus (1 build of each kind: ~10 minutes each)

Raw results go to ``bench/out/run-<UTC time>.json`` (git-ignored), the
tables to stdout and ``bench/out/run-<UTC time>.md``. Corpora, sites and the
search benchmarks' indexes are generated once in ``bench/out/`` and reused.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone

from bench import bench_cleaner, bench_crawl, bench_index, bench_search
from bench.common import OUT, machine, save_json


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run_all", description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10k only, 3 builds of each kind")
    mode.add_argument("--full", action="store_true", help="also the 100k corpus")
    ap.add_argument("--skip", action="append", default=[], choices=["cleaner", "index", "search", "crawl"],
                    help="leave a benchmark out (repeatable)")
    args = ap.parse_args(argv)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    runs = 3 if args.quick else 5
    sizes = [10_000, 100_000] if args.full else [10_000]
    report = {"machine": machine(), "mode": "full" if args.full else "quick" if args.quick else "default"}
    sections = []
    t0 = time.perf_counter()
    try:
        if "cleaner" not in args.skip:
            _log("cleaner benchmark: gold pages, edunews vs trafilatura")
            res = bench_cleaner.measure(runs)
            report["cleaner"] = res
            sections.append("## Cleaner\n\n" + bench_cleaner.table(res))
        if "index" not in args.skip:
            res = []
            for n in sizes:
                big = n >= 100_000
                _log(f"index build benchmark, {n} articles")
                res.append(bench_index.measure(n, 1 if big else runs, 1 if big else 3, log=_log))
            report["index"] = res
            sections.append("## Index build\n\n" + bench_index.table(res))
        if "search" not in args.skip:
            res = []
            for n in sizes:
                _log(f"search benchmark, {n} articles")
                res.append(bench_search.measure(n, 20, 5, log=_log))
            report["search"] = res
            sections.append("## Search\n\n" + bench_search.table(res))
        if "crawl" not in args.skip:
            _log("crawl benchmark, 2000-article site")
            res = bench_crawl.measure(2000, 3, log=_log)
            report["crawl"] = res
            sections.append("## Crawl\n\n" + bench_crawl.table([res]))
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        report["seconds"] = time.perf_counter() - t0
        save_json(f"run-{stamp}", report)
    m = report["machine"]
    head = (f"Machine: {m['cores']} cores, {m['ram_gib']} GiB, {m['cpu']}, Python {m['python']}, "
            f"whoosh-reloaded {m['libs']['whoosh-reloaded']}, scrapy {m['libs']['scrapy']}; "
            f"load average at start {m['loadavg'][0]:.2f}; {m['date']}")
    text = head + "\n\n" + "\n\n".join(sections) + "\n"
    (OUT / f"run-{stamp}.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
