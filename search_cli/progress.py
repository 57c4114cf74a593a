"""Live progress for long commands, on stderr.

On a terminal: one status line rewritten in place (pages, articles, rate,
current source). Off a terminal (cron, systemd, a pipe): plain log lines,
one when a source starts or ends and one every ``every`` pages, so a log file
stays readable.
"""
from __future__ import annotations

import sys
import time
from typing import IO, Any


class Progress:
    """A callable the crawler calls with a dict per event.

    Understood keys (missing ones are fine): ``event`` (``source_start``,
    ``source_done``, ``source_failed``, ``page``), ``source``, and ``pages``,
    ``articles``, ``errors`` as running totals *of that source*; sources crawl
    concurrently, so the status line sums them over sources. An event without
    totals counts as one page.
    """

    def __init__(self, stream: IO[str] | None = None, tty: bool | None = None, every: int = 50,
                 label: str = "crawl"):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = max(1, every)
        self.label = label
        self.start = time.monotonic()
        self.totals: dict[str, dict[str, int]] = {}
        self.source = ""
        self.finished = 0
        self._last_logged_pages = 0
        self._last_draw = 0.0
        self._drawn = False

    def _count(self, key: str) -> int:
        return sum(t.get(key, 0) for t in self.totals.values())

    @property
    def pages(self) -> int:
        return self._count("pages")

    @property
    def articles(self) -> int:
        return self._count("articles")

    @property
    def errors(self) -> int:
        return self._count("errors")

    def __call__(self, event: dict[str, Any] | None = None, **kw: Any) -> None:
        ev = dict(event or {}, **kw)
        kind = str(ev.get("event", "page"))
        src = str(ev.get("source") or self.source or "")
        self.source = src
        tot = self.totals.setdefault(src, {"pages": 0, "articles": 0, "errors": 0})
        given = False
        for key in ("pages", "articles", "errors"):
            if isinstance(ev.get(key), int):
                tot[key] = ev[key]
                given = True
        if kind == "page" and not given:
            tot["pages"] += 1
            if ev.get("article") or ev.get("outcome") in ("new", "updated"):
                tot["articles"] += 1
        if kind in ("source_done", "source_failed"):
            self.finished += 1
        if self.tty:
            self._draw(force=kind != "page")
        else:
            self._log(kind, src, ev.get("status"))

    def rate(self) -> float:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        return self.pages / elapsed

    def status(self) -> str:
        src = f" [{self.source}]" if self.source else ""
        return (f"{self.label}: {self.pages} pages, {self.articles} articles, "
                f"{self.errors} errors, {self.rate():.1f} pages/s{src}")

    def _draw(self, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_draw < 0.2:
            return
        self._last_draw = now
        line = self.status()[:200]
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._drawn = True

    def _log(self, kind: str, src: str, status: Any) -> None:
        if kind == "source_start":
            self.stream.write(f"{self.label}: {src} started\n")
        elif kind in ("source_done", "source_failed"):
            t = self.totals.get(src, {})
            state = status or ("failed" if kind == "source_failed" else "done")
            self.stream.write(f"{self.label}: {src} {state}: {t.get('pages', 0)} pages, "
                              f"{t.get('articles', 0)} articles, {t.get('errors', 0)} errors"
                              f" (all sources: {self.pages} pages, {self.articles} articles)\n")
        elif self.pages - self._last_logged_pages >= self.every:
            self._last_logged_pages = self.pages
            self.stream.write(self.status() + "\n")
        else:
            return
        self.stream.flush()

    def close(self) -> None:
        """End the live line (TTY) so the next output starts on a fresh line."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class IndexProgress:
    """Progress for ``update_index``: accepts (done, total) or a dict with those keys."""

    def __init__(self, stream: IO[str] | None = None, tty: bool | None = None, every: int = 1000):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = every
        self._last = 0
        self._drawn = False

    def __call__(self, *args: Any, **kw: Any) -> None:
        info: dict[str, Any] = {}
        if args and isinstance(args[0], dict):
            info = dict(args[0])
        elif args:
            info["done"] = args[0]
            if len(args) > 1:
                info["total"] = args[1]
        info.update(kw)
        done = info.get("done", info.get("count", 0)) or 0
        total = info.get("total")
        msg = f"index: {done}" + (f"/{total}" if total else "") + " articles"
        if self.tty:
            self.stream.write("\r\x1b[2K" + msg)
            self._drawn = True
        elif done - self._last >= self.every:
            self._last = done
            self.stream.write(msg + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
