"""Snippet building (``index.snippets.make_snippet``): milliseconds per hit.

    python -m bench.bench_snippets
    python -m bench.bench_snippets --reference      # also the frozen pre-speed-up code, same run

Typical hits: for each query, the first 20 generated articles (``bench.generate``,
seed 1, ~3.5 K characters each) that it matches, as ``Searcher.search`` would
pass them. Huge: one ~500 K-character text made of generated articles, with the
query's match near the start or only near the end. A round builds every hit's
snippet once; the figure is the best of ``--rounds`` rounds (the machine is
shared: the best round is the least disturbed one) and the median is printed
too. The per-window ``find_refs`` cache is cleared before each round, so
every hit pays for its own reference windows as a new hit of a search does;
the per-query caches (compiled patterns, reference terms) stay warm, as they
do after the first hit of a page. ``--reference`` times the frozen copy of
the old implementation kept in ``tests/test_index_snippets.py``, alternating
with the new code round by round.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

from bench.common import machine, save_json
from index import snippets
from index.query import parse_query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ['"chỉ thị 05"', "Chỉ thị 05", "05-CT/TW", "NQ 29", '"sơ kết"', "hoi nghi so ket",
           "giáo dục", "đảng viên", "hoà bình hữu nghị"]
HUGE_CHARS = 500_000


def _reference():
    path = ROOT / "tests" / "test_index_snippets.py"
    spec = importlib.util.spec_from_file_location("_snippets_reference", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod._old_make_snippet


def _round(fn, texts: list[str], hl) -> float:
    snippets._window_refs.cache_clear()
    t0 = time.perf_counter()
    for t in texts:
        fn(t, hl)
    return (time.perf_counter() - t0) / len(texts) * 1000


def _time(impls: dict, texts: list[str], hl, rounds: int) -> dict[str, dict[str, float]]:
    runs: dict[str, list[float]] = {name: [] for name in impls}
    for _ in range(rounds):
        for name, fn in impls.items():      # alternated, round by round
            runs[name].append(_round(fn, texts, hl))
    return {name: {"best_ms": min(v), "median_ms": statistics.median(v)} for name, v in runs.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--articles", type=int, default=800, help="generated articles to pick hits from")
    ap.add_argument("--reference", action="store_true", help="also time the old implementation")
    args = ap.parse_args(argv)

    from bench.generate import Generator

    gen = Generator(1)
    articles = [gen.article(i).article.text for i in range(args.articles)]
    impls = {"new": snippets.make_snippet}
    if args.reference:
        impls["old"] = _reference()
    print(f"load average {os.getloadavg()[0]:.2f}; best (median) ms per hit over {args.rounds} rounds")
    results: dict = {"machine": machine(), "rounds": args.rounds, "typical": {}, "huge": {}}
    for q in QUERIES:
        hl = parse_query(q).highlights
        hits = [t for t in articles if snippets.match_spans(" ".join(t.split()), hl)][:20]
        if not hits:
            continue
        r = _time(impls, hits, hl, args.rounds)
        avg = sum(map(len, hits)) / len(hits)
        results["typical"][q] = {"hits": len(hits), "avg_chars": round(avg), **r}
        cells = "  ".join(f"{n} {v['best_ms']:.3f} ({v['median_ms']:.3f})" for n, v in r.items())
        print(f"typical {q!r:24} {len(hits):2} hits, {avg:5.0f} chars: {cells}")

    filler = "\n\n".join(t for t in articles if "CT/TW" not in t and "CT 05" not in t)
    while len(filler) < HUGE_CHARS:
        filler += "\n\n" + filler
    filler = filler[:HUGE_CHARS]
    cite = "Chi bộ sơ kết việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
    cut = filler.rfind("\n\n", 0, HUGE_CHARS - 2000)
    huge = {
        "match near the start": filler[:1000] + "\n\n" + cite + filler[1000:],
        "match only near the end": filler[:cut] + "\n\n" + cite + filler[cut:],
    }
    for label, text in huge.items():
        for q in ("Chỉ thị 05-CT/TW", "giáo dục"):
            hl = parse_query(q).highlights
            r = _time({"new": snippets.make_snippet}, [text], hl, max(3, args.rounds // 2))
            marked = "[[" in snippets.make_snippet(text, hl)
            results["huge"][f"{label} / {q}"] = {"chars": len(text), "marked": marked, **r}
            print(f"huge {len(text):,} chars, {label:24} {q!r:20}: new {r['new']['best_ms']:.2f} "
                  f"({r['new']['median_ms']:.2f}) ms, {'match shown' if marked else 'no match shown'}")
    results["loadavg_end"] = os.getloadavg()
    print(f"load average {os.getloadavg()[0]:.2f}; saved {save_json('snippets', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
