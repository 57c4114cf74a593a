"""Malformed queries and bad filter values give one-line QueryErrors naming the problem and the fix."""
from __future__ import annotations

import pytest

from index.api import QueryError, QueryRequest
from index.build import update_index
from index.search import Searcher, validate_query
from tests.corpus import GENERATED, load

BAD_QUERIES = [
    ('"05 CT', "unbalanced quote"),
    ('chỉ thị "05', "unbalanced quote"),
    ("chỉ thị AND", "dangling AND"),
    ("AND chỉ thị", "cannot start with AND"),
    ("OR", "cannot start with OR"),
    ("sơ kết OR", "dangling OR"),
    ("sơ kết AND OR tổng kết", "dangling AND"),
    ("NOT", "dangling NOT"),
    ("sơ kết NOT", "dangling NOT"),
    ("()", "empty parentheses"),
    ("(sơ kết", "unclosed parenthesis"),
    ("sơ kết)", "unmatched ')'"),
    ("foo:bar", "unknown field 'foo:'"),
    ("author:Vinh", "unknown field 'author:'"),
    ("title:", "empty value for title:"),
    ("kind:hop", "unknown kind: hop"),
    ("year:22", "bad year"),
    ("year:2023-2020", "bad year range"),
    ("ref:hello", "not a document reference"),
    ("province:Atlantis", "unknown province"),
    ('""', "empty phrase"),
    ("!!! ...", "nothing to search for"),
]


@pytest.mark.parametrize("query,needle", BAD_QUERIES)
def test_bad_query_names_the_problem(query, needle):
    with pytest.raises(QueryError) as info:
        validate_query(query)
    message = str(info.value)
    assert needle in message
    assert "\n" not in message
    assert "—" in message or "unknown province" in message    # every message suggests a fix


@pytest.mark.parametrize("query", [
    "Chỉ thị 05", "chi thi 05", '"sơ kết" OR "tổng kết"', "(a OR b) AND NOT c", "title:hội",
    'province:"Sóc Trăng"', "province:Sóc Trăng", "kind:so-ket", "year:2020-2022", "ref:05-CT/TW",
    "lúc 8:30", "http://example.test/a", "", "NOT sơ kết", "05-CT/TW", "“sơ kết”",
])
def test_good_query_is_accepted(query):
    validate_query(query)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("errors")
    load(root / "a.sqlite", GENERATED[:5])
    update_index(root / "a.sqlite", root / "ix")
    s = Searcher(root / "ix", root / "a.sqlite")
    yield s
    s.close()


@pytest.mark.parametrize("options,needle", [
    ({"since": "2021-02-30"}, "bad date: 2021-02-30"),
    ({"until": "31/12/2021"}, "bad date: 31/12/2021"),
    ({"since": "2022-01-01", "until": "2021-01-01"}, "empty date range"),
    ({"provinces": ["Atlantis"]}, "unknown province: Atlantis"),
    ({"kinds": ["meeting"]}, "unknown kind: meeting"),
    ({"facets": ["author"]}, "unknown facet: author"),
    ({"sort": "title"}, "unknown sort: title"),
    ({"limit": -1}, "bad limit"),
])
def test_bad_filter_names_the_problem(searcher, options, needle):
    with pytest.raises(QueryError) as info:
        searcher.search(QueryRequest(query="chỉ thị", **options))
    assert needle in str(info.value)
    assert "\n" not in str(info.value)


def test_partial_dates_cover_their_period(searcher):
    res = searcher.search(QueryRequest(query="", since="2021", until="2021-08", limit=None))
    assert {h.published[:7] for h in res.hits} == {"2021-03", "2021-08"}


def test_index_of_another_schema_version_asks_for_a_rebuild(tmp_path):
    import sqlite3

    from index.api import IndexError_
    from index.build import update_index
    from index.search import Searcher
    from index.state import STATE_FILE
    from tests.corpus import GENERATED, load

    load(tmp_path / "a.sqlite", GENERATED[:3])
    update_index(tmp_path / "a.sqlite", tmp_path / "ix")
    with Searcher(tmp_path / "ix") as s:
        assert s.search(QueryRequest(query="")).total == 3
    db = sqlite3.connect(tmp_path / "ix" / STATE_FILE)
    db.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(IndexError_, match="run 'edunews index' to rebuild"):
        Searcher(tmp_path / "ix")
    update_index(tmp_path / "a.sqlite", tmp_path / "ix")          # rebuilds
    with Searcher(tmp_path / "ix") as s:
        assert s.search(QueryRequest(query="")).total == 3
