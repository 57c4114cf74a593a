"""Per-CMS hints: where the body lives and which furniture to drop.

Profiles only sharpen the generic path; every selector is optional, and a
page where none matches falls back to the density descent in ``content``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    name: str
    content: tuple[str, ...] = ()          # CSS selectors, best first
    drop: tuple[str, ...] = ()             # CSS selectors of furniture inside the page
    title: tuple[str, ...] = ()            # CSS selectors of the headline
    date: tuple[str, ...] = ()             # CSS selectors of the visible date
    author: tuple[str, ...] = ()           # CSS selectors of a byline
    lead: tuple[str, ...] = field(default=())


PROFILES: dict[str, Profile] = {
    "wordpress": Profile(
        "wordpress",
        content=(".entry-content", ".post-content", ".td-post-content", ".single-content", "article .content"),
        drop=(".sharedaddy", ".jp-relatedposts", ".post-views", ".comments-area", "#comments", "#respond",
              ".entry-footer", ".post-navigation", ".yarpp-related", ".related-posts", ".wp-block-buttons"),
        title=("h1.entry-title", "h1.post-title", ".entry-title"),
        date=("time.entry-date", ".entry-date", ".posted-on", ".post-date"),
        author=(".author .fn", ".byline .author", ".entry-author"),
    ),
    "dotnetnuke": Profile(
        "dotnetnuke",
        content=(".news-detail .news-content", ".NewsContent", ".news-content", ".Normal"),
        drop=(".slogan", ".Banner", ".other-news", ".OtherNews", ".dnnActionMenu"),
        title=(".news-detail h1", ".NewsTitle", ".news-title", "h1"),
        date=(".news-date", ".NewsDate", ".date"),
    ),
    "drupal": Profile(
        "drupal",
        content=(".field-name-body", ".field--name-body", ".node__content", ".node .content"),
        drop=(".field-name-field-tags", ".field--name-field-tags", ".links", ".node-links", "#comments"),
        title=("h1.page-title", "h1#page-title", "h1.title", "h1"),
        date=(".submitted", ".field-name-post-date", ".node__submitted"),
    ),
    "joomla": Profile(
        "joomla",
        content=("[itemprop=articleBody]", ".item-page .article-content", ".item-page"),
        drop=(".article-info", ".icons", ".print-icon", ".email-icon", ".pagenav", ".tags", ".hits"),
        title=(".item-page h2[itemprop=headline]", ".page-header h2", ".item-page h2", "h1", "h2"),
        date=("[itemprop=datePublished]", ".published", ".create"),
        author=("[itemprop=author]", ".createdby"),
    ),
    "hcm-edu": Profile(
        "hcm-edu",
        content=(".news-content", ".content-news", ".noidung", ".detail-content", ".article-content"),
        drop=(".news-tools", ".other-news", ".tin-khac", ".original-link", ".views"),
        title=(".news-title", "h1.title", "h1"),
        date=(".news-date", ".update-time", ".date"),
        author=(".news-author", ".author"),
    ),
    "viettel-edu": Profile(
        "viettel-edu",
        content=("#content_detail", ".content-news", ".content-detail", ".news-detail .content", ".article-content"),
        drop=(".font-size", ".contrast", ".share", ".social", ".other-news", ".tin-lien-quan"),
        title=(".title-news", ".title-detail", ".news-detail h1", "h1"),
        date=(".meta-news .date-time", ".date-time", ".date-detail", ".date"),
    ),
    "vnpt-portal": Profile(
        "vnpt-portal",
        content=(".news-detail .detail-content", ".ArticleContent", ".article-content", ".NewsDetail"),
        drop=(".ArticleTools", ".view-count", ".tools", ".other-news", ".RelatedNews"),
        title=("h1.title-detail", ".ArticleTitle", ".article-title", "h1"),
        date=(".date-detail", ".ArticleDate", ".article-date"),
    ),
    "aspnet-mvc": Profile(
        "aspnet-mvc",
        content=(".chitiet", ".noidung", "#noidung", ".detail", ".content-detail"),
        drop=(".attach", ".dinhkem", ".tinkhac", ".other"),
        title=(".tieude", ".title", "h1", "h2"),
        date=(".ngaydang", ".date"),
    ),
}


def get_profile(name: str | None) -> Profile | None:
    return PROFILES.get((name or "").strip().lower()) if name else None
