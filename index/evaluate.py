"""Evaluating a query over whole posting lists: every match and its BM25F score in one pass.

Whoosh answers a query by walking matchers document by document in Python.
Here each term's postings arrive as numpy arrays (``index.postings``) and the
query tree is evaluated over dense per-document arrays: a boolean mask of
matches and a float array of scores. AND, OR and NOT are mask operations,
scores add up as Whoosh adds them (the sum over the matching clauses), and
a term's BM25F score is computed for all its documents at once with the
same formula and the same statistics as ``whoosh.scoring.BM25F``.

Phrases (positional, over the bigram fields) are checked on position columns
(``phrase_matches``): sorted (document, start) keys intersected in arrays, on a
cover of the phrase's bigrams. Query types this module does not know
fall back to Whoosh's ``docs_for_query`` (matches only, a constant score).
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from index.analysis import TermPositions
from index.postings import WHOOSH_IO, PositionLists, term_postings

B, K1 = 0.75, 1.2          # whoosh.scoring.BM25F defaults


@dataclass
class Matches:
    """Dense result of a (sub)query: ``mask[d]`` when document d matches, its ``score[d]``."""

    mask: np.ndarray
    score: np.ndarray | None


class Corpus:
    """Query-independent arrays of one searcher: live documents and field lengths."""

    def __init__(self, searcher):
        self.searcher = searcher
        reader = searcher.reader()
        self.n = reader.doc_count_all()
        self.live = np.ones(self.n, dtype=bool)
        if reader.has_deletions():
            for leaf, offset in reader.leaf_readers():
                if not leaf.has_deletions():
                    continue
                perdoc = getattr(leaf, "_perdoc", None)
                gone = (perdoc.deleted_docs() if perdoc is not None
                        else (d for d in range(leaf.doc_count_all()) if leaf.is_deleted(d)))
                for d in gone:
                    self.live[offset + d] = False
        self.has_deletions = not self.live.all()
        self._lengths: dict[str, np.ndarray] = {}
        self._norms: dict[str, np.ndarray] = {}

    def lengths(self, fieldname: str) -> np.ndarray:
        """Per-document length of a field as BM25F reads it (the length byte, decoded)."""
        found = self._lengths.get(fieldname)
        if found is not None:
            return found
        with WHOOSH_IO:
            return self._read_lengths(fieldname)

    def _read_lengths(self, fieldname: str) -> np.ndarray:
        found = self._lengths.get(fieldname)
        if found is not None:
            return found
        parts = []
        subs = self.searcher.subsearchers or [(self.searcher, 0)]
        for sub, _offset in subs:
            r = sub.reader()
            got = _length_array(r, fieldname)
            if got is None:
                got = np.array([r.doc_field_length(d, fieldname, 0) for d in range(r.doc_count_all())],
                               dtype=np.float64)
            parts.append(got)
        arr = np.concatenate(parts) if parts else np.zeros(0)
        if len(arr) < self.n:
            arr = np.concatenate([arr, np.zeros(self.n - len(arr))])
        self._lengths[fieldname] = arr
        return arr

    def length_norms(self, fieldname: str) -> np.ndarray:
        """BM25F's per-document length term ``K1 * ((1 - B) + B * length / average)``,
        computed once per field with the same operations in the same order."""
        found = self._norms.get(fieldname)
        if found is None:
            with WHOOSH_IO:
                avgfl = self.searcher.avg_field_length(fieldname) or 1
            found = self._norms[fieldname] = K1 * ((1 - B) + B * self.lengths(fieldname) / avgfl)
        return found

    def empty(self, scoring: bool) -> Matches:
        return Matches(np.zeros(self.n, dtype=bool), np.zeros(self.n) if scoring else None)


_BYTE_TO_LENGTH: np.ndarray | None = None


def _length_array(reader, fieldname: str) -> np.ndarray | None:
    """A segment's field lengths as BM25F sees them (W3 stores one byte per document,
    a lossy code), decoded in one table lookup; None for another codec."""
    global _BYTE_TO_LENGTH
    try:
        from whoosh.codec import whoosh3

        perdoc = reader._perdoc
        col = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
        if col is None or col._fixedlen != 1:
            return None
        if _BYTE_TO_LENGTH is None:
            _BYTE_TO_LENGTH = np.array([0] + [whoosh3.byte_to_length(b) for b in range(1, 256)],
                                       dtype=np.float64)
        raw = col._dbfile.get(col._basepos, col._count) if col._count else b""
        out = np.full(col._doccount, _BYTE_TO_LENGTH[col._default])
        out[:len(raw)] = _BYTE_TO_LENGTH[np.frombuffer(raw, dtype=np.uint8)]
        return out
    except Exception:  # noqa: BLE001 - another codec or layout: the caller reads lengths one by one
        return None


def _is_term_positions(fmt) -> bool:
    return type(fmt) is TermPositions


def _phrase_keys(base: np.ndarray, lists: PositionLists) -> np.ndarray:
    """``base[i] + position`` for every position of posting i: ascending when the bases
    are spaced wider than any position, since each posting's positions ascend. (The
    per-document part is made before it is repeated: fewer passes over the long array.)"""
    keys = np.repeat(base, lists.counts)
    # "unsafe" only lets uint32 positions into int32 keys; phrase_matches picked a key
    # type that holds every sum.
    np.add(keys, lists.positions, out=keys, casting="unsafe")
    return keys


def phrase_matches(columns: list[tuple[np.ndarray, PositionLists, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Documents where every column's term sits at ``start + offset`` for a common start,
    and how many such starts each has. A column is (ids, their positions, offset).

    Each column becomes one sorted array of (document, start) keys, ``document *
    span + start``, the arrays intersected from the one with fewest positions up, so
    a rare word makes a common one cheap. Documents are numbered densely first (those
    in any column), so the keys of a 100,000-article index fit 32 bits: half the
    memory traffic of 64-bit keys in every pass. Nothing walks documents one by one."""
    top = max(off for _ids, _lists, off in columns)
    span = top + 1 + max((int(lists.positions.max()) for _i, lists, _o in columns if len(lists.positions)),
                         default=0)
    present = np.zeros(max((int(ids[-1]) + 1 for ids, _l, _o in columns if len(ids)), default=0), dtype=bool)
    for ids, _lists, _off in columns:
        present[ids] = True
    dense = np.cumsum(present, dtype=np.int64) - 1          # a document's number among them
    kind = np.int32 if (int(dense[-1]) + 1 if len(dense) else 0) * span < 2 ** 31 else np.int64
    keys = None
    for ids, lists, off in sorted(columns, key=lambda c: len(c[1].positions)):
        base = (dense[ids] * span + (top - off)).astype(kind)
        k = _phrase_keys(base, lists)
        keys = k if keys is None else _sorted_intersection(keys, k)
        if not len(keys):
            break
    if keys is None or not len(keys):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
    rows = keys // span
    firsts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
    return np.flatnonzero(present)[rows[firsts]], np.diff(np.append(firsts, len(rows)))


def _bigram_cover(costs: list[float]) -> list[int]:
    """Which of a phrase's bigrams need their positions checked, given what reading each
    costs (its number of positions).

    A bigram at position p is the syllables at p and p + 1 (pairs are taken over
    the whole text), so a set of bigrams places every syllable of the phrase when
    it holds the first and the last and no two chosen ones are more than two
    apart: "a b c d" matches where "a_b" is at p and "c_d" at p + 2, without
    reading the positions of "b_c". Of those sets, the cheapest (a small dynamic
    program: each chosen bigram follows one or two places after the previous).
    """
    m = len(costs)
    if m <= 2:
        return list(range(m))
    best = [costs[0]] + [0.0] * (m - 1)
    back = [-1] * m
    for i in range(1, m):
        j = i - 1 if i < 2 or best[i - 1] <= best[i - 2] else i - 2
        best[i], back[i] = best[j] + costs[i], j
    cover, i = [], m - 1
    while i >= 0:
        cover.append(i)
        i = back[i]
    return cover[::-1]


def _sorted_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Values in both ascending, duplicate-free arrays. Few in many: binary search of the
    shorter in the longer. Similar sizes: one stable sort of both, which is a single
    merge of two sorted runs (timsort), then the values that appear twice."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return a
    if len(b) > 8 * len(a):
        at = np.searchsorted(b, a)
        at[at == len(b)] = len(b) - 1
        return np.compress(b[at] == a, a)
    both = np.concatenate((a, b))
    both.sort(kind="stable")
    later = both[1:]
    # np.compress: about twice as fast as a boolean index here
    return np.compress(later == both[:-1], later)


def _phrase_freqs_loop(cols: list[list[bytes]], decode) -> np.ndarray:
    """How often word 0, word 1, ... follow each other in each candidate document, one
    document at a time, for position formats of other layouts."""
    freqs = np.zeros(len(cols[0]), dtype=np.int64)
    for j in range(len(cols[0])):
        starts = set(decode(cols[0][j]))
        for i in range(1, len(cols)):
            if not starts:
                break
            starts &= {p - i for p in decode(cols[i][j])}
        freqs[j] = len(starts)
    return freqs


_POOL: ThreadPoolExecutor | None = None
_POOL_LOCK = threading.Lock()
_ON_WORKER = threading.local()


def _mark_worker() -> None:
    _ON_WORKER.active = True


def _forget_worker() -> None:
    """In a forked child: the parent's worker thread is not there, so start a new one."""
    global _POOL, _POOL_LOCK
    _POOL, _POOL_LOCK = None, threading.Lock()


os.register_at_fork(after_in_child=_forget_worker)


def _worker() -> ThreadPoolExecutor:
    """One extra thread per process: with the caller's, two (the machines are 2-core)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="edunews-eval",
                                       initializer=_mark_worker)
        return _POOL


def _heavy(q: wq.Query) -> bool:
    """Worth a thread: a phrase or a compound (a single term costs about a thread hand-off)."""
    return type(q) not in (wq.Term, wq.Every) and q is not wq.NullQuery


class Evaluator:
    """Evaluates Whoosh query trees over a ``Corpus``; ``scoring=False`` skips the scores.

    With ``parallel`` (the default), branches of an OR, AND or AND-MAYBE that are
    phrases or compounds are handed to a second thread while the calling thread
    evaluates the rest: numpy's sorts, merges and arithmetic release the GIL, so a
    long phrase and the exact-form terms that rank it overlap (about a quarter off
    "hội nghị sơ kết" at 100k). Results are combined in a fixed order, so they do not
    depend on which thread finishes first; the worker evaluates its branch alone and
    never waits for another task, so nothing can deadlock.
    """

    def __init__(self, corpus: Corpus, scoring: bool = True, parallel: bool = True):
        self.corpus = corpus
        self.scoring = scoring
        self.parallel = parallel
        self.searcher = corpus.searcher

    def _start(self, q: wq.Query) -> Future | None:
        """``q`` evaluating on the worker thread, or None to evaluate it here (parallel off,
        a light query, or this thread is the worker)."""
        if not self.parallel or not _heavy(q) or getattr(_ON_WORKER, "active", False):
            return None
        return _worker().submit(self.run, q)

    def _start_heavy(self, queries: list[wq.Query]) -> dict[int, Future]:
        """Start all heavy queries but the last on the worker (the caller keeps that one)."""
        heavy = [i for i, c in enumerate(queries) if _heavy(c)]
        started = {i: self._start(queries[i]) for i in heavy[:-1]}
        return {i: f for i, f in started.items() if f is not None}

    def _finish(self, queries: list[wq.Query], started: dict[int, Future]) -> list[Matches]:
        """Every query's matches in order: those not started evaluated here, then the rest awaited."""
        done = {i: self.run(c) for i, c in enumerate(queries) if i not in started}
        return [done[i] if i in done else started[i].result() for i in range(len(queries))]

    def run(self, q: wq.Query) -> Matches:
        kind = type(q)
        if kind is wq.Term:
            return self._term(q)
        if kind is wq.Or and getattr(q, "minmatch", 0) in (0, 1, None):
            return self._or(q)
        if kind is wq.And:
            return self._and(q)
        if kind is wq.Not:
            # Whoosh scores a NOT (and Every) match with the query's boost.
            mask = self.corpus.live & ~self.run(q.query).mask
            return Matches(mask, np.where(mask, q.boost, 0.0) if self.scoring else None)
        if kind is wq.AndMaybe:
            later = self._start(q.b) if _heavy(q.a) else None
            a = self.run(q.a)
            b = later.result() if later is not None else self.run(q.b)
            score = None
            if self.scoring:
                score = a.score + np.where(a.mask, b.score, 0.0)
            return Matches(a.mask, self._boosted(score, q))
        if kind is wq.Every:
            live = self.corpus.live
            return Matches(live.copy(), np.where(live, q.boost, 0.0) if self.scoring else None)
        if kind is wq.Phrase and q.slop == 1:
            return self._phrase(q)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return self.corpus.empty(self.scoring)
        return self._fallback(q)

    # -- leaves ---------------------------------------------------------------
    def _bm25(self, fieldname: str, texts: list[str], ids: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """The BM25F score of terms ``texts`` (one, or a phrase's words) that share the
        frequencies ``tf`` in documents ``ids``. Whoosh adds a phrase's words one by one;
        with the same tf and length term that sum is the common factor times the sum of
        their idfs (equal to rounding, and one pass over the documents instead of one a word)."""
        s = self.searcher
        field = s.schema[fieldname]
        if not field.scorable:
            return tf.astype(np.float64) * len(texts)
        with WHOOSH_IO:
            idf = sum(s.idf(fieldname, text) for text in texts)
        # idf * ((tf * (K1 + 1)) / (tf + norm)), the same operations in place
        # (each temporary of 100,000 floats costs about as much as the arithmetic).
        tf = tf.astype(np.float64)
        denom = self.corpus.length_norms(fieldname)[ids]
        denom += tf
        tf *= K1 + 1
        tf /= denom
        tf *= idf
        return tf

    def _term(self, q: wq.Term) -> Matches:
        out = self.corpus.empty(self.scoring)
        self._add_term(q, out)
        return out

    def _add_term(self, q: wq.Term, into: Matches) -> None:
        """Mark a term's documents in ``into`` and add its scores there (an OR of terms
        accumulates into one pair of arrays instead of one pair per term)."""
        p = term_postings(self.searcher, q.fieldname, q.text)
        ids, weights = p.ids, p.weights
        if self.corpus.has_deletions and len(ids):
            keep = self.corpus.live[ids]
            ids, weights = ids[keep], weights[keep]
        if not len(ids):
            return
        into.mask[ids] = True
        if self.scoring:
            sc = self._bm25(q.fieldname, [q.text], ids, weights)
            if q.boost != 1.0:
                sc *= q.boost
            into.score[ids] += sc

    def _phrase(self, q: wq.Phrase) -> Matches:
        words = list(q.words)
        if not words:
            return self.corpus.empty(self.scoring)
        if len(words) == 1:
            return self._term(wq.Term(q.fieldname, words[0], boost=q.boost))
        field = self.searcher.schema[q.fieldname]
        if _is_term_positions(field.format):
            docs, freqs = self._phrase_columns(q.fieldname, words)
        else:
            docs, freqs = self._phrase_loop(q.fieldname, words, field.format.decode_positions)
        out = self.corpus.empty(self.scoring)
        if not len(docs):
            return out
        out.mask[docs] = True
        if self.scoring:
            fb = getattr(field.format, "field_boost", 1.0) or 1.0
            score = self._bm25(q.fieldname, list(dict.fromkeys(words)), docs, freqs * fb)
            if q.boost != 1.0:
                score *= q.boost
            out.score[docs] = score
        return out

    def _candidates(self, posts) -> np.ndarray:
        """Live documents holding every one of the posting lists."""
        cand = self.corpus.live.copy()
        for p in posts:
            m = np.zeros(self.corpus.n, dtype=bool)
            m[p.ids] = True
            cand &= m
        return cand

    def _phrase_columns(self, fieldname: str, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Phrase matches from position columns. On a bigram field only a cover of the
        bigrams is read (``_bigram_cover``): the others hold wherever the cover does."""
        if fieldname.endswith("_b"):
            reader = self.searcher.reader()
            with WHOOSH_IO:
                costs = [reader.frequency(fieldname, w) for w in words]
            cover = _bigram_cover(costs)
        else:
            cover = list(range(len(words)))
        read: dict[str, tuple] = {}
        for i in cover:
            if words[i] not in read:
                p = term_postings(self.searcher, fieldname, words[i], values=True)
                read[words[i]] = (p, PositionLists.of(p.values))
        cand = self._candidates(p for p, _ in read.values())
        ncand = int(np.count_nonzero(cand))
        if not ncand:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.int64)
        columns = []
        for i in cover:
            p, lists = read[words[i]]
            ids = p.ids
            if 2 * ncand < len(ids):       # most postings cannot match: drop them first
                keep = np.flatnonzero(cand[ids])
                ids, lists = ids[keep], lists.take(keep)
            columns.append((ids, lists, i))
        docs, freqs = phrase_matches(columns)
        if len(docs) and not cand[docs].all():   # deleted documents, in a list read whole
            keep = cand[docs]
            docs, freqs = docs[keep], freqs[keep]
        return docs, freqs

    def _phrase_loop(self, fieldname: str, words: list[str], decode) -> tuple[np.ndarray, np.ndarray]:
        """Phrase matches one candidate document at a time, for other position formats."""
        posts = {w: term_postings(self.searcher, fieldname, w, values=True) for w in dict.fromkeys(words)}
        cand = self._candidates(posts.values())
        docs = np.flatnonzero(cand)
        if not len(docs):
            return docs, np.zeros(0, dtype=np.int64)
        cols = {w: list(p.values.take(np.flatnonzero(cand[p.ids]))) for w, p in posts.items()}
        freqs = _phrase_freqs_loop([cols[w] for w in words], decode)
        hit = freqs > 0
        return docs[hit], freqs[hit]

    def _fallback(self, q: wq.Query) -> Matches:
        out = self.corpus.empty(self.scoring)
        with WHOOSH_IO:
            ids = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)
        out.mask[ids] = True
        if self.scoring and len(ids):
            out.score[ids] = float(getattr(q, "boost", 1.0))
        return out

    # -- compounds ------------------------------------------------------------
    def _boosted(self, score, q):
        boost = getattr(q, "boost", 1.0)
        return score * boost if score is not None and boost != 1.0 else score

    def _or(self, q: wq.Or) -> Matches:
        # Scores add up as Whoosh adds them (0 + s0 + s1 + ...): terms first, into one
        # pair of arrays, then the other clauses in clause order (equal to rounding).
        out = self.corpus.empty(self.scoring)
        rest = [c for c in q.subqueries if type(c) is not wq.Term]
        started = self._start_heavy(rest)
        for c in q.subqueries:
            if type(c) is wq.Term:
                self._add_term(c, out)
        for sub in self._finish(rest, started):
            out.mask |= sub.mask
            if self.scoring:
                out.score += sub.score
        return Matches(out.mask, self._boosted(out.score, q))

    def _and(self, q: wq.And) -> Matches:
        positive = [c for c in q.subqueries if type(c) is not wq.Not]
        negative = [c.query for c in q.subqueries if type(c) is wq.Not]
        if not positive:
            positive = [wq.Every()]
        subs = self._finish(positive, self._start_heavy(positive))
        mask = subs[0].mask.copy()
        for s in subs[1:]:
            mask &= s.mask
        for c in negative:
            if mask.any():
                mask &= ~self.run(c).mask
        score = None
        if self.scoring:
            score = subs[0].score.copy()
            for s in subs[1:]:
                score += s.score
            score += sum(float(getattr(c, "boost", 1.0)) for c in q.subqueries if type(c) is wq.Not)
            score[~mask] = 0.0
        return Matches(mask, self._boosted(score, q))
