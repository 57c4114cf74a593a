"""The fault server's raw routes behave as documented."""
from __future__ import annotations

import http.client
import socket
import unicodedata
from urllib.parse import urlsplit

import pytest

from snapserver import faults
from snapserver.faults import serve_faults


@pytest.fixture(scope="module")
def fault_base():
    with serve_faults(slow_alias_seconds=1) as (base, state):
        yield base, state


def raw(base: str, target: str, method: str = "GET", timeout: float = 10):
    p = urlsplit(base)
    conn = http.client.HTTPConnection(p.hostname, p.port, timeout=timeout)
    conn.request(method, target)
    resp = conn.getresponse()
    return resp


def test_status_recovers_after_n_per_key(fault_base):
    base, _ = fault_base
    codes = [raw(base, "/status?code=503&recover_after=2&k=a").status for _ in range(3)]
    assert codes == [503, 503, 200]
    assert raw(base, "/status?code=503&recover_after=2&k=b").status == 503   # a separate counter


def test_truncated_body_is_shorter_than_declared(fault_base):
    base, _ = fault_base
    resp = raw(base, "/truncated")
    declared = int(resp.headers["Content-Length"])
    with pytest.raises(http.client.IncompleteRead):
        resp.read()
    assert declared == 100000


def test_huge_declares_its_size(fault_base):
    base, _ = fault_base
    resp = raw(base, "/huge?mb=20", method="HEAD")
    assert int(resp.headers["Content-Length"]) == 20 * 1024 * 1024


def test_reset_drops_the_connection(fault_base):
    base, _ = fault_base
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected, socket.error)):
        raw(base, "/reset").read()


def test_loop_and_redirect(fault_base):
    base, _ = fault_base
    resp = raw(base, "/loop?to=/loop")
    assert resp.status == 302 and resp.headers["Location"] == "/loop"
    assert raw(base, "/redirect?to=/x").headers["Location"] == "/x"


def test_charset_lies(fault_base):
    base, _ = fault_base
    resp = raw(base, "/charset?declared=utf-8&actual=cp1258")
    body = resp.read()
    assert "utf-8" in resp.headers["Content-Type"]
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = unicodedata.normalize("NFC", body.decode("cp1258"))
    assert faults.CP1258_TEXT[0] in text


def test_nfd_article_is_decomposed(fault_base):
    base, _ = fault_base
    text = raw(base, faults.NFD_ARTICLE).read().decode("utf-8")
    assert not unicodedata.is_normalized("NFC", text)
    assert faults.NFD_TEXT[0] in unicodedata.normalize("NFC", text)


def test_binary_empty_pdf_robots(fault_base):
    base, _ = fault_base
    assert b"\x00" in raw(base, "/binary-as-html").read()
    resp = raw(base, "/empty")
    assert resp.status == 200 and resp.read() == b""
    resp = raw(base, faults.PDF_FILE)
    assert resp.headers["Content-Type"] == "application/pdf" and resp.read().startswith(b"%PDF")
    assert b"Disallow: /private/" in raw(base, "/robots.txt").read()


def test_looping_pagination_points_back_to_page_one(fault_base):
    base, _ = fault_base
    assert b'href="/looping/list?page=1">Trang sau' in raw(base, "/looping/list?page=3").read()


def test_listing_links_every_fault(fault_base):
    base, _ = fault_base
    html = raw(base, "/").read().decode("utf-8")
    for alias in list(faults.ALIASES) + [faults.CP1258_ARTICLE, faults.NFD_ARTICLE, faults.PDF_FILE.join(["", ""])]:
        if alias.endswith(".pdf"):
            continue
        assert f'href="{alias}"' in html
