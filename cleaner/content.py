"""Find the element that holds the article body.

Explicit markers first (profile selector, ``itemprop=articleBody``, ``<article>``,
common content classes) when they hold real paragraph text; otherwise a
density descent: every block scores the non-link text it holds in long runs,
and we walk down from ``<body>`` while one child keeps most of that score.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from cleaner.css import select
from cleaner.blocks import BLOCK_TAGS
from cleaner.patterns import DROP_TAGS

_SENTENCE = re.compile(r"[.;:!?…]")
_EXPLICIT_XPATHS = (
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' field-name-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' field--name-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content-detail ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' detail-content ')]",
    "//article",
)


_MARKER_CLASSES = tuple(re.search(r"' (\S+) '\)\]$", xp).group(1) for xp in _EXPLICIT_XPATHS[1:-1])


def _class_marker(name: str):
    return lambda el: f" {' '.join((el.get('class') or '').split())} ".find(f" {name} ") >= 0


# The same markers as _EXPLICIT_XPATHS, tested in Python on the elements one union XPath found.
_MARKER_TESTS = tuple(
    [lambda el: el.get("itemprop") == "articleBody"]
    + [_class_marker(name) for name in _MARKER_CLASSES]
    + [lambda el: el.tag == "article"])
# Prefilter with plain substring tests (cheap); _MARKER_TESTS then check whole class tokens.
_ANY_MARKER = etree.XPath("//*[@itemprop='articleBody' or "
                          + " or ".join(f"contains(@class, '{name}')" for name in _MARKER_CLASSES) + "]|//article")


def _tag(el: lxml_html.HtmlElement) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None


def score_tree(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, float]:
    """Score of every block element: the good (non-link, paragraph-length) text it holds."""
    scores: dict[lxml_html.HtmlElement, float] = {}

    def run_score(own: int, punct: int) -> float:
        if own < 25:
            return 0.0
        return own - 20 + 15 * min(punct, 6)

    def walk(el: lxml_html.HtmlElement) -> tuple[int, int, float]:
        tag = _tag(el)
        if tag is None or tag in DROP_TAGS:
            return 0, 0, 0.0
        is_link = tag == "a"
        text = el.text or ""
        own = 0 if is_link else len(text.strip())
        punct = 0 if is_link else len(_SENTENCE.findall(text))
        good = 0.0
        for child in el:
            c_own, c_punct, c_good = walk(child)
            good += c_good
            if _tag(child) not in BLOCK_TAGS:
                if not is_link:
                    own += c_own
                    punct += c_punct
            tail = child.tail or ""
            if tail and not is_link:
                own += len(tail.strip())
                punct += len(_SENTENCE.findall(tail))
        if tag in BLOCK_TAGS:
            good += run_score(own, punct)
            scores[el] = good
            return 0, 0, good
        if is_link:
            return 0, 0, good
        return own, punct, good

    walk(root)
    return scores


def descend(root: lxml_html.HtmlElement, scores: dict[lxml_html.HtmlElement, float],
            share: float = 0.72) -> lxml_html.HtmlElement:
    """Walk down while a single child holds ``share`` of the current score."""
    current = root
    while True:
        total = scores.get(current, 0.0)
        if total <= 0:
            return current
        best, best_score = None, 0.0
        for child in current:
            s = scores.get(child, 0.0)
            if s > best_score:
                best, best_score = child, s
        if best is None or best_score < share * total:
            return current
        current = best


def _furniture(el: lxml_html.HtmlElement) -> bool:
    from cleaner.metadata import _in_furniture
    return _in_furniture(el) or any(
        isinstance(a.tag, str) and a.tag in ("footer", "header", "nav", "aside") for a in el.iterancestors())


def explicit_root(doc: lxml_html.HtmlElement, scores: dict[lxml_html.HtmlElement, float],
                  selectors: list[str]) -> lxml_html.HtmlElement | None:
    """The first explicit content marker that holds a fair share of the page's text."""
    body_score = max(scores.values()) if scores else 0.0
    for sel in selectors:
        try:
            found = select(doc, sel)
        except Exception:  # a bad selector in a source config must not break extraction
            continue
        found = [el for el in found if scores.get(el, 0.0) > 0 and not _furniture(el)]
        if found:
            best = max(found, key=lambda el: scores.get(el, 0.0))
            if scores.get(best, 0.0) >= 0.25 * body_score:
                return best
    by_marker: list[list[lxml_html.HtmlElement]] = [[] for _ in _EXPLICIT_XPATHS]
    for el in _ANY_MARKER(doc):          # one scan of the tree instead of one per marker
        if scores.get(el, 0.0) <= 0:
            continue
        for i, marker in enumerate(_MARKER_TESTS):
            if marker(el):
                by_marker[i].append(el)
    for found in by_marker:
        found = [el for el in found if not _furniture(el)]
        if not found:
            continue
        best = max(found, key=lambda el: scores.get(el, 0.0))
        if scores.get(best, 0.0) >= 0.5 * body_score:
            return best
    return None


def widen_record_table(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A cell of a label/value table (Số hiệu | Ngày ban hành | Trích yếu ...) stands for the
    whole table: the descent picks the longest value, the record is every row."""
    cell = root
    for _ in range(2):       # td, or a <p>/<div> inside it
        if cell is None or _tag(cell) in ("td", "th"):
            break
        cell = cell.getparent()
    if cell is None or _tag(cell) not in ("td", "th"):
        return root
    table = next((a for a in cell.iterancestors() if _tag(a) == "table"), None)
    return table if table is not None and is_record_table(table) else root


def record_table_after(title_el: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement | None:
    """A label/value record table that follows the headline (document pages)."""
    el = title_el.getnext() if title_el is not None else None
    for _ in range(3):
        while el is not None and not isinstance(el.tag, str):
            el = el.getnext()
        if el is None:
            return None
        tables = [el] if _tag(el) == "table" else list(el.iter("table"))[:1]
        if tables and is_record_table(tables[0]):
            return tables[0]
        el = el.getnext()
    return None


def is_record_table(table: lxml_html.HtmlElement) -> bool:
    """Three or more rows of exactly two cells, the first a short label."""
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    if len(rows) < 3:
        return False
    for tr in rows:
        cells = [c for c in tr if _tag(c) in ("td", "th")]
        if len(cells) != 2 or len(" ".join(cells[0].text_content().split())) > 40:
            return False
    return True
