"""Remove page furniture from the DOM (by tag, class/id) and from the block list (by text)."""
from __future__ import annotations

import re

from lxml import html as lxml_html

from cleaner.css import select
from cleaner.blocks import Block
from cleaner.dates import find_dates
from cleaner.patterns import (CUT_LABEL, FOOTER_LINE, INLINE_NOISE, DROP_TAGS, FURNITURE_TAGS, LINE_NOISE, META_LINE,
                              PAGE_BUILDER_TEXT, SOURCE_LINE, STRONG_BOILERPLATE, WEAK_BOILERPLATE)


def drop_tags_keep_meta(doc: lxml_html.HtmlElement) -> None:
    """Remove scripts, styles, form controls, embeds and comments; keep <meta>."""
    doomed = [el for el in doc.iter() if not isinstance(el.tag, str)
              or (el.tag.lower() in DROP_TAGS and el.tag.lower() not in ("meta", "link"))]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# Alignment utilities ("text-right", "align-left") say where text sits, not that it is a sidebar.
_ALIGN_CLASS = re.compile(r"\b(?:text|align|txt)-(?:left|right|center|justify)\b", re.I)


def remove_furniture(root: lxml_html.HtmlElement, scores: dict, keep: set,
                     extra_selectors: tuple[str, ...] = ()) -> int:
    """Drop furniture under ``root``; elements in ``keep`` (and their ancestors) survive.

    Returns how many subtrees were removed.
    """
    top = scores.get(root, 0.0) or 1.0
    doomed: list[lxml_html.HtmlElement] = []
    for sel in extra_selectors:
        try:
            doomed.extend(el for el in select(root, sel) if el not in keep)
        except Exception:
            continue
    for el in root.iter():
        if el is root or not isinstance(el.tag, str) or el in keep:
            continue
        tag = el.tag.lower()
        if tag in ("html", "body"):
            continue
        cid = _ALIGN_CLASS.sub(" ", f"{el.get('class', '')} {el.get('id', '')}")
        share = scores.get(el, 0.0) / top
        if tag == "form":
            if share < 0.3:
                doomed.append(el)
            continue
        if tag in FURNITURE_TAGS:
            if share < 0.5:
                doomed.append(el)
            continue
        if cid.strip() == "":
            continue
        if STRONG_BOILERPLATE.search(cid):
            if share < 0.6:
                doomed.append(el)
        elif WEAK_BOILERPLATE.search(cid) and not _builder_text(el, cid):
            if share < 0.4:
                doomed.append(el)
    removed = 0
    for el in doomed:
        # Skip elements already gone with an ancestor.
        if el.getparent() is None:
            continue
        if any(anc in keep for anc in [el]):
            continue
        el.drop_tree()
        removed += 1
    return removed


def _builder_text(el: lxml_html.HtmlElement, cid: str) -> bool:
    """A page builder's text module (or its inner container): article text, not a sidebar widget."""
    if PAGE_BUILDER_TEXT.search(cid):
        return True
    parent = el.getparent()
    return parent is not None and bool(PAGE_BUILDER_TEXT.search(parent.get("class", "")))


_TIMEISH = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")


_PIECES = re.compile(r"\s*(?:[|\[\]•·()]|\s-\s|\s{2,})\s*")


def is_noise_line(text: str) -> bool:
    """A whole line of furniture: a label, a counter, a bare date/time stamp,
    or several of them in a row ("In tin [Trở về]", "Chia sẻ | In trang | Gửi email")."""
    if len(text) > 200:
        return False
    if _one_noise(text):
        return True
    pieces = [p for p in _PIECES.split(text) if p and p.strip(" .:-")]
    return len(pieces) >= 2 and all(_one_noise(p) for p in pieces)


def _one_noise(text: str) -> bool:
    return bool(LINE_NOISE.match(text) or (META_LINE.match(text) and (_TIMEISH.search(text) or find_dates(text))))


def filter_blocks(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Drop noise lines and cut at related-news / comment labels.  Returns kept blocks and sources."""
    kept: list[Block] = []
    sources: list[str] = []
    for b in blocks:
        if INLINE_NOISE.search(b.text):
            b.text = INLINE_NOISE.sub(" ", b.text).strip(" |-–—·•,;\t")
            if not b.text:
                continue
        text = b.text
        if CUT_LABEL.match(text) and len(text) < 60:
            if kept or b.heading:
                break
            continue
        if FOOTER_LINE.match(text) and len(text) < 250 and kept:
            break
        if (is_noise_line(text) and not _record_date(b, kept)) or _noise_links(b):
            continue
        m = SOURCE_LINE.match(text)
        if m and len(text) < 140:
            sources.append(m.group(1))
            continue
        kept.append(b)
    return kept, sources


_DATE_LABEL = re.compile(r"\bngày\b|\bthời\s*gian\b|\bdate\b", re.I)


def _record_date(b: Block, kept: list[Block]) -> bool:
    """A bare date in a table cell right after its label ("Ngày ban hành" | 16/03/2023): a value."""
    return (b.tag in ("td", "th") and bool(kept) and kept[-1].tag in ("td", "th")
            and len(kept[-1].text) <= 40 and bool(_DATE_LABEL.search(kept[-1].text)))


def _noise_links(b: Block) -> bool:
    """A row of furniture links ("In bài Gửi bài viết Chia sẻ") with nothing else in it."""
    texts = [t for t in b.link_texts if t]
    if not texts or len(b.text) > 120 or b.link_chars < 0.8 * len(b.text.replace(" ", "")):
        return False
    return all(is_noise_line(t) for t in texts)
