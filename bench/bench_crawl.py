"""Crawl benchmark: edunews end to end against a generated local site, vs a bare Scrapy spider.

    python -m bench.bench_crawl --n 2000 --runs 3

The generated site (``bench.generate --site``) is served by ``snapserver`` on
127.0.0.1 in its own process, every file preloaded (``--in-process-server``: from
threads of this process, as before); each crawl runs in a fresh subprocess with
politeness off (robots.txt ignored, no delay, no AutoThrottle, 32 concurrent
requests). edunews runs ``python -m crawler.run`` into a fresh archive and
cleans and stores every page; the baseline only follows links. Pages are
counted by the server (every response it sent), so both are counted alike;
pages/s is over the crawl process's whole wall time, as a user waits for it, and over
the server's first-to-last response window (without process start-up).
"""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

from bench.common import OUT, PY, ROOT, label, machine, md_table, median, run_child, save_json
from bench.generate import SITE_ID, write_site

POLITENESS_OFF = ["ROBOTSTXT_OBEY=False", "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
                  "CONCURRENT_REQUESTS=32", "CONCURRENT_REQUESTS_PER_DOMAIN=32"]
TARGET_PAGES_S = 150


def site(n: int, seed: int = 1) -> Path:
    out = OUT / f"site-{label(n)}"
    marker = out / "bench-built.json"
    if not marker.exists():
        shutil.rmtree(out, ignore_errors=True)
        info = write_site(out, n, seed)
        marker.write_text(json.dumps(info))
    return out


def _settings_args() -> list[str]:
    return [a for s in POLITENESS_OFF for a in ("-s", s)]


class ServedSite:
    """The generated site served by ``python -m snapserver --preload`` in its own process.

    The server used to run in threads of this process, sharing its GIL and a
    core with the crawl being measured; in its own process, from memory, it
    answers both crawlers alike. Its request log (and when each response was
    sent) is read over HTTP after each crawl.
    """

    def __init__(self, snap: Path, in_process: bool = False):
        self.snap = snap
        self.in_process = in_process
        self._proc: subprocess.Popen | None = None
        self._ctx = None
        self.base = ""

    def __enter__(self) -> "ServedSite":
        if self.in_process:
            from snapserver.sites import serve
            self._ctx = serve(self.snap, only=[SITE_ID], preload=True)
            self.base = self._ctx.__enter__()[SITE_ID]
            return self
        self._proc = subprocess.Popen([PY, "-m", "snapserver", "--dir", str(self.snap), "--only", SITE_ID,
                                       "--preload"], stdout=subprocess.PIPE, cwd=ROOT, text=True)
        line = self._proc.stdout.readline()
        if not line:
            self._proc.wait(5)
            raise RuntimeError(f"snapserver exited {self._proc.returncode} before serving")
        self.base = json.loads(line)["sites"][SITE_ID]
        return self

    def __exit__(self, *exc) -> None:
        if self._ctx is not None:
            self._ctx.__exit__(*exc)
        if self._proc is not None:
            self._proc.send_signal(signal.SIGTERM)
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()

    def log(self) -> tuple[list, list[float]]:
        """(requests as (method, target, status), time.monotonic() of each) so far."""
        with urllib.request.urlopen(self.base + "/__snapserver/requests", timeout=30) as r:
            reqs = json.loads(r.read())
        with urllib.request.urlopen(self.base + "/__snapserver/stamps", timeout=30) as r:
            stamps = json.loads(r.read())
        return reqs, stamps

    def served(self, since: int) -> tuple[int, int, float]:
        """(status-200 responses, all responses, first-to-last response seconds) after log index ``since``."""
        reqs, stamps = self.log()
        reqs, stamps = reqs[since:], stamps[since:]
        window = stamps[-1] - stamps[0] if len(stamps) > 1 else float("nan")
        return sum(1 for r in reqs if r[2] == 200), len(reqs), window

    def mark(self) -> int:
        return len(self.log()[0])


def _edunews_cmd(sources: Path, archive: Path, via_cli: bool, home: Path) -> list[str]:
    if via_cli:
        exe = Path(sys.executable).with_name("edunews")
        base = [str(exe)] if exe.exists() else [PY, "-m", "search_cli.app"]
        return [*base, "--home", str(home), "crawl", "--all", *_settings_args()]
    return [PY, "-m", "crawler.run", "--sources", str(sources), "--archive", str(archive), *_settings_args()]


def _articles(archive: Path) -> int:
    try:
        with sqlite3.connect(f"file:{archive}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return -1


def measure(n: int, runs: int, via_cli: bool = False, log=print, in_process_server: bool = False) -> dict:
    snap = site(n)
    expected_pages = n + -(-n // 20)
    work = OUT / f"work-crawl-{label(n)}"
    results: dict[str, list[dict]] = {"edunews": [], "bare": []}
    with ServedSite(snap, in_process=in_process_server) as server:
        base = server.base
        start = f"{base}/tin-tuc?page=1"
        for i in range(runs):
            # edunews: fresh home, archive and resolved sources each run.
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            sources = work / "sources.toml"
            sources.write_text((snap / "sources.toml").read_text(encoding="utf-8").replace("{base}", base),
                               encoding="utf-8")
            archive = work / "archive.sqlite"
            mark = server.mark()
            r = run_child(_edunews_cmd(sources, archive, via_cli, work))
            ok, total, window = server.served(mark)
            if r.returncode not in (0, 3):
                raise RuntimeError(f"edunews crawl exited {r.returncode}: {r.stderr.strip()[-400:]}")
            arts = _articles(archive)
            results["edunews"].append({"wall_s": r.wall_s, "pages": ok, "responses": total, "articles": arts,
                                       "maxrss_mb": r.maxrss_mb, "pages_per_s": ok / r.wall_s,
                                       "active_s": window, "active_pages_per_s": ok / window})
            log(f"  crawl {n} edunews run {i + 1}/{runs}: {ok} pages, {arts} articles in {r.wall_s:.1f} s "
                f"= {ok / r.wall_s:.0f} pages/s")
            mark = server.mark()
            r = run_child([PY, "-m", "bench.bare_spider", start, *_settings_args()])
            ok, total, window = server.served(mark)
            if r.returncode != 0:
                raise RuntimeError(f"bare spider exited {r.returncode}: {r.stderr.strip()[-400:]}")
            results["bare"].append({"wall_s": r.wall_s, "pages": ok, "responses": total,
                                    "maxrss_mb": r.maxrss_mb, "pages_per_s": ok / r.wall_s,
                                    "engine_s": r.result.get("seconds"),
                                    "active_s": window, "active_pages_per_s": ok / window})
            log(f"  crawl {n} bare run {i + 1}/{runs}: {ok} pages in {r.wall_s:.1f} s = {ok / r.wall_s:.0f} pages/s")
    shutil.rmtree(work, ignore_errors=True)
    summary = {"n": n, "expected_pages": expected_pages, "runs": runs,
               "via": "edunews crawl --all" if via_cli else "python -m crawler.run",
               "server": "threads in the bench process" if in_process_server else "own process, preloaded"}
    for kind, rs in results.items():
        summary[kind] = {"all": rs, "pages_per_s": median([x["pages_per_s"] for x in rs]),
                         "wall_s": median([x["wall_s"] for x in rs]),
                         "pages": median([x["pages"] for x in rs]),
                         "active_pages_per_s": median([x["active_pages_per_s"] for x in rs]),
                         "maxrss_mb": max(x["maxrss_mb"] for x in rs)}
    summary["ratio"] = summary["edunews"]["pages_per_s"] / summary["bare"]["pages_per_s"]
    return summary


def table(results: list[dict]) -> str:
    rows = []
    for r in results:
        e, b = r["edunews"], r["bare"]
        arts = median([x["articles"] for x in e["all"]])
        rows.append([f"{r['n']:,}", f"edunews ({r['via']})", r["runs"], e["pages"], arts, e["wall_s"],
                     e["pages_per_s"], e["active_pages_per_s"], e["maxrss_mb"], f"≥ {TARGET_PAGES_S}",
                     "yes" if e["pages_per_s"] >= TARGET_PAGES_S else "NO", f"{r['ratio']:.2f}"])
        rows.append([f"{r['n']:,}", "bare Scrapy spider (links only)", r["runs"], b["pages"], "-", b["wall_s"],
                     b["pages_per_s"], b["active_pages_per_s"], b["maxrss_mb"], "-", "-", "1.00"])
    return md_table(["site articles", "crawler", "runs", "pages", "articles archived", "median wall s",
                     "pages/s (wall)", "pages/s (first-last response)", "peak RSS MiB", "target", "holds",
                     "rate ratio"], rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bench_crawl", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles on the generated site (default 2000)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--via-cli", action="store_true", help="crawl with 'edunews crawl --all' instead")
    ap.add_argument("--in-process-server", action="store_true",
                    help="serve the site from threads of this process (as before; for comparison)")
    args = ap.parse_args(argv)
    try:
        res = measure(args.n, args.runs, args.via_cli, log=lambda m: print(m, file=sys.stderr, flush=True),
                      in_process_server=args.in_process_server)
    except (RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    save_json(f"crawl-{args.n}", {"machine": machine(), "result": res})
    print(table([res]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
