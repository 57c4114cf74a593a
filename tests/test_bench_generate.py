"""The benchmark corpus generator: deterministic, and its articles and sites are valid."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter

import pytest

from archive.store import Archive
from bench.generate import REFERENCES, Generator, load_provinces, write_archive, write_site
from bench.textmodel import syllable_count
from cleaner.model import KINDS


POOL = 3000   # a smaller sentence pool than the benchmarks' keeps the test fast


@pytest.fixture(scope="module")
def gen() -> Generator:
    return Generator(seed=7, pool_size=POOL)


def test_same_seed_same_articles(gen):
    again = Generator(seed=7, pool_size=POOL)
    for i in (0, 1, 57, 399):
        assert again.article(i).article.to_dict() == gen.article(i).article.to_dict()
        assert again.article(i).source == gen.article(i).source


def test_other_seed_other_articles(gen):
    other = Generator(seed=8, pool_size=POOL)
    texts = {gen.article(i).article.text for i in range(20)}
    assert not texts & {other.article(i).article.text for i in range(20)}


def test_article_fields_are_valid(gen):
    provinces = {p.name for p in load_provinces()}
    assert len(provinces) == 63
    urls = set()
    lengths = []
    for i in range(300):
        a = gen.article(i).article
        assert a.title and a.text
        assert dt.date(2015, 1, 1) <= dt.date.fromisoformat(a.published) <= dt.date(2025, 12, 31)
        assert a.province in provinces
        assert a.kind in KINDS
        assert a.url.startswith("https://") and ".invalid/" in a.url   # never a real host
        urls.add(a.url)
        lengths.append(syllable_count(a.text))
        for ref in a.refs:
            assert ref in REFERENCES
    assert len(urls) == 300
    mean = sum(lengths) / len(lengths)
    assert 650 <= mean <= 800, mean


def test_references_in_about_a_tenth_and_spelled_variously(gen):
    arts = [gen.article(i).article for i in range(1500)]
    with_refs = [a for a in arts if a.refs]
    assert 0.06 <= len(with_refs) / len(arts) <= 0.15
    spellings = Counter()
    for a in with_refs:
        for s in REFERENCES[a.refs[0]]:
            if s in a.text:
                spellings[s] += 1
    assert len(spellings) >= 8          # many spellings, not one
    # Articles without refs never mention a reference-like token.
    for a in arts:
        if not a.refs:
            assert not re.search(r"\b\d{2}-(CT|NQ|KL)/TW\b", a.text)


def test_titles_cover_the_meeting_types(gen):
    titles = [gen.article(i).article.title for i in range(400)]
    assert any(t.startswith("Hội nghị sơ kết") for t in titles)
    assert any(t.startswith("Đại hội Chi bộ") and "nhiệm kỳ" in t for t in titles)
    assert any(t.startswith("Học tập, quán triệt Nghị quyết") for t in titles)


def test_write_archive_and_incremental_batch(tmp_path):
    path = tmp_path / "a.sqlite"
    g3 = Generator(3, pool_size=POOL)
    assert write_archive(path, 40, generator=g3) == 40
    assert write_archive(path, 40, generator=g3) == 0            # same articles: unchanged
    assert write_archive(path, 10, start=40, generator=g3) == 10  # the next ten are new
    with Archive(path, readonly=True) as arc:
        assert arc.count_articles() == 50
        expected = Generator(3, pool_size=POOL).article(41).article
        rec = arc.article(expected.url)
        assert rec is not None and rec.article.text == expected.text


def test_write_site_routes_point_at_files(tmp_path):
    info = write_site(tmp_path, 45, generator=Generator(2, pool_size=POOL))
    site = tmp_path / "benchsite"
    routes = json.loads((site / "_routes.json").read_text(encoding="utf-8"))
    files = [r for r in routes.values() if "file" in r]
    assert len(files) == 45 + info["listings"] == info["pages"]
    for r in files:
        assert (site / r["file"]).is_file()
    # Every article is linked from a listing page, and listings chain with "next" links.
    expected = json.loads((tmp_path / "expected.json").read_text())["benchsite"]
    linked = set()
    for p in range(1, info["listings"] + 1):
        page = (site / routes[f"/tin-tuc?page={p}"]["file"]).read_text(encoding="utf-8")
        linked |= set(re.findall(r'href="(/tin-tuc/[^"]+)"', page))
        assert (f"page={p + 1}" in page) == (p < info["listings"])
    assert linked == set(expected) and len(expected) == 45
    assert "{base}" in (tmp_path / "sources.toml").read_text(encoding="utf-8")
