"""Search over the snapshot sites' articles: expectations come from their content files."""
from __future__ import annotations

import pytest

from index.api import QueryRequest
from index.build import update_index
from index.search import Searcher
from tests.corpus import load, snapshot_docs, snapshot_duplicates
from vntext.provinces import expand_filter
from vntext.refs import index_terms, query_terms

DOCS = snapshot_docs()
COPIES = dict(snapshot_duplicates())          # copy key -> original key


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("snap")
    load(root / "a.sqlite", DOCS)
    update_index(root / "a.sqlite", root / "ix")
    s = Searcher(root / "ix", root / "a.sqlite")
    yield s
    s.close()


def _urls(searcher, **kw) -> set[str]:
    return {h.url for h in searcher.search(QueryRequest(limit=None, all_copies=True, **kw)).hits}


def test_corpus_is_there():
    assert len(DOCS) >= 40
    assert len({d.province for d in DOCS}) >= 10


ALL_REFS = sorted({r for d in DOCS for r in d.refs if "/" in r})


@pytest.mark.parametrize("ref", ALL_REFS)
def test_ref_query_finds_every_article_with_that_reference(searcher, ref):
    wanted_terms = {t for _, terms in query_terms(ref) for t in terms}
    expected = {d.url for d in DOCS if wanted_terms & set(index_terms(d.refs))}
    assert expected, ref
    assert _urls(searcher, query=f"ref:{ref}") == expected


@pytest.mark.parametrize("name", ["Cần Thơ", "Quảng Trị", "Đắk Lắk", "Hà Nội", "Thành phố Hồ Chí Minh",
                                  "Bắc Ninh", "Tuyên Quang", "Huế", "Đồng Tháp", "quang binh"])
def test_province_filter_matches_the_content_files(searcher, name):
    covered = set(expand_filter(name))
    expected = {d.url for d in DOCS if d.province in covered}
    assert expected
    assert _urls(searcher, query="", provinces=[name]) == expected


@pytest.mark.parametrize("since,until", [("2020-01-01", "2020-12-31"), ("2023-05-19", "2023-08-25"),
                                         ("2015-01-01", "2016-12-31")])
def test_date_range_matches_the_content_files(searcher, since, until):
    expected = {d.url for d in DOCS if d.published and since <= d.published <= until}
    assert _urls(searcher, query="", since=since, until=until) == expected


@pytest.mark.parametrize("kind", ["so-ket", "tong-ket", "quan-triet", "dai-hoi", "other"])
def test_kind_filter(searcher, kind):
    assert _urls(searcher, query="", kinds=[kind]) == {d.url for d in DOCS if d.kind == kind}


def test_titles_are_found_as_phrases(searcher):
    for d in DOCS:
        hits = _urls(searcher, query=f'title:"{d.title}"')
        assert d.url in hits, d.key


def test_syndicated_copies_fold(searcher):
    assert COPIES
    keys = {d.key: d for d in DOCS}
    for copy, original in COPIES.items():
        a, b = keys[copy], keys[original]
        res = searcher.search(QueryRequest(query=f'"{b.title}"', limit=None))
        urls = [h.url for h in res.hits]
        assert not ({a.url, b.url} <= set(urls)), (copy, original)
        rep = min((a, b), key=lambda d: (d.published, d.url))
        hit = next(h for h in res.hits if h.url == rep.url)
        assert (a.url if rep is b else b.url) in hit.other_urls
