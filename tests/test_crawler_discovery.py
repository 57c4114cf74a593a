"""Link classification without a network: canonical URLs, pagination, menus, feeds, profiles."""
from __future__ import annotations

import pytest

from crawler.discovery import discover, feed_links, robots_sitemaps, url_kind
from crawler.profiles import PROFILES, get_profile
from crawler.urls import canonical_url, section_prefix

BASE = "http://so.example.vn"


@pytest.mark.parametrize("raw, want", [
    ("HTTP://So.Example.VN:80/tin-tuc/a.html#top", "http://so.example.vn/tin-tuc/a.html"),
    ("http://so.example.vn/a.html?utm_source=fb&id=3&fbclid=x", "http://so.example.vn/a.html?id=3"),
    ("http://so.example.vn/index.php?option=com_content&view=article&id=12:slug&catid=3",
     "http://so.example.vn/index.php?option=com_content&view=article&id=12:slug&catid=3"),
    ("http://so.example.vn/b/?z=1&a=2", "http://so.example.vn/b/?z=1&a=2"),   # order kept
    ("http://so.example.vn/x.aspx?PHPSESSID=abc&NewsId=5", "http://so.example.vn/x.aspx?NewsId=5"),
    ("http://so.example.vn/a/./b/../c.html", "http://so.example.vn/a/c.html"),
])
def test_canonical_url(raw, want):
    assert canonical_url(raw) == want


def test_section_prefix():
    assert section_prefix(BASE + "/tin-tuc/") == "/tin-tuc/"
    assert section_prefix(BASE + "/tin-tuc/index.html") == "/tin-tuc/"
    assert section_prefix(BASE + "/index.php?x=1") == "/"


def page(body: str) -> str:
    return f'<html><body><div id="main">{body}</div></body></html>'


ITEMS = "".join(f'<li><a href="/tin-tuc/hoi-nghi-so-ket-cong-tac-nam-{i}.html">Hội nghị sơ kết công tác năm {i}</a></li>'
                for i in range(3))


@pytest.mark.parametrize("pager", [
    '<a href="/tin-tuc/?page=2">Trang sau</a>',
    '<a href="/tin-tuc/?page=2">Tiếp</a>',
    '<a href="/tin-tuc/?trang=2">»</a>',
    '<a href="/tin-tuc/?page=2">›</a>',
    '<div class="pagination"><a href="/tin-tuc/?p=2">2</a></div>',
    '<a href="/tin-tuc/page/2/">Trang sau</a>',
    '<div class="pager"><a href="/tin-tuc/tabid/262/pageid/2/Default.aspx">2</a></div>',
])
def test_pagination_forms(pager):
    links = discover(page(f"<ul>{ITEMS}</ul>{pager}"), BASE + "/tin-tuc/", BASE + "/tin-tuc/", None)
    assert len(links.pagination) == 1
    assert len(links.articles) == 3
    assert not set(links.pagination) & set(links.articles)


def test_previous_links_and_out_of_section_pages_are_not_pagination():
    html = page(f'<ul>{ITEMS}</ul><a href="/tin-tuc/?page=1">« Trang trước</a><a href="/other/?page=2">Trang sau</a>')
    links = discover(html, BASE + "/tin-tuc/?page=2", BASE + "/tin-tuc/", None)
    assert links.pagination == []


def test_menus_tags_search_other_hosts_are_ignored():
    html = ('<html><body><nav><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html">Lịch sử hình thành '
            'và phát triển</a></nav><div class="tags"><a href="/tin-tuc/tag-hoi-nghi-so-ket-tong-ket.html">Hội '
            'nghị sơ kết tổng kết năm</a></div>'
            '<a href="/tim-kiem?q=hoi-nghi">Tìm kiếm bài viết hội nghị</a>'
            '<a href="http://other.vn/tin-tuc/hoi-nghi-so-ket-tong-ket-nam-2023.html">Hội nghị sơ kết tổng kết năm</a>'
            f'<ul>{ITEMS}</ul></body></html>')
    links = discover(html, BASE + "/tin-tuc/", BASE + "/tin-tuc/", None)
    assert sorted(links.articles) == sorted(
        canonical_url(f"{BASE}/tin-tuc/hoi-nghi-so-ket-cong-tac-nam-{i}.html") for i in range(3))


def test_listing_dates_are_read_from_the_item():
    html = page('<ul><li><a href="/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-2019.html">Hội nghị sơ kết công tác '
                'Đảng</a> <span>(12/07/2019)</span></li></ul>')
    links = discover(html, BASE + "/tin-tuc/", BASE + "/tin-tuc/", None)
    assert list(links.articles.values()) == ["2019-07-12"]


def test_relative_base_href_is_resolved():
    html = ('<html><head><base href="/"></head><body><a href="index.php?option=com_content&amp;view=article'
            '&amp;id=3:hoi-nghi&amp;catid=1">Hội nghị sơ kết</a></body></html>')
    links = discover(html, BASE + "/x/index.php?view=category", BASE + "/x/index.php?view=category",
                     get_profile("joomla"))
    assert list(links.articles) == [BASE + "/index.php?option=com_content&view=article&id=3:hoi-nghi&catid=1"]


@pytest.mark.parametrize("profile, article, listing", [
    ("wordpress", "/hoi-nghi-so-ket-cong-tac-dang/", "/category/tin-tuc/page/2/"),
    ("dotnetnuke", "/Tintuc/a/tabid/262/Mode747/3/catId/15/NewsId/7806/Default.aspx",
     "/Tintuc/a/tabid/262/Default.aspx"),
    ("drupal", "/node/8882", "/taxonomy/term/5"),
    ("joomla", "/index.php?option=com_content&view=article&id=3:x&catid=1",
     "/index.php?option=com_content&view=category&id=12&Itemid=105"),
    ("hcm-edu", "/tin-tuc-su-kien/hoi-nghi/ct/39784/68529", "/tin-tuc-su-kien/cm/39784"),
    ("viettel-edu", "/tin-tuc-su-kien/tin-cua-so/hoi-nghi-to.html", "/tin-tuc-su-kien/tin-cua-so"),
    ("vnpt-portal", "/tin-tuc/so-ket-05-nam-2034.html", "/tin-tuc?page=2"),
    ("aspnet-mvc", "/Home/Chitiet/4103", "/Home/Tintuc?page=2"),
    ("gov-portal", "/thanh-tich-noi-bat/nhung-bai-hoc-kinh-nghiem-353515", "/thanh-tich-noi-bat"),
])
def test_profiles_tell_articles_from_listings(profile, article, listing):
    prof = PROFILES[profile]
    assert url_kind(BASE + article, prof) == "article"
    assert url_kind(BASE + listing, prof) == "listing"


def test_attachments_and_media():
    assert url_kind(BASE + "/files/ke-hoach.pdf", None) == "attachment"
    assert url_kind(BASE + "/images/a.jpg", None) == "ignore"


def test_feed_and_sitemap_parsing():
    rss = (b'<?xml version="1.0"?><rss><channel><link>http://so.example.vn/</link><item><title>A</title>'
           b'<link>http://so.example.vn/tin-tuc/a-b-c.html</link></item><item><link><![CDATA[/tin-tuc/d-e-f.html]]>'
           b'</link></item></channel></rss>')
    pages, nested = feed_links(rss, BASE + "/rss.xml")
    assert pages == [BASE + "/tin-tuc/a-b-c.html", BASE + "/tin-tuc/d-e-f.html"] and nested == []
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/x-y-z/"/></entry></feed>'
    assert feed_links(atom, BASE + "/feed/")[0] == [BASE + "/x-y-z/"]
    index = b'<sitemapindex><sitemap><loc>http://so.example.vn/s1.xml</loc></sitemap></sitemapindex>'
    assert feed_links(index, BASE + "/sitemap.xml") == ([], [BASE + "/s1.xml"])
    urlset = b'<urlset><url><loc>http://so.example.vn/node/1</loc></url></urlset>'
    assert feed_links(urlset, BASE + "/sitemap.xml")[0] == [BASE + "/node/1"]
    assert robots_sitemaps(b"User-agent: *\nSitemap: /sitemap.xml\n", BASE + "/robots.txt") == [BASE + "/sitemap.xml"]


def test_xhtml_with_xml_declaration_and_junk():
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
            '<a href="/tin-tuc/hoi-nghi-so-ket-cong-tac-nam-2023.html">Hội nghị sơ kết công tác năm 2023</a>'
            '</body></html>')
    assert list(discover(html, BASE + "/", BASE + "/", None).articles) == [
        BASE + "/tin-tuc/hoi-nghi-so-ket-cong-tac-nam-2023.html"]
    for junk in ("", "   ", "\x00\x01", "<<<>>>"):
        links = discover(junk, BASE + "/", BASE + "/", None)
        assert links.articles == {} and links.pagination == []
