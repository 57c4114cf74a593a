"""data/sources.toml: the real-site list must match the observed hosts and stay honest."""
from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import urlsplit

from crawler.sources import KNOWN_PROFILES, load_sources
from vntext.provinces import lookup

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources.toml"
OBSERVED = ROOT / "data" / "sources-observed.tsv"


def _observed() -> list[dict]:
    with OBSERVED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_one_entry_per_observed_host_and_no_invented_hosts():
    sources = load_sources(SOURCES)
    rows = _observed()
    hosts = {h for s in sources for h in s.hosts}
    assert hosts == {r["host"] for r in rows}
    assert len(sources) == len(rows)
    by_host = {r["host"]: r for r in rows}
    for s in sources:
        (host,) = s.hosts
        assert s.province == by_host[host]["province"], s.name


def test_entries_are_unverified_and_well_formed():
    for s in load_sources(SOURCES):
        assert s.verified is False, s.name
        assert s.profile is None or s.profile in KNOWN_PROFILES
        assert lookup(s.province) is not None, s.province
        assert s.title and s.unit
        for url in s.start_urls:
            assert urlsplit(url).path.startswith("/")
        for url in s.start_urls:
            assert not s.allow or any(re.search(p, url) for p in s.allow), (s.name, url)


def test_shared_host_is_fenced_to_its_site():
    (bg,) = [s for s in load_sources(SOURCES) if "edu.viettel.vn" in s.hosts]
    assert bg.allow and all("/sgdbacgiang/" in u for u in bg.start_urls)


def test_header_documents_every_field_and_each_entry_says_unverified():
    text = SOURCES.read_text(encoding="utf-8")
    header = text.split("\n[[source]]\n", 1)[0]
    for field in ("name", "title", "province", "unit", "start_urls", "profile", "selectors.article",
                  "selectors.title", "selectors.date", "selectors.listing_links", "allow", "deny",
                  "max_pages", "verified"):
        assert field in header, field
    blocks = text.split("\n[[source]]\n")[:-1]
    assert all("# not verified offline: start URLs inferred from observed article URLs" in b
               for b in blocks)
