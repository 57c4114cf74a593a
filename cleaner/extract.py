"""PLACEHOLDER: the cleaner helper replaces this whole module.

Interface kept stable for the crawler and the CLI:

    extract(body, url, headers=None, source=None) -> ExtractResult
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from cleaner.model import Article
from vntext.normalize import nfc


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


def extract(body: bytes, url: str, headers: dict[str, str] | None = None,
            source: SourceInfo | None = None) -> ExtractResult:
    soup = BeautifulSoup(body, "lxml")
    h1 = soup.find("h1")
    paras = [nfc(p.get_text(" ", strip=True)) for p in soup.find_all("p")]
    if h1 is None or len(paras) < 2:
        return ExtractResult("listing")
    art = Article(url=url, title=nfc(h1.get_text(" ", strip=True)), text="\n\n".join(paras),
                  province=source.province if source else None, unit=source.unit if source else None)
    return ExtractResult("article", art)
