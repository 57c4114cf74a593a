"""Per-source crawl bookkeeping: counters, the summary record, and the run in the archive.

No Scrapy here: the spider feeds it, ``crawler.run`` reads it.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ERROR_KINDS = ("http_404", "http_4xx", "http_5xx", "timeout", "dns", "connection", "too_large",
               "truncated", "robots", "redirect_loop", "parse", "other")


@dataclass
class SourceStats:
    name: str
    pages: int = 0            # responses handled (including 304)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0          # article links already archived, not fetched again
    skipped_old: int = 0      # articles published before --since
    not_modified: int = 0     # 304 answers
    listings: int = 0
    attachments: int = 0
    other: int = 0            # pages that are neither articles nor listings
    errors: Counter = field(default_factory=Counter)
    status: str = "running"
    resumed: bool = False
    run_id: int | None = None
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    message: str = ""

    @property
    def articles(self) -> int:
        return self.new + self.updated

    def error(self, kind: str) -> None:
        self.errors[kind] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "status": self.status, "pages": self.pages, "new": self.new,
            "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
            "skipped_old": self.skipped_old, "not_modified": self.not_modified, "listings": self.listings,
            "attachments": self.attachments, "other": self.other,
            "errors": {k: v for k, v in sorted(self.errors.items()) if v},
            "elapsed": round(self.elapsed, 2), "resumed": self.resumed, "run_id": self.run_id,
            **({"message": self.message} if self.message else {}),
        }


@dataclass
class CrawlSummary:
    """What a crawl did, per source and in total (``.to_dict()`` for JSON)."""

    sources: list[SourceStats] = field(default_factory=list)
    elapsed: float = 0.0
    message: str = ""

    @property
    def status(self) -> str:
        """done | partial (some sources failed) | failed (all failed) | interrupted (Ctrl-C, SIGTERM)."""
        states = {s.status for s in self.sources}
        if "interrupted" in states or "running" in states:
            return "interrupted"
        if states and states == {"failed"}:
            return "failed"
        if "failed" in states:
            return "partial"
        return "done"

    def total(self) -> dict[str, Any]:
        errors: Counter = Counter()
        for s in self.sources:
            errors.update(s.errors)
        keys = ("pages", "new", "updated", "unchanged", "skipped", "skipped_old", "not_modified",
                "listings", "attachments", "other")
        out: dict[str, Any] = {k: sum(getattr(s, k) for s in self.sources) for k in keys}
        out["errors"] = {k: v for k, v in sorted(errors.items()) if v}
        out["elapsed"] = round(self.elapsed, 2)
        out["pages_per_second"] = round(out["pages"] / self.elapsed, 2) if self.elapsed > 0 else 0.0
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"status": self.status, "sources": [s.to_dict() for s in self.sources],
                             "total": self.total(), "elapsed": round(self.elapsed, 2)}
        if self.message:
            d["message"] = self.message
        return d
