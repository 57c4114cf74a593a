"""Every download failure maps to one error kind of the crawl summary."""
from __future__ import annotations

import pytest
from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionLost, DNSLookupError
from twisted.python.failure import Failure

from crawler.spider import classify_failure, looks_binary
from crawler.state import ERROR_KINDS, CrawlSummary, SourceStats


def http(code: int) -> Exception:
    return HttpError(Response("http://so.example.vn/x", status=code), "Ignoring non-200 response")


@pytest.mark.parametrize("exc, kind", [
    (http(404), "http_404"), (http(410), "http_404"), (http(403), "http_4xx"),
    (http(503), "http_5xx"), (http(500), "http_5xx"),
    (DownloadTimeoutError("took longer than 30 seconds"), "timeout"),
    (CannotResolveHostError("no such host"), "dns"), (DNSLookupError("x"), "dns"),
    (DownloadCancelledError("Expected to receive 20971520 bytes which is larger than download max size"),
     "too_large"),
    (ResponseDataLossError("data loss"), "truncated"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots"),
    (IgnoreRequest("max redirections reached"), "redirect_loop"),
    (DownloadConnectionRefusedError("refused"), "connection"), (ConnectionLost("lost"), "connection"),
    (ValueError("odd"), "other"),
])
def test_failure_kinds(exc, kind):
    assert classify_failure(Failure(exc)) == kind
    assert kind in ERROR_KINDS


def test_binary_sniffing():
    assert looks_binary(b"%PDF-1.4 ...") and looks_binary(b"\x89PNG\r\n") and looks_binary(b"<html>\x00")
    assert not looks_binary("<html><body>Hội nghị</body></html>".encode("utf-8"))


def test_summary_status_and_totals():
    a, b = SourceStats("a", pages=3, new=2), SourceStats("b", pages=1)
    a.status, b.status = "done", "failed"
    a.error("http_404")
    b.error("dns")
    s = CrawlSummary([a, b], elapsed=2.0)
    d = s.to_dict()
    assert d["status"] == "partial"
    assert d["total"]["pages"] == 4 and d["total"]["new"] == 2
    assert d["total"]["errors"] == {"dns": 1, "http_404": 1} and d["total"]["pages_per_second"] == 2.0
    b.status = "interrupted"
    assert s.status == "interrupted"
    a.status = "failed"
    b.status = "failed"
    assert s.status == "failed"
