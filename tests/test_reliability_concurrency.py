"""Processes at once: search/export during `edunews index`, two `edunews update`, crawl + index."""
from __future__ import annotations

import csv
import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from archive import Archive
from conftest import SNAPSHOTS, crawl_cmd
from index.api import QueryRequest
from index.build import update_index
from index.search import Searcher
from search_cli.app import cli
from search_cli.errors import LOCKED
from test_cli_support import REPO, run_edunews

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]


def _articles(n: int):
    from bench.generate import Generator

    gen = Generator(2, pool_size=400)
    return [(dataclasses.replace(g.article, text=g.article.text[:100]), g.source) for g in gen.articles(n, 0)]


def test_search_and_export_answer_while_edunews_index_runs(tmp_path):
    home = tmp_path / "home"
    items = _articles(800)
    home.mkdir()
    with Archive(home / "archive.sqlite") as arc:
        arc.put_articles(items[:300])
    update_index(home / "archive.sqlite", home / "index")
    with Archive(home / "archive.sqlite") as arc:
        arc.put_articles(items[300:])

    proc = subprocess.Popen([sys.executable, "-m", "search_cli.app", "--home", str(home), "index"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    runner = CliRunner()
    during, rows_seen = 0, set()
    try:
        time.sleep(0.5)       # let the update take its lock and start writing
        while proc.poll() is None:
            out = tmp_path / "hits.csv"
            r = runner.invoke(cli, ["--home", str(home), "search", "hội nghị", "--format", "jsonl",
                                    "--limit", "3"], catch_exceptions=False)
            assert r.exit_code == 0, r.output
            assert 1 <= len(r.stdout.splitlines()) <= 3
            r = runner.invoke(cli, ["--home", str(home), "export", "--all-copies", "-o", str(out), "--force"],
                              catch_exceptions=False)
            assert r.exit_code == 0, r.output
            with open(out, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
            rows_seen.add(len(rows))
            if proc.poll() is None:
                during += 1
    finally:
        stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert during >= 1, "no search finished while the index was being updated"
    assert rows_seen <= {300, 800}, rows_seen             # the old commit or the new one, never a mix
    r = runner.invoke(cli, ["--home", str(home), "export", "--all-copies", "-o", "-"], catch_exceptions=False)
    assert len(list(csv.reader(r.stdout.splitlines()))) == 800 + 1


def test_two_updates_started_together_one_runs_one_refuses(tmp_path):
    from snapserver.sites import serve
    from snapserver.sources import resolve

    sites = ["soctrang", "daklak"]
    home = tmp_path / "home"
    with serve(SNAPSHOTS, delay=0.2, only=sites) as bases:
        resolve(SNAPSHOTS / "sources.toml", dict(bases), home / "sources.toml")
        cmd = [sys.executable, "-m", "search_cli.app", "--home", str(home), "update", *FAST]
        procs = [subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    codes = sorted(code for code, _o, _e in results)
    assert codes == [0, LOCKED], [(c, e[-500:]) for c, _o, e in results]
    refused = next(e for c, _o, e in results if c == LOCKED).strip()
    assert refused.startswith("Error: another ") and "\n" not in refused and "Traceback" not in refused
    expected = json.loads((SNAPSHOTS / "expected.json").read_text(encoding="utf-8"))
    with Archive(home / "archive.sqlite", readonly=True) as arc:
        assert arc.count_articles() == sum(len(expected[s]) for s in sites)
    assert len(list((home / "runs").glob("update-*.json"))) == 1
    r = run_edunews(["search", "hội nghị", "--format", "jsonl", "--limit", "1"], home=home)
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 1


def test_crawl_and_index_at_once(tmp_path, expected_articles):
    from snapserver.sites import serve
    from snapserver.sources import resolve

    archive, index_dir = tmp_path / "archive.sqlite", tmp_path / "index"
    counts = []
    with serve(SNAPSHOTS, delay=0.1) as bases:
        sources = resolve(SNAPSHOTS / "sources.toml", dict(bases), tmp_path / "sources.toml")
        proc = subprocess.Popen(crawl_cmd(sources, archive, "-s", "RETRY_TIMES=0"), cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while proc.poll() is None:
                if archive.exists():
                    try:
                        counts.append(update_index(archive, index_dir, wait=30).total)
                    except Exception as exc:   # the archive may not have its tables yet
                        assert "archive" in str(exc), exc
                time.sleep(0.1)
        finally:
            _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    assert len(counts) >= 2, "the index must have been updated while the crawl wrote"
    assert counts == sorted(counts)
    update_index(archive, index_dir)
    with Archive(archive, readonly=True) as arc:
        urls = set(arc.article_hashes())
    assert len(urls) == sum(len(v) for v in expected_articles.values())
    with Searcher(index_dir, archive) as s:
        indexed = {h.url for h in s.iter_all(QueryRequest(query="", limit=None, all_copies=True, snippets=False))}
    assert indexed == urls
