"""Flatten a DOM subtree into text blocks (paragraphs, list items, cells, captions) in order."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from cleaner.patterns import CAPTION_HINT, DROP_TAGS

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody",
    "thead", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "figure", "figcaption", "header", "footer", "nav", "aside", "form", "fieldset", "center",
    "address", "hr", "body", "html", "caption", "details", "summary",
}
_WS = re.compile(r"[ \t\r\n\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass
class Block:
    text: str
    tag: str                      # the block element the text came from
    caption: bool = False         # figcaption / caption-classed / image-adjacent
    after_image: bool = False     # directly follows an image-only block
    emphasis: bool = False        # the whole text is inside <em>/<i>/<strong>/<b>
    align: str = ""               # center / right when the block says so
    heading: bool = False
    links: list[str] = field(default_factory=list)
    link_chars: int = 0           # characters of the text inside <a href>
    link_texts: list[str] = field(default_factory=list)


def clean_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _classid(el: lxml_html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _align(el: lxml_html.HtmlElement) -> str:
    style = (el.get("style") or "").lower().replace(" ", "")
    al = (el.get("align") or "").lower()
    cls = (el.get("class") or "").lower()
    if "text-align:right" in style or al == "right" or "text-right" in cls or "has-text-align-right" in cls:
        return "right"
    if "text-align:center" in style or al == "center" or "text-center" in cls or el.tag == "center":
        return "center"
    return ""


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.emph: list[bool] = []      # per text piece: inside emphasis?
        self.in_link: list[bool] = []   # per text piece: inside a link?
        self.link_depth = 0
        self.link_texts: list[str] = []
        self.images = 0                 # images seen in the current run
        self.last_image_only = False
        self.block_stack: list[lxml_html.HtmlElement] = []
        self.links: list[str] = []

    def flush(self, caption: bool = False) -> None:
        text = clean_ws("".join(self.buf))
        if text:
            el = self.block_stack[-1] if self.block_stack else None
            tag = el.tag if el is not None else "div"
            align = ""
            for anc in reversed(self.block_stack):
                align = _align(anc)
                if align or anc.tag in ("td", "li"):
                    break
            pieces = [(p, e) for p, e in zip(self.buf, self.emph) if p.strip()]
            link_chars = len(clean_ws("".join(p for p, lk in zip(self.buf, self.in_link) if lk)))
            emphasis = bool(pieces) and all(e for _, e in pieces)
            self.blocks.append(Block(
                text=text, tag=tag, caption=caption, after_image=self.last_image_only,
                emphasis=emphasis, align=align, heading=tag in ("h1", "h2", "h3", "h4", "h5", "h6"),
                links=self.links, link_chars=link_chars, link_texts=self.link_texts))
            self.last_image_only = False
        elif self.images:
            self.last_image_only = True
        self.buf, self.emph, self.in_link, self.images, self.links = [], [], [], 0, []
        self.link_texts = []

    def text(self, s: str | None, emph: bool) -> None:
        if s:
            self.buf.append(s)
            self.emph.append(emph)
            self.in_link.append(self.link_depth > 0)

    def walk(self, el: lxml_html.HtmlElement, emph: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:      # comments, processing instructions
            self.text(el.tail, emph)
            return
        tag = tag.lower()
        if tag in DROP_TAGS or _HIDDEN.search(el.get("style") or ""):
            return
        if tag == "br":
            self.flush()
            return
        if tag == "img":
            self.images += 1
            return
        is_caption = tag == "figcaption" or tag == "caption" or bool(CAPTION_HINT.search(_classid(el)))
        if is_caption:
            self.flush()
            start = len(self.blocks)
            self.block_stack.append(el)
            self.text(el.text, emph)
            for child in el:
                self.walk(child, emph)
                self.text(child.tail, emph)
            self.flush(caption=True)
            self.block_stack.pop()
            for b in self.blocks[start:]:
                b.caption = True
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
            self.block_stack.append(el)
        is_link = tag == "a" and bool(el.get("href"))
        if is_link:
            self.links.append(el.get("href"))
            self.link_depth += 1
        inner = emph or tag in ("em", "i", "strong", "b")
        self.text(el.text, inner)
        for child in el:
            self.walk(child, inner)
            if isinstance(child.tag, str):
                self.text(child.tail, inner)
        if is_link:
            self.link_depth -= 1
            self.link_texts.append(clean_ws(el.text_content()))
        if block:
            self.flush()
            self.block_stack.pop()


def to_blocks(root: lxml_html.HtmlElement) -> list[Block]:
    """Text blocks of ``root`` in document order."""
    w = _Walker()
    w.walk(root)
    w.flush()
    return w.blocks
