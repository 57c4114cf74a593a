"""Crawl the fault-injecting site (snapserver.faults) twice and check what the archive holds.

The site links ordinary articles next to pages that fail in one way each: a 503
that recovers after two tries, a 404, a redirect loop, a 20 MB body, binary bytes
served as text/html, a wrong charset header, a truncated body, a connection reset,
an empty page, a page that answers too slowly, a robots.txt-disallowed section,
malformed HTML, an NFD page and a pagination that loops back to page 1.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from snapserver import faults as F

ROOT = Path(__file__).resolve().parent.parent
CRAWL_SETTINGS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=2",
                  "-s", "DOWNLOAD_TIMEOUT=1", "-s", "EDUNEWS_RETRY_BACKOFF_BASE=0.05"]
SLOW_SECONDS = 2.5   # longer than DOWNLOAD_TIMEOUT: every try of the slow page times out

GOOD = {f"/tin-tuc/{slug}.html" for slug in F.ARTICLES} | {
    F.CP1258_ARTICLE, F.NFD_ARTICLE, F.MALFORMED_ARTICLE,
    "/tin-tuc/may-chu-tam-thoi-qua-tai-khi-dang-bai-hoi-nghi.html",   # 503 twice, then 200
    "/tin-tuc/bai-viet-ma-hoa-sai-khai-bao-utf-8.html",               # says utf-8, is cp1258
} | {f"/looping/bai-viet-so-{p}-{i}-hoi-nghi-chuyen-de.html" for p in (1, 2, 3) for i in (1, 2)}
NEVER_ARTICLES = {
    "/tin-tuc/bai-viet-da-bi-go-bo-khoi-cong-thong-tin.html",         # 404
    "/tin-tuc/bai-viet-chuyen-huong-vong-lap-khong-ket-thuc.html",    # redirect loop
    "/tin-tuc/tep-tin-qua-lon-khong-nen-tai-ve-toan-bo.html",         # 20 MB
    "/tin-tuc/du-lieu-nhi-phan-gia-dang-trang-html.html",             # PNG bytes as text/html
    "/tin-tuc/bai-viet-bi-cat-cut-giua-chung-duong.html",             # truncated body
    "/tin-tuc/ket-noi-bi-ngat-dot-ngot-khi-tai-trang.html",           # connection reset
    "/tin-tuc/trang-trong-khong-co-noi-dung-gi-ca.html",              # empty body
    "/tin-tuc/bai-viet-chuyen-sang-dia-chi-moi-cua-so.html",          # redirect to an article
    F.SLOW_ALIAS, F.PRIVATE_ARTICLE,
}
ALWAYS_FAILING = {
    "/tin-tuc/bai-viet-da-bi-go-bo-khoi-cong-thong-tin.html",
    "/tin-tuc/bai-viet-chuyen-huong-vong-lap-khong-ket-thuc.html",
    "/tin-tuc/tep-tin-qua-lon-khong-nen-tai-ve-toan-bo.html",
    "/tin-tuc/bai-viet-bi-cat-cut-giua-chung-duong.html",
    "/tin-tuc/ket-noi-bi-ngat-dot-ngot-khi-tai-trang.html",
    F.SLOW_ALIAS,
}


def _crawl(base: str, archive: Path) -> dict:
    summary = archive.with_name(archive.name + ".summary.json")
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.run", "--start-url", base + "/", "--province", "Sóc Trăng",
         "--name", "faults", "--archive", str(archive), *CRAWL_SETTINGS, "--json-summary", str(summary)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    return json.loads(summary.read_text(encoding="utf-8"))


def _paths(urls) -> set[str]:
    out = set()
    for u in urls:
        p = urlsplit(u)
        out.add(p.path + ("?" + p.query if p.query else ""))
    return out


@pytest.fixture(scope="module")
def fault_crawls(tmp_path_factory):
    """Two crawls of the fault site into one archive: (archive, [summary, requests] per run)."""
    archive = tmp_path_factory.mktemp("faults") / "archive.sqlite"
    runs = []
    with F.serve_faults(slow_alias_seconds=SLOW_SECONDS) as (base, state):
        for _ in range(2):
            start = len(state.requests)
            summary = _crawl(base, archive)
            with state.lock:
                runs.append((summary, list(state.requests[start:])))
    return archive, runs


def _db(archive: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{archive}?mode=ro", uri=True)


def test_archive_holds_every_good_article_and_nothing_from_a_broken_page(fault_crawls):
    archive, _ = fault_crawls
    db = _db(archive)
    urls = [u for (u,) in db.execute("SELECT url FROM articles")]
    db.close()
    got = _paths(urls)
    assert got == GOOD, f"missing {sorted(GOOD - got)}, unexpected {sorted(got - GOOD)}"
    assert len(urls) == len(got)


def test_every_fault_is_counted_by_kind(fault_crawls):
    _, runs = fault_crawls
    summary, _ = runs[0]
    errors = summary["sources"][0]["errors"]
    for kind in ("http_404", "redirect_loop", "too_large", "truncated", "connection", "timeout", "robots"):
        assert errors.get(kind, 0) >= 1, (kind, errors)
    assert summary["sources"][0]["status"] == "done"
    assert summary["total"]["new"] == len(GOOD)


def test_503_recovers_within_the_run_after_two_tries(fault_crawls):
    archive, runs = fault_crawls
    alias = "/tin-tuc/may-chu-tam-thoi-qua-tai-khi-dang-bai-hoi-nghi.html"
    hits = [t for (m, t) in runs[0][1] if t == alias and m == "GET"]
    assert len(hits) == 3, hits
    db = _db(archive)
    (title,) = db.execute("SELECT title FROM articles WHERE url LIKE ?", ("%" + alias,)).fetchone()
    db.close()
    assert title == "Bài viết sau khi máy chủ phục hồi"


def test_texts_are_clean_nfc_vietnamese_whatever_the_bytes(fault_crawls):
    archive, _ = fault_crawls
    db = _db(archive)
    texts = dict(db.execute("SELECT url, title || '\n' || text FROM articles"))
    db.close()
    by_path = {next(iter(_paths([u]))): t for u, t in texts.items()}
    for path, text in by_path.items():
        assert unicodedata.is_normalized("NFC", text), path
        assert "\ufffd" not in text and "Ã" not in text, path          # no mojibake
        assert "Trang chủ" not in text and "Thử Nghiệm" not in text, path   # menu and footer removed
    for path in (F.CP1258_ARTICLE, "/tin-tuc/bai-viet-ma-hoa-sai-khai-bao-utf-8.html"):
        assert "Đại hội đã bầu Ban Chấp hành gồm năm đồng chí" in by_path[path], path
    assert "Hội nghị thông qua quy chế chi tiêu nội bộ" in by_path[F.NFD_ARTICLE]
    malformed = by_path[F.MALFORMED_ARTICLE]
    assert "Đoạn thứ hai vẫn phải đọc được" in malformed and "Đoạn thứ ba kết thúc bài viết" in malformed


def test_robots_disallowed_section_is_never_requested(fault_crawls):
    _, runs = fault_crawls
    for _, requests in runs:
        assert not [t for (_m, t) in requests if t.startswith("/private/")]
        assert ("GET", "/robots.txt") in requests


def test_looping_pagination_walks_each_page_once_per_run(fault_crawls):
    _, runs = fault_crawls
    for _, requests in runs:
        listings = [t for (_m, t) in requests if t.startswith("/looping/list")]
        assert sorted(listings) == sorted(set(listings)), listings
        assert set(listings) <= {f"/looping/list?page={p}" for p in (1, 2, 3)}
    assert len([t for (_m, t) in runs[0][1] if t.startswith("/looping/list")]) == 3


def test_huge_and_binary_bodies_are_not_stored(fault_crawls):
    archive, _ = fault_crawls
    db = _db(archive)
    biggest = db.execute("SELECT max(size) FROM pages").fetchone()[0]
    binary = db.execute("SELECT role FROM pages WHERE url LIKE '%du-lieu-nhi-phan%'").fetchone()
    huge = db.execute("SELECT count(*) FROM pages WHERE url LIKE '%tep-tin-qua-lon%'").fetchone()[0]
    db.close()
    assert biggest < 1024 * 1024
    assert binary is None or binary[0] != "article"
    assert huge == 0


def test_redirect_to_an_article_stores_it_once_under_its_own_url(fault_crawls):
    archive, _ = fault_crawls
    db = _db(archive)
    n = db.execute("SELECT count(*) FROM articles WHERE title = ?",
                   ("Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023",)).fetchone()[0]
    db.close()
    assert n == 1


def test_archive_is_consistent_and_failures_stay_queued_for_retry(fault_crawls):
    archive, _ = fault_crawls
    db = _db(archive)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    half = db.execute("SELECT count(*) FROM articles a LEFT JOIN pages p ON p.url = a.url"
                      " LEFT JOIN frontier f ON f.url = a.url"
                      " WHERE p.url IS NULL OR f.state IS NOT 'done'").fetchone()[0]
    states = dict(db.execute("SELECT url, state FROM frontier"))
    pending = [u for u, s in states.items() if s == "pending"]
    runs = [r for (r,) in db.execute("SELECT status FROM runs ORDER BY id")]
    db.close()
    assert half == 0
    assert pending == []
    failed = {p for p, s in ((next(iter(_paths([u]))), s) for u, s in states.items()) if s == "failed"}
    assert ALWAYS_FAILING <= failed, sorted(ALWAYS_FAILING - failed)
    assert runs == ["done", "done"]


def test_second_run_refetches_failures_not_archived_articles(fault_crawls):
    archive, runs = fault_crawls
    summary, requests = runs[1]
    got = {t for (m, t) in requests if m == "GET"}
    assert not got & GOOD, sorted(got & GOOD)
    assert ALWAYS_FAILING - {F.SLOW_ALIAS} <= got, sorted(ALWAYS_FAILING - got)
    assert summary["total"]["new"] == 0 and summary["total"]["updated"] == 0
    db = _db(archive)
    revs = [r for (r,) in db.execute("SELECT rev FROM articles")]
    db.close()
    assert sorted(revs) == list(range(1, len(GOOD) + 1)), "no article rewritten by the second run"
