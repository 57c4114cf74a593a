"""Shared fixtures: the bundled snapshot sites and the fault site on 127.0.0.1, and a crawl runner.

Crawls run in a subprocess (``python -m crawler.run``): Scrapy's reactor starts
once per process.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "data" / "snapshots"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


@pytest.fixture(scope="session")
def snapshot_dir() -> Path:
    return SNAPSHOTS


@pytest.fixture(scope="session")
def expected_articles() -> dict[str, list[str]]:
    return json.loads((SNAPSHOTS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def snap_sites():
    """All snapshot sites served in this process: {site_id: base}, with ``.requests(site)``."""
    from snapserver.sites import serve

    with serve(SNAPSHOTS) as bases:
        yield bases


@pytest.fixture(scope="session")
def snap_sources(snap_sites, tmp_path_factory) -> Path:
    """data/snapshots/sources.toml pointed at the running snapshot servers."""
    from snapserver.sources import resolve

    return resolve(SNAPSHOTS / "sources.toml", dict(snap_sites),
                   tmp_path_factory.mktemp("sources") / "sources.toml")


def crawl_cmd(sources: Path, archive: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler.run", "--sources", str(sources), "--archive", str(archive),
            *FAST, *extra]


def run_crawl_subprocess(sources: Path, archive: Path, *extra: str, timeout: float = 120) -> dict:
    """Run one crawl to the end; returns its JSON summary (fails the test on a non-zero exit)."""
    summary = archive.with_suffix(".summary.json")
    proc = subprocess.run([*crawl_cmd(sources, archive, *extra), "--json-summary", str(summary)],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    assert proc.stdout == "", "the crawler must keep stdout clean"
    return json.loads(summary.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def crawl():
    """The crawl runner, as a fixture: crawl(sources, archive, *extra_args) -> summary dict."""
    return run_crawl_subprocess


@pytest.fixture(scope="session")
def full_snapshot_crawl(snap_sources, tmp_path_factory):
    """One uninterrupted crawl of every snapshot site: (archive path, summary)."""
    archive = tmp_path_factory.mktemp("full") / "archive.sqlite"
    summary = run_crawl_subprocess(snap_sources, archive)
    return archive, summary


def article_targets(archive: Path, source: str | None = None) -> dict[str, str]:
    """{path+query: text} of the archived articles."""
    import sqlite3
    from urllib.parse import urlsplit

    db = sqlite3.connect(archive)
    try:
        sql = "SELECT url, text FROM articles" + (" WHERE source=?" if source else "")
        rows = db.execute(sql, (source,) if source else ()).fetchall()
    finally:
        db.close()
    out = {}
    for url, text in rows:
        p = urlsplit(url)
        out[p.path + ("?" + p.query if p.query else "")] = text
    return out
