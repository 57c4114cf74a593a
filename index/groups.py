"""Duplicate groups of an index reader, and their cache file beside the index.

The groups come from the ``dup`` field: each member of a group of
near-identical copies holds the group's term. Reading them costs one posting
list and a few stored-field reads per group, ~0.3 s at 100,000 articles (1% of
them copies), which a fresh ``edunews search`` process would pay before its
first answer. So ``edunews index`` saves them after each commit in
``edunews-groups.npz``, keyed by the commit it describes (generation,
segments and their deletions); a searcher loads that file when the key
matches its reader and computes the groups itself otherwise (an index built
before the cache existed, or an update killed between the Whoosh commit and
the cache write). The file is only ever replaced whole (write, then rename).
"""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np

from index.dupes import representative_key

CACHE_FILE = "edunews-groups.npz"


def reader_key(reader) -> str:
    """Identifies one committed state of the index: generation, segments, deletions."""
    try:
        leaves = [r for r, _ in reader.leaf_readers()]
        segs = [(r.segment().segment_id(), r.segment().deleted_count()) for r in leaves]
    except AttributeError:      # an empty index or a reader that is not segment-based
        segs = []
    return json.dumps([reader.generation(), reader.doc_count_all(), sorted(segs)])


class DupGroups:
    """``gid[d]`` numbers d's group (-1: no copies); ``rank[d]`` orders the copies
    of a group by ``representative_key`` (earliest published, then URL), so
    the representative of any subset of a group is its member of lowest rank.
    ``members[term]`` lists a group's documents in that order.
    """

    def __init__(self, gid: np.ndarray, rank: np.ndarray, members: dict[str, list[int]]):
        self.gid, self.rank, self.members = gid, rank, members

    @classmethod
    def compute(cls, searcher, n: int) -> "DupGroups":
        gid = np.full(n, -1, dtype=np.int64)
        rank = np.zeros(n, dtype=np.int64)
        members: dict[str, list[int]] = {}
        reader = searcher.reader()
        if "dup" not in reader.schema or not n:
            return cls(gid, rank, members)
        from index.postings import term_postings

        # Few documents have copies: read the group terms' postings, not the whole column.
        for code, term in enumerate(t for t in reader.field_terms("dup") if t):
            docs = [d for d in term_postings(searcher, "dup", term).ids.tolist() if not reader.is_deleted(d)]
            if not docs:
                continue
            keys = {}
            for d in docs:
                fields = searcher.stored_fields(d)
                keys[d] = representative_key(fields.get("published") or None, fields["url"])
            ordered = sorted(docs, key=keys.__getitem__)
            members[term] = ordered
            gid[ordered] = code
            rank[ordered] = np.arange(len(ordered))
        return cls(gid, rank, members)

    @classmethod
    def load(cls, index_dir: Path, searcher, n: int) -> "DupGroups":
        """The cached groups when they describe this reader, else computed."""
        cached = _read_cache(Path(index_dir) / CACHE_FILE, reader_key(searcher.reader()), n)
        return cached if cached is not None else cls.compute(searcher, n)

    def save(self, index_dir: Path, key: str) -> None:
        path = Path(index_dir) / CACHE_FILE
        terms = list(self.members)
        docs = np.array([d for t in terms for d in self.members[t]], dtype=np.int64)
        ends = np.cumsum([len(self.members[t]) for t in terms], dtype=np.int64)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            np.savez(fh, key=np.array(key), gid=self.gid, rank=self.rank, docs=docs, ends=ends,
                     terms=np.array(json.dumps(terms, ensure_ascii=False)))
        os.replace(tmp, path)

    def hidden(self, docs: np.ndarray) -> np.ndarray:
        """Mask over ``docs`` (ascending docnums): copies hidden behind their group's representative."""
        out = np.zeros(len(docs), dtype=bool)
        if not self.members or not len(docs):
            return out
        g = self.gid[docs]
        grouped = np.flatnonzero(g >= 0)
        if len(grouped) < 2:
            return out
        order = np.lexsort((self.rank[docs[grouped]], g[grouped]))
        sorted_g = g[grouped][order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = sorted_g[1:] != sorted_g[:-1]
        out[grouped[order[~first]]] = True
        return out


def _read_cache(path: Path, key: str, n: int) -> DupGroups | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key or len(data["gid"]) != n:
                return None
            gid, rank, docs, ends = data["gid"], data["rank"], data["docs"], data["ends"]
            terms = json.loads(str(data["terms"]))
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):   # missing, partial or foreign file: recompute
        return None
    if len(terms) != len(ends):
        return None
    starts = [0, *ends[:-1].tolist()]
    flat = docs.tolist()
    members = {t: flat[a:b] for t, a, b in zip(terms, starts, ends.tolist())}
    return DupGroups(gid, rank, members)


def write_cache(index_dir: Path) -> None:
    """Save the groups of the index's latest commit (what ``edunews index`` calls after committing)."""
    from whoosh import index as wix

    from index.build import INDEX_NAME

    ix = wix.open_dir(str(index_dir), indexname=INDEX_NAME)
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            key = reader_key(reader)
            path = Path(index_dir) / CACHE_FILE
            if _read_cache(path, key, reader.doc_count_all()) is not None:
                return
            DupGroups.compute(searcher, reader.doc_count_all()).save(index_dir, key)
    finally:
        ix.close()
