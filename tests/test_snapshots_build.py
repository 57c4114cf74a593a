"""The snapshot sites in data/snapshots/: generated deterministically, complete, self-consistent.

These tests read the committed output with bs4/lxml (not with the generator's own helpers)
so a generator bug cannot hide itself.
"""
from __future__ import annotations

import filecmp
import html
import json
import re
import subprocess
import sys
import tomllib
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
SNAP = REPO / "data" / "snapshots"
BUILD = REPO / "tools" / "snapshots" / "build.py"
CONTENT = SNAP / "content"
SITES = sorted(p.name for p in SNAP.iterdir() if (p / "_routes.json").is_file())
BASE = "http://site.test"
PAGER_LABELS = {"2", "»", "›", "Trang sau", "Trang sau »", "Tiếp", "Tiếp >>", "Sau ›", ">"}


def routes(site: str) -> dict:
    return json.loads((SNAP / site / "_routes.json").read_text(encoding="utf-8"))


def gold() -> list[dict]:
    return [json.loads(line) for line in (SNAP / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def expected() -> dict:
    return json.loads((SNAP / "expected.json").read_text(encoding="utf-8"))


def charset(entry: dict) -> str | None:
    m = re.search(r"charset=([\w-]+)", entry.get("type", ""))
    return m.group(1) if m else None


def page_text(site: str, route: str) -> str:
    entry = routes(site)[route]
    raw = (SNAP / site / entry["file"]).read_bytes()
    return raw.decode(charset(entry) or "utf-8")


def soup(site: str, route: str) -> BeautifulSoup:
    return BeautifulSoup(page_text(site, route), "lxml")


def internal(link: str, page: str) -> str | None:
    if link.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    parts = urlsplit(urljoin(BASE + page, link.strip()))
    if f"{parts.scheme}://{parts.netloc}" != BASE:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def follow(site: str, route: str) -> str:
    """The final route after the site's redirects."""
    table = routes(site)
    for _ in range(5):
        entry = table.get(route, {})
        if "redirect" not in entry:
            return route
        route = entry["redirect"]
    return route


def is_html(entry: dict) -> bool:
    return entry.get("type", "").startswith("text/html")


def visible(text: str) -> str:
    """NFC, entities decoded, tags removed, white space squeezed: what a reader sees."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = unicodedata.normalize("NFC", html.unescape(text))
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).replace("\xa0", " ")).strip()


def test_there_are_twelve_sites_and_every_content_folder_is_built():
    folders = sorted(p.name for p in CONTENT.iterdir() if p.is_dir() and any(p.glob("*.json")))
    assert len(SITES) == 12
    assert set(folders) <= set(SITES)


def test_build_is_deterministic_and_matches_the_committed_output(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        proc = subprocess.run([sys.executable, str(BUILD), "--out", str(out)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)
    # the committed data/snapshots is what the generator makes now (re-run build.py if not)
    stale = [str(f) for f in files_a if not (SNAP / f).is_file() or not filecmp.cmp(a / f, SNAP / f, shallow=False)]
    assert stale == []


def test_bad_arguments_give_one_line_errors(tmp_path):
    proc = subprocess.run([sys.executable, str(BUILD), "--out", str(tmp_path), "--only", "nosuchsite"],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "unknown site" in proc.stderr
    bad = tmp_path / "content" / "daklak"
    bad.mkdir(parents=True)
    (bad / "01.json").write_text("{not json", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(BUILD), "--out", str(tmp_path / "o"), "--content",
                           str(tmp_path / "content"), "--only", "daklak"], capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "01.json" in proc.stderr


@pytest.mark.parametrize("site", SITES)
def test_every_route_has_its_file_and_robots_txt(site):
    table = routes(site)
    assert (SNAP / site / "robots.txt").read_text(encoding="utf-8").startswith("User-agent:")
    for route, entry in table.items():
        assert route.startswith("/")
        if "redirect" in entry:
            assert entry["redirect"] in table, route
            continue
        assert (SNAP / site / entry["file"]).is_file(), route
        assert entry["status"] == 200 and entry["type"]


@pytest.mark.parametrize("site", SITES)
def test_every_internal_link_resolves_to_a_route(site):
    table = routes(site)
    missing = []
    for route, entry in table.items():
        if "redirect" in entry or not is_html(entry):
            continue
        for tag in soup(site, route).find_all(True):
            for attr in ("href", "src"):
                value = tag.get(attr)
                if tag.name == "base" or not value:
                    continue
                target = internal(value, route)
                if target is not None and target not in table and target != "/robots.txt":
                    missing.append(f"{route} -> {value}")
    assert missing == []


def test_every_content_article_is_expected_and_has_gold():
    records = gold()
    by_key = {r["key"]: r for r in records}
    exp = expected()
    for f in sorted(CONTENT.glob("*/[0-9][0-9].json")):
        key = f"{f.parent.name}/{f.stem}"
        assert key in by_key, key
        assert by_key[key]["route"] in exp[f.parent.name], key
        data = json.loads(f.read_text(encoding="utf-8"))
        assert by_key[key]["title"] == unicodedata.normalize("NFC", data["title"])
        assert by_key[key]["published"] == data["published"]
        assert by_key[key]["refs"] == data.get("refs", [])
    for site, paths in exp.items():
        assert sorted(paths) == sorted(r["route"] for r in records if r["site"] == site)
        assert len(paths) == len(set(paths))


@pytest.mark.parametrize("site", SITES)
def test_site_has_four_articles_and_a_paginated_listing(site):
    exp = expected()[site]
    assert len(exp) >= 4
    table = routes(site)
    sources = {s["name"]: s for s in tomllib.loads((SNAP / "sources.toml").read_text(encoding="utf-8"))["source"]}
    start = follow(site, sources[site]["start_urls"][0].replace("{base}", ""))
    # walk the site's HTML pages from the start URL, like a crawler would
    seen, queue, pager_pairs = {start}, deque([start]), []
    while queue:
        route = queue.popleft()
        if route in exp:
            continue
        for a in soup(site, route).find_all("a", href=True):
            target = internal(a["href"], route)
            if target is None or target not in table:
                continue
            target = follow(site, target)
            label = a.get_text(" ", strip=True)
            if label in PAGER_LABELS and target not in exp and target != route:
                pager_pairs.append((route, target))
            if target not in seen and is_html(table[target]):
                seen.add(target)
                queue.append(target)
    assert set(exp) <= seen, "articles not reachable from the start URL"
    assert pager_pairs, "no pagination links"
    first, second = pager_pairs[0]
    assert page_text(site, first) != page_text(site, second)
    listed_on_second = {internal(a["href"], second) for a in soup(site, second).find_all("a", href=True)}
    assert listed_on_second & set(exp)


def test_minhhoa_is_windows_1258():
    table = routes("minhhoa")
    pages = [(r, e) for r, e in table.items() if is_html(e)]
    assert pages
    for route, entry in pages:
        assert entry["type"] == "text/html; charset=windows-1258"
        raw = (SNAP / "minhhoa" / entry["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        text = raw.decode("cp1258")
        assert 'charset=windows-1258' in text
    record = next(r for r in gold() if r["site"] == "minhhoa")
    text = visible(page_text("minhhoa", record["route"]))
    assert record["encoding"] == "windows-1258"
    assert squeeze(record["body"][0]) in text


def test_exactly_one_nfd_article_and_it_is_decomposed():
    nfd = [r for r in gold() if r["encoding"] == "utf-8-nfd"]
    assert len(nfd) == 1
    raw = (SNAP / nfd[0]["site"] / nfd[0]["file"]).read_bytes().decode("utf-8")
    assert unicodedata.normalize("NFD", raw) == raw
    assert unicodedata.normalize("NFC", raw) != raw
    others = [r for r in gold() if r["encoding"] == "utf-8"]
    sample = (SNAP / others[0]["site"] / others[0]["file"]).read_bytes().decode("utf-8")
    assert unicodedata.normalize("NFC", sample) == sample


@pytest.mark.parametrize("record", gold(), ids=lambda r: r["key"])
def test_gold_matches_its_page(record):
    text = visible(page_text(record["site"], record["route"]))
    assert squeeze(record["title"]) in text
    for para in record["body"]:
        assert squeeze(para) in text, para[:60]
    for cap in record["captions"]:
        assert squeeze(cap) in text
        assert all(squeeze(cap) != squeeze(p) for p in record["body"])
    assert len(record["must_not"]) >= 5
    body = " ".join(record["body"])
    for junk in record["must_not"]:
        assert squeeze(junk) in text, junk
        assert junk not in body, junk
    if record["author"]:
        assert squeeze(record["author"]) in text
    for att in record["attachments"]:
        entry = routes(record["site"])[att]
        assert entry["type"] == "application/pdf"
        assert (SNAP / record["site"] / entry["file"]).read_bytes().startswith(b"%PDF-")
    assert record["province"]
    assert record["kind"] in {"so-ket", "tong-ket", "quan-triet", "dai-hoi", "other"}


def test_sources_toml_describes_every_site():
    entries = tomllib.loads((SNAP / "sources.toml").read_text(encoding="utf-8"))["source"]
    assert sorted(e["name"] for e in entries) == SITES
    for e in entries:
        assert e["snapshot"] == e["name"] and e["verified"] is True
        assert e["start_urls"] and all(u.startswith("{base}/") for u in e["start_urls"])
        assert follow(e["name"], e["start_urls"][0].replace("{base}", "")) in routes(e["name"])
    assert sorted(e["name"] for e in entries if "profile" not in e) == ["bactuliem", "moet", "thuathienhue"]
    assert [e["name"] for e in entries if "province" not in e] == ["moet"]


def test_site_features_feeds_attachments_and_robots_sections():
    feeds = [s for s in SITES if any(e.get("type", "").startswith(("application/rss+xml", "application/xml"))
                                     for e in routes(s).values())]
    assert len(feeds) >= 2
    with_pdf = {r["site"] for r in gold() if r["attachments"]}
    assert len(with_pdf) >= 2
    disallowing = []
    for s in SITES:
        for line in (SNAP / s / "robots.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("Disallow: /") and any(r.startswith(line.split(": ", 1)[1]) for r in routes(s)):
                disallowing.append(s)
    assert disallowing
    moet = [r for r in gold() if r["site"] == "moet"]
    assert len({r["province"] for r in moet}) == len(moet)


def test_profile_less_sites_have_no_obvious_body_class():
    obvious = re.compile(r"(entry-content|article-?body|post-content|news-?content|content-detail|field--name-body)", re.I)
    for site in ("thuathienhue", "bactuliem", "moet"):
        for record in (r for r in gold() if r["site"] == site):
            raw = page_text(site, record["route"])
            assert not obvious.search(raw), record["route"]
            assert 'itemprop="articleBody"' not in raw and "<article" not in raw
