"""Searching the index: queries, filters, facets over all hits, folded duplicates, snippets.

Light on imports (no Scrapy, no bs4): this is the ``edunews search`` path.
Texts for snippets come from the archive (the index does not store bodies).
"""
from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path
from typing import Iterator

import numpy as np
from whoosh import query as wq

from index.alloc import keep_freed_memory
from index.api import Hit, IndexError_, QueryError, QueryRequest, SearchResult
from index.build import INDEX_NAME, index_info  # noqa: F401 - index_info is part of this module's API
from index.evaluate import Corpus, Evaluator
from index.groups import DupGroups
from index.query import Highlights, kind_filter, parse_query, province_names, validate_query  # noqa: F401
from index.schema import FILTER_FIELDS, SCHEMA_VERSION
from index.scoring import CachedBM25F
from index.snippets import make_snippet
from index.state import STATE_FILE

SORTS = ("relevance", "date")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CHUNK = 200


def check_date(value: str, end: bool) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD → the first (or, for ``end``, last) day it covers."""
    m = _DATE_RE.match(value.strip()) if value else None
    if not m:
        raise QueryError(f"bad date: {value} — write YYYY-MM-DD, e.g. 2021-02-28")
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            return date(int(y), int(mo), int(d)).isoformat()
        if mo:
            first = date(int(y), int(mo), 1)
            if not end:
                return first.isoformat()
            nxt = date(int(y) + (mo == "12"), 1 if mo == "12" else int(mo) + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        return f"{y}-12-31" if end else f"{y}-01-01"
    except ValueError:
        raise QueryError(f"bad date: {value} — no such day; write a real date as YYYY-MM-DD") from None


def filter_queries(req: QueryRequest) -> list[wq.Query]:
    """Whoosh queries for the filters of a request; raises QueryError for bad values."""
    out: list[wq.Query] = []
    if req.provinces:
        names = province_names(list(req.provinces))
        out.append(_any("province", names))
    if req.since or req.until:
        lo = check_date(req.since, end=False) if req.since else "0000-01-01"
        hi = check_date(req.until, end=True) if req.until else "9999-12-31"
        if lo > hi:
            raise QueryError(f"empty date range: since {req.since} is after until {req.until} — swap them")
        out.append(wq.TermRange("published", lo, hi))
    if req.kinds:
        out.append(kind_filter(list(req.kinds)))
    if req.sources:
        out.append(_any("source", list(req.sources)))
    return out


def _any(fieldname: str, values: list[str]) -> wq.Query:
    values = list(dict.fromkeys(values))
    return wq.Term(fieldname, values[0]) if len(values) == 1 else wq.Or([wq.Term(fieldname, v) for v in values])


def check_request(req: QueryRequest) -> None:
    if req.sort not in SORTS:
        raise QueryError(f"unknown sort: {req.sort} — use relevance or date")
    if req.limit is not None and req.limit < 0:
        raise QueryError(f"bad limit: {req.limit} — use 0 or more")
    if req.offset < 0:
        raise QueryError(f"bad offset: {req.offset} — use 0 or more")
    for f in req.facets:
        if f not in FILTER_FIELDS:
            raise QueryError(f"unknown facet: {f} — use one of " + ", ".join(FILTER_FIELDS))


class _Columns:
    """Per-reader caches: columns as integer codes (facets, groups), the date order, filter masks."""

    def __init__(self, searcher):
        self._searcher = searcher
        self._reader = searcher.reader()
        self._codes: dict[str, tuple[np.ndarray, list[str]]] = {}
        self._date_rank: np.ndarray | None = None
        self._masks: dict[str, np.ndarray] = {}
        self.corpus = Corpus(searcher)

    def doc_count(self) -> int:
        return self.corpus.n

    def codes(self, name: str) -> tuple[np.ndarray, list[str]]:
        """(code of each document, the distinct values in sorted order) of a column."""
        found = self._codes.get(name)
        if found is None:
            raw = list(self._reader.column_reader(name))
            values = sorted(set(raw))
            index = {v: i for i, v in enumerate(values)}
            found = self._codes[name] = (np.fromiter((index[v] for v in raw), dtype=np.int64, count=len(raw)), values)
        return found

    def mask(self, filters: list[wq.Query]) -> np.ndarray:
        """Documents passing every filter query; the last few masks are kept."""
        key = repr(filters)
        found = self._masks.pop(key, None)
        if found is None:
            q = filters[0] if len(filters) == 1 else wq.And(filters)
            found = Evaluator(self.corpus, scoring=False).run(q).mask
            if len(self._masks) >= 16:
                self._masks.pop(next(iter(self._masks)))
        self._masks[key] = found
        return found

    def few(self, name: str, count: int) -> bool:
        """True when ``count`` lookups in a column not loaded yet are cheaper than loading it
        (a whole column costs ~1.5 ms per 1,000 documents to load)."""
        return name not in self._codes and count * 8 < self.doc_count()

    def column(self, name: str):
        return self._reader.column_reader(name)

    def date_rank(self) -> np.ndarray:
        """Position of each document in the newest-first order: Whoosh's reversed sort by
        ``published`` (key descending, then docnum descending)."""
        if self._date_rank is None:
            codes, _ = self.codes("published")
            order = np.lexsort((np.arange(len(codes)), codes))[::-1]
            rank = np.empty(len(codes), dtype=np.int64)
            rank[order] = np.arange(len(codes))
            self._date_rank = rank
        return self._date_rank


class Searcher:
    """Answers queries from the last committed state of the index.

    One thread at a time (its Whoosh reader and archive connection are its own);
    open one per thread to search from several. Each search may use the process's
    evaluation worker thread (``index.evaluate``)."""

    def __init__(self, index_dir: Path, archive_path: Path | None = None):
        from whoosh import index as wix

        keep_freed_memory()

        self.index_dir = Path(index_dir)
        try:
            present = wix.exists_in(str(self.index_dir), INDEX_NAME)
        except Exception:  # noqa: BLE001 - a garbled TOC makes Whoosh raise here
            raise IndexError_(f"cannot read the index in {self.index_dir}: "
                              "run 'edunews index --rebuild'") from None
        if not present:
            raise IndexError_(f"no index at {self.index_dir}: run 'edunews index' first")
        try:
            self._ix = wix.open_dir(str(self.index_dir), indexname=INDEX_NAME)
            self._searcher = self._ix.searcher(weighting=CachedBM25F())
        except Exception as exc:  # noqa: BLE001 - any Whoosh failure is one line for the user
            raise IndexError_(f"cannot read the index in {self.index_dir} ({type(exc).__name__}): "
                              "run 'edunews index --rebuild'") from None
        meta = self._meta()
        built = meta.get("schema_version")
        if built is not None and built != str(SCHEMA_VERSION):
            self._searcher.close()
            raise IndexError_(f"the index in {self.index_dir} was built by another edunews version "
                              f"(schema {built}, this one reads {SCHEMA_VERSION}): run 'edunews index' to rebuild it")
        recorded = meta.get("archive")
        self._archive_path = Path(archive_path) if archive_path else (Path(recorded) if recorded else None)
        self._archive = None
        self._groups: DupGroups | None = None
        self._columns: _Columns | None = None

    def _meta(self) -> dict[str, str]:
        """The state file's archive path and schema version ({} when unreadable)."""
        import sqlite3

        path = self.index_dir / STATE_FILE
        if not path.exists():
            return {}
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = db.execute("SELECT key, value FROM meta WHERE key IN ('archive', 'schema_version')").fetchall()
            finally:
                db.close()
        except sqlite3.DatabaseError:
            return {}
        return dict(rows)

    # -- plumbing -----------------------------------------------------------------
    def close(self) -> None:
        self._searcher.close()
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    def __enter__(self) -> "Searcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _refresh(self) -> None:
        try:
            fresh = self._searcher.refresh()
        except TypeError:
            # Whoosh cannot refresh a reader opened on an index without segments.
            fresh = self._ix.searcher(weighting=CachedBM25F())
        if fresh is not self._searcher:
            self._searcher = fresh
            self._groups = None
            self._columns = None

    def _dup_groups(self) -> DupGroups:
        if self._groups is None:
            self._groups = DupGroups.load(self.index_dir, self._searcher, self._cols().doc_count())
        return self._groups

    def _cols(self) -> _Columns:
        if self._columns is None:
            self._columns = _Columns(self._searcher)
        return self._columns

    def _texts(self, urls: list[str]) -> dict[str, str]:
        if not self._archive_path or not Path(self._archive_path).exists():
            return {}
        if self._archive is None:
            from archive.store import Archive, ArchiveError

            try:
                self._archive = Archive(self._archive_path, readonly=True)
            except ArchiveError:
                self._archive_path = None
                return {}
        return {u: r.article.text for u, r in self._archive.articles_by_url(urls).items()}

    # -- queries --------------------------------------------------------------------
    def _prepare(self, req: QueryRequest) -> tuple[wq.Query, np.ndarray | None, Highlights]:
        """(text query, mask of the request's filters or None, highlights).

        Filters are applied as a document mask (cached per reader), not as
        query clauses: a date range expands into many terms, worth resolving
        once, and filters then add nothing to the relevance scores.
        """
        check_request(req)
        parsed = parse_query(req.query, scoring=req.sort != "date")
        filters = filter_queries(req)
        q = parsed.query if parsed.query is not None else wq.Every()
        allowed = self._cols().mask(filters) if filters else None
        return q, allowed, parsed.highlights

    def _visible(self, req: QueryRequest) -> tuple[np.ndarray, np.ndarray | None, Highlights]:
        """(visible matches in docnum order, their scores or None, highlights).

        One evaluation gives every match and its score; the total, the
        folding of copies, the facets and the page all come from it.
        """
        q, allowed, hl = self._prepare(req)
        cols = self._cols()
        found = Evaluator(cols.corpus, scoring=req.sort != "date").run(q)
        mask = found.mask & allowed if allowed is not None else found.mask
        docs = np.flatnonzero(mask)
        if not req.all_copies:
            hidden = self._dup_groups().hidden(docs)
            if hidden.any():
                docs = docs[~hidden]
        scores = found.score[docs] if found.score is not None else None
        return docs, scores, hl

    def _order(self, req: QueryRequest, docs: np.ndarray, scores: np.ndarray | None,
               end: int | None) -> list[tuple[int, float]]:
        """The first ``end`` (all when None) of ``docs`` in result order, with scores.

        Relevance: score descending, then docnum (Whoosh's order of ties);
        date: newest first (score 0).
        """
        if req.sort == "date":
            cols = self._cols()
            if cols._date_rank is None and cols.few("published", len(docs)):
                pub = cols.column("published")
                ordered = sorted(docs.tolist(), key=lambda d: (pub[d], d), reverse=True)[:end]
                return [(d, 0.0) for d in ordered]
            keys = cols.date_rank()[docs]
            if end is not None and end < len(docs):
                part = np.argpartition(keys, end - 1)[:end]
                picked = part[np.argsort(keys[part], kind="stable")]
            else:
                picked = np.argsort(keys, kind="stable")
            return [(int(d), 0.0) for d in docs[picked]]
        if end is not None and end < len(docs):
            # Everything scoring at least the end-th best score, then an exact sort:
            # ties at the cut are kept whole so the docnum tie-break stays right.
            cut = np.partition(scores, len(scores) - end)[len(scores) - end]
            keep = np.flatnonzero(scores >= cut)
            order = keep[np.lexsort((docs[keep], -scores[keep]))][:end]
        else:
            order = np.lexsort((docs, -scores))
        return [(int(d), float(sc)) for d, sc in zip(docs[order], scores[order])]

    def search(self, req: QueryRequest) -> SearchResult:
        """One page of hits, the total after folding duplicates and facets over all hits."""
        t0 = time.perf_counter()
        self._refresh()
        docs, scores, hl = self._visible(req)
        total = int(len(docs))
        facets = self._facets(docs, req.facets)
        hits: list[Hit] = []
        if req.offset < total and req.limit != 0:
            end = None if req.limit is None else req.offset + req.limit
            page = self._order(req, docs, scores, end)[req.offset:]
            hits = self._hits(page, req.offset, hl, req, self._dup_groups())
        return SearchResult(total=total, hits=hits, facets=facets,
                            elapsed_ms=(time.perf_counter() - t0) * 1000)

    def iter_all(self, req: QueryRequest) -> Iterator[Hit]:
        """Every hit of a request in order (limit and offset ignored), fetched in small chunks."""
        self._refresh()
        docs, scores, hl = self._visible(req)
        ranked = self._order(req, docs, scores, None)
        groups = self._dup_groups()
        for i in range(0, len(ranked), _CHUNK):
            yield from self._hits(ranked[i:i + _CHUNK], i, hl, req, groups)

    def _facets(self, docs: np.ndarray, names: list[str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name in names:
            if not len(docs):
                out[name] = {}
                continue
            cols = self._cols()
            if cols.few(name, len(docs)):
                col = cols.column(name)
                found: dict[str, int] = {}
                for d in docs.tolist():
                    v = col[d]
                    found[v] = found.get(v, 0) + 1
            else:
                codes, values = cols.codes(name)
                counts = np.bincount(codes[docs], minlength=len(values))
                found = {values[c]: int(counts[c]) for c in np.flatnonzero(counts)}
            found.pop("", None)
            out[name] = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    def _hits(self, page: list[tuple[int, float]], offset: int, hl: Highlights, req: QueryRequest,
              groups: DupGroups) -> list[Hit]:
        stored = [self._searcher.stored_fields(d) for d, _ in page]
        texts = self._texts([f["url"] for f in stored]) if req.snippets and page else {}
        hits = []
        for i, ((docnum, score), f) in enumerate(zip(page, stored)):
            gid = f.get("dup") or ""
            others = []
            if gid and gid in groups.members:
                others = [self._searcher.stored_fields(d)["url"] for d in groups.members[gid] if d != docnum]
            text = texts.get(f["url"], "")
            hits.append(Hit(
                rank=offset + i + 1, score=round(float(score), 4), url=f["url"], title=f.get("title", ""),
                published=f.get("published") or None, province=f.get("province") or None,
                province_2025=f.get("province_2025") or None, unit=f.get("unit") or None,
                kind=f.get("kind", "other"), source=f.get("source", ""), refs=list(f.get("ref_ids") or []),
                snippet=make_snippet(text, hl) if text else "", other_urls=others,
            ))
        return hits
