"""Which links on a page to follow: articles, pagination, feeds, attachments.

Works without a CMS profile: article links are told from menus, tag clouds,
search and category links by their place on the page (not in nav / header /
footer / menu blocks), their anchor text (a headline, several words) and their
URL shape; pagination is recognised by its words ("Trang sau", "Tiếp", "»"),
page numbers inside a pager block, and page-like URLs (``?page=N``,
``/page/N/``, ``&trang=N``, DotNetNuke ``/Page/N/``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html

from cleaner.dates import parse_date
from crawler.profiles import COMMON_IGNORE, Profile
from crawler.urls import canonical_url, is_attachment, is_media, same_site, section_prefix

NEXT_WORDS = {"trang sau", "tiếp", "tiếp theo", "sau", "»", "›", ">", ">>", "next", "next »", "tiếp »",
              "trang tiếp", "trang kế", "tin cũ hơn", "cũ hơn", "xem tiếp", "older posts", "›|", "»|",
              "trang cuối", "cuối", "last", "»»"}
PREV_WORDS = {"trang trước", "trước", "«", "‹", "<", "<<", "prev", "previous", "đầu", "trang đầu",
              "first", "mới hơn", "tin mới hơn"}
_PAGE_PARAM = re.compile(r"^(page|paged|trang|p|pg|pageindex|pagenumber|currentpage|start|limitstart|"
                         r"offset|pageid|page_no|sotrang)$", re.I)
_PAGE_PATH = re.compile(r"/(page|trang|p|pageid|currentpage)[/-]?\d+(/|\.html?|\.aspx)?$|/(Page|pageid|currentpage)/\d+/|"
                        r"/trang-\d+", re.I)
_SKIP_PARTS = {"nav", "navbar", "navigation", "menu", "mainmenu", "topmenu", "megamenu", "submenu", "header",
               "footer", "breadcrumb", "breadcrumbs", "tag", "tags", "tagcloud", "keywords", "share", "social",
               "sharing", "login", "search", "banner", "copyright", "lang", "language", "pathway", "sitemap"}
# Header-like class names that hold a news item's title, not the site header.
_TITLE_BLOCK = re.compile(r"^(page|entry|post|article|item|news|content|blog)[-_]?(header|head|title)$", re.I)


def _block_marker_skipped(marker: str) -> bool:
    for token in marker.split():
        if _TITLE_BLOCK.match(token):
            continue
        if any(part.lower() in _SKIP_PARTS for part in re.split(r"[-_]", token)):
            return True
    return False


_PAGER_BLOCK = re.compile(r"pagination|pager|paging|pagenav|page-?numbers|page-?links|phan-?trang|^pages$|"
                          r"^trang$|navigation-page|wp-pagenavi|nav-links|paginator", re.I)
_SKIP_TAGS = {"nav", "header", "footer", "script", "style", "noscript", "select", "button"}
_LISTING_SHAPE = re.compile(
    r"/(category|categories|chuyen-muc|chuyenmuc|danh-muc|danhmuc|tag|tags|author|archive|archives|"
    r"tin-tuc-su-kien|tin-tuc|news)/?$|/(page|trang)/\d+/?$|[?&](page|paged|trang|limitstart|start)=\d+|"
    r"view_chude|view=category|/taxonomy/term/", re.I)
_ARTICLE_SHAPE = re.compile(
    r"[^/]*-[^/]*-[^/]*-[^/]*|/node/\d+/?$|/(chi-?tiet|detail|details|view|xem)[/-]|[?&](baivietcode|newsid|"
    r"articleid|itemid|id_tin|tinid|idtin|news_id|item_id|postid)=\d+|view_chitiet|view=article|/NewsId/\d+|"
    r"[-/]\d{3,}\.(html?|aspx|php)$", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_WORD = re.compile(r"\w+", re.U)


@dataclass
class PageLinks:
    articles: dict[str, str | None] = field(default_factory=dict)   # url -> listing date (YYYY-MM-DD) or None
    pagination: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    attachments: dict[str, str] = field(default_factory=dict)        # url -> anchor text


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def _matches(patterns, target: str) -> bool:
    return any(p.search(target) for p in patterns)


def url_kind(url: str, profile: Profile | None) -> str | None:
    """'article', 'listing', 'ignore' or None (unknown) from the URL alone."""
    target = target_of(url)
    if _matches(COMMON_IGNORE, target) or is_media(url):
        return "ignore"
    if is_attachment(url):
        return "attachment"
    if profile is not None:
        if _matches(profile.ignore, target):
            return "ignore"
        if _matches(profile.article, target):
            return "article"
        if _matches(profile.listing, target):
            return "listing"
        return None
    if _LISTING_SHAPE.search(target):
        return "listing"
    if _ARTICLE_SHAPE.search(target):
        return "article"
    return None


def _skipped_block(el) -> bool:
    """True when ``el`` sits inside navigation, header, footer, menu, tag cloud or share bar."""
    node = el.getparent()
    while node is not None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS:
            return True
        if tag in ("body", "html"):
            return False
        marker = f"{node.get('class', '')} {node.get('id', '')} {node.get('role', '')}"
        if marker.strip() and _block_marker_skipped(marker):
            return True
        node = node.getparent()
    return False


def _in_pager(el) -> bool:
    node = el.getparent()
    for _ in range(4):
        if node is None:
            return False
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if any(_PAGER_BLOCK.search(token) for token in marker.split()):
            return True
        node = node.getparent()
    return False


def _anchor_text(a) -> str:
    text = " ".join(a.text_content().split())
    if not text:
        text = " ".join((a.get("title") or "").split())
    return text


def _item_date(a, href_count: dict) -> str | None:
    """A date printed next to the link in its list item (only when the item holds one article)."""
    node = a.getparent()
    for _ in range(4):
        if node is None or node.tag in ("body", "ul", "ol", "table", "tbody"):
            return None
        links = {x.get("href") for x in node.iter("a") if x.get("href")}
        if len(links) > 1 and sum(href_count.get(h, 0) for h in links) > len(links) + 1:
            return None
        text = " ".join(node.text_content().split())
        found = parse_date(text[:400]) if text else None
        if found:
            return found
        node = node.getparent()
    return None


def _is_pagination(url: str, text: str, in_pager: bool, page_url: str) -> bool:
    low = text.lower().strip()
    if low in PREV_WORDS:
        return False
    target = target_of(url)
    page_like = bool(_PAGE_PATH.search(urlsplit(url).path)) or any(
        _PAGE_PARAM.match(k) for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True))
    if low in NEXT_WORDS and (page_like or in_pager):
        return True
    if low.isdigit() and (in_pager or page_like) and len(low) <= 4:
        return True
    if page_like and in_pager:
        return True
    # Same path as the current listing, only the page parameter differs.
    cur = urlsplit(page_url)
    new = urlsplit(url)
    return page_like and low in NEXT_WORDS | {""} and cur.path == new.path and target != target_of(page_url)


def _slug_like(url: str) -> bool:
    """An article address has a long slug or an id; a section has one or two words."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    stem = last.rsplit(".", 1)[0]
    return stem.count("-") >= 2 or bool(re.search(r"\d{2,}", stem)) or bool(
        re.search(r"=\d{2,}", parts.query))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _parse(html: str):
    """lxml tree of a page, or None. An XML declaration is dropped (lxml refuses it on str input)."""
    head = html.lstrip()[:200]
    if head.startswith("<?xml") and "?>" in head:
        html = html.lstrip()[head.index("?>") + 2:]
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _base_href(doc, page_url: str) -> str:
    """The page's <base href> resolved against its URL (Joomla emits relative ones)."""
    base = doc.find(".//base")
    if base is not None and (base.get("href") or "").strip():
        return urljoin(page_url, base.get("href").strip())
    return page_url


def discover(html: str, page_url: str, start_url: str, profile: Profile | None, *,
             follow_pagination: bool = True) -> PageLinks:
    """Classify the links of a listing (or article) page."""
    out = PageLinks()
    doc = _parse(html)
    if doc is None:
        return out
    base_href = _base_href(doc, page_url)
    for link in doc.iter("link"):
        if (link.get("rel") or "").lower() == "alternate" and (link.get("type") or "").lower() in _FEED_TYPES:
            href = link.get("href")
            if href:
                feed = canonical_url(urljoin(base_href, href))
                if same_site(feed, start_url):
                    out.feeds.append(feed)
    anchors = []
    href_count: dict[str, int] = {}
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        href_count[href] = href_count.get(href, 0) + 1
        anchors.append((a, href))
    prefix = section_prefix(start_url)
    page_canon = canonical_url(page_url)
    # Links that also sit in a menu are sections, not news items (a sidebar may repeat them).
    menu_urls = {canonical_url(urljoin(base_href, href)) for a, href in anchors if _skipped_block(a)}
    for a, href in anchors:
        url = canonical_url(urljoin(base_href, href))
        if not url.startswith(("http://", "https://")) or not same_site(url, start_url) or url == page_canon:
            continue
        kind = url_kind(url, profile)
        if kind == "ignore":
            continue
        if kind == "attachment":
            out.attachments.setdefault(url, _anchor_text(a))
            continue
        text = _anchor_text(a)
        pager = _in_pager(a)
        if kind != "article" and follow_pagination and _is_pagination(url, text, pager, page_url):
            if urlsplit(url).path.startswith(prefix) or urlsplit(url).path == urlsplit(page_url).path:
                if url not in out.pagination:
                    out.pagination.append(url)
            continue
        if kind == "listing" or (pager and kind != "article"):
            continue
        if _skipped_block(a):
            continue
        if url in menu_urls and kind != "article":
            continue
        if kind == "article" or (kind is None and profile is None and _words(text) >= 4
                                 and _slug_like(url)):
            if url not in out.articles or out.articles[url] is None:
                out.articles[url] = _item_date(a, href_count)
    return out


def attachment_links(html: str, page_url: str) -> dict[str, str]:
    """Links to documents (PDF, DOC, XLS...) on an article page, any host."""
    out: dict[str, str] = {}
    doc = _parse(html)
    if doc is None:
        return out
    base_href = _base_href(doc, page_url)
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = canonical_url(urljoin(base_href, href))
        if url.startswith(("http://", "https://")) and is_attachment(url) and not _skipped_block(a):
            out.setdefault(url, _anchor_text(a))
    return out


_LOC = re.compile(rb"<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", re.I)
_RSS_LINK = re.compile(rb"<item\b.*?<link>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", re.I | re.S)
_ATOM_LINK = re.compile(rb"<entry\b.*?<link[^>]+href=[\"']([^\"']+)", re.I | re.S)


def feed_links(body: bytes, feed_url: str) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) listed by an RSS/Atom feed or a sitemap."""
    pages: list[str] = []
    nested: list[str] = []
    head = body[:2000].lower()
    if b"<sitemapindex" in head:
        nested = [canonical_url(urljoin(feed_url, m.decode("utf-8", "replace"))) for m in _LOC.findall(body)]
        return pages, nested
    if b"<urlset" in head:
        found = _LOC.findall(body)
    else:
        found = []
        for chunk in re.split(rb"</item>|</entry>", body):
            m = _RSS_LINK.search(chunk + b"") or _ATOM_LINK.search(chunk)
            if m:
                found.append(m.group(1))
    for raw in found:
        url = raw.decode("utf-8", "replace").replace("&amp;", "&")
        pages.append(canonical_url(urljoin(feed_url, url)))
    return pages, nested


def robots_sitemaps(body: bytes, robots_url: str) -> list[str]:
    out = []
    for line in body.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            out.append(canonical_url(urljoin(robots_url, value.strip())))
    return out
