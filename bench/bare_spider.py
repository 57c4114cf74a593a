"""The crawl baseline: a bare Scrapy spider that only follows links and drops the bodies.

    python -m bench.bare_spider http://127.0.0.1:PORT/tin-tuc?page=1 -s CONCURRENT_REQUESTS=32

No cleaning, no archive, no frontier: the cost of Scrapy itself fetching the
same pages, so ``edunews``'s crawl rate can be read as a ratio to it.
Prints one JSON line: pages fetched and seconds from engine start to close.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.allowed_host = urlsplit(start).netloc
        self.pages = 0
        self.t0 = time.perf_counter()

    def parse(self, response):
        self.pages += 1
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == self.allowed_host:
                yield scrapy.Request(url, callback=self.parse)

    def closed(self, reason):
        self.seconds = time.perf_counter() - self.t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bare_spider")
    ap.add_argument("start")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args(argv)
    settings = {"LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False,
                "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7"}
    for item in args.settings:
        key, _, value = item.partition("=")
        settings[key] = value
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, start=args.start)
    t0 = time.perf_counter()
    process.start()
    spider = crawler.spider
    print(json.dumps({"pages": spider.pages, "seconds": getattr(spider, "seconds", time.perf_counter() - t0)}),
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
