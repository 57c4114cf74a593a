"""Title, date and author from the page head and the region around the headline."""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from cleaner.css import select
from cleaner.blocks import clean_ws
from cleaner.dates import find_dates, parse_date
from cleaner.patterns import STRONG_BOILERPLATE, WEAK_BOILERPLATE
from vntext.normalize import fold

_SEP = re.compile(r"\s+[-|–—»›>:/]\s+|\s*\|\s*|\s*::\s*|\s+[-–—]$")
SITE_NAME = re.compile(
    r"\b(?:sở|phòng|trường|cổng|trang\s*(?:thông\s*tin|tin|chủ)|website|portal|gd\s*&\s*đt|gdđt|gd-đt|"
    r"giáo\s*dục|ubnd|ủy\s*ban|uỷ\s*ban|bộ\s*giáo|tin\s*tức|thpt|thcs|mầm\s*non|tiểu\s*học|đảng\s*ủy|"
    r"đảng\s*uỷ|văn\s*phòng|home)\b|\.(?:vn|com|net|org)\b",
    re.I,
)
_TITLE_CLASS = re.compile(r"title|tieude|tieu-de|headline|heading|news-name|article-name", re.I)
_DATE_CLASS = re.compile(r"date|time|ngay|published|posted|created|update|capnhat", re.I)
_AUTHOR_CLASS = re.compile(r"author|byline|tacgia|tac-gia|writer|nguoiviet", re.I)
_TITLE_TAGS = frozenset(("h2", "h3", "div", "span", "p", "td", "a", "strong"))
# Only elements that carry a class or id can match a class pattern: one C-level scan finds them.
_CLASSED = etree.XPath("//*[@class or @id]")
_META_DATE_NAMES = (
    "article:published_time", "og:published_time", "datepublished", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.created", "dcterms.issued", "pubdate", "publishdate", "publish-date",
    "date", "sailthru.date", "article.published",
)


_NON_WORD = re.compile(r"\W+")


@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    """Folded, punctuation-free text for comparing headlines (cached: the same strings recur)."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def strip_site_suffix(title: str) -> str:
    """Drop site names joined by " - ", " | ", " – " from either end of a <title>."""
    title = clean_ws(title)
    parts = [p for p in _SEP.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title
    seps = _SEP.findall(title)
    # Rebuild with the original separators, then trim site-like ends.
    pieces = [parts[0]]
    for sep, part in zip(seps, parts[1:]):
        pieces.append(sep)
        pieces.append(part)
    while len(pieces) >= 3 and _site_like(pieces[-1], pieces[:-2]):
        pieces = pieces[:-2]
    while len(pieces) >= 3 and _site_like(pieces[0], pieces[2:]):
        pieces = pieces[2:]
    return clean_ws("".join(pieces))


def _site_like(part: str, rest: list[str]) -> bool:
    rest_text = "".join(rest)
    if len(part) > 90 or len(rest_text.split()) < 2 or not any(ch.isalpha() for ch in part):
        return False   # "nhiệm kỳ 2020 - 2025": a year range, not a site name
    if SITE_NAME.search(part):
        return len(part) <= 2 * len(rest_text)
    return len(part.split()) <= 3 and len(part) < len(rest_text)


def _meta(doc: lxml_html.HtmlElement, names: tuple[str, ...]) -> str | None:
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in names:
            value = el.get("content")
            if value and value.strip():
                return value.strip()
    return None


def find_title(doc: lxml_html.HtmlElement, selectors: tuple[str, ...] = ()) -> tuple[str, lxml_html.HtmlElement | None]:
    """The headline text and its element (None when it came from <title>/og:title)."""
    tag_title = ""
    t = doc.find(".//title")
    if t is not None and t.text_content():
        tag_title = clean_ws(t.text_content())
    og = _meta(doc, ("og:title", "twitter:title", "dc.title")) or ""
    main = strip_site_suffix(og or tag_title) if (og or tag_title) else ""
    main_n = _norm(main)
    tag_n = _norm(tag_title)
    candidates: list[lxml_html.HtmlElement] = []
    for sel in selectors:
        try:
            candidates.extend(select(doc, sel))
        except Exception:
            continue
    candidates.extend(doc.iter("h1"))
    candidates.extend(el for el in _CLASSED(doc) if el.tag in _TITLE_TAGS
                      and _TITLE_CLASS.search(el.get("class", "") + " " + el.get("id", "")))
    candidates.extend(doc.iter("h2"))
    candidates.extend(doc.iter("h3", "h4"))
    best: tuple[float, lxml_html.HtmlElement, str] | None = None
    for order, el in enumerate(candidates):
        text = clean_ws(el.text_content())
        if not text or len(text) > 400:
            continue
        n = _norm(text)
        if not n:
            continue
        score = 0.0
        if main_n:
            if n == main_n:
                score = 3.0
            elif main_n.startswith(n) and len(n) >= 0.6 * len(main_n):
                score = 2.0
            elif n.startswith(main_n) and len(main_n) >= 20:
                score = 2.5  # <title> truncated by the CMS
            elif len(n) >= 20 and n in tag_n:
                # "Site: Headline": the headline covers more of the <title> than the site name does.
                score = 1.5 + 0.5 * len(n) / max(len(tag_n), 1)
        if score == 0.0:
            continue
        score -= order * 0.001
        if best is None or score > best[0]:
            best = (score, el, text)
    if best is not None:
        return best[2], best[1]
    if main:
        # No heading matched: anchor on any element that prints exactly the title
        # (or the title without its trailing " - section" parts).
        wanted = {main_n: main}
        pieces = _SEP.split(main)
        for k in range(len(pieces) - 1, 0, -1):
            head = " ".join(pieces[:k])
            if len(head) >= 15:
                wanted.setdefault(_norm(head), None)
        limit = len(main) + 20
        body = doc.find("body")
        for el in (body.iter() if body is not None else ()):
            if not isinstance(el.tag, str) or el.tag in ("a", "title", "option", "li"):
                continue
            text = _short_text(el, limit)
            if text and _norm(text) in wanted:
                return (wanted[_norm(text)] or text), el
        return main, None
    for el in candidates:
        text = clean_ws(el.text_content())
        if text and not SITE_NAME.match(text):
            return text, el
    return "", None


def _short_text(el: lxml_html.HtmlElement, limit: int) -> str | None:
    """The element's text, or None as soon as it grows past ``limit`` characters."""
    parts, size = [], 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit * 2:
            return None
        parts.append(piece)
    text = clean_ws("".join(parts))
    return text if len(text) <= limit else None


def meta_date(doc: lxml_html.HtmlElement) -> str | None:
    value = _meta(doc, _META_DATE_NAMES)
    if value:
        iso = parse_date(value)
        if iso:
            return iso
    for el in doc.xpath("//*[@itemprop='datePublished' or @itemprop='dateCreated']|//time[@datetime]"
                        "|//abbr[@title][contains(@class, 'published')]"):
        for value in (el.get("content"), el.get("datetime"), el.get("title"), el.text_content()):
            if value:
                iso = parse_date(value)
                if iso:
                    return iso
    return None


def _in_furniture(el: lxml_html.HtmlElement) -> bool:
    for anc in el.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag in ("li", "aside", "nav", "footer"):
            return True
        cid = f"{anc.get('class', '')} {anc.get('id', '')}"
        if STRONG_BOILERPLATE.search(cid):
            return True
        if WEAK_BOILERPLATE.search(cid) and not _DATE_CLASS.search(cid) and "header" not in cid.lower() \
                and "meta" not in cid.lower():
            return True
    return False


def near_title_date(doc: lxml_html.HtmlElement, title_el: lxml_html.HtmlElement | None,
                    selectors: tuple[str, ...] = ()) -> str | None:
    """A date printed right above or below the headline, or in a date-classed element."""
    for sel in selectors:
        try:
            for el in select(doc, sel):
                iso = parse_date(clean_ws(el.text_content()) + " " + (el.get("datetime") or ""))
                if iso and not _in_furniture(el):
                    return iso
        except Exception:
            continue
    if title_el is not None:
        after = []
        size = 0
        for text in title_el.xpath("following::text()"):
            parent = text.getparent()
            if parent is not None and parent.tag in ("script", "style"):
                continue
            piece = text.strip()
            if len(piece) > 100:      # a body sentence: the date line, if any, came before it
                break
            after.append(text)
            size += len(piece)
            if size > 220:
                break
        hits = find_dates(" ".join(after))
        if hits:
            return hits[0][1]
        before = []
        size = 0
        for text in reversed(title_el.xpath("preceding::text()")[-40:]):
            parent = text.getparent()
            if parent is not None and parent.tag in ("script", "style", "title"):
                continue
            piece = text.strip()
            if len(piece) > 100:
                break
            before.append(text)
            size += len(piece)
            if size > 120:
                break
        hits = find_dates(" ".join(reversed(before)))
        if hits:
            return hits[-1][1]
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        cid = f"{el.get('class', '')} {el.get('id', '')}"
        if not _DATE_CLASS.search(cid) or STRONG_BOILERPLATE.search(cid):
            continue
        text = clean_ws(el.text_content())
        if len(text) > 120:
            continue
        iso = parse_date(text)
        if iso and not _in_furniture(el):
            return iso
    return None


def byline_author(doc: lxml_html.HtmlElement, selectors: tuple[str, ...] = ()) -> str | None:
    """A visible byline element ("Tác giả: X", class author/byline)."""
    from cleaner.authors import clean_author

    els: list[lxml_html.HtmlElement] = []
    for sel in selectors:
        try:
            els.extend(select(doc, sel))
        except Exception:
            continue
    els.extend(el for el in _CLASSED(doc)
               if _AUTHOR_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))
    els.extend(doc.xpath("//*[@itemprop='author']|//*[@rel='author']"))
    for el in els:
        if _in_furniture(el):
            continue
        name = clean_author(clean_ws(el.text_content()))
        if name:
            return name
    return None


_HEADING_TAGS = {"h1", "h2", "h3", "h4"}
_BOLD_TAGS = {"b", "strong", "font", "span", "div", "td", "p"}


def heading_before(doc: lxml_html.HtmlElement, first_para: str) -> lxml_html.HtmlElement | None:
    """The last headline-like element before the first body paragraph (pages whose
    <title> is only the site name).  Headings, or bold/font text alone in its block."""
    from cleaner.boilerplate import is_noise_line
    from cleaner.patterns import CUT_LABEL

    stop = _norm(first_para)[:40]
    best = None
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag not in _HEADING_TAGS and tag not in _BOLD_TAGS:
            continue
        text = clean_ws(el.text_content())
        if stop and _norm(text).startswith(stop):
            break
        if not 15 <= len(text) <= 250:
            continue
        if tag not in _HEADING_TAGS:
            hinted = bool(_TITLE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))
            bold_style = "bold" in (el.get("style") or "").lower()
            if tag in ("div", "td", "p", "span") and not (hinted or bold_style):
                continue
            parent = el.getparent()
            if not (hinted or bold_style) and (parent is None or clean_ws(parent.text_content()) != text):
                continue
        if is_noise_line(text) or CUT_LABEL.match(text) or find_dates(text) and len(text) < 40:
            continue
        if el.find(".//a") is not None and len(clean_ws(" ".join(a.text_content() for a in el.iter("a")))) > len(text) / 2:
            continue
        if SITE_NAME.search(text) and text.isupper():
            continue
        best = el
    return best
