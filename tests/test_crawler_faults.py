"""Crawl the fault site: every misbehaviour has its expected outcome, nothing is half-written."""
from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from conftest import run_crawl_subprocess
from snapserver import faults


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    with faults.serve_faults(slow_alias_seconds=3) as (base, state):
        sources = tmp / "sources.toml"
        sources.write_text(f'[[source]]\nname = "faults"\nprovince = "Quảng Bình"\nstart_urls = ["{base}/"]\n',
                           encoding="utf-8")
        archive = tmp / "archive.sqlite"
        summary = run_crawl_subprocess(
            sources, archive, "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=2",
            "-s", "EDUNEWS_RETRY_BACKOFF_BASE=0.05", "-s", "DOWNLOAD_MAXSIZE=5000000")
        requests = list(state.requests)
    return base, archive, summary["sources"][0], requests


def _articles(archive):
    db = sqlite3.connect(archive)
    try:
        return {u: (t, x) for u, t, x in db.execute("SELECT url, title, text FROM articles")}
    finally:
        db.close()


def test_error_kinds_are_counted(fault_crawl):
    _base, _archive, stats, _ = fault_crawl
    errors = stats["errors"]
    for kind in ("http_404", "redirect_loop", "too_large", "robots", "timeout", "truncated", "connection"):
        assert errors.get(kind) == 1, (kind, errors)
    assert "http_5xx" not in errors, "503 recovers after two retries"
    assert stats["status"] == "done"


def test_503_recovers_after_retries(fault_crawl):
    base, archive, _stats, requests = fault_crawl
    alias = "/tin-tuc/may-chu-tam-thoi-qua-tai-khi-dang-bai-hoi-nghi.html"
    assert sum(1 for _m, t in requests if t == alias) == 3   # 503, 503, 200
    assert base + alias in _articles(archive)


def test_failed_pages_leave_nothing_half_written(fault_crawl):
    base, archive, _stats, _ = fault_crawl
    db = sqlite3.connect(archive)
    failed = {u for (u,) in db.execute("SELECT url FROM frontier WHERE state='failed'")}
    pages = {u for (u,) in db.execute("SELECT url FROM pages")}
    arts = {u for (u,) in db.execute("SELECT url FROM articles")}
    sizes = [s for (s,) in db.execute("SELECT size FROM pages WHERE size IS NOT NULL")]
    db.close()
    # huge, truncated, redirect loop, reset, 404, robots-disallowed, slow
    assert len(failed) == 7
    assert not failed & pages and not failed & arts
    assert max(sizes) < 100_000, "no huge body stored"


def test_binary_and_empty_pages_are_not_articles(fault_crawl):
    base, archive, _stats, _ = fault_crawl
    arts = _articles(archive)
    assert base + "/tin-tuc/du-lieu-nhi-phan-gia-dang-trang-html.html" not in arts
    assert base + "/tin-tuc/trang-trong-khong-co-noi-dung-gi-ca.html" not in arts
    db = sqlite3.connect(archive)
    role = dict(db.execute("SELECT url, role FROM pages"))
    db.close()
    assert role[base + "/tin-tuc/du-lieu-nhi-phan-gia-dang-trang-html.html"] == "other"


@pytest.mark.parametrize("path, title", [
    (faults.CP1258_ARTICLE, faults.CP1258_TEXT[0]),
    ("/tin-tuc/bai-viet-ma-hoa-sai-khai-bao-utf-8.html", faults.CP1258_TEXT[0]),
    (faults.NFD_ARTICLE, faults.NFD_TEXT[0]),
])
def test_legacy_encodings_archive_as_nfc(fault_crawl, path, title):
    base, archive, _stats, _ = fault_crawl
    got_title, text = _articles(archive)[base + path]
    assert got_title == title
    assert unicodedata.is_normalized("NFC", text) and unicodedata.is_normalized("NFC", got_title)
    paras = faults.CP1258_TEXT[2] if "1258" in path or "utf-8" in path else faults.NFD_TEXT[2]
    assert paras[1] in text


def test_redirect_is_archived_once_under_its_target(fault_crawl):
    base, archive, _stats, _ = fault_crawl
    arts = _articles(archive)
    assert base + "/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023.html" in arts
    assert base + "/tin-tuc/bai-viet-chuyen-sang-dia-chi-moi-cua-so.html" not in arts


def test_looping_pagination_ends(fault_crawl):
    base, archive, _stats, requests = fault_crawl
    pages = [t for _m, t in requests if t.startswith("/looping/list")]
    assert sorted(pages) == ["/looping/list?page=1", "/looping/list?page=2", "/looping/list?page=3"]
    looping = [u for u in _articles(archive) if "/looping/" in u]
    assert len(looping) == 6


def test_attachments_recorded_not_parsed(fault_crawl):
    base, archive, stats, requests = fault_crawl
    db = sqlite3.connect(archive)
    rows = {r[0]: r[1:] for r in db.execute("SELECT url, article_url, content_type, size FROM attachments")}
    pages = {u for (u,) in db.execute("SELECT url FROM pages")}
    db.close()
    pdf = rows[base + faults.PDF_FILE]
    assert pdf[:2] == (base + "/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023.html", "application/pdf")
    assert pdf[2] > 0
    assert ("HEAD", faults.PDF_FILE) in requests and ("GET", faults.PDF_FILE) not in requests
    docx = rows[base + faults.NO_HEAD_FILE]
    assert docx == (base + "/tin-tuc/tong-ket-nam-hoc-2022-2023-va-trien-khai-nhiem-vu-moi.html", faults.DOCX, 604)
    assert ("GET", faults.NO_HEAD_FILE) in requests, "HEAD refused: falls back to GET"
    assert not {base + faults.PDF_FILE, base + faults.NO_HEAD_FILE} & pages, "documents are not pages"
    assert stats["attachments"] == 2


def test_robots_disallowed_page_never_requested(fault_crawl):
    _base, _archive, _stats, requests = fault_crawl
    assert not any(t.startswith("/private/") for _m, t in requests)
