"""SIGKILL a crawl in the middle, and an archive write inside its transaction; then resume.

Afterwards the archive opens, holds every record committed before the kill (unchanged),
no half record and no duplicate, and the resumed run completes the job.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from archive import Archive
from cleaner.model import Article
from conftest import SNAPSHOTS, article_targets, crawl_cmd, run_crawl_subprocess

ROOT = Path(__file__).resolve().parent.parent
KILL_AFTER = 10     # articles committed before the SIGKILL


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    db = _ro(path)
    try:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:      # schema not created yet
        return 0
    finally:
        db.close()


def _half_records(db: sqlite3.Connection) -> int:
    return db.execute("SELECT count(*) FROM articles a LEFT JOIN pages p ON p.url = a.url"
                      " LEFT JOIN frontier f ON f.url = a.url"
                      " WHERE p.url IS NULL OR f.state IS NOT 'done'").fetchone()[0]


def test_sigkill_during_crawl_then_resume_completes_without_loss_or_duplicates(tmp_path, expected_articles):
    from snapserver.sites import serve
    from snapserver.sources import resolve

    archive = tmp_path / "archive.sqlite"
    with serve(SNAPSHOTS, delay=0.15) as bases:
        sources = resolve(SNAPSHOTS / "sources.toml", dict(bases), tmp_path / "sources.toml")
        proc = subprocess.Popen(crawl_cmd(sources, archive, "-s", "RETRY_TIMES=0"), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while _count(archive) < KILL_AFTER:
                assert proc.poll() is None, "the crawl ended before it could be killed"
                assert time.monotonic() < deadline
                time.sleep(0.03)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

        db = _ro(archive)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _half_records(db) == 0
        before = {u: (h, r) for u, h, r in db.execute("SELECT url, content_hash, rev FROM articles")}
        interrupted = [s for (s,) in db.execute("SELECT status FROM runs")]
        db.close()
        total = sum(len(v) for v in expected_articles.values())
        assert KILL_AFTER <= len(before) < total, "killed in the middle"
        assert "running" in interrupted

        # Compare whole paths (with the query): a suffix test took the site root "/" for
        # any archived article whose URL ends in "/". The first crawl's requests show
        # that archived URLs and request paths are comparable.
        archived_paths = {urlsplit(u)._replace(scheme="", netloc="").geturl() for u in before}
        first = {t for site in bases.sites for (m, t, _s) in bases.requests(site) if m == "GET"}
        assert archived_paths <= first
        bases.clear_requests()
        summary = run_crawl_subprocess(sources, archive)
        refetched = [t for site in bases.sites for (m, t, _s) in bases.requests(site)
                     if m == "GET" and t in archived_paths]

    assert refetched == [], f"articles archived before the kill were fetched again: {refetched[:5]}"
    assert any(s["resumed"] for s in summary["sources"])
    assert {s["status"] for s in summary["sources"]} == {"done"}
    for site, wanted in expected_articles.items():
        assert set(article_targets(archive, site)) == set(wanted), site
    db = _ro(archive)
    after = {u: (h, r) for u, h, r in db.execute("SELECT url, content_hash, rev FROM articles")}
    runs = [s for (s,) in db.execute("SELECT status FROM runs")]
    pending = db.execute("SELECT count(*) FROM frontier WHERE state='pending'").fetchone()[0]
    assert _half_records(db) == 0
    db.close()
    assert len(after) == total                                   # no duplicate, nothing missing
    assert all(after[u] == v for u, v in before.items())          # committed records untouched
    assert "running" not in runs and pending == 0


WRITER = r"""
import sys, time
from archive import Archive
from cleaner.model import Article
path, mode = sys.argv[1], sys.argv[2]

def stop_here():
    print("AT", mode, flush=True)
    time.sleep(120)

arc = Archive(path)
art = lambda i: Article(url=f"http://127.0.0.1/bai/{i}", title=f"Hội nghị sơ kết số {i}",
                        text=f"Nội dung bài {i} về Chỉ thị 05-CT/TW. " * 20, published="2023-05-01")
if mode == "page":       # page row and article written, frontier not yet: inside one transaction
    orig = Archive._mark
    def mark(self, *a, **kw):
        stop_here()
    Archive._mark = mark
    arc.save_page("http://127.0.0.1/bai/new", "s", "article", b"<html>...</html>" * 100,
                  article=art("new"), discovered=[("http://127.0.0.1/bai/next", "article", 1)])
elif mode == "bulk":     # 1,000-article import killed after 600 rows of its one transaction
    orig = Archive._put_article
    n = [0]
    def put(self, *a, **kw):
        n[0] += 1
        if n[0] == 600:
            stop_here()
        return orig(self, *a, **kw)
    Archive._put_article = put
    arc.put_articles((art(f"bulk-{i}"), "s") for i in range(1000))
"""


def _article(i: str) -> Article:
    return Article(url=f"http://127.0.0.1/bai/{i}", title=f"Hội nghị sơ kết số {i}",
                   text=f"Nội dung bài {i} về Chỉ thị 05-CT/TW. " * 20, published="2023-05-01")


def _kill_writer(path: Path, mode: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), mode], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line == f"AT {mode}", proc.stderr.read()[-2000:] if proc.poll() is not None else line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _seeded(path: Path) -> None:
    with Archive(path) as arc:
        arc.enqueue("s", [("http://127.0.0.1/bai/new", "article", 1)])
        for i in range(5):
            arc.save_page(f"http://127.0.0.1/bai/{i}", "s", "article", b"<html/>", article=_article(str(i)))


def test_sigkill_inside_a_page_transaction_leaves_the_page_pending_and_nothing_half_written(tmp_path):
    path = tmp_path / "archive.sqlite"
    _seeded(path)
    _kill_writer(path, "page")
    with Archive(path) as arc:
        assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert arc.count_articles() == 5 and arc.current_rev() == 5
        assert not arc.has_article("http://127.0.0.1/bai/new")
        assert arc.page_body("http://127.0.0.1/bai/new") is None
        assert arc.frontier_state("http://127.0.0.1/bai/new") == "pending"     # still queued
        assert arc.frontier_state("http://127.0.0.1/bai/next") is None         # its links not yet
        # The resumed crawl fetches it again and commits the whole record.
        assert arc.save_page("http://127.0.0.1/bai/new", "s", "article", b"<html/>", article=_article("new"),
                             discovered=[("http://127.0.0.1/bai/next", "article", 1)]) == "new"
        assert arc.frontier_state("http://127.0.0.1/bai/new") == "done"
        assert arc.frontier_state("http://127.0.0.1/bai/next") == "pending"
        assert arc.count_articles() == 6


def test_sigkill_inside_a_bulk_import_keeps_all_or_none(tmp_path):
    path = tmp_path / "archive.sqlite"
    _seeded(path)
    _kill_writer(path, "bulk")
    with Archive(path) as arc:
        assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert arc.count_articles() == 5 and arc.current_rev() == 5
        assert arc.put_articles((_article(f"bulk-{i}"), "s") for i in range(1000)) == 1000
        assert arc.count_articles() == 1005 and arc.current_rev() == 1005
