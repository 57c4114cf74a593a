"""Run crawls: ``run_crawl`` (in-process, once per process) and ``python -m crawler.run``.

Scrapy's reactor can start only once per process, so tests and long-lived
callers run crawls in a subprocess through the command line below:

    python -m crawler.run --sources F --archive A [--only NAME]... [-s K=V]...
                          [--refresh] [--since YYYY-MM-DD] [--max-pages N] [--json-summary OUT]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import Callable

from archive.store import Archive, ArchiveError
from crawler.settings import SettingsError, effective_settings
from crawler.sources import Source, SourcesError, ad_hoc_source, load_sources
from crawler.state import CrawlSummary, SourceStats

log = logging.getLogger("edunews.crawl")
log.addHandler(logging.NullHandler())   # silent unless the caller (the CLI) configures handlers


class CrawlError(Exception):
    """The crawl could not start (bad settings, unusable archive)."""


class _Forward(logging.Handler):
    """Re-emit Scrapy's and Twisted's log records on the 'edunews.crawl' logger."""

    def emit(self, record: logging.LogRecord) -> None:
        target = logging.getLogger("edunews.crawl")
        if target.isEnabledFor(record.levelno):
            target.handle(record)


def _route_scrapy_logging() -> None:
    logging.captureWarnings(True)
    fwd = _Forward()
    for name in ("scrapy", "twisted", "py.warnings", "protego"):
        lg = logging.getLogger(name)
        lg.handlers = [fwd]
        lg.propagate = False
        lg.setLevel(logging.INFO if name == "scrapy" else logging.WARNING)


def _scrapy_settings(values: dict[str, object]) -> dict[str, object]:
    s = {k: v for k, v in values.items() if not k.startswith("EDUNEWS_")}
    s.update({k: v for k, v in values.items() if k.startswith("EDUNEWS_")})
    s["DUPEFILTER_CLASS"] = "scrapy.dupefilters.BaseDupeFilter"   # our own canonical-URL dedupe
    s["DOWNLOADER_MIDDLEWARES"] = {"crawler.middleware.RetryBackoffMiddleware": 560,
                                   # below RobotsTxtMiddleware (100): sees the robots.txt it fetches
                                   "crawler.middleware.RobotsCaptureMiddleware": 50}
    s.setdefault("REQUEST_FINGERPRINTER_IMPLEMENTATION", "2.7")
    # Scrapy starts CONCURRENT_ITEMS (100) asyncio tasks per response to pass on what the callback
    # yields; ours yields only a few requests and no items, so a few tasks are plenty (~2 ms/page less).
    s.setdefault("CONCURRENT_ITEMS", 4)
    # Switched off, these extensions are still imported at start-up; the remote-control one pulls in
    # aiohttp (~0.3 s of CPU per crawl). Not listing them at all costs nothing.
    off = {}
    if not values.get("REMOTE_CONTROL_ENABLED", True):
        off["scrapy.extensions.remote_control.RemoteControl"] = None
    if not values.get("TELNETCONSOLE_ENABLED", True):
        off["scrapy.extensions.telnet.TelnetConsole"] = None
    if off:
        s["EXTENSIONS"] = {**off, **dict(s.get("EXTENSIONS") or {})}
    s["LOG_ENABLED"] = False
    s["LOG_INSTALL_ROOT_HANDLER"] = False
    return s


def _since_str(since: date | str | None) -> str | None:
    if since is None or since == "":
        return None
    if isinstance(since, date):
        return since.isoformat()
    return date.fromisoformat(str(since)).isoformat()


def run_crawl(sources: list[Source], archive_path: Path, *, settings: dict[str, str] | None = None,
              refresh: bool = False, since: date | str | None = None, max_pages: int | None = None,
              progress: Callable[[dict], None] | None = None) -> CrawlSummary:
    """Crawl ``sources`` into the archive; returns per-source and total counts.

    Runs Scrapy in this process (the reactor starts once per process).
    """
    try:
        values = effective_settings(settings)
    except SettingsError as exc:
        raise CrawlError(str(exc)) from None
    since_s = _since_str(since)
    from crawler.cleanpool import CleanPool, worker_count
    try:
        workers = worker_count(values["EDUNEWS_CLEAN_WORKERS"], float(values["DOWNLOAD_DELAY"]),
                               bool(values["AUTOTHROTTLE_ENABLED"]))
    except ValueError as exc:
        raise CrawlError(str(exc)) from None
    try:
        archive = Archive(archive_path)
    except ArchiveError as exc:
        raise CrawlError(str(exc)) from None

    from scrapy.crawler import CrawlerProcess

    from crawler.spider import EdunewsSpider, SourceJob

    summary = CrawlSummary()
    t0 = time.monotonic()
    cleaner = CleanPool(workers)   # starts its workers now, while Scrapy starts up
    jobs: list[SourceJob] = []
    process = CrawlerProcess(_scrapy_settings(values))
    _route_scrapy_logging()   # after CrawlerProcess, which configures logging itself
    latest = {r["source"]: r for r in archive.last_runs()}
    for src in sources:
        run_id = archive.unfinished_run(src.name)     # killed (SIGKILL, power cut): still 'running'
        if run_id is None and latest.get(src.name, {}).get("status") == "interrupted":
            run_id = latest[src.name]["id"]           # stopped with Ctrl-C / SIGTERM
        resumed = run_id is not None
        if run_id is None:
            run_id = archive.start_run(src.name)
        stats = SourceStats(src.name, resumed=resumed, run_id=run_id)
        limit = max_pages or src.max_pages or int(values.get("EDUNEWS_MAX_PAGES") or 0)
        job = SourceJob(source=src, archive=archive, stats=stats, run_id=run_id, resumed=resumed,
                        refresh=refresh, since=since_s, max_pages=limit,
                        stop_after_known=int(values["EDUNEWS_STOP_AFTER_KNOWN_PAGES"]),
                        max_depth=int(values["EDUNEWS_MAX_LISTING_DEPTH"]),
                        use_sitemaps=bool(values["EDUNEWS_USE_SITEMAPS"]),
                        use_feeds=bool(values["EDUNEWS_USE_FEEDS"]),
                        fetch_attachments=bool(values["EDUNEWS_FETCH_ATTACHMENTS"]),
                        keep_listing_bodies=bool(values["EDUNEWS_KEEP_LISTING_BODIES"]),
                        progress=progress, cleaner=cleaner)
        jobs.append(job)
        summary.sources.append(stats)
        crawler = process.create_crawler(EdunewsSpider)
        job.on_closed = _closer(job, progress)   # a strong reference: Scrapy's signals hold weak ones
        crawler.signals.connect(job.on_closed, signal=_spider_closed())
        process.crawl(crawler, job=job)
        if progress:
            _safe(progress, {"event": "source_start", "source": src.name})
    try:
        process.start()
    finally:
        cleaner.close()
        summary.elapsed = time.monotonic() - t0
        for job in jobs:
            if job.stats.status == "running":
                job.stats.status = "interrupted"
        archive.close()
    return summary


def _spider_closed():
    from scrapy import signals
    return signals.spider_closed


def _safe(progress: Callable[[dict], None], event: dict) -> None:
    try:
        progress(event)
    except Exception:  # noqa: BLE001
        log.debug("progress callback failed", exc_info=True)


def _closer(job, progress):
    def closed(spider, reason):
        st = job.stats
        st.elapsed = time.monotonic() - st.started
        ok_pages = st.pages - sum(v for k, v in st.errors.items() if k.startswith("http_"))
        if reason == "finished":
            if ok_pages <= 0 and sum(st.errors.values()) and not (st.skipped or st.not_modified):
                st.status = "failed"
                st.message = "nothing could be fetched"
            elif job.max_pages and job.scheduled >= job.max_pages and job.archive.pending(job.source.name):
                st.status = "limited"
            else:
                st.status = "done"
            job.archive.finish_run(job.run_id, "failed" if st.status == "failed" else "done", st.to_dict())
        else:
            # Ctrl-C / SIGTERM: recorded as 'interrupted'; the next crawl resumes its frontier.
            st.status = "interrupted"
            job.archive.finish_run(job.run_id, "interrupted", st.to_dict())
        if progress:
            _safe(progress, {"event": "source_failed" if st.status == "failed" else "source_done",
                             "source": st.name, "pages": st.pages, "articles": st.articles,
                             "status": st.status})
    return closed


def crawl_ad_hoc(start_url: str, province: str | None, archive_path: Path, *, name: str | None = None,
                 settings: dict[str, str] | None = None, refresh: bool = False,
                 since: date | str | None = None, max_pages: int | None = None,
                 progress: Callable[[dict], None] | None = None) -> CrawlSummary:
    """Crawl one site that has no sources.toml entry (``edunews crawl --start-url``)."""
    src = ad_hoc_source(start_url, province, name=name, max_pages=max_pages)
    return run_crawl([src], archive_path, settings=settings, refresh=refresh, since=since,
                     max_pages=max_pages, progress=progress)


def _parse_set(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise SystemExit(f"crawler.run: -s {item!r} is not NAME=VALUE")
        out[key.strip()] = value
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawler.run", description="Crawl sources into an archive.")
    ap.add_argument("--sources", type=Path, help="sources.toml")
    ap.add_argument("--start-url", help="crawl one unconfigured site from this URL")
    ap.add_argument("--province", help="province of --start-url")
    ap.add_argument("--name", help="source name for --start-url")
    ap.add_argument("--archive", type=Path, required=True)
    ap.add_argument("--only", action="append", default=[], help="crawl only this source (repeatable)")
    ap.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--since")
    ap.add_argument("--max-pages", type=int)
    ap.add_argument("--json-summary", type=Path)
    ap.add_argument("--verbose", action="store_true", help="log to stderr")
    args = ap.parse_args(argv)
    if args.verbose:
        h = logging.StreamHandler(sys.stderr)
        h.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger("edunews").addHandler(h)
        logging.getLogger("edunews").setLevel(logging.INFO)
    try:
        since = _since_str(args.since)
    except ValueError:
        print(f"crawler.run: --since {args.since!r} is not a YYYY-MM-DD date", file=sys.stderr)
        return 2
    try:
        settings = _parse_set(args.set)
        if args.start_url:
            summary = crawl_ad_hoc(args.start_url, args.province, args.archive, name=args.name,
                                   settings=settings, refresh=args.refresh, since=since,
                                   max_pages=args.max_pages)
        else:
            if not args.sources:
                print("crawler.run: give --sources FILE or --start-url URL", file=sys.stderr)
                return 2
            sources = load_sources(args.sources)
            if args.only:
                unknown = sorted(set(args.only) - {s.name for s in sources})
                if unknown:
                    print(f"crawler.run: unknown source {unknown[0]} in {args.sources}", file=sys.stderr)
                    return 2
                sources = [s for s in sources if s.name in args.only]
            summary = run_crawl(sources, args.archive, settings=settings, refresh=args.refresh, since=since,
                                max_pages=args.max_pages)
    except (SourcesError, CrawlError) as exc:
        print(f"crawler.run: {exc}", file=sys.stderr)
        return 2
    data = summary.to_dict()
    if args.json_summary:
        tmp = args.json_summary.with_name(args.json_summary.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, args.json_summary)
    else:
        print(json.dumps(data, ensure_ascii=False))
    if summary.status == "interrupted":
        return 130
    return 0 if summary.status != "failed" else 1


if __name__ == "__main__":
    sys.exit(main())
