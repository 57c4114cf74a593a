"""The crawl-speed changes keep behaviour: the preloaded snapserver answers exactly as the
disk-reading one (bytes, type, ETag, Last-Modified, 304s, robots.txt, 404s, the request log
and its timestamps), and the attachment pre-check agrees with the regex it short-cuts."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, SNAPSHOTS
from crawler.spider import ATTACHMENT_BYTES, mentions_attachment
from snapserver.sites import load_routes, serve

SITE = "daklak"


def fetch(url: str, headers: dict | None = None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def _answers(base: str, targets: list[str]) -> list:
    out = []
    for t in targets:
        status, headers, body = fetch(base + t)
        keep = {k: headers.get(k) for k in ("Content-Type", "Content-Length", "ETag", "Last-Modified")}
        out.append((t, status, keep, body))
        if headers.get("ETag"):
            again = fetch(base + t, {"If-None-Match": headers["ETag"]})
            out.append((t, "inm", again[0], again[2]))
        if headers.get("Last-Modified"):
            again = fetch(base + t, {"If-Modified-Since": headers["Last-Modified"]})
            out.append((t, "ims", again[0], again[2]))
    return out


def test_preloaded_server_answers_like_the_disk_server():
    routes = load_routes(SNAPSHOTS / SITE)
    targets = [t for t, r in routes.items() if r.file and not r.redirect][:15]
    targets += ["/robots.txt", "/no-such-page/"]
    with serve(SNAPSHOTS, only=[SITE]) as disk, serve(SNAPSHOTS, only=[SITE], preload=True) as mem:
        assert mem.sites[SITE].files, "preload read nothing"
        expected = _answers(disk[SITE], targets)
        got = _answers(mem[SITE], targets)
        assert got == expected
        assert [s for _t, s, *_ in got if s == "inm"] and all(
            a[2] == 304 for a in got if a[1] in ("inm", "ims"))
        log = mem.requests(SITE)
        stamps = mem.sites[SITE].stamps
        assert len(log) == len(stamps) == len(got)
        assert stamps == sorted(stamps)
        assert any(r[2] == 304 for r in log) and log[-1] == ("GET", "/no-such-page/", 404)


def test_stamps_endpoint_and_clear():
    with serve(SNAPSHOTS, only=[SITE], preload=True) as mem:
        fetch(mem[SITE] + "/robots.txt")
        _s, _h, body = fetch(mem[SITE] + "/__snapserver/stamps")
        _s, _h, reqs = fetch(mem[SITE] + "/__snapserver/requests")
        assert len(json.loads(body)) == len(json.loads(reqs)) == 1
        mem.clear_requests()
        assert mem.requests(SITE) == [] and mem.sites[SITE].stamps == []


def test_preload_flag_on_the_command_line():
    proc = subprocess.Popen([sys.executable, "-m", "snapserver", "--dir", str(SNAPSHOTS), "--only", SITE,
                             "--preload"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        base = json.loads(proc.stdout.readline())["sites"][SITE]
        status, headers, body = fetch(base + "/robots.txt")
        assert status == 200 and body == (SNAPSHOTS / SITE / "robots.txt").read_bytes()
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize("body", [
    b"<a href='/files/Ke-Hoach.PDF'>x</a>", b"<a href=x.docx>", b"tai-ve", b"TaiVe", b".7Z archive",
    b"/LinkClick.aspx?fileticket=1", b"DinhKem", b"GetFile?id=2", b"file.ashx", b"Download now",
    b"no attachment here", b".pdfx", b"a.rarity", b"", b"download\xff\xfe",
])
def test_attachment_precheck_matches_regex(body):
    assert mentions_attachment(body) == (ATTACHMENT_BYTES.search(body) is not None)


def test_attachment_precheck_on_snapshot_pages():
    pages = sorted(SNAPSHOTS.rglob("*.html"))
    assert pages
    hits = 0
    for p in pages:
        b = p.read_bytes()
        want = ATTACHMENT_BYTES.search(b) is not None
        hits += want
        assert mentions_attachment(b) == want, p
    assert hits, "no snapshot page mentions an attachment: the test checks nothing positive"
