"""Clean pages in worker processes, so the crawl uses a second core.

``cleaner.extract.extract()`` costs ~10-15 ms of CPU per page, more than
Scrapy's own work on it; in the crawl process it serialises everything behind
it. ``CleanPool.extract()`` hands the bytes to a ``ProcessPoolExecutor``
(spawn start method: no fork of a process with threads and an open SQLite
connection) and returns a Twisted ``Deferred``, so the spider awaits it while
the reactor goes on downloading. The result is the same ``ExtractResult``
the in-process call returns; all archive writes stay in the crawl process,
one transaction per page, after the result arrives.

``workers=0`` cleans in the calling process (a Deferred that has already
fired). A worker that dies (killed, out of memory) is replaced; the page it
held is cleaned again in a fresh worker once; if that worker dies too, the page fails with
``WorkerDied`` (the spider records a parse error) instead of risking the
crawl process on it.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from twisted.internet import defer

log = logging.getLogger("edunews.crawl")

AUTO_DELAY_LIMIT = 0.25   # seconds: slower crawls (the polite default is 1 s) gain nothing from a worker


class WorkerDied(RuntimeError):
    """Two cleaning workers died while holding this page."""


def _worker_init() -> None:
    """Ctrl-C goes to the whole process group: only the crawl process decides what it means."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import cleaner.extract  # noqa: F401 - pay the import while the crawl starts up


def _extract_in_worker(body: bytes, url: str, headers: dict | None, source: Any):
    from cleaner.extract import extract
    return extract(body, url, headers=headers, source=source)


def _ready() -> int:
    return os.getpid()


def worker_count(setting: object, download_delay: float, autothrottle: bool) -> int:
    """Workers for ``EDUNEWS_CLEAN_WORKERS``: a number, or 'auto' (-1).

    auto: none for a polite crawl (pages arrive slower than one core cleans
    them); else two on a machine with two cores or more. Cleaning costs more
    CPU per page than everything else in the crawl process together, so with
    one worker the crawl ends with a backlog of 3-6 s of cleaning (1,000-page
    bench site); two workers keep up, at ~50 MB each.
    """
    if str(setting).strip().lower() != "auto":
        try:
            wanted = int(str(setting).strip())
        except ValueError:
            wanted = -1
        if wanted < 0:
            raise ValueError(f"-s EDUNEWS_CLEAN_WORKERS={setting}: expected auto or a whole number")
        return wanted
    if autothrottle or download_delay >= AUTO_DELAY_LIMIT:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 0 if cores < 2 else 2


class CleanPool:
    """``extract(body, url, headers, source) -> Deferred[ExtractResult]``; ``close()`` at the end."""

    def __init__(self, workers: int):
        self.workers = max(0, int(workers))
        self._pool: ProcessPoolExecutor | None = None
        self._local = None
        if self.workers:
            self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor | None:
        try:
            pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_worker_init)
            for _ in range(self.workers):
                pool.submit(_ready)        # start the workers now, in parallel with Scrapy's start-up
            return pool
        except (OSError, ValueError) as exc:
            log.warning("cannot start cleaning workers (%s): cleaning in the crawl process", exc)
            self.workers = 0
            return None

    def _extract_here(self, body: bytes, url: str, headers: dict | None, source: Any):
        if self._local is None:
            from cleaner.extract import extract
            self._local = extract
        return self._local(body, url, headers=headers, source=source)

    def extract(self, body: bytes, url: str, headers: dict | None, source: Any) -> defer.Deferred:
        if self._pool is None:
            return defer.maybeDeferred(self._extract_here, body, url, headers, source)
        d: defer.Deferred = defer.Deferred()
        self._submit(d, (body, url, headers, source), retried=False)
        return d

    def _submit(self, d: defer.Deferred, args: tuple, retried: bool) -> None:
        from twisted.internet import reactor

        pool = self._pool
        if pool is None:
            self._fire_here(d, args)
            return
        try:
            fut = pool.submit(_extract_in_worker, *args)
        except (BrokenProcessPool, RuntimeError):
            self._replace(pool)
            self._retry(d, args, retried)
            return

        def done(f: Future) -> None:   # runs in the executor's management thread
            reactor.callFromThread(self._settle, d, args, f, pool, retried)

        fut.add_done_callback(done)

    def _settle(self, d: defer.Deferred, args: tuple, fut: Future, pool, retried: bool) -> None:
        exc = fut.exception()
        if exc is None:
            d.callback(fut.result())
        elif isinstance(exc, BrokenProcessPool):
            log.warning("a cleaning worker died on %s: starting a new one", args[1])
            self._replace(pool)
            self._retry(d, args, retried)
        else:
            d.errback(exc)

    def _retry(self, d: defer.Deferred, args: tuple, retried: bool) -> None:
        if retried:
            d.errback(WorkerDied(f"cleaning workers died twice on {args[1]}"))
        else:
            self._submit(d, args, retried=True)

    def _fire_here(self, d: defer.Deferred, args: tuple) -> None:
        try:
            d.callback(self._extract_here(*args))
        except Exception as exc:  # noqa: BLE001 - handed to the spider's per-page error handling
            d.errback(exc)

    def _replace(self, broken) -> None:
        if self._pool is not broken:
            return   # already replaced by another page's failure
        broken.shutdown(wait=False, cancel_futures=True)
        self._pool = self._start()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
