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
    assert len(targets) == len(set(targets)), "no page (robots.txt included) fetched twice in one run"


def test_second_run_only_rechecks_listing_feed_and_sitemap(tiny):
    _archive, _summary, _requests, second, again = tiny
    assert second["total"]["new"] == 0
    assert all(not t.endswith(".html") for _m, t, _s in again), again
    assert {s for _m, t, s in again if t in ("/tin-tuc/", "/rss.xml", "/sitemap.xml")} == {304}, again


def test_stop_after_known_pages(tmp_path):
    """A new item on page 2, behind an all-known page 1, is reached only when the setting allows it."""
    import shutil

    from snapserver.sites import load_routes

    site = tmp_path / "sites" / "tiny"
    shutil.copytree(SITES / "tiny", site)
    with serve(tmp_path / "sites") as bases:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "tiny"\nstart_urls = ["{bases["tiny"]}/tin-tuc/"]\n',
                           encoding="utf-8")
        archive = tmp_path / "a.sqlite"
        run_crawl_subprocess(sources, archive)
        new_path = "/tin-tuc/hoi-nghi-dang-vien-moi-duoc-ket-nap-nam-2024.html"
        (site / "new.html").write_text((site / "a0.html").read_text(encoding="utf-8").replace(
            "Hội nghị sơ kết học kỳ I", "Hội nghị đảng viên mới được kết nạp"), encoding="utf-8")
        routes = json.loads((site / "_routes.json").read_text(encoding="utf-8"))
        routes[new_path] = {"file": "new.html", "type": "text/html; charset=utf-8", "status": 200}
        (site / "_routes.json").write_text(json.dumps(routes), encoding="utf-8")
        list2 = (site / "list2.html").read_text(encoding="utf-8")
        (site / "list2.html").write_text(list2.replace(
            "<ul>", f'<ul><li><a href="{new_path}">Hội nghị đảng viên mới được kết nạp năm 2024</a></li>', 1),
            encoding="utf-8")
        bases.sites["tiny"].routes = load_routes(site)
        default = run_crawl_subprocess(sources, archive)
        assert new_path not in article_targets(archive), "page 1 held only known articles: paging stops"
        assert default["total"]["new"] == 0 and default["total"]["skipped"] >= 2
        deeper = run_crawl_subprocess(sources, archive, "-s", "EDUNEWS_STOP_AFTER_KNOWN_PAGES=2")
        assert new_path in article_targets(archive)
        assert deeper["total"]["new"] == 1


def test_sitemap_is_read_even_when_robots_is_not_obeyed(tmp_path):
    with serve(SITES) as bases:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "tiny"\nstart_urls = ["{bases["tiny"]}/"]\n', encoding="utf-8")
        archive = tmp_path / "a.sqlite"
        run_crawl_subprocess(sources, archive, "-s", "ROBOTSTXT_OBEY=False")
        targets = [t for _m, t, _s in bases.requests("tiny")]
    assert targets.count("/robots.txt") == 1 and "/sitemap.xml" in targets
    assert "/tin-tuc/dai-hoi-chi-bo-phong-giao-duc-nhiem-ky-2020-2025.html" in article_targets(archive)


def test_extensionless_download_links_are_attachments(tmp_path):
    """DotNetNuke's LinkClick.aspx?fileticket=... and '/tai-ve/7' serve documents with no file
    extension; they are recorded as attachments of the article, and a 'download' address that
    answers with a web page is not."""
    import shutil
    import sqlite3

    from snapserver.sites import load_routes

    site = tmp_path / "sites" / "tiny"
    shutil.copytree(SITES / "tiny", site)
    (site / "doc.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    routes = json.loads((site / "_routes.json").read_text(encoding="utf-8"))
    routes["/LinkClick.aspx?fileticket=Ab12&tabid=62"] = {"file": "doc.pdf", "type": "application/pdf"}
    routes["/tai-ve/7"] = {"file": "doc.pdf", "type": "application/pdf"}
    routes["/download/trang"] = {"file": "about.html", "type": "text/html; charset=utf-8"}
    (site / "_routes.json").write_text(json.dumps(routes), encoding="utf-8")
    a0 = (site / "a0.html").read_text(encoding="utf-8")
    links = ('<p><a href="/LinkClick.aspx?fileticket=Ab12&amp;tabid=62">Kế hoạch</a> '
             '<a href="/tai-ve/7">Báo cáo</a> <a href="/download/trang">Trang tải về</a></p>')
    (site / "a0.html").write_text(a0.replace("</body>", links + "</body>"), encoding="utf-8")
    with serve(tmp_path / "sites") as bases:
        bases.sites["tiny"].routes = load_routes(site)
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "tiny"\nprovince = "Hà Nội"\nstart_urls = ["{bases["tiny"]}/"]\n',
                           encoding="utf-8")
        archive = tmp_path / "a.sqlite"
        run_crawl_subprocess(sources, archive)
    db = sqlite3.connect(archive)
    got = {u.split("/", 3)[3]: t for u, t in db.execute("SELECT url, content_type FROM attachments")}
    n_articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    assert got.get("LinkClick.aspx?fileticket=Ab12&tabid=62", "").startswith("application/pdf")
    assert got.get("tai-ve/7", "").startswith("application/pdf")
    assert "download/trang" not in got
    assert n_articles == len(json.loads((SITES / "expected.json").read_text())["tiny"])
