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
    ``source_done``, ``page``...), ``source``, ``pages``, ``articles``, ``errors``,
    ``url``, ``status``.
    """

    def __init__(self, stream: IO[str] | None = None, tty: bool | None = None, every: int = 50,
                 label: str = "crawl"):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = max(1, every)
        self.label = label
        self.start = time.monotonic()
        self.pages = 0
        self.articles = 0
        self.errors = 0
        self.source = ""
        self._last_logged_pages = 0
        self._last_draw = 0.0
        self._drawn = False

    # The crawler may report running totals or one page at a time; accept both.
    def __call__(self, event: dict[str, Any] | None = None, **kw: Any) -> None:
        ev = dict(event or {}, **kw)
        kind = str(ev.get("event", "page"))
        if ev.get("source"):
            self.source = str(ev["source"])
        for key in ("pages", "articles", "errors"):
            if isinstance(ev.get(key), int):
                setattr(self, key, ev[key])
        if kind == "page" and not isinstance(ev.get("pages"), int):
            self.pages += 1
            if ev.get("article") or ev.get("outcome") in ("new", "updated"):
                self.articles += 1
        if self.tty:
            self._draw(force=kind != "page")
        else:
            self._log(kind)

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

    def _log(self, kind: str) -> None:
        if kind in ("source_start", "source_done", "source_failed", "done"):
            self.stream.write(f"{self.status()} {kind.replace('_', ' ')}\n")
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
