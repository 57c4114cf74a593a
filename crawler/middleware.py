"""Downloader middlewares: exponential backoff before each retry; robots.txt capture.

Scrapy's RetryMiddleware re-queues a failed request at once; a struggling
department server deserves a pause that grows with each attempt.
"""
from __future__ import annotations

from twisted.internet import reactor
from twisted.internet.task import deferLater

from scrapy.utils.defer import maybe_deferred_to_future


class RetryBackoffMiddleware:
    def __init__(self, base: float, cap: float):
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        return cls(s.getfloat("EDUNEWS_RETRY_BACKOFF_BASE", 1.0), s.getfloat("EDUNEWS_RETRY_BACKOFF_MAX", 30.0))

    async def process_request(self, request):
        attempt = int(request.meta.get("retry_times", 0) or 0)
        if attempt > 0 and self.base > 0:
            delay = min(self.cap, self.base * (2 ** (attempt - 1)))
            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return None


class RobotsCaptureMiddleware:
    """Keep the robots.txt that Scrapy's RobotsTxtMiddleware fetches, for its Sitemap: lines.

    Saves a second request per site; the spider reads ``spider.robots_bodies``.
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if request.url.endswith("/robots.txt") and response.status == 200:
            spider = self.crawler.spider
            bodies = getattr(spider, "robots_bodies", None)
            if bodies is not None:
                bodies[request.url] = response.body
        return response
