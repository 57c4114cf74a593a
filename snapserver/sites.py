"""Serve the static snapshot sites of ``data/snapshots/`` on 127.0.0.1, one port per site.

Routing is exact: the request target (path + query, as linked) is looked up in the
site's ``_routes.json``; ``/robots.txt`` comes from the site folder; anything else
is a 404. Responses carry an ETag (hash of the file bytes) and a Last-Modified
(the file's mtime) and answer conditional requests with 304, so the crawler's
incremental re-checks can be tested for real.

``serve(..., preload=True)`` (``python -m snapserver --preload``, used by the crawl
benchmark) reads every routed file once at start and answers from memory: the
same bytes, ETag and Last-Modified, without a file read and a SHA-1 per request.
Tests leave it off, so a file changed on disk is served changed.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

ROUTES_FILE = "_routes.json"
LOG_PATH = "/__snapserver/requests"     # this site's request log as JSON (not itself logged)
STAMPS_PATH = "/__snapserver/stamps"    # when each logged response was sent (time.monotonic())


@dataclass
class Route:
    file: str | None
    type: str = "text/html; charset=utf-8"
    status: int = 200
    redirect: str | None = None


@dataclass
class SiteData:
    """One site's routing table and a log of the requests it served."""

    site_id: str
    root: Path
    routes: dict[str, Route]
    delay: float = 0.0
    requests: list[tuple[str, str, int]] = field(default_factory=list)   # (method, target, status)
    stamps: list[float] = field(default_factory=list)   # time.monotonic() of each logged response
    lock: threading.Lock = field(default_factory=threading.Lock)
    files: dict[str, tuple[bytes, str, float]] | None = None   # preloaded: file -> (bytes, ETag, mtime)

    def lookup(self, target: str) -> Route | None:
        route = self.routes.get(target)
        if route is None:
            route = self.routes.get(unquote(target))
        return route

    def log(self, method: str, target: str, status: int) -> None:
        with self.lock:
            self.requests.append((method, target, status))
            self.stamps.append(time.monotonic())

    def preload(self) -> None:
        """Read every routed file (and robots.txt) into memory, with its validators."""
        files: dict[str, tuple[bytes, str, float]] = {}
        names = {r.file for r in self.routes.values() if r.file} | {"robots.txt"}
        for name in names:
            loaded = read_file(self.root / name)
            if loaded is not None:
                files[name] = loaded
        self.files = files

    def file(self, name: str) -> tuple[bytes, str, float] | None:
        """(bytes, ETag, mtime) of a site file, from memory when preloaded, else from disk."""
        if self.files is not None:
            return self.files.get(name)
        return read_file(self.root / name)


def read_file(path: Path) -> tuple[bytes, str, float] | None:
    try:
        body = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError:
        return None
    return body, '"' + hashlib.sha1(body).hexdigest()[:20] + '"', mtime


def load_routes(site_dir: Path) -> dict[str, Route]:
    raw = json.loads((site_dir / ROUTES_FILE).read_text(encoding="utf-8"))
    routes: dict[str, Route] = {}
    for target, spec in raw.items():
        if isinstance(spec, str):
            spec = {"file": spec}
        routes[target] = Route(file=spec.get("file"), type=spec.get("type", "text/html; charset=utf-8"),
                               status=int(spec.get("status", 200)), redirect=spec.get("redirect"))
    return routes


def site_dirs(snap_dir: Path) -> list[Path]:
    """Every folder of ``snap_dir`` that holds a ``_routes.json``, by name."""
    return sorted(p for p in Path(snap_dir).iterdir() if (p / ROUTES_FILE).is_file())


def http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


def not_modified(headers, etag: str, mtime: float) -> bool:
    """True when the request's validators match (If-None-Match wins over If-Modified-Since)."""
    inm = headers.get("If-None-Match")
    if inm:
        tags = [t.strip() for t in inm.split(",")]
        return etag in tags or "*" in tags
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
        return int(mtime) <= int(since)
    return False


class QuietHandler(BaseHTTPRequestHandler):
    """Base handler: HTTP/1.1, no access log on stderr."""

    protocol_version = "HTTP/1.1"
    server_version = "snapserver/1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass

    def send_bytes(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None,
                   head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head and body:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass


class SiteHandler(QuietHandler):
    site: SiteData   # set on the per-site subclass

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        site = self.site
        if site.delay:
            time.sleep(site.delay)
        target = self.path
        if target in (LOG_PATH, STAMPS_PATH):
            with site.lock:
                body = json.dumps(site.requests if target == LOG_PATH else site.stamps).encode()
            self.send_bytes(200, body, "application/json", head=head)
            return
        self._respond(target, head)

    def send_response(self, code: int, message: str | None = None) -> None:
        # Logged before any byte is sent, so a client that has its answer sees it in the log.
        if self.path not in (LOG_PATH, STAMPS_PATH):
            self.site.log(self.command, self.path, code)
        super().send_response(code, message)

    def _respond(self, target: str, head: bool) -> int:
        site = self.site
        route = site.lookup(target)
        if route is None and target.split("?")[0] == "/robots.txt" and (
                site.file("robots.txt") is not None if site.files is not None
                else (site.root / "robots.txt").is_file()):
            route = Route(file="robots.txt", type="text/plain; charset=utf-8")
        if route is None:
            self.send_bytes(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                            "text/html; charset=utf-8", head=head)
            return 404
        if route.redirect:
            self.send_bytes(route.status if 300 <= route.status < 400 else 301, b"", "text/html",
                            {"Location": route.redirect}, head=head)
            return 301
        loaded = site.file(route.file or "")
        if loaded is None:
            self.send_bytes(404, b"missing file", "text/plain", head=head)
            return 404
        body, etag, mtime = loaded
        validators = {"ETag": etag, "Last-Modified": http_date(mtime)}
        if route.status == 200 and not_modified(self.headers, etag, mtime):
            self.send_response(304)
            for k, v in validators.items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return 304
        self.send_bytes(route.status, body, route.type, validators, head=head)
        return route.status


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up (timeout, size limit) is normal here: no traceback."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError, OSError)):
            return
        super().handle_error(request, client_address)


def start_server(handler: type[BaseHTTPRequestHandler], port: int = 0) -> tuple[Server, threading.Thread]:
    server = Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, thread


def base_url(server: Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


class SiteMap(dict):
    """{site_id: base URL}, plus ``.sites[site_id]`` (SiteData with the request log)."""

    sites: dict[str, SiteData]

    def requests(self, site_id: str) -> list[tuple[str, str, int]]:
        site = self.sites[site_id]
        with site.lock:
            return list(site.requests)

    def clear_requests(self) -> None:
        for site in self.sites.values():
            with site.lock:
                site.requests.clear()
                site.stamps.clear()


@contextmanager
def serve(snap_dir: Path, delay: float = 0.0, only: list[str] | None = None,
          preload: bool = False) -> Iterator[SiteMap]:
    """Serve every site of ``snap_dir`` in background threads; yields {site_id: base URL}.

    ``delay`` (seconds) slows every response down (for interruption tests);
    ``preload`` serves every file from memory, read once here.
    """
    servers: list[Server] = []
    bases = SiteMap()
    bases.sites = {}
    try:
        for d in site_dirs(Path(snap_dir)):
            if only and d.name not in only:
                continue
            data = SiteData(d.name, d, load_routes(d), delay=delay)
            if preload:
                data.preload()
            handler = type(f"Handler_{d.name}", (SiteHandler,), {"site": data})
            server, _ = start_server(handler)
            servers.append(server)
            bases[d.name] = base_url(server)
            bases.sites[d.name] = data
        yield bases
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
