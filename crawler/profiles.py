"""URL shapes per CMS family, matched against the path + query of a link.

A profile says which links are articles, which are listings (categories,
pagination) and which to ignore. Sites without a profile fall back to the
generic shapes in ``crawler.discovery``; a profile only sharpens them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    name: str
    article: tuple[re.Pattern, ...]
    listing: tuple[re.Pattern, ...] = ()
    ignore: tuple[re.Pattern, ...] = ()
    notes: str = ""
    extra: dict = field(default_factory=dict)


def _rx(*patterns: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


# Shared by every profile: pages that are never news.
COMMON_IGNORE = _rx(
    r"/(tag|tags|the|tu-khoa|author|tac-gia|search|tim-kiem|timkiem|login|dang-nhap|register|"
    r"lien-he|contact|sitemap\.html|print|printpage[^/]*|in-trang|rss\.html)(/|$|\?|\.)",
    r"[?&](s|q|keyword|tukhoa|searchword|print|tmpl=component|format=(feed|pdf)|share|replytocom)=",
    r"^/(wp-admin|wp-login|wp-json|xmlrpc|admin|administrator|user|feed/?$)",
    r"/(comment-page-\d+|trackback|amp)/?$",
)

PROFILES: dict[str, Profile] = {
    "wordpress": Profile(
        "wordpress",
        article=_rx(r"^/(\d{4}/\d{1,2}/(\d{1,2}/)?)?[^/?]*-[^/?]*-[^/?]+/?$", r"^/\?p=\d+$"),
        listing=_rx(r"^/(category|chuyen-muc|danh-muc)/", r"/page/\d+/?$", r"[?&]paged?=\d+",
                    r"^/\d{4}/\d{1,2}/?$"),
        ignore=_rx(r"/feed/?$", r"^/wp-content/(?!uploads/.*\.(pdf|docx?|xlsx?))"),
    ),
    "dotnetnuke": Profile(
        "dotnetnuke",
        article=_rx(r"/(NewsId|ArticleId|newsid|itemid|ID)/\d+(/|$)", r"[?&](NewsId|ArticleId)=\d+"),
        listing=_rx(r"/tabid/\d+(/(?!.*(NewsId|ArticleId)/)[^?]*)?(\?.*)?$", r"/(Page|currentpage)/\d+",
                    r"[?&](currentpage|page|pageindex)=\d+"),
        ignore=_rx(r"/(ctl|ctl00)/(Login|Register|SendPassword|Print)", r"/LinkClick\.aspx"),
    ),
    "drupal": Profile(
        "drupal",
        article=_rx(r"^/node/\d+/?$", r"^/(tin-tuc|news|bai-viet|tin-tuc-su-kien)/[^/?]+-[^/?]+-[^/?]+$"),
        listing=_rx(r"^/taxonomy/term/\d+", r"[?&]page=\d+", r"^/(tin-tuc|news)/?$"),
        ignore=_rx(r"^/node/\d+/(edit|delete|revisions)", r"^/(user|filter/tips|comment)/"),
    ),
    "joomla": Profile(
        "joomla",
        article=_rx(r"[?&]view=article\b", r"^/[^?]*/\d+-[^/?]+\.html$"),
        listing=_rx(r"[?&]view=(category|section|featured|frontpage)\b", r"[?&](limitstart|start)=\d+"),
        ignore=_rx(r"[?&](task=|layout=edit|option=com_(users|search|mailto|finder|contact))"),
    ),
    "hcm-edu": Profile(
        "hcm-edu",
        article=_rx(r"/ct/\d+/\d+/?$"),
        listing=_rx(r"^/[^?]*/(?!ct/)[^/?]*/?(\?.*)?$", r"[?&](page|p|trang)=\d+", r"/t/\d+/\d+"),
    ),
    "viettel-edu": Profile(
        "viettel-edu",
        article=_rx(r"/(tin-tuc-su-kien|tin-tuc|thong-bao|van-ban[^/]*|tai-nguyen|hoat-dong[^/]*|"
                    r"[a-z0-9-]+)/(?:[^/?]+/)*[^/?]+\.html$"),
        listing=_rx(r"^/(?:[^/?]+/)*(tin-tuc-su-kien|tin-tuc|thong-bao)(/[^/?.]+)?/?(\?.*)?$",
                    r"[?&](page|p|trang)=\d+", r"/trang-\d+(\.html)?$"),
    ),
    "vnpt-portal": Profile(
        "vnpt-portal",
        article=_rx(r"/[^/?]+-\d+\.html$", r"/(chi-tiet|chitiet|detail|tin-chi-tiet)[^?]*[-/]\d+",
                    r"[?&](newsid|id|ItemID|articleid)=\d+"),
        listing=_rx(r"^/(tin-tuc|news|chuyen-muc|danh-muc)(/[^/?.]+)?/?(\?.*)?$", r"[?&](page|p|trang)=\d+",
                    r"/(trang|page)-?\d+(\.html)?$"),
    ),
    "aspnet-mvc": Profile(
        "aspnet-mvc",
        article=_rx(r"^/[^/?]+/(Chitiet|ChiTiet|chi-tiet|Detail|Details|View)/\d+", r"[?&](id|newsid)=\d+"),
        listing=_rx(r"^/[^/?]+/(Tintuc|TinTuc|Index|List|Category|Danhmuc)(/\d+)?/?(\?.*)?$",
                    r"[?&](page|trang|pageIndex)=\d+"),
    ),
    "gov-portal": Profile(
        "gov-portal",
        article=_rx(r"^/[^?]+/[^/?]+-\d{4,}(\.html?)?/?$"),
        listing=_rx(r"^/[^/?.]+/?(\?.*)?$", r"[?&](page|p|trang)=\d+"),
    ),
}


def get_profile(name: str | None) -> Profile | None:
    return PROFILES.get(name) if name else None
