"""The query table of tests/corpus: each query returns exactly the expected articles."""
from __future__ import annotations

import pytest

from index.api import QueryRequest
from index.build import update_index
from index.search import Searcher
from tests.corpus import GENERATED, QUERIES, by_key, load


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("queries")
    load(root / "archive.sqlite", GENERATED)
    update_index(root / "archive.sqlite", root / "index")
    s = Searcher(root / "index", root / "archive.sqlite")
    yield s
    s.close()


def test_table_is_big_enough():
    assert len(QUERIES) >= 25
    assert len({q for q, _, _ in QUERIES}) >= 25


@pytest.mark.parametrize("query,options,expected", QUERIES, ids=[f"{i:02d}:{q or o}" for i, (q, o, _) in enumerate(QUERIES)])
def test_query_returns_exactly(searcher, query, options, expected):
    result = searcher.search(QueryRequest(query=query, limit=None, **options))
    urls = by_key()
    got = {h.url for h in result.hits}
    want = {urls[k].url for k in expected}
    assert got == want, f"missing {sorted(want - got)}, unexpected {sorted(got - want)}"
    assert result.total == len(want)


def test_exact_diacritics_rank_above_folded(searcher):
    hits = searcher.search(QueryRequest(query='"an toàn"')).hits
    assert [h.url for h in hits][0] == by_key()["g10"].url
    hits = searcher.search(QueryRequest(query="ăn toàn bộ")).hits
    assert hits[0].url == by_key()["g11"].url


def test_query_without_diacritics_matches_both_spellings(searcher):
    hits = searcher.search(QueryRequest(query="an toan", limit=None)).hits
    assert {h.url for h in hits} == {by_key()["g10"].url, by_key()["g11"].url}


def test_date_sort_is_newest_first(searcher):
    hits = searcher.search(QueryRequest(query="", sort="date", limit=None)).hits
    dates = [h.published for h in hits if h.published]
    assert dates == sorted(dates, reverse=True)
    assert hits[-1].published is None          # undated last
    assert len(hits) == len(GENERATED) - 2     # two copies fold


def test_limit_and_offset_page_through_all_hits(searcher):
    full = [h.url for h in searcher.search(QueryRequest(query="", sort="date", limit=None)).hits]
    pages = []
    for offset in range(0, len(full), 4):
        res = searcher.search(QueryRequest(query="", sort="date", limit=4, offset=offset))
        assert res.total == len(full)
        pages += [h.url for h in res.hits]
        assert [h.rank for h in res.hits] == list(range(offset + 1, offset + 1 + len(res.hits)))
    assert pages == full


def test_iter_all_yields_every_hit(searcher):
    req = QueryRequest(query="Chỉ thị 05", limit=2)
    assert {h.url for h in searcher.iter_all(req)} == {by_key()[k].url for k in ("g01", "g02", "g03", "g04", "g05")}


def test_hits_carry_metadata(searcher):
    hit = searcher.search(QueryRequest(query="ref:01-KL/TW")).hits[0]
    doc = by_key()["g09"]
    assert (hit.url, hit.title, hit.published, hit.province) == (doc.url, doc.title, doc.published, doc.province)
    assert hit.province_2025 == "Huế"
    assert hit.refs == ["01-KL/TW"] and hit.kind == "quan-triet" and hit.source == "gen-hue"


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("query,options", [('"sơ kết"', {}), ("Chỉ thị 05", {}), ("hoi nghi", {}), ("", {}),
                                           ("cải cách hành chính", {}), ("", {"provinces": ["Cần Thơ"]}),
                                           ("Chỉ thị 05", {"provinces": ["Đắk Lắk", "Hà Nội"]}),
                                           ("", {"since": "2021-03-10", "until": "2021-04-02"})])
def test_pages_equal_the_full_ranking(searcher, query, options, sort):
    """A page (top-N collection, date order cache, filter doc sets) is the same slice of the full ranking."""
    full = searcher.search(QueryRequest(query=query, sort=sort, limit=None, **options))
    got = []
    for offset in range(0, full.total + 3, 3):
        res = searcher.search(QueryRequest(query=query, sort=sort, limit=3, offset=offset, **options))
        assert res.total == full.total
        got += [(h.url, h.score, h.rank) for h in res.hits]
    assert got == [(h.url, h.score, h.rank) for h in full.hits]
    assert len(got) == full.total


@pytest.mark.parametrize("query", ['"sơ kết"', "Chỉ thị 05", "hoi nghi", "an toàn", '"cải cách hành chính"'])
def test_cached_lengths_score_like_whoosh_bm25f(searcher, query):
    """index.scoring.CachedBM25F gives Whoosh's own BM25F scores, document by document."""
    from whoosh import index as wix
    from whoosh.scoring import BM25F

    from index.query import parse_query
    from index.scoring import CachedBM25F

    q = parse_query(query).query
    ix = wix.open_dir(str(searcher.index_dir), indexname="MAIN")
    with ix.searcher(weighting=BM25F()) as plain, ix.searcher(weighting=CachedBM25F()) as cached:
        want = [(d, s) for s, d in plain.search(q, limit=None).top_n]
        got = [(d, s) for s, d in cached.search(q, limit=None).top_n]
    assert want and got == want


def test_pages_over_several_segments(tmp_path):
    """Top-N pages restricted to the known matches map docnums per segment correctly."""
    from whoosh import index as wix

    archive, index_dir = tmp_path / "archive.sqlite", tmp_path / "index"
    half = len(GENERATED) // 2
    load(archive, GENERATED[:half])
    update_index(archive, index_dir)
    load(archive, GENERATED[half:])
    update_index(archive, index_dir)
    ix = wix.open_dir(str(index_dir), indexname="MAIN")
    segments = len(ix._segments())
    ix.close()
    assert segments >= 2
    with Searcher(index_dir, archive) as s:
        for query in ("Chỉ thị 05", '"sơ kết"', "hoi nghi", "an toàn"):
            full = s.search(QueryRequest(query=query, limit=None))
            got = []
            for offset in range(0, full.total, 2):
                got += [(h.url, h.score) for h in s.search(QueryRequest(query=query, limit=2, offset=offset)).hits]
            assert got == [(h.url, h.score) for h in full.hits] and got


def _has_phrase(q) -> bool:
    from whoosh import query as wq

    return isinstance(q, wq.Phrase) or any(_has_phrase(c) for c in q.children())


@pytest.mark.parametrize("query", sorted({q for q, _, _ in QUERIES if q}) + ["NOT hoi nghi", "hoi OR nghi NOT ket"])
def test_evaluator_equals_whoosh(searcher, query):
    """index.evaluate (whole posting arrays) matches exactly what Whoosh's matchers match,
    and, for queries without phrases, gives Whoosh's own BM25F score to every match."""
    import numpy as np
    from whoosh.scoring import BM25F

    from index.evaluate import Corpus, Evaluator
    from index.query import parse_query

    ws = searcher._searcher
    corpus = Corpus(ws)
    for scoring in (True, False):
        q = parse_query(query, scoring=scoring).query
        got = Evaluator(corpus, scoring=scoring).run(q)
        want = set(ws.docs_for_query(q))
        assert set(np.flatnonzero(got.mask).tolist()) == want
        if scoring and want and not _has_phrase(q):
            plain = searcher._ix.searcher(weighting=BM25F())
            try:
                whoosh_scores = {d: s for s, d in plain.search(q, limit=None).top_n}
            finally:
                plain.close()
            mine = {d: float(got.score[d]) for d in want}
            assert mine.keys() == whoosh_scores.keys()
            for d in want:
                assert mine[d] == pytest.approx(whoosh_scores[d], rel=1e-5)


def test_few_matches_read_columns_directly(searcher):
    """Date order and facets of a few matches, in a fresh reader (column reader, no cached
    list), equal those computed once the whole columns are loaded."""
    req = dict(query="", since="2021-03-10", until="2021-04-02", facets=["province", "year"])
    with Searcher(searcher.index_dir, searcher._archive_path) as fresh:
        cold = fresh.search(QueryRequest(sort="date", limit=1, offset=1, **req))
        assert not fresh._cols()._codes                       # nothing loaded for 2 matches
        fresh._cols().date_rank(), fresh._cols().codes("province"), fresh._cols().codes("year")
        warm = fresh.search(QueryRequest(sort="date", limit=1, offset=1, **req))
    full = searcher.search(QueryRequest(sort="date", limit=None, **req))
    assert [h.url for h in cold.hits] == [h.url for h in warm.hits] == [full.hits[1].url]
    assert cold.facets == warm.facets == full.facets and cold.facets["year"] == {"2021": 2}


@pytest.mark.parametrize("query", ['"chỉ thị 05"', '"hội nghị sơ kết"', '"ban chấp hành đảng bộ"',
                                   'title:"hội nghị"', '"05 chi bộ"', '"sơ kết sơ kết"'])
def test_phrase_check_paths_agree(searcher, query):
    """The array phrase check (position columns) and the per-document loop find the same
    documents and phrase frequencies, and the matches equal Whoosh's phrase matches."""
    import numpy as np
    from whoosh import query as wq

    from index.evaluate import Corpus, Evaluator, _phrase_freqs_loop, phrase_matches
    from index.postings import PositionLists, term_postings

    ws = searcher._searcher
    phrases = []

    def collect(q):
        if isinstance(q, wq.Phrase):
            phrases.append(q)
        for c in q.children():
            collect(c)

    collect(__import__("index.query", fromlist=["parse_query"]).parse_query(query).query)
    corpus = Corpus(ws)
    checked = 0
    for ph in phrases:
        fmt = ws.schema[ph.fieldname].format
        posts = [term_postings(ws, ph.fieldname, w, values=True) for w in ph.words]
        kinds = {type(p.values) for p in posts if len(p.ids) > 1}
        assert kinds <= {PositionLists}     # an inlined one-posting list arrives packed
        cand = corpus.live.copy()
        for p in posts:
            m = np.zeros(corpus.n, dtype=bool)
            m[p.ids] = True
            cand &= m
        if not cand.any():
            continue
        # Whole lists, every word: the columns check needs no candidate filtering.
        docs, freqs = phrase_matches([(p.ids, PositionLists.of(p.values), i) for i, p in enumerate(posts)])
        cols = [list(p.values.take(np.flatnonzero(cand[p.ids]))) for p in posts]
        loop = _phrase_freqs_loop(cols, fmt.decode_positions)
        assert docs.tolist() == np.flatnonzero(cand)[loop > 0].tolist()
        assert freqs.tolist() == loop[loop > 0].tolist()
        got = set(np.flatnonzero(Evaluator(corpus).run(ph).mask).tolist())
        assert got == set(ws.docs_for_query(ph))
        checked += len(docs)
    if query in ('"chỉ thị 05"', '"hội nghị sơ kết"'):
        assert checked


@pytest.mark.parametrize("phrase, expected", [
    ('"hội nghị sơ kết"', {"exact", "twice"}),            # 3 bigrams: positions of 0 and 2 only
    ('"hội nghị sơ kết học kỳ"', {"exact"}),               # 5 bigrams: 0, 4 and 1 or 2 or 3 of the middle
    ('"sơ kết hội nghị"', {"swap", "broken"}),     # "broken" holds it in its middle
])
def test_long_phrases_checked_on_a_bigram_cover_match_whoosh(tmp_path, phrase, expected):
    """Long phrases read the positions of a cover of their bigrams only; near misses (a
    syllable between, a broken pair, the words reordered) must not match, exactly as in Whoosh."""
    import numpy as np

    from index.evaluate import Corpus, Evaluator
    from index.query import parse_query
    from tests.corpus import Doc, load

    texts = {
        "exact": "hôm qua hội nghị sơ kết học kỳ một đã diễn ra",
        "twice": "hội nghị sơ kết và hội nghị sơ kết lần hai",
        "gap": "hội nghị và sơ kết học kỳ",                   # "hội nghị" and "sơ kết" both, not adjacent
        "broken": "hội nghị bàn sơ kết hội nghị sơ",           # every bigram but one of the phrase
        "swap": "sơ kết hội nghị học kỳ",
        "prefix": "hội nghị sơ khảo kết quả học kỳ",
    }
    docs = [Doc(key=k, source="test", title="tin", core=t, published="2024-01-01", province=None, filler=0)
            for k, t in texts.items()]
    load(tmp_path / "a.sqlite", docs)
    update_index(tmp_path / "a.sqlite", tmp_path / "ix")
    with Searcher(tmp_path / "ix", tmp_path / "a.sqlite") as s:
        ws = s._searcher
        q = parse_query(phrase).query
        got = set(np.flatnonzero(Evaluator(Corpus(ws)).run(q).mask).tolist())
        assert got == set(ws.docs_for_query(q))
        urls = {ws.stored_fields(d)["url"].rsplit("/", 1)[-1] for d in got}
        assert urls == expected


def test_the_bigram_cover_is_the_cheapest_set_that_places_every_syllable():
    """Checked against every subset of up to 9 bigrams: the chosen set holds the first and
    the last bigram, no two chosen are more than two apart, and none cheaper does."""
    import itertools
    import random

    from index.evaluate import _bigram_cover

    def places_all(chosen, m):
        return chosen[0] == 0 and chosen[-1] == m - 1 and all(b - a <= 2 for a, b in zip(chosen, chosen[1:]))

    rng = random.Random(5)
    for _ in range(300):
        m = rng.randint(1, 9)
        costs = [float(rng.choice([1, 2, 50, 900, 10_000])) for _ in range(m)]
        got = _bigram_cover(costs)
        assert got == sorted(set(got)) and places_all(got, m)
        cheapest = min(sum(costs[i] for i in c) for k in range(1, m + 1)
                       for c in itertools.combinations(range(m), k) if places_all(list(c), m))
        assert sum(costs[i] for i in got) == cheapest


_TABLE = sorted({q for q, _, _ in QUERIES if q}) + ['"hội nghị sơ kết" OR "chỉ thị 05"', '(sơ kết AND "hội nghị") NOT "05 chi bộ"']


def test_parallel_evaluation_gives_the_sequential_results_bit_for_bit(searcher):
    """Branches evaluated on the worker thread are combined in a fixed order: the masks and
    the scores are the same bits as a one-thread evaluation, query after query."""
    import numpy as np

    from index.evaluate import Corpus, Evaluator
    from index.query import parse_query

    corpus = Corpus(searcher._searcher)
    for query in _TABLE:
        q = parse_query(query).query
        one, two = Evaluator(corpus, parallel=False).run(q), Evaluator(corpus).run(q)
        assert np.array_equal(one.mask, two.mask), query
        assert np.array_equal(one.score, two.score), query


def test_searches_from_several_threads_at_once_answer_as_alone(searcher):
    """Four threads, each with its own Searcher (a Searcher is for one thread at a time),
    all handing branches to the one evaluation worker of the process, get exactly what
    each query gets on its own."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    mine = threading.local()
    opened = []

    def answer(query):
        if not hasattr(mine, "s"):
            mine.s = Searcher(searcher.index_dir, searcher._archive_path)
            opened.append(mine.s)
        r = mine.s.search(QueryRequest(query=query, limit=None, snippets=False))
        return r.total, [(h.url, h.score) for h in r.hits]

    alone = {q: answer(q) for q in _TABLE}
    try:
        with ThreadPoolExecutor(4) as pool:
            for _ in range(3):
                together = dict(zip(_TABLE, pool.map(answer, _TABLE)))
                assert together == alone
    finally:
        for s in opened:
            s.close()


def test_a_forked_child_evaluates_with_a_worker_of_its_own(searcher):
    """After fork the parent's worker thread is gone; a child must not hand branches to it."""
    import multiprocessing as mp

    from index.evaluate import Corpus, Evaluator
    from index.query import parse_query

    q = parse_query('"hội nghị sơ kết" OR "chỉ thị 05"').query
    want = int(Evaluator(Corpus(searcher._searcher)).run(q).mask.sum())   # the parent's worker exists now

    def child(out):
        out.put(int(Evaluator(Corpus(searcher._searcher)).run(q).mask.sum()))

    ctx = mp.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=child, args=(out,))
    proc.start()
    try:
        assert out.get(timeout=60) == want
    finally:
        proc.join(10)
        if proc.is_alive():
            proc.kill()
