"""A crawl killed with SIGKILL mid-way resumes and ends with the same archive as an uninterrupted one."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from conftest import ROOT, SNAPSHOTS, article_targets, crawl_cmd, run_crawl_subprocess
from snapserver.sites import serve
from snapserver.sources import resolve


def _count(archive) -> int:
    if not archive.exists():
        return 0
    try:
        db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_resume_gives_the_same_archive(full_snapshot_crawl, tmp_path):
    reference, _ = full_snapshot_crawl
    want = article_targets(reference)
    with serve(SNAPSHOTS, delay=0.15) as bases:
        sources = resolve(SNAPSHOTS / "sources.toml", dict(bases), tmp_path / "sources.toml")
        archive = tmp_path / "a.sqlite"
        proc = subprocess.Popen(crawl_cmd(sources, archive, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"),
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while _count(archive) < 8 and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.05)
            assert proc.poll() is None, "the crawl ended before it could be killed"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        partial = _count(archive)
        assert 8 <= partial < len(want)
        db = sqlite3.connect(archive)
        running = db.execute("SELECT count(*) FROM runs WHERE status='running'").fetchone()[0]
        db.close()
        assert running > 0, "the killed run is left unfinished"
        summary = run_crawl_subprocess(sources, archive)
    assert any(s["resumed"] for s in summary["sources"])
    got = article_targets(archive)
    assert set(got) == set(want)
    assert got == want, "same texts as the uninterrupted crawl"
    db = sqlite3.connect(archive)
    assert db.execute("SELECT count(*) FROM runs WHERE status='running'").fetchone()[0] == 0
    pending = db.execute("SELECT count(*) FROM frontier WHERE state='pending'").fetchone()[0]
    db.close()
    assert pending == 0


def test_ctrl_c_stops_cleanly_and_the_next_run_resumes(tmp_path, expected_articles):
    with serve(SNAPSHOTS, delay=0.2, only=["daklak", "soctrang"]) as bases:
        sources = resolve(SNAPSHOTS / "sources.toml", dict(bases), tmp_path / "sources.toml")
        archive = tmp_path / "a.sqlite"
        summary_file = tmp_path / "summary.json"
        proc = subprocess.Popen([*crawl_cmd(sources, archive, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"),
                                 "--json-summary", str(summary_file)],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while _count(archive) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err[-2000:]
        assert out == "" and "Traceback" not in err
        import json
        first = json.loads(summary_file.read_text(encoding="utf-8"))
        assert first["status"] == "interrupted"
        db = sqlite3.connect(archive)
        states = {st for (st,) in db.execute("SELECT status FROM runs")}
        db.close()
        assert "interrupted" in states
        # Only a source that Ctrl-C stopped with articles still to fetch has something to resume
        # (one may have started late, or finished its last page just as the signal came).
        started = {s["name"] for s in first["sources"]
                   if s["status"] == "interrupted" and s["new"] < len(expected_articles[s["name"]])}
        again = run_crawl_subprocess(sources, archive)
    assert again["status"] == "done"
    assert all(s["resumed"] for s in again["sources"] if s["name"] in started), \
        (first["sources"], again["sources"])
    got = set(article_targets(archive))
    assert got == set(expected_articles["daklak"]) | set(expected_articles["soctrang"])
    db = sqlite3.connect(archive)
    runs = db.execute("SELECT source, status FROM runs ORDER BY id").fetchall()
    db.close()
    assert {st for _src, st in runs} == {"done"}, "interrupted runs were continued, not left behind"
