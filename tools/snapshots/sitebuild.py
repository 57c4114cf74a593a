"""The in-memory site a template fills: routes, files, gold records, link checks."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from content import Item

HTML = "text/html; charset=utf-8"
BASE = "http://snapshot.invalid"

# A 1x1 grey GIF: image routes only need real image bytes, not a picture.
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xcc\xcc\xcc\xff\xff\xff!\xf9\x04\x00\x00\x00\x00"
       b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def tiny_pdf(title: str) -> bytes:
    """A small valid one-page PDF whose only text is an ASCII version of ``title``."""
    from content import slugify
    text = slugify(title, 60).replace("-", " ")
    stream = f"BT /F1 12 Tf 40 800 Td ({text}) Tj ET".encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def cp1258_bytes(text: str) -> bytes:
    """Encode as a Windows-1258 page really is: each letter with its vowel-quality mark
    precomposed where cp1258 has it (â ê ô ơ ư ă), the tone mark as a combining
    character after it; anything cp1258 lacks as a numeric character reference."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out:
            if ch in "\u0302\u0306\u031b":
                # the quality mark joins the base letter, before any tone already seen
                base, tones = out[-1][0], out[-1][1:]
                merged = unicodedata.normalize("NFC", base + ch)
                if len(merged) == 1:
                    out[-1] = merged + tones
                    continue
            out[-1] += ch
        else:
            out.append(ch)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def file_for(route: str) -> str:
    """The file path under the site folder that stores ``route``."""
    parts = urlsplit(route)
    path = re.sub(r"/{2,}", "/", parts.path).lstrip("/")
    if parts.query:
        stem = path.rstrip("/").replace("/", "_") or "index"
        query = re.sub(r"[^A-Za-z0-9._-]+", "_", parts.query).strip("_")
        last = path.rsplit("/", 1)[-1]
        ext = "." + last.rsplit(".", 1)[-1] if "." in last else ".html"
        return f"_q/{stem}__{query}{ext}"
    if not path:
        return "index.html"
    if path.endswith("/"):
        return path + "index.html"
    if "." not in path.rsplit("/", 1)[-1]:
        return path + "/index.html"
    return path


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src") and tag != "base":
                self.links.append(value)


def page_links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.links


def internal_target(link: str, page_route: str) -> str | None:
    """The route a link points to inside the site, or None for external/other links."""
    link = link.strip()
    if not link or link.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    absolute = urljoin(BASE + page_route, link)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != BASE:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass
class Page:
    route: str
    file: str
    data: bytes
    type: str
    status: int = 200
    text: str | None = None  # decoded HTML, for link checks


@dataclass
class Site:
    """Everything one site serves, built by a template."""

    site_id: str
    cfg: dict[str, Any]
    items: list[Item]
    encoding: str = "utf-8"
    pages: dict[str, Page] = field(default_factory=dict)
    redirects: dict[str, tuple[str, int]] = field(default_factory=dict)
    gold: list[dict[str, Any]] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    listing_pages: list[str] = field(default_factory=list)
    robots: str = "User-agent: *\nDisallow:\n"

    @property
    def html_type(self) -> str:
        return "text/html; charset=windows-1258" if self.encoding == "cp1258" else HTML

    def _encode(self, html: str, nfd: bool = False) -> bytes:
        if self.encoding == "cp1258":
            return cp1258_bytes(html)
        html = unicodedata.normalize("NFD" if nfd else "NFC", html)
        return html.encode("utf-8")

    def add(self, route: str, body: str | bytes, *, type: str | None = None, file: str | None = None,
            status: int = 200, nfd: bool = False) -> str:
        if route in self.pages or route in self.redirects:
            raise SystemExit(f"build: {self.site_id}: route {route} defined twice")
        file = file or file_for(route)
        if any(p.file == file for p in self.pages.values()):
            raise SystemExit(f"build: {self.site_id}: file {file} used by two routes")
        text = body if isinstance(body, str) else None
        data = self._encode(body, nfd) if isinstance(body, str) else body
        self.pages[route] = Page(route, file, data, type or self.html_type, status, text)
        return route

    def listing(self, route: str, html: str) -> None:
        self.add(route, html)
        self.listing_pages.append(route)

    def redirect(self, route: str, to: str, status: int = 301) -> None:
        self.redirects[route] = (to, status)

    def image(self, route: str) -> None:
        if route not in self.pages:
            self.add(route, GIF, type="image/gif" if route.endswith(".gif") else "image/jpeg")

    def pdf(self, route: str, title: str) -> None:
        if route not in self.pages:
            self.add(route, tiny_pdf(title), type="application/pdf")

    def article(self, item: Item, html: str, body: list[str], captions: list[str],
                author: str | None, must_not: list[str]) -> None:
        """Add an article page and its gold record."""
        self.add(item.route, html, nfd=item.nfd)
        item.file = self.pages[item.route].file
        self.articles.append(item.route)
        visible = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " "))
        missing = [s for s in must_not if s not in visible]
        if missing:
            raise SystemExit(f"build: {item.key}: must_not strings not on the page: {missing}")
        d = item.data
        self.gold.append({
            "site": self.site_id, "key": item.key, "route": item.route, "file": item.file,
            "encoding": "windows-1258" if self.encoding == "cp1258" else
                        ("utf-8-nfd" if item.nfd else "utf-8"),
            "title": unicodedata.normalize("NFC", item.title),
            "published": d["published"],
            "author": author,
            "body": [unicodedata.normalize("NFC", p) for p in body],
            "captions": [unicodedata.normalize("NFC", c) for c in captions],
            "refs": list(d.get("refs") or []),
            "kind": d.get("kind") or "other",
            "province": d.get("province") or self.cfg.get("province"),
            "attachments": list(item.attachment_routes),
            "duplicate_of": d.get("duplicate_of"),
            "must_not": sorted(set(must_not)),
        })

    def check_links(self) -> list[str]:
        """Internal links that resolve to no route (should be none)."""
        known = set(self.pages) | set(self.redirects) | {"/robots.txt"}
        bad = []
        for page in self.pages.values():
            if page.text is None:
                continue
            for link in page_links(page.text):
                target = internal_target(link, page.route)
                if target is not None and target not in known:
                    bad.append(f"{page.route} -> {link}")
        return bad

    def write(self, out: Path) -> None:
        """Write every file, robots.txt and _routes.json under ``out``."""
        bad = self.check_links()
        if bad:
            raise SystemExit(f"build: {self.site_id}: links to missing routes: {bad[:5]}")
        out.mkdir(parents=True, exist_ok=True)
        routes: dict[str, Any] = {}
        for route in sorted(self.pages):
            page = self.pages[route]
            target = out / page.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.data)
            routes[route] = {"file": page.file, "type": page.type, "status": page.status}
        for route in sorted(self.redirects):
            to, status = self.redirects[route]
            routes[route] = {"redirect": to, "status": status}
        (out / "robots.txt").write_text(self.robots, encoding="utf-8")
        (out / "_routes.json").write_text(json.dumps(routes, ensure_ascii=False, indent=1,
                                                     sort_keys=True) + "\n", encoding="utf-8")
