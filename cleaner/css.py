"""Compiled CSS selectors, cached (profiles reuse the same few dozen on every page)."""
from __future__ import annotations

from functools import lru_cache

from lxml.cssselect import CSSSelector


@lru_cache(maxsize=512)
def _compile(selector: str) -> CSSSelector | None:
    try:
        return CSSSelector(selector, translator="html")
    except Exception:  # a bad selector in a source config must not break extraction
        return None


def select(root, selector: str) -> list:
    """Elements under ``root`` matching ``selector``; [] for an invalid selector."""
    compiled = _compile(selector)
    return compiled(root) if compiled is not None else []
