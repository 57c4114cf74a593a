"""Article or listing?  URL shape first, then the page's structure."""
from __future__ import annotations

import re

LISTING_URL = re.compile(
    r"/(?:category|categories|tag|tags|chuyen-muc|chuyenmuc|danh-muc|chu-de|author|taxonomy/term|"
    r"tim-kiem|search)(?:/|$|\?)|[?&](?:page|trang|p|paged|start|limitstart)=\d+|/page/\d+/?$|"
    r"chucnang=view_chude|/Home/Tintuc|view=(?:category|section|featured)|[?&]s=|"
    r"/tin-tuc-su-kien/?$|/tin-tuc/?$|/tintuc/?$|/news/?$|/rss|\.rss$|/feed/?$|/sitemap",
    re.I,
)
ARTICLE_URL = re.compile(
    r"/node/\d+/?$|NewsId/\d+|view=article|/Chitiet/\d+|baivietcode=\d+|/ct/\d+/\d+|"
    r"/\d{4}/\d{1,2}/\d{1,2}/[^/]+|[a-z0-9]+(?:-[a-z0-9]+){4,}(?:-\d+)?(?:\.html?|\.aspx|/)?$",
    re.I,
)


def classify_page(url: str, *, has_article_marker: bool, body_chars: int, paragraphs: int,
                  title_links: int, blocks: int) -> str:
    """'article' | 'listing' | 'other' for a parsed page.

    ``title_links``: links with headline-length text inside the content area,
    ``blocks``: text blocks in it.  Listings are many headlines with short teasers.
    """
    path = url.split("#", 1)[0]
    listing_shape = title_links >= 4 and title_links * 3 >= blocks
    if LISTING_URL.search(path) and not has_article_marker:
        return "listing" if (listing_shape or body_chars < 1500 or title_links >= 4) else "article"
    if listing_shape and not has_article_marker and not ARTICLE_URL.search(path):
        return "listing"
    if listing_shape and title_links >= 8 and title_links * 2 >= blocks:
        return "listing"
    if body_chars >= 200 or (body_chars >= 80 and has_article_marker):
        return "article"
    if title_links >= 3:
        return "listing"
    return "other"
