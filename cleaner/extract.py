"""From the bytes of one department web page to a clean ``Article``.

    extract(body, url, headers=None, source=None) -> ExtractResult

Steps: decode (``decode``), parse with lxml, read metadata around the
headline (``metadata``), find the body element (profile selector, explicit
markers, else density descent in ``content``), drop furniture by class/id and
by text (``boilerplate``), flatten to blocks, split captions / author lines
off, then refs, kind, province.  Never raises on bad input.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from cleaner import authors, boilerplate, content, metadata
from cleaner.blocks import Block, clean_ws, to_blocks
from cleaner.dates import context_year, find_dates, parse_partial_date
from cleaner.decode import decode_html
from cleaner.kind import classify_kind
from cleaner.model import Article
from cleaner.pagekind import PAGER, TEASER_END, classify_page
from cleaner.patterns import ATTACHMENT_EXT, IMAGE_FILENAME, LEAD_HINT
from cleaner.places import find_province, find_unit
from cleaner.profiles import get_profile
from vntext.normalize import nfc as _vn_nfc

try:  # written in parallel by the vntext helper
    from vntext.refs import canonical_refs as _canonical_refs
except ImportError:  # pragma: no cover - only until vntext.refs lands
    _canonical_refs = None

__all__ = ["SourceInfo", "ExtractResult", "extract", "decode_html"]


@dataclass
class SourceInfo:
    """What the source's configuration says about its pages."""

    name: str = ""
    province: str | None = None
    unit: str | None = None
    profile: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)


@dataclass
class ExtractResult:
    page_kind: str                  # article | listing | other
    article: Article | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)


_PRINT_URL = re.compile(r"print(?:page|view|er)?[-_/=.]|[?&]print=|[?&]tmpl=component|/in-(?:trang|bai)/", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")


_NFC_EXTRAS = ("\u200b", "\u00ad", "\ufeff", "\u00d0", "\u00f0")   # what vntext's nfc also rewrites


def nfc(text: str) -> str:
    """vntext's nfc, skipped when the text is already clean (most paragraphs are)."""
    if unicodedata.is_normalized("NFC", text) and not any(ch in text for ch in _NFC_EXTRAS):
        return text
    return _vn_nfc(text)


def _parse(text: str) -> lxml_html.HtmlElement | None:
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        doc = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return doc


def _looks_binary(body: bytes, text: str) -> bool:
    head = text[:4000]
    if not head:
        return True
    bad = len(_CONTROL.findall(head))
    # A stray NUL (seen in pasted Word text) is not enough; binary files are full of them.
    return body[:2000].count(b"\x00") > 20 or bad > 0.05 * len(head)


# C0 controls other than tab/newline/CR (Word's \x0b soft line break, \x0c, NUL ...) make lxml
# refuse to edit the tree; they stand between words, so they become spaces.
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def extract(body: bytes, url: str, headers: dict[str, str] | None = None,
            source: SourceInfo | None = None) -> ExtractResult:
    """Classify one page and, for articles, return the cleaned record."""
    try:
        return _extract(body or b"", url or "", headers, source or SourceInfo())
    except Exception as exc:  # last line of defence: a page must never crash a crawl
        return ExtractResult("other", None, None, [f"extraction failed: {type(exc).__name__}: {exc}"])


def _selectors(source: SourceInfo, key: str, profile_values: tuple[str, ...]) -> tuple[str, ...]:
    own = source.selectors.get(key) if source.selectors else None
    return ((own,) if own else ()) + tuple(profile_values)


def _extract(body: bytes, url: str, headers: dict[str, str] | None, source: SourceInfo) -> ExtractResult:
    if not body.strip():
        return ExtractResult("other", None, None, ["empty body"])
    text, encoding, notes = decode_html(body, headers)
    if _looks_binary(body, text):
        return ExtractResult("other", None, encoding, notes + ["not HTML: binary or undecodable content"])
    text = _STRAY_CONTROL.sub(" ", text)
    doc = _parse(text)
    if doc is None:
        return ExtractResult("other", None, encoding, notes + ["not HTML: nothing to parse"])
    profile = get_profile(source.profile)
    if source.profile and profile is None:
        notes.append(f"unknown profile {source.profile!r}: generic extraction used")

    boilerplate.drop_tags_keep_meta(doc)
    title, title_el = metadata.find_title(doc, _selectors(source, "title", profile.title if profile else ()))
    date_sel = _selectors(source, "date", profile.date if profile else ())
    published = metadata.meta_date(doc)
    early_date = None
    if not published:
        # Read before furniture removal: a date-classed line ("date_news") is furniture to
        # the body finder, and with no headline element yet it is the only anchor we have.
        early_date = metadata.near_title_date(doc, title_el, date_sel)
        if title_el is not None:
            published = early_date
    byline = metadata.byline_author(doc, _selectors(source, "author", profile.author if profile else ()))
    has_marker = bool(doc.xpath("//*[@itemprop='articleBody']|//meta[@property='og:type'][@content='article']"))

    bodyel = doc.find("body")
    if bodyel is None:
        bodyel = doc
    scores = content.score_tree(bodyel)
    root = content.explicit_root(doc, scores, list(_selectors(source, "content", profile.content if profile else ())))
    if root is not None:
        has_marker = True
    keep: set = set()
    for el in (title_el, root):
        if el is not None:
            keep.add(el)
            keep.update(el.iterancestors())
    early_attachments = _attachment_links(doc)
    drop_sel = _selectors(source, "drop", profile.drop if profile else ())
    if root is None:
        boilerplate.remove_furniture(bodyel, scores, keep, drop_sel)
        scores = content.score_tree(bodyel)
        root = content.descend(bodyel, scores)
        root = content.widen_record_table(root)
        if title_el is not None and (root is title_el or root in set(title_el.iterancestors())):
            # The descent stayed above the headline: on a document page the record table is the body.
            table = content.record_table_after(title_el)
            if table is not None:
                root = table
    else:
        boilerplate.remove_furniture(root, scores, keep, drop_sel)

    blocks = to_blocks(root)
    seen_text = {b.text for b in blocks}
    lead_blocks = [b for b in _outside_lead(doc, root, title_el) if b.text not in seen_text]
    if lead_blocks:
        blocks = lead_blocks + blocks
    anchored = title_el is None or title_el.tag not in ("h1", "h2", "h3")
    if anchored and (_weak_title(title) or (title_el is None and len(title.split()) <= 4)):
        # A short <title> printed by no element on the page is a section name ("Tin tổng hợp").
        first = next((b.text for b in blocks if not b.heading and (
            len(b.text) >= 130 or (len(b.text) >= 60 and b.text.rstrip()[-1:] in ".!?…;:\"”)"))), "")
        heading = metadata.heading_before(doc, first)
        if heading is not None:
            title_el, title = heading, clean_ws(heading.text_content())
    if not published:
        published = metadata.near_title_date(doc, title_el, date_sel) or early_date
    title_n = metadata._norm(title) if title else ""
    blocks = [b for b in blocks if not (title_n and abs(len(b.text) - len(title)) < 12
                                        and metadata._norm(b.text) == title_n)]
    blocks_all = blocks
    blocks, sources = boilerplate.filter_blocks(blocks)

    # Listing or article?
    title_links = sum(1 for a in root.iter("a") if len(clean_ws(a.text_content())) >= 25)
    body_blocks = [b for b in blocks if not b.caption]
    body_chars = sum(len(b.text) for b in body_blocks)
    link_blocks = sum(1 for b in blocks if len(b.text) >= 20 and b.link_chars >= 0.6 * len(b.text))
    teasers = sum(1 for b in blocks if b.link_chars < 0.3 * len(b.text) and TEASER_END.search(b.text))
    pager = any(PAGER.match(b.text) for b in blocks) or any(PAGER.match(b.text) for b in blocks_all)
    has_date = bool(published) or bool(find_dates(" ".join(b.text for b in blocks[:3])[:600]))
    page_kind = classify_page(url, has_article_marker=has_marker, body_chars=body_chars,
                              paragraphs=len(body_blocks), title_links=title_links, blocks=len(blocks),
                              link_blocks=link_blocks, has_date=has_date, teasers=teasers, pager=pager)
    if page_kind != "article":
        if page_kind == "other":
            notes.append("no article body found")
        return ExtractResult(page_kind, None, encoding, notes)

    if _PRINT_URL.search(url):
        notes.append("print view of an article")
    paragraphs, captions, author = _split_blocks(blocks)
    author = author or byline or _signature_after(root)
    if not paragraphs:
        return ExtractResult("other", None, encoding, notes + ["no article body found"])
    body_text = "\n\n".join(paragraphs)
    if not published:
        published = _body_date(paragraphs, url)
    lead = paragraphs[0] if paragraphs else ""
    province, unit = source.province, source.unit
    if not province:
        province = find_province(title, lead)
        # The source (e.g. the Ministry's "Tin từ các địa phương") speaks for many
        # units: the one the article names wins over the source's own.
        unit = find_unit(title + "\n" + lead) or unit
    refs = sorted(set(_canonical_refs(title + "\n" + body_text))) if _canonical_refs else []
    if _canonical_refs is None:
        notes.append("vntext.refs unavailable: refs not extracted")
    art = Article(
        url=url, title=nfc(title), text=nfc(body_text), published=published, author=author,
        province=province, unit=unit, captions=captions, attachments=_attachments(root, early_attachments, url),
        refs=refs, kind=classify_kind(title, lead), notes=list(notes),
    )
    return ExtractResult("article", art, encoding, notes)


def _weak_title(title: str) -> bool:
    """A <title> that is only a site name, a print label, or nothing."""
    if not title:
        return True
    site_like = bool(metadata.SITE_NAME.search(title)) and len(title.split()) <= 12
    return (site_like and classify_kind(title) == "other") or boilerplate.is_noise_line(title)


def _signature_after(root: lxml_html.HtmlElement) -> str | None:
    """A right-aligned or bold signature in the block right after the body element."""
    el = root
    for _ in range(3):
        sib = el.getnext()
        while sib is not None and not isinstance(sib.tag, str):
            sib = sib.getnext()
        if sib is not None:
            if sib.tag in ("td", "th"):   # a neighbouring column, not the line under the body
                return None
            blocks = to_blocks(sib)
            if not blocks:
                return None
            b = blocks[0]
            name = authors.byline_in_line(b.text)
            if name:
                return name
            if b.align == "right" or b.emphasis:
                return authors.signature(b.text, b.align == "right")
            return None
        el = el.getparent()
        if el is None:
            return None
    return None


def _outside_lead(doc: lxml_html.HtmlElement, root: lxml_html.HtmlElement,
                  title_el: lxml_html.HtmlElement | None) -> list[Block]:
    """A sapo/lead element between the headline and the body element, outside the body."""
    if title_el is None:
        return []
    out: list[Block] = []
    for el in title_el.itersiblings():
        if el is root or root in set(el.iterdescendants()):
            break
        cid = f"{el.get('class', '')} {el.get('id', '')}" if isinstance(el.tag, str) else ""
        if LEAD_HINT.search(cid):
            out.extend(b for b in to_blocks(el) if len(b.text) > 40)
    return out


def _split_blocks(blocks: list[Block]) -> tuple[list[str], list[str], str | None]:
    """Body paragraphs, captions and a signature/byline author."""
    paragraphs: list[str] = []
    captions: list[str] = []
    author: str | None = None
    kinds: list[str] = []
    for i, b in enumerate(blocks):
        text = nfc(b.text)
        if IMAGE_FILENAME.match(text):
            continue
        name = authors.byline_in_line(text)
        if name:
            author = author or name
            continue
        if b.caption or _image_caption(b, blocks[i + 1] if i + 1 < len(blocks) else None):
            captions.append(text)
            continue
        paragraphs.append(text)
        kinds.append(b.align)
    # Closing signature: the last paragraph, short and name-like.
    if paragraphs:
        name = authors.signature(paragraphs[-1], kinds[-1] == "right")
        if name and len(paragraphs) > 1:
            author = author or name
            paragraphs.pop()
    return paragraphs, captions, author


def _image_caption(b: Block, nxt: Block | None) -> bool:
    """A short line right under an image, italic or centred: a photo caption."""
    if not b.after_image or len(b.text) > 300 or b.heading:
        return False
    if b.tag in ("td", "th") and len(b.text) <= 200 and not b.text.endswith("."):
        return True   # the caption row of an image table
    return b.emphasis or b.align == "center"


def _body_date(paragraphs: list[str], url: str) -> str | None:
    head = "\n".join(paragraphs[:2])
    hits = find_dates(head[:600])
    if hits:
        return hits[0][1]
    year = context_year(url, "\n".join(paragraphs))
    return parse_partial_date(head[:400], year)


_ATTACH_CONTAINER = re.compile(r"attach|dinhkem|dinh-kem|tepdinhkem|download|files?-list|documents?", re.I)
_ATTACH_BOX = re.compile(r"attach|dinhkem|dinh-kem|tepdinhkem", re.I)   # the article's own file box
_ATTACH_TEXT = re.compile(r"đính\s*kèm|tải\s*về|tại\s*đây|tải\s*xuống|download", re.I)


def _attachment_links(doc: lxml_html.HtmlElement) -> list[str]:
    """Attachment hrefs announced as such anywhere on the page (read before furniture removal)."""
    out = []
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or not ATTACHMENT_EXT.search(href):
            continue
        near = [a] + list(a.iterancestors())[:4]
        if any(_ATTACH_CONTAINER.search(f"{el.get('class', '')} {el.get('id', '')}") for el in near) \
                or _ATTACH_TEXT.search(clean_ws((a.getparent() if a.getparent() is not None else a).text_content())):
            if not metadata._in_furniture(a) or _ATTACH_CONTAINER.search(a.getparent().get("class", "") or "") \
                    or any(_ATTACH_BOX.search(f"{el.get('class', '')} {el.get('id', '')}") for el in near):
                out.append(href)
    return out


def _attachments(root: lxml_html.HtmlElement, early: list[str], url: str) -> list[str]:
    seen: list[str] = []
    hrefs = [(a.get("href") or "").strip() for a in root.iter("a")] + early
    for href in hrefs:
        if href and ATTACHMENT_EXT.search(href):
            full = urljoin(url, href)
            if full not in seen:
                seen.append(full)
    return seen
