"""Crawl every bundled snapshot site (all CMS families + the profile-less ones) end to end."""
from __future__ import annotations

import sqlite3

from conftest import article_targets, run_crawl_subprocess


def test_archive_holds_exactly_the_expected_articles(full_snapshot_crawl, expected_articles):
    archive, summary = full_snapshot_crawl
    for site, wanted in expected_articles.items():
        got = set(article_targets(archive, site))
        assert got == set(wanted), f"{site}: missing {sorted(set(wanted) - got)}, extra {sorted(got - set(wanted))}"
    statuses = {s["name"]: s["status"] for s in summary["sources"]}
    assert set(statuses) == set(expected_articles)
    assert set(statuses.values()) == {"done"}, statuses
    assert summary["total"]["new"] == sum(len(v) for v in expected_articles.values())


def test_listings_are_pages_never_articles(full_snapshot_crawl):
    archive, _ = full_snapshot_crawl
    db = sqlite3.connect(archive)
    listing_urls = {u for (u,) in db.execute("SELECT url FROM pages WHERE role='listing'")}
    article_urls = {u for (u,) in db.execute("SELECT url FROM articles")}
    page_roles = dict(db.execute("SELECT url, role FROM pages"))
    db.close()
    assert listing_urls, "listings are stored as pages"
    assert not listing_urls & article_urls
    assert all(page_roles.get(u) == "article" for u in article_urls)


def test_no_duplicate_articles_and_texts_are_clean(full_snapshot_crawl):
    archive, _ = full_snapshot_crawl
    db = sqlite3.connect(archive)
    rows = db.execute("SELECT url, title, text FROM articles").fetchall()
    db.close()
    urls = [r[0] for r in rows]
    assert len(urls) == len(set(urls))
    assert not any("#" in u or "utm_" in u for u in urls)
    for url, title, text in rows:
        assert title.strip() and len(text) > 100, url


def test_moet_articles_get_their_own_province(full_snapshot_crawl):
    archive, _ = full_snapshot_crawl
    db = sqlite3.connect(archive)
    provinces = [p for (p,) in db.execute("SELECT province FROM articles WHERE source='moet'")]
    db.close()
    assert len(provinces) >= 4
    assert len(set(provinces)) >= 3, provinces   # one ministry section, many provinces


def test_second_run_fetches_no_article_again(snap_sites, snap_sources, expected_articles, tmp_path):
    archive = tmp_path / "a.sqlite"
    first = run_crawl_subprocess(snap_sources, archive)
    assert first["total"]["new"] == sum(len(v) for v in expected_articles.values())
    snap_sites.clear_requests()
    second = run_crawl_subprocess(snap_sources, archive)
    for site, wanted in expected_articles.items():
        hits = [t for (_m, t, _s) in snap_sites.requests(site) if t in set(wanted)]
        assert hits == [], f"{site} re-fetched {hits}"
    total = second["total"]
    assert total["new"] == 0 and total["updated"] == 0
    assert total["skipped"] > 0
    assert total["not_modified"] > 0, "listings are re-checked with conditional requests"


def test_refresh_refetches_articles_conditionally(snap_sites, snap_sources, tmp_path):
    archive = tmp_path / "a.sqlite"
    run_crawl_subprocess(snap_sources, archive, "--only", "sondong")
    snap_sites.clear_requests()
    summary = run_crawl_subprocess(snap_sources, archive, "--only", "sondong", "--refresh")
    statuses = [s for (_m, t, s) in snap_sites.requests("sondong") if t.startswith("/node/")]
    assert statuses and set(statuses) == {304}
    assert summary["total"]["unchanged"] == len(statuses)
    assert summary["total"]["new"] == 0


def test_since_skips_older_articles(snap_sources, tmp_path, expected_articles):
    archive = tmp_path / "a.sqlite"
    run_crawl_subprocess(snap_sources, archive, "--since", "2021-01-01")
    db = sqlite3.connect(archive)
    dates = [d for (d,) in db.execute("SELECT published FROM articles")]
    db.close()
    assert dates and all(d is None or d >= "2021-01-01" for d in dates)
    assert len(dates) < sum(len(v) for v in expected_articles.values())


def test_max_pages_limits_and_the_next_run_continues(snap_sources, tmp_path, expected_articles):
    archive = tmp_path / "a.sqlite"
    first = run_crawl_subprocess(snap_sources, archive, "--only", "daklak", "--max-pages", "3")
    assert first["total"]["pages"] <= 3
    assert first["sources"][0]["status"] == "limited"
    for _ in range(5):
        run_crawl_subprocess(snap_sources, archive, "--only", "daklak", "--max-pages", "3")
    assert set(article_targets(archive, "daklak")) == set(expected_articles["daklak"])
