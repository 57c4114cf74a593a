"""Cleaning in worker processes gives the same archive as cleaning in the crawl process."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, crawl_cmd, run_crawl_subprocess
from crawler.cleanpool import worker_count


def _records(archive: Path) -> tuple[set, set]:
    db = sqlite3.connect(archive)
    try:
        articles = set(db.execute("SELECT url, source, title, published, content_hash FROM articles"))
        pages = set(db.execute("SELECT url, role, status FROM pages"))
    finally:
        db.close()
    return articles, pages


def test_worker_and_in_process_cleaning_archive_the_same_records(snap_sources, tmp_path):
    runs = {}
    for workers in ("0", "1"):
        archive = tmp_path / f"w{workers}.sqlite"
        summary = run_crawl_subprocess(snap_sources, archive, "-s", f"EDUNEWS_CLEAN_WORKERS={workers}")
        assert {s["status"] for s in summary["sources"]} == {"done"}
        runs[workers] = _records(archive)
    articles0, pages0 = runs["0"]
    articles1, pages1 = runs["1"]
    assert articles0, "the snapshot crawl archives articles"
    assert articles1 == articles0
    assert pages1 == pages0


def test_auto_uses_no_worker_for_a_polite_crawl():
    assert worker_count("auto", 1.0, False) == 0        # the default politeness
    assert worker_count("auto", 0.0, True) == 0         # AutoThrottle on
    assert worker_count("auto", 0.0, False) in (0, 1, 2)
    assert worker_count("3", 1.0, True) == 3            # an explicit number wins
    assert worker_count(0, 0.0, False) == 0


@pytest.mark.parametrize("bad", ["many", "-1", "1.5"])
def test_bad_worker_setting_is_rejected(bad):
    with pytest.raises(ValueError, match="EDUNEWS_CLEAN_WORKERS"):
        worker_count(bad, 0.0, False)


def test_bad_worker_setting_is_one_line_error_from_the_command_line(snap_sources, tmp_path):
    archive = tmp_path / "archive.sqlite"
    proc = subprocess.run(crawl_cmd(snap_sources, archive, "-s", "EDUNEWS_CLEAN_WORKERS=many"), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "EDUNEWS_CLEAN_WORKERS" in proc.stderr
    assert "Traceback" not in proc.stderr


KILL_WORKER = r"""
import os, signal, sys
from twisted.internet import reactor
from crawler.cleanpool import CleanPool
from cleaner.extract import SourceInfo, extract

body = open(sys.argv[1], "rb").read()
pool = CleanPool(1)
want = extract(body, "http://127.0.0.1/bai-viet/1", headers=None, source=SourceInfo())
out = []

def check(result):
    out.append(result.page_kind == want.page_kind and result.article == want.article)

def kill_then_extract():
    for pid in list(pool._pool._processes):
        os.kill(pid, signal.SIGKILL)
    d = pool.extract(body, "http://127.0.0.1/bai-viet/1", None, SourceInfo())
    d.addCallback(check)
    d.addErrback(lambda f: out.append(repr(f.value)))
    d.addBoth(lambda _: reactor.stop())

first = pool.extract(body, "http://127.0.0.1/bai-viet/1", None, SourceInfo())
first.addCallback(check)
first.addBoth(lambda _: reactor.callLater(0, kill_then_extract))
reactor.run()
pool.close()
print(out)
"""


def test_a_killed_worker_is_replaced_and_the_page_still_cleaned(tmp_path):
    seed = sorted((ROOT / "tests" / "sites").rglob("*.html"))[0]
    proc = subprocess.run([sys.executable, "-c", KILL_WORKER, str(seed)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "[True, True]"
