"""Facets over all hits, folded near-duplicates, snippets, the analyzer."""
from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from index.analysis import VnTokenizer, folded_words
from index.api import QueryRequest
from index.build import update_index
from index.dupes import similarity, sketch
from index.search import Searcher
from tests.corpus import DUPLICATE_GROUPS, GENERATED, by_key, load
from vntext.provinces import to_2025


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("facets")
    load(root / "a.sqlite", GENERATED)
    update_index(root / "a.sqlite", root / "ix")
    s = Searcher(root / "ix", root / "a.sqlite")
    yield s
    s.close()


def _folded_docs():
    hidden = {b for _, b in DUPLICATE_GROUPS}
    return [d for d in GENERATED if d.key not in hidden]


def test_facets_count_all_hits_not_the_page(searcher):
    res = searcher.search(QueryRequest(query="", limit=1,
                                       facets=["province", "province_2025", "year", "kind", "source"]))
    docs = _folded_docs()
    assert len(res.hits) == 1 and res.total == len(docs)
    assert res.facets["province"] == dict(Counter(d.province for d in docs if d.province))
    assert res.facets["province_2025"] == dict(Counter(to_2025(d.province) for d in docs if d.province))
    assert res.facets["year"] == dict(Counter(d.published[:4] for d in docs if d.published))
    assert res.facets["kind"] == dict(Counter(d.kind for d in docs))
    assert res.facets["source"] == dict(Counter(d.source for d in docs))
    assert list(res.facets["kind"].values()) == sorted(res.facets["kind"].values(), reverse=True)


def test_facets_with_all_copies_count_every_copy(searcher):
    res = searcher.search(QueryRequest(query="", limit=0, facets=["source"], all_copies=True))
    assert res.hits == [] and res.total == len(GENERATED)
    assert res.facets["source"] == dict(Counter(d.source for d in GENERATED))


def test_duplicates_fold_into_the_earliest_copy(searcher):
    docs = by_key()
    res = searcher.search(QueryRequest(query='"trực tuyến"'))
    assert [h.url for h in res.hits] == [docs["g20"].url]
    assert res.hits[0].other_urls == [docs["g21"].url]
    assert res.total == 1


def test_same_day_copies_fold_into_the_smaller_url(searcher):
    docs = by_key()
    res = searcher.search(QueryRequest(query='"hội thao"'))
    assert [h.url for h in res.hits] == [docs["g23"].url]      # http://a... < http://b...
    assert res.hits[0].other_urls == [docs["g22"].url]


def test_all_copies_lists_each_copy(searcher):
    res = searcher.search(QueryRequest(query='"trực tuyến"', all_copies=True))
    assert sorted(h.url for h in res.hits) == sorted(by_key()[k].url for k in ("g20", "g21"))
    assert res.total == 2


def test_near_duplicate_threshold():
    base = by_key()["g20"]
    assert similarity(sketch(base.title + "\n" + base.text),
                      sketch(by_key()["g21"].title + "\n" + by_key()["g21"].text)) >= 0.8
    unrelated = [d for d in GENERATED if d.key not in ("g20", "g21")]
    for d in unrelated:
        assert similarity(sketch(base.title + "\n" + base.text), sketch(d.title + "\n" + d.text)) < 0.5


def test_snippet_marks_folded_and_exact_matches(searcher):
    hit = searcher.search(QueryRequest(query="hoa binh huu nghi")).hits[0]
    assert hit.url == by_key()["g13"].url
    assert "[[hoà bình]]" in hit.snippet and "[[hữu nghị]]" in hit.snippet


def test_snippet_marks_reference_mentions(searcher):
    hits = {h.url: h for h in searcher.search(QueryRequest(query="CT 05", limit=None)).hits}
    assert "[[Chỉ thị số 05/CT-TW]]" in hits[by_key()["g03"].url].snippet
    assert "[[CT 05]]" in hits[by_key()["g04"].url].snippet


def test_snippet_is_a_window_around_the_match(searcher):
    # g20's text is ~600 characters; the match "cải cách hành chính" sits in its second half.
    hit = searcher.search(QueryRequest(query='"cải cách hành chính"')).hits[0]
    text = by_key()["g20"].text
    plain = hit.snippet.replace("[[", "").replace("]]", "").strip("… ")
    assert plain in " ".join(text.split())
    assert 100 <= len(plain) <= 260
    assert hit.snippet.startswith("…") and "[[cải cách hành chính]]" in hit.snippet


def test_no_snippets_when_not_asked(searcher):
    assert searcher.search(QueryRequest(query="sơ kết", snippets=False)).hits[0].snippet == ""


def _tokens(mode, text):
    return [t.text for t in VnTokenizer(mode)(text)]


def test_analyzer_keeps_every_syllable():
    text = "An toàn ở trường, ý kiến: to nhỏ, do đó có thể may mắn"
    assert _tokens("fold", text) == folded_words(text)
    assert _tokens("fold", text) == ["an", "toan", "o", "truong", "y", "kien", "to", "nho", "do", "do",
                                     "co", "the", "may", "man"]


def test_analyzer_nfd_and_tone_placement():
    nfd = unicodedata.normalize("NFD", "Hoà bình Uỷ ban")
    assert _tokens("marked", unicodedata.normalize("NFC", nfd)) == ["hòa", "bình", "ủy"]
    assert _tokens("marked", "Hòa bình Ủy ban") == ["hòa", "bình", "ủy"]
    assert _tokens("fold", "Đảng ủy") == ["dang", "uy"]


def test_nfd_query_finds_nfc_text(searcher):
    q = unicodedata.normalize("NFD", '"hòa bình"')
    assert {h.url for h in searcher.search(QueryRequest(query=q)).hits} == {by_key()["g12"].url,
                                                                           by_key()["g13"].url}
