"""The duplicate-groups cache that ``edunews index`` writes beside the index.

A fresh search process loads it instead of reading every group from the
index; it must never answer for another commit than the one being read.
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from index.api import QueryRequest
from index.build import update_index
from index.groups import CACHE_FILE, DupGroups, reader_key
from index.search import Searcher
from tests.corpus import DUPLICATE_GROUPS, GENERATED, by_key, load


@pytest.fixture()
def built(tmp_path):
    load(tmp_path / "a.sqlite", GENERATED)
    update_index(tmp_path / "a.sqlite", tmp_path / "ix")
    return tmp_path


def _same(a: DupGroups, b: DupGroups) -> bool:
    return np.array_equal(a.gid, b.gid) and np.array_equal(a.rank, b.rank) and a.members == b.members


def _groups(ix):
    s = Searcher(ix)
    try:
        n = s._cols().doc_count()
        return DupGroups.load(ix, s._searcher, n), DupGroups.compute(s._searcher, n), reader_key(s._searcher.reader())
    finally:
        s.close()


def test_update_writes_a_cache_equal_to_computing(built, monkeypatch):
    ix = built / "ix"
    assert (ix / CACHE_FILE).exists()
    calls = []
    real = DupGroups.compute.__func__
    monkeypatch.setattr(DupGroups, "compute", classmethod(lambda cls, *a: calls.append(1) or real(cls, *a)))
    loaded, computed, _ = _groups(ix)
    assert len(calls) == 1          # only the explicit compute: load read the file
    assert _same(loaded, computed)
    assert len(loaded.members) == len(DUPLICATE_GROUPS)


def test_a_stale_cache_is_not_used(built):
    ix = built / "ix"
    old = built / "old.npz"
    shutil.copy(ix / CACHE_FILE, old)
    # Delete one copy of a group from the archive and update: the groups change.
    docs = by_key()
    a, b = DUPLICATE_GROUPS[0]
    import sqlite3

    db = sqlite3.connect(built / "a.sqlite")
    db.execute("DELETE FROM articles WHERE url=?", (docs[b].url,))
    db.commit()
    db.close()
    update_index(built / "a.sqlite", ix)
    shutil.copy(old, ix / CACHE_FILE)          # as if the update died before writing its cache
    loaded, computed, key = _groups(ix)
    assert _same(loaded, computed)
    assert key != str(np.load(old)["key"])
    with Searcher(ix, built / "a.sqlite") as s:
        res = s.search(QueryRequest(query="", limit=0, all_copies=False))
        assert res.total == len(GENERATED) - len(DUPLICATE_GROUPS)


@pytest.mark.parametrize("content", [b"", b"not a numpy file", b"PK\x03\x04garbage"])
def test_a_broken_cache_is_recomputed(built, content):
    ix = built / "ix"
    (ix / CACHE_FILE).write_bytes(content)
    loaded, computed, _ = _groups(ix)
    assert _same(loaded, computed) and loaded.members
    update_index(built / "a.sqlite", ix)       # nothing changed: the update repairs the cache
    assert (ix / CACHE_FILE).read_bytes()[:2] == b"PK"
    loaded, computed, _ = _groups(ix)
    assert _same(loaded, computed)
