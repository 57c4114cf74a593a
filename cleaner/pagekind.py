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
    r"/\d{4}/\d{1,2}/\d{1,2}/[^/]+|chi-?tiet|detail|[?&](?:news|article|tin|bai|post)[-_]?id=\d+|[?&]id=\d+$|[a-z0-9]+(?:-[a-z0-9]+){4,}(?:-\d+)?(?:\.html?|\.aspx|/)?$",
    re.I,
)


STATIC_URL = re.compile(
    r"/(?:gioi-thieu|lien-he|contact|about|so-do-site|sitemap|thu-tuc-hanh-chinh|van-ban|"
    r"co-cau-to-chuc|lich-cong-tac|hoi-dap)(?:[/.?]|$)", re.I)
_ITEM_TAIL = re.compile(r"^[/.]?[^/?#]*?[-_/]\d{2,}(?:\.html?|\.aspx|/)?$|[?&]id=\d+", re.I)
HOME_URL = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.(?:php|html?|aspx?)|default\.aspx?|trang-chu)?/?$", re.I)


def classify_page(url: str, *, has_article_marker: bool, body_chars: int, paragraphs: int,
                  title_links: int, blocks: int, link_blocks: int = 0, has_date: bool = True,
                  teasers: int = 0, pager: bool = False) -> str:
    """'article' | 'listing' | 'other' for a parsed page.

    ``link_blocks``: text blocks that are mostly a headline link (teaser titles),
    ``title_links``: links with headline-length text in the content area,
    ``blocks``: text blocks in it.  Listings are runs of headlines with short teasers;
    ``teasers``: blocks cut short with "..."; ``pager``: a page-number bar was seen.
    Pages with no date anywhere and a static-page URL are "other".
    """
    path = url.split("#", 1)[0]
    static = STATIC_URL.search(path)
    # "/van-ban/ke-hoach-so-85-1933.html": an item (numeric id) under a static section is a detail page.
    article_url = bool(ARTICLE_URL.search(path)) and (not static or bool(_ITEM_TAIL.search(path[static.end() - 1:])))
    listing_shape = link_blocks >= 2 and link_blocks * 3 >= max(blocks, 1)
    if HOME_URL.match(path):
        return "listing"
    if LISTING_URL.search(path) and not has_article_marker:
        return "listing" if (listing_shape or body_chars < 1500 or title_links >= 4) else "article"
    if link_blocks >= 1 and (teasers >= 1 or pager) and not (has_article_marker and article_url):
        return "listing"
    if listing_shape and not (has_article_marker and article_url and link_blocks * 2 < blocks):
        return "listing"
    if title_links >= 8 and title_links * 2 >= blocks:
        return "listing"
    if static and not article_url:
        return "listing" if link_blocks >= 3 else "other"
    if not has_date and not has_article_marker and (
            body_chars < 400 or (not article_url and (body_chars < 800 or paragraphs < 3))):
        return "listing" if link_blocks >= 3 else "other"
    if body_chars >= 200 or (body_chars >= 80 and (has_article_marker or article_url)):
        return "article"
    if title_links >= 3:
        return "listing"
    return "other"


PAGER = re.compile(r"^(?:(?:«|‹|»|›|<<|>>|trang\s*(?:trước|sau|đầu|cuối|kế|tiếp)|sau|trước|đầu|cuối|next|prev(?:ious)?|"
                   r"tiếp\s*theo|\[?\d{1,3}\]?|\.\.\.|…)\s*){2,}$", re.I)
TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
