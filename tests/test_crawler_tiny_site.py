"""A tiny profile-less site (tests/sites/tiny): sitemap from robots.txt, RSS feed, 'Tiếp »' paging,
menus, tag clouds, search links and other hosts left alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import article_targets, run_crawl_subprocess
from snapserver.sites import serve

SITES = Path(__file__).parent / "sites"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tiny")
    with serve(SITES) as bases:
        sources = tmp / "sources.toml"
        sources.write_text(f'[[source]]\nname = "tiny"\nprovince = "Hà Nội"\nstart_urls = ["{bases["tiny"]}/"]\n',
                           encoding="utf-8")
        archive = tmp / "a.sqlite"
        summary = run_crawl_subprocess(sources, archive)
        requests = bases.requests("tiny")
        bases.clear_requests()
        second = run_crawl_subprocess(sources, archive)
        again = bases.requests("tiny")
    return archive, summary, requests, second, again


def test_tiny_site_articles_from_listings_feed_and_sitemap(tiny):
    archive, summary, requests, _second, _again = tiny
    want = json.loads((SITES / "expected.json").read_text())["tiny"]
    assert set(article_targets(archive)) == set(want)
    assert summary["sources"][0]["errors"] == {}
    targets = [t for _m, t, _s in requests]
    assert "/sitemap.xml" in targets and "/rss.xml" in targets and "/tin-tuc/?trang=2" in targets


def test_menus_tags_search_and_other_hosts_are_not_followed(tiny):
    _archive, _summary, requests, _second, _again = tiny
    targets = [t for _m, t, _s in requests]
    assert not any(t.startswith("/gioi-thieu/") for t in targets), "menu link"
    assert not any("chu-de" in t for t in targets), "tag cloud"
    assert not any(t.startswith("/tim-kiem") for t in targets), "search"
    pages = [t for t in targets if t != "/robots.txt"]   # Scrapy's robots check fetches it too
    assert len(pages) == len(set(pages)), "no page fetched twice in one run"


def test_second_run_only_rechecks_listing_feed_and_sitemap(tiny):
    _archive, _summary, _requests, second, again = tiny
    assert second["total"]["new"] == 0
    assert all(not t.endswith(".html") for _m, t, _s in again), again
    assert {s for _m, t, s in again if t in ("/rss.xml", "/sitemap.xml")} == {304}
