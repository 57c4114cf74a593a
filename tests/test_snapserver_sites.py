"""The snapshot server: exact routing, robots.txt, validators and 304s, redirects, the CLI entry."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, SNAPSHOTS
from snapserver.sites import load_routes
from snapserver.sources import resolve


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **kw):
        return None


def fetch(url: str, headers: dict | None = None):
    opener = urllib.request.build_opener(NoRedirect)
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_every_site_is_served_on_its_own_port(snap_sites, expected_articles):
    assert set(expected_articles) <= set(snap_sites)
    ports = {b.rsplit(":", 1)[1] for b in snap_sites.values()}
    assert len(ports) == len(snap_sites)
    assert all(b.startswith("http://127.0.0.1:") for b in snap_sites.values())


def test_routes_serve_file_bytes_with_type(snap_sites):
    routes = load_routes(SNAPSHOTS / "hagiang")
    target = next(t for t, r in routes.items() if "view=article" in t and r.file)
    status, headers, body = fetch(snap_sites["hagiang"] + target)
    assert status == 200
    assert body == (SNAPSHOTS / "hagiang" / routes[target].file).read_bytes()
    assert headers["Content-Type"] == routes[target].type


def test_unknown_paths_and_reordered_queries_are_404(snap_sites):
    routes = load_routes(SNAPSHOTS / "hagiang")
    target = next(t for t in routes if "view=article" in t)
    path, query = target.split("?", 1)
    reordered = path + "?" + "&".join(reversed(query.split("&")))
    assert fetch(snap_sites["hagiang"] + reordered)[0] == 404
    assert fetch(snap_sites["daklak"] + "/no-such-page/")[0] == 404


def test_robots_txt_comes_from_the_site_folder(snap_sites):
    status, _h, body = fetch(snap_sites["daklak"] + "/robots.txt")
    assert status == 200 and body == (SNAPSHOTS / "daklak" / "robots.txt").read_bytes()


def test_etag_and_last_modified_give_304(snap_sites):
    url = snap_sites["sondong"] + "/node/8882"
    status, headers, body = fetch(url)
    assert status == 200 and headers.get("ETag") and headers.get("Last-Modified")
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 1990 00:00:00 GMT"})[0] == 200


def test_redirect_routes(snap_sites):
    routes = load_routes(SNAPSHOTS / "daklak")
    target, route = next((t, r) for t, r in routes.items() if r.redirect)
    status, headers, _ = fetch(snap_sites["daklak"] + target)
    assert 300 <= status < 400 and headers["Location"] == route.redirect


def test_server_logs_requests(snap_sites):
    snap_sites.clear_requests()
    fetch(snap_sites["sondong"] + "/node/8841")
    assert snap_sites.requests("sondong") == [("GET", "/node/8841", 200)]


def test_resolve_replaces_base_and_drops_unserved(tmp_path):
    out = resolve(SNAPSHOTS / "sources.toml", {"daklak": "http://127.0.0.1:1234", "moet": "http://127.0.0.1:99"},
                  tmp_path / "s.toml")
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    names = [s["name"] for s in data["source"]]
    assert names == ["daklak", "moet"]
    assert all(u.startswith("http://127.0.0.1:1234/") for u in data["source"][0]["start_urls"])
    lines = [ln for ln in out.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("#")]
    assert not any("{base}" in ln for ln in lines)


def test_python_m_snapserver_prints_one_json_line():
    proc = subprocess.Popen([sys.executable, "-m", "snapserver", "--faults", "--only", "sondong"], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(proc.stdout.readline())
        assert list(info["sites"]) == ["sondong"]
        assert fetch(info["sites"]["sondong"] + "/node/8882")[0] == 200
        assert fetch(info["faults"] + "/status?code=418")[0] == 418
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0


def test_bad_dir_is_one_line_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "snapserver", "--dir", str(tmp_path / "nope")], cwd=ROOT,
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "not a folder" in proc.stderr
