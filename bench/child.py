"""The measured work, run in a fresh process per measurement by the bench scripts.

    python -m bench.child edunews-build ARCHIVE INDEX_DIR
    python -m bench.child raw-build ARCHIVE INDEX_DIR
    python -m bench.child edunews-search ARCHIVE INDEX_DIR QUERIES.json --repeat 7
    python -m bench.child raw-search INDEX_DIR QUERIES.json --repeat 7

Each prints one JSON line last (timings in seconds, the peak RSS of its own
children in KiB) so the parent can read results and memory per build.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

RAW_INDEX = "RAW"


def _emit(data: dict) -> None:
    data["children_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    data["self_maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(data, ensure_ascii=False), flush=True)


def edunews_build(archive: Path, index_dir: Path) -> None:
    from index.build import update_index

    t0 = time.perf_counter()
    stats = update_index(archive, index_dir)
    _emit({"seconds": time.perf_counter() - t0, "added": stats.added, "updated": stats.updated,
           "deleted": stats.deleted, "unchanged": stats.unchanged, "total": stats.total})


def raw_schema():
    """The baseline: Whoosh defaults (StandardAnalyzer), title + body TEXT, url ID stored."""
    from whoosh.fields import ID, TEXT, Schema

    return Schema(url=ID(stored=True, unique=True), title=TEXT, body=TEXT)


def raw_build(archive: Path, index_dir: Path) -> None:
    from whoosh import index as wix

    from archive.store import Archive

    t0 = time.perf_counter()
    index_dir.mkdir(parents=True, exist_ok=True)
    exists = wix.exists_in(str(index_dir), RAW_INDEX)
    ix = (wix.open_dir(str(index_dir), indexname=RAW_INDEX) if exists
          else wix.create_in(str(index_dir), raw_schema(), indexname=RAW_INDEX))
    since = 0
    marker = index_dir / "raw-rev.txt"
    if exists and marker.exists():
        since = int(marker.read_text())
    writer = ix.writer(limitmb=256)
    n = 0
    with Archive(archive, readonly=True) as arc:
        rev = arc.current_rev()
        for rec in arc.iter_articles(since_rev=since):
            a = rec.article
            (writer.update_document if exists else writer.add_document)(url=a.url, title=a.title,
                                                                        body=a.text)
            n += 1
    writer.commit()
    ix.close()
    marker.write_text(str(rev))
    _emit({"seconds": time.perf_counter() - t0, "added": n})


def _time_queries(run_one, queries: list[dict], repeat: int) -> dict:
    """Warm latencies: one untimed round, then ``repeat`` timed rounds of every query."""
    hits: dict[str, int] = {}
    errors: dict[str, str] = {}
    for q in queries:
        try:
            hits[q["name"]] = run_one(q)
        except Exception as exc:  # noqa: BLE001 - a failing query is reported, the rest still run
            errors[q["name"]] = f"{type(exc).__name__}: {exc}"
    ok = [q for q in queries if q["name"] not in errors]
    times: dict[str, list[float]] = {q["name"]: [] for q in ok}
    for _ in range(repeat):
        for q in ok:
            t0 = time.perf_counter()
            run_one(q)
            times[q["name"]].append(time.perf_counter() - t0)
    return {"hits": hits, "times": times, "errors": errors}


def edunews_search(archive: Path, index_dir: Path, queries: list[dict], repeat: int) -> None:
    from index.api import QueryRequest
    from index.search import Searcher

    t0 = time.perf_counter()
    searcher = Searcher(index_dir, archive)
    opened = time.perf_counter() - t0

    def run_one(q: dict) -> int:
        req = QueryRequest(**q["request"])
        return searcher.search(req).total

    out = _time_queries(run_one, queries, repeat)
    out["open_s"] = opened
    _emit(out)


def raw_search(index_dir: Path, queries: list[dict], repeat: int) -> None:
    from whoosh import index as wix
    from whoosh.qparser import MultifieldParser

    ix = wix.open_dir(str(index_dir), indexname=RAW_INDEX)
    searcher = ix.searcher()
    parser = MultifieldParser(["title", "body"], ix.schema)

    def run_one(q: dict) -> int:
        results = searcher.search(parser.parse(q["raw"]), limit=20)
        hits = [h["url"] for h in results]  # read stored fields as a real caller would
        return len(results) if hits is not None else 0

    _emit(_time_queries(run_one, queries, repeat))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.child")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("edunews-build", "raw-build"):
        p = sub.add_parser(name)
        p.add_argument("archive", type=Path)
        p.add_argument("index_dir", type=Path)
    p = sub.add_parser("edunews-search")
    p.add_argument("archive", type=Path)
    p.add_argument("index_dir", type=Path)
    p.add_argument("queries", type=Path)
    p.add_argument("--repeat", type=int, default=7)
    p = sub.add_parser("raw-search")
    p.add_argument("index_dir", type=Path)
    p.add_argument("queries", type=Path)
    p.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    try:
        if args.cmd == "edunews-build":
            edunews_build(args.archive, args.index_dir)
        elif args.cmd == "raw-build":
            raw_build(args.archive, args.index_dir)
        else:
            queries = json.loads(args.queries.read_text(encoding="utf-8"))
            if args.cmd == "edunews-search":
                edunews_search(args.archive, args.index_dir, queries, args.repeat)
            else:
                raw_search(args.index_dir, [q for q in queries if q.get("raw")], args.repeat)
    except Exception as exc:  # noqa: BLE001 - the parent shows one line
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False), flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
