"""Engine-neutral request and result types for the search interface.

Nothing here imports Whoosh, so the CLI can depend on these types and a
future change of engine touches ``index/`` alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class QueryError(ValueError):
    """A malformed query or an unknown filter value; the message is one line."""


class IndexError_(RuntimeError):
    """The index is missing, locked or unreadable; the message is one line."""


@dataclass
class QueryRequest:
    query: str = ""                 # empty: every article passing the filters
    provinces: list[str] = field(default_factory=list)   # any spelling, old or 2025 names
    since: str | None = None        # YYYY-MM-DD inclusive
    until: str | None = None        # YYYY-MM-DD inclusive
    kinds: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    sort: str = "relevance"         # relevance | date
    limit: int | None = 20          # None: every hit
    offset: int = 0
    facets: list[str] = field(default_factory=list)      # province | province_2025 | year | kind | source
    all_copies: bool = False        # False: near-duplicates fold into one hit
    snippets: bool = True


@dataclass
class Hit:
    rank: int
    score: float
    url: str
    title: str
    published: str | None
    province: str | None
    province_2025: str | None
    unit: str | None
    kind: str
    source: str
    refs: list[str]
    snippet: str = ""               # plain text; matches wrapped in [[ ]]
    other_urls: list[str] = field(default_factory=list)


@dataclass
class SearchResult:
    total: int                      # hits after folding duplicates
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    elapsed_ms: float = 0.0


@dataclass
class IndexStats:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    total: int = 0
    seconds: float = 0.0
