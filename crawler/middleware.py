"""Downloader middleware: exponential backoff before each retry.

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
