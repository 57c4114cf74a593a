"""The one generic spider: walks a source's listings, archives its articles.

Every decision about a page is committed with the page in one
``Archive.save_page`` transaction (bytes, article, frontier done, links
found), so a crawl killed at any moment resumes from the frontier with
nothing half-written.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadFailedError, DownloadTimeoutError, IgnoreRequest,
                               ResponseDataLossError)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import ConnectionDone, ConnectionLost, DNSLookupError, TCPTimedOutError
from twisted.internet.error import TimeoutError as TxTimeoutError

from archive.store import Archive
from cleaner.model import Article
from crawler.discovery import attachment_links, discover, feed_links, robots_sitemaps, url_kind
from crawler.profiles import get_profile
from crawler.sources import Source
from crawler.state import SourceStats
from crawler.urls import ATTACHMENT_EXT, canonical_url, same_site, section_prefix

log = logging.getLogger("edunews.crawl")

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("xml", "rss", "atom")
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff",
                 b"Rar!", b"7z\xbc\xaf")
ATTACHMENT_BYTES = re.compile(rb"\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)\b"
                              rb"|linkclick\.aspx|download|tai-?ve|getfile|file\.ashx|dinhkem", re.I)
# Literal pieces of every ATTACHMENT_BYTES match, lower-case: a page holding none of them (most
# pages) is ruled out with a few substring searches of its lower-cased bytes instead of the regex,
# whose case-insensitive alternation cost ~0.6 ms per 6 KB page, more than storing the page.
_ATTACHMENT_HINTS = (b".pdf", b".doc", b".xls", b".ppt", b".odt", b".ods", b".rtf", b".zip", b".rar", b".7z",
                     b"linkclick.aspx", b"download", b"tai-ve", b"taive", b"getfile", b"file.ashx", b"dinhkem")
ATTACHMENT_GET_MAX = 2 * 1024 * 1024
PRIORITY = {"robots": 30, "sitemap": 20, "feed": 20, "attachment": 15, "article": 10, "listing": 0}


def _extract_api():
    """The cleaner's extract(), decode_html() and SourceInfo (imported late: it is heavy)."""
    from cleaner import extract as ex
    decode = getattr(ex, "decode_html", None)
    if decode is None:
        from cleaner.decode import decode_html as decode
    return ex.extract, decode, ex.SourceInfo


def mentions_attachment(body: bytes) -> bool:
    """``ATTACHMENT_BYTES.search(body)``, answered without the regex when no hint occurs."""
    low = body.lower()
    if not any(h in low for h in _ATTACHMENT_HINTS):
        return False
    return ATTACHMENT_BYTES.search(body) is not None


def looks_binary(body: bytes) -> bool:
    head = body[:1024]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


@dataclass
class SourceJob:
    """Everything one spider needs about its source and the run."""

    source: Source
    archive: Archive
    stats: SourceStats
    run_id: int
    resumed: bool = False
    refresh: bool = False
    since: str | None = None
    max_pages: int = 0
    stop_after_known: int = 1
    max_depth: int = 500
    use_sitemaps: bool = True
    use_feeds: bool = True
    fetch_attachments: bool = True
    keep_listing_bodies: bool = True
    progress: Callable[[dict], None] | None = None
    seen: set[str] = field(default_factory=set)
    scheduled: int = 0
    on_closed: Callable | None = None
    cleaner: Any = None              # crawler.cleanpool.CleanPool shared by the run; None = clean in-process

    @property
    def budget_left(self) -> bool:
        return not self.max_pages or self.scheduled < self.max_pages


class EdunewsSpider(scrapy.Spider):
    name = "edunews"

    def __init__(self, job: SourceJob, *args: Any, **kwargs: Any):
        super().__init__(name=f"edunews-{job.source.name}", *args, **kwargs)
        self.job = job
        self.src = job.source
        self.db = job.archive
        self.profile = get_profile(job.source.profile)
        self.starts = [canonical_url(u) for u in job.source.start_urls]
        _extract, self.decode, SourceInfo = _extract_api()
        self.info = SourceInfo(name=job.source.name, province=job.source.province, unit=job.source.unit,
                               profile=job.source.profile, selectors=dict(job.source.selectors))
        self._allow = [re.compile(p) for p in job.source.allow]
        self._deny = [re.compile(p) for p in job.source.deny]
        self._t0 = time.monotonic()
        self.robots_bodies: dict[str, bytes] = {}   # filled by RobotsCaptureMiddleware
        self._robots_done = False
        if job.cleaner is None:
            from crawler.cleanpool import CleanPool
            job.cleaner = CleanPool(0)
        self.cleaner = job.cleaner

    # -- scheduling ------------------------------------------------------------
    def _request(self, url: str, role: str, depth: int = 0, **meta: Any) -> scrapy.Request | None:
        if url in self.job.seen:
            return None
        if role != "attachment" and role != "robots":
            if not self.job.budget_left:
                return None
            self.job.scheduled += 1
        self.job.seen.add(url)
        headers = {}
        if role in ("listing", "feed", "sitemap") or (role == "article" and self.job.refresh):
            etag, modified = self.db.validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        statuses = [304, 403, 405, 501] if role == "attachment" else [304]
        meta = dict(meta, role=role, depth=depth, canon=url, handle_httpstatus_list=statuses)
        method = "HEAD" if role == "attachment" else "GET"
        return scrapy.Request(url, method=method, headers=headers, meta=meta, priority=PRIORITY.get(role, 0),
                              callback=self.on_response, errback=self.on_error, dont_filter=True)

    def _allowed(self, url: str) -> bool:
        if self._deny and any(p.search(url) for p in self._deny):
            return False
        return not self._allow or any(p.search(url) for p in self._allow)

    def _known(self, url: str) -> bool:
        if self.job.refresh:
            return False
        return self.db.has_article(url) or self.db.frontier_state(url) == "done"

    async def start(self):
        for req in self.initial_requests():
            yield req

    def initial_requests(self) -> Iterator[scrapy.Request]:
        job = self.job
        pending = self.db.pending(self.src.name)
        if not job.resumed:
            first = self.starts[0]
            if job.use_sitemaps and section_prefix(first) == "/" and not self.settings.getbool("ROBOTSTXT_OBEY"):
                # Scrapy does not fetch robots.txt when it is not obeyed: fetch it for its sitemaps.
                parts = urlsplit(first)
                req = self._request(f"{parts.scheme}://{parts.netloc}/robots.txt", "robots")
                if req:
                    yield req
            for url in self.starts:
                req = self._request(url, "listing", 0, start=True)
                if req:
                    yield req
        else:
            for url in self.starts:
                if self.db.frontier_state(url) != "done":
                    req = self._request(url, "listing", 0, start=True)
                    if req:
                        yield req
        for url, role, depth in pending:
            if role == "article" and self.db.has_article(url) and not job.refresh:
                continue
            extra = {}
            if role == "attachment":
                extra["article_url"] = self._referrer(url)
            req = self._request(url, role, depth, **extra)
            if req:
                yield req

    def _referrer(self, url: str) -> str | None:
        row = self.db.db.execute("SELECT referrer FROM frontier WHERE url=?", (url,)).fetchone()
        return row[0] if row else None

    # -- responses ---------------------------------------------------------------
    def _report(self, url: str) -> None:
        if self.job.progress is None:
            return
        st = self.job.stats
        elapsed = max(time.monotonic() - self._t0, 1e-6)
        try:
            self.job.progress({"event": "page", "source": self.src.name, "pages": st.pages,
                               "articles": st.articles, "errors": sum(st.errors.values()),
                               "rate": round(st.pages / elapsed, 2), "url": url})
        except Exception:  # noqa: BLE001 - a broken progress display must not stop the crawl
            log.debug("progress callback failed", exc_info=True)

    def _captured_sitemaps(self):
        """Sitemap requests from the robots.txt Scrapy fetched (once, on the first response)."""
        if self._robots_done or not self.robots_bodies:
            return
        self._robots_done = True
        if self.job.resumed or not self.job.use_sitemaps or section_prefix(self.starts[0]) != "/":
            return
        for robots_url, body in self.robots_bodies.items():
            if same_site(robots_url, self.starts[0]):
                for sitemap in robots_sitemaps(body, robots_url):
                    if same_site(sitemap, self.starts[0]):
                        req = self._request(sitemap, "sitemap", 0)
                        if req is not None:
                            self.db.enqueue(self.src.name, [(sitemap, "sitemap", 0)], robots_url, self.job.run_id)
                            yield req

    async def on_response(self, response: scrapy.http.Response):
        for req in self._captured_sitemaps():
            yield req
        meta = response.meta
        role = meta["role"]
        url = meta["canon"]
        self.job.stats.pages += 1 if role not in ("attachment", "robots") else 0
        try:
            async for req in self._handle(response, role, url):
                yield req
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            log.warning("%s: cannot process %s: %s", self.src.name, url, exc, exc_info=True)
            self.job.stats.error("parse")
            self._mark(url, role, "failed")
        self._report(url)

    def _mark(self, url: str, role: str, state: str) -> None:
        self.db.mark(url, self.src.name, role if role != "robots" else "other", state, self.job.run_id)

    async def _handle(self, response, role: str, url: str):
        """Everything about one response; the only wait is for the cleaner (another process)."""
        if role == "robots":
            for req in self._on_robots(response, url):
                yield req
            return
        if role == "attachment":
            for req in self._on_attachment(response, url):
                yield req
            return
        final = url
        if response.meta.get("redirect_urls"):
            final = canonical_url(response.url)
            if not same_site(final, self.starts[0]):
                self.job.stats.other += 1
                self._mark(url, role, "done")
                return
            if final != url:
                if role == "article":
                    self._mark(url, role, "done")
                else:
                    # Keep the target's validators under the address we request, so the next
                    # run's redirected request carries them and can get a 304.
                    self.db.save_page(url, self.src.name, role, None, status=response.status,
                                      etag=(response.headers.get("ETag") or b"").decode("latin-1") or None,
                                      last_modified=(response.headers.get("Last-Modified") or b"").decode(
                                          "latin-1") or None, run_id=self.job.run_id, keep_body=False)
                if final in self.job.seen and role == "article" or (role == "article" and self._known(final)):
                    return
                self.job.seen.add(final)
        if response.status == 304:
            self.job.stats.not_modified += 1
            if role == "article":
                self.job.stats.unchanged += 1
                self._mark(final, role, "done")
                return
            body = self.db.page_body(final)
            if body is None:
                self._mark(final, role, "done")
                return
        else:
            body = response.body
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        headers = {"Content-Type": ctype} if ctype else {}
        etag = (response.headers.get("ETag") or b"").decode("latin-1") or None
        modified = (response.headers.get("Last-Modified") or b"").decode("latin-1") or None
        status = response.status
        if role in ("feed", "sitemap") or (any(t in ctype for t in XML_TYPES) and "html" not in ctype):
            for req in self._on_feed(final, body, role, status, ctype, etag, modified):
                yield req
            return
        if ctype and not any(t in ctype for t in HTML_TYPES) and not ctype.startswith("text/"):
            self._save_other(final, role, status, ctype, etag, modified)
            return
        if not body.strip() or looks_binary(body):
            self._save_other(final, role, status, ctype, etag, modified)
            return
        kind_by_url = url_kind(final, self.profile)
        if role == "listing" and (kind_by_url != "article" or response.meta.get("start")):
            # Whatever the cleaner says, this page is walked as a listing: do not clean it.
            for req in self._on_listing(final, body, response.meta, status, ctype, etag, modified):
                yield req
            return
        result = await maybe_deferred_to_future(self.cleaner.extract(body, final, headers, self.info))
        page_kind = result.page_kind
        if role == "listing":
            is_article = page_kind == "article"
        else:
            is_article = page_kind == "article" and kind_by_url != "listing"
        if is_article and result.article is not None:
            for req in self._on_article(final, body, result, status, ctype, etag, modified):
                yield req
        elif page_kind == "other" and role != "listing":
            self._save_other(final, role, status, ctype, etag, modified)
        elif role == "listing":
            for req in self._on_listing(final, body, response.meta, status, ctype, etag, modified,
                                        result.encoding):
                yield req
        else:
            # Fetched as an article but it is a listing/category page: keep it, do not expand it.
            self.job.stats.listings += 1
            self.db.save_page(final, self.src.name, "listing", body, status=status, content_type=ctype,
                              etag=etag, last_modified=modified, run_id=self.job.run_id)

    def _save_other(self, url, role, status, ctype, etag, modified) -> None:
        self.job.stats.other += 1
        self.db.save_page(url, self.src.name, "other", None, status=status, content_type=ctype, etag=etag,
                          last_modified=modified, run_id=self.job.run_id, keep_body=False)

    def _text(self, body: bytes, ctype: str, encoding: str | None = None) -> str:
        """The page as text for link discovery; reuses the codec the cleaner chose."""
        if encoding:
            try:
                return body.decode(encoding, errors="replace")
            except LookupError:
                pass
        text, _codec, _notes = self.decode(body, {"Content-Type": ctype} if ctype else None)
        return text

    def _on_listing(self, url, body, meta, status, ctype, etag, modified, encoding=None):
        job = self.job
        depth = int(meta.get("depth", 0))
        html = self._text(body, ctype, encoding)
        links = discover(html, url, self.starts[0], self.profile, follow_pagination=depth < job.max_depth)
        discovered: list[tuple[str, str, int]] = []
        requests: list[scrapy.Request] = []
        fresh = 0
        dated_old = 0
        for art_url, listed in links.articles.items():
            if not self._allowed(art_url):
                continue
            if job.since and listed and listed < job.since:
                dated_old += 1
                job.stats.skipped_old += 1
                continue
            if art_url in job.seen:
                continue
            if self._known(art_url):
                job.stats.skipped += 1
                job.seen.add(art_url)
                continue
            fresh += 1
            req = self._request(art_url, "article", depth, listed=listed)
            if req is not None:
                requests.append(req)
                discovered.append((art_url, "article", depth))
            elif art_url not in job.seen:
                discovered.append((art_url, "article", depth))   # over budget: for the next run
        streak = 0 if fresh else int(meta.get("known_streak", 0)) + 1
        all_old = bool(links.articles) and dated_old == len(links.articles)
        follow = streak < max(1, job.stop_after_known) and not all_old
        if job.refresh:
            follow = True
        if follow:
            for page_url in links.pagination:
                if page_url in job.seen or not self._allowed(page_url):
                    continue
                req = self._request(page_url, "listing", depth + 1, known_streak=streak)
                if req is not None:
                    requests.append(req)
                    discovered.append((page_url, "listing", depth + 1))
                else:
                    discovered.append((page_url, "listing", depth + 1))
        if depth == 0 and job.use_feeds:
            for feed in links.feeds:
                req = self._request(feed, "feed", 0)
                if req is not None:
                    requests.append(req)
                    discovered.append((feed, "feed", 0))
        job.stats.listings += 1
        self.db.save_page(url, self.src.name, "listing", body if job.keep_listing_bodies else None,
                          status=status, content_type=ctype, etag=etag, last_modified=modified,
                          discovered=discovered, run_id=job.run_id)
        yield from requests

    def _on_article(self, url, body, result, status, ctype, etag, modified):
        job = self.job
        art: Article = result.article
        art.url = url
        if job.since and art.published and art.published < job.since:
            job.stats.skipped_old += 1
            self._mark(url, "article", "skipped")
            return
        attachments = {}
        if job.fetch_attachments and mentions_attachment(body):
            attachments = attachment_links(self._text(body, ctype, result.encoding), url)
        discovered = []
        requests = []
        for att in attachments:
            if same_site(att, self.starts[0]):
                req = self._request(att, "attachment", 0, article_url=url)
                if req is not None:
                    requests.append(req)
                    discovered.append((att, "attachment", 0))
        outcome = self.db.save_page(url, self.src.name, "article", body, status=status, content_type=ctype,
                                    etag=etag, last_modified=modified, article=art, discovered=discovered,
                                    run_id=job.run_id)
        if outcome == "new":
            job.stats.new += 1
        elif outcome == "updated":
            job.stats.updated += 1
        else:
            job.stats.unchanged += 1
        for att in attachments:
            if not same_site(att, self.starts[0]):
                self.db.add_attachment(att, url, None, None)
                job.stats.attachments += 1
        yield from requests

    def _on_attachment(self, response, url):
        article_url = response.meta.get("article_url") or self._referrer(url) or ""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1") or None
        length = (response.headers.get("Content-Length") or b"").decode("latin-1")
        size = int(length) if length.isdigit() else None
        if response.request.method == "HEAD" and response.status in (403, 405, 501):
            # Some servers refuse HEAD: ask for the bytes, but never more than a small cap.
            yield scrapy.Request(response.url, meta=dict(response.meta, download_maxsize=ATTACHMENT_GET_MAX),
                                 priority=PRIORITY["attachment"], callback=self.on_response,
                                 errback=self.on_error, dont_filter=True)
            return
        if response.request.method == "GET" and size is None:
            size = len(response.body)
        if ctype and "html" in ctype.lower() and not ATTACHMENT_EXT.search(url.split("?")[0]):
            # A "download" address that answers with a web page is not a document.
            self._mark(url, "attachment", "done")
            return
        if response.status < 400:
            self.db.add_attachment(url, article_url, ctype, size)
            self.job.stats.attachments += 1
        self._mark(url, "attachment", "done")

    def _on_robots(self, response, url):
        if response.status != 200:
            return
        for sitemap in robots_sitemaps(response.body, url):
            if same_site(sitemap, self.starts[0]):
                req = self._request(sitemap, "sitemap", 0)
                if req is not None:
                    self.db.enqueue(self.src.name, [(sitemap, "sitemap", 0)], url, self.job.run_id)
                    yield req

    def _on_feed(self, url, body, role, status, ctype, etag, modified):
        job = self.job
        pages, nested = feed_links(body, url)
        discovered = []
        requests = []
        for sm in nested:
            if same_site(sm, self.starts[0]):
                req = self._request(sm, "sitemap", 0)
                if req is not None:
                    requests.append(req)
                    discovered.append((sm, "sitemap", 0))
        for page in pages:
            if not same_site(page, self.starts[0]) or not self._allowed(page):
                continue
            if url_kind(page, self.profile) != "article":
                continue
            if page in job.seen:
                continue
            if self._known(page):
                job.stats.skipped += 1
                job.seen.add(page)
                continue
            req = self._request(page, "article", 0)
            if req is not None:
                requests.append(req)
                discovered.append((page, "article", 0))
        self.db.save_page(url, self.src.name, role if role in ("feed", "sitemap") else "feed", body,
                          status=status, content_type=ctype, etag=etag, last_modified=modified,
                          discovered=discovered, run_id=job.run_id)
        yield from requests

    # -- failures ----------------------------------------------------------------
    def on_error(self, failure):
        yield from self._captured_sitemaps()
        request = failure.request
        meta = request.meta
        role = meta.get("role", "other")
        url = meta.get("canon", request.url)
        kind = classify_failure(failure)
        if role == "robots":
            return
        if role == "attachment":
            # Still worth knowing the article links a document, even if we cannot see it.
            self.db.add_attachment(url, meta.get("article_url") or "", None, None)
            self.job.stats.attachments += 1
            self._mark(url, role, "failed")
            return
        self.job.stats.pages += 1 if kind.startswith("http_") else 0
        self.job.stats.error(kind)
        log.info("%s: %s %s (%s)", self.src.name, kind, url, failure.getErrorMessage()[:200])
        self._mark(url, role, "failed")
        self._report(url)


def classify_failure(failure) -> str:
    """An error kind for the summary: http_404, http_5xx, timeout, dns, too_large, robots, ..."""
    exc = failure.value
    if failure.check(HttpError):
        code = exc.response.status
        if code == 404 or code == 410:
            return "http_404"
        return "http_5xx" if code >= 500 else "http_4xx"
    if failure.check(DownloadTimeoutError, TxTimeoutError, TCPTimedOutError):
        return "timeout"
    if failure.check(CannotResolveHostError, DNSLookupError):
        return "dns"
    if failure.check(DownloadCancelledError):
        msg = str(exc).lower()
        return "too_large" if "size" in msg or "maxsize" in msg or "larger" in msg else "other"
    if failure.check(ResponseDataLossError):
        return "truncated"
    if failure.check(IgnoreRequest):
        msg = str(exc).lower()
        if "robots" in msg:
            return "robots"
        if "redirect" in msg:
            return "redirect_loop"
        return "other"
    if failure.check(DownloadConnectionRefusedError, DownloadFailedError, ConnectionLost, ConnectionDone):
        text = str(exc).lower()
        if "dataloss" in text or "data loss" in text:
            return "truncated"
        return "connection"
    name = type(exc).__name__.lower()
    if "timeout" in name:
        return "timeout"
    if "dns" in name or "resolve" in name:
        return "dns"
    if "dataloss" in name or "responsefailed" in name:
        return "truncated" if "loss" in str(exc).lower() else "connection"
    return "other"
