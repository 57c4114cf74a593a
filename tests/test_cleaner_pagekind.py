"""Article vs listing on every page of the snapshot sites."""
from __future__ import annotations

import json

import pytest

from cleaner.evaluate import BASE_URL, _sources
from cleaner.extract import extract
from vntext.resources import data_dir

SNAP = data_dir() / "snapshots"


def _pages():
    expected = json.loads((SNAP / "expected.json").read_text(encoding="utf-8"))
    sources = _sources(SNAP)
    for site, articles in expected.items():
        routes = json.loads((SNAP / site / "_routes.json").read_text(encoding="utf-8"))
        for route, info in routes.items():
            if "file" not in info or not info.get("type", "").startswith("text/html"):
                continue
            yield site, route, info, route in set(articles), sources.get(site)


PAGES = list(_pages())


def test_snapshot_has_listings_and_articles():
    assert sum(1 for p in PAGES if p[3]) >= 30
    assert sum(1 for p in PAGES if not p[3]) >= 30


@pytest.mark.parametrize("site, route, info, is_article, source", PAGES,
                         ids=[f"{p[0]}{p[1]}"[:80] for p in PAGES])
def test_page_kind(site, route, info, is_article, source):
    body = (SNAP / site / info["file"]).read_bytes()
    res = extract(body, BASE_URL + route, {"Content-Type": info["type"]}, source)
    if is_article:
        assert res.page_kind == "article", res.notes
        assert res.article is not None and res.article.text
    elif "print" in route:
        # A print view is the article again: extracted, but flagged so the crawler can skip it.
        assert "print view of an article" in res.notes
    else:
        assert res.page_kind in ("listing", "other")
        assert res.article is None
        listing_url = any(k in route for k in ("page", "trang-", "tabid/262", "taxonomy", "view_chude",
                                               "Tintuc", "view=category", "category"))
        if listing_url:
            assert res.page_kind == "listing"
