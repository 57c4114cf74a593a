"""Searching the index: queries, filters, facets over all hits, folded duplicates, snippets.

Light on imports (no Scrapy, no bs4): this is the ``edunews search`` path.
Texts for snippets come from the archive (the index does not store bodies).
"""
from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Iterator

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher

from index.api import Hit, IndexError_, QueryError, QueryRequest, SearchResult
from index.build import INDEX_NAME, index_info  # noqa: F401 - index_info is part of this module's API
from index.dupes import representative_key
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


class _Groups:
    """Duplicate groups of the current reader: docnum → group id and the members' sort keys."""

    def __init__(self, searcher):
        self.gid: dict[int, str] = {}
        self.key: dict[int, tuple[str, str]] = {}
        self.members: dict[str, list[int]] = {}
        reader = searcher.reader()
        if "dup" not in reader.schema:
            return
        for term in reader.field_terms("dup"):
            if not term:
                continue
            docs = list(searcher.docs_for_query(wq.Term("dup", term)))
            for d in docs:
                fields = searcher.stored_fields(d)
                self.gid[d] = term
                self.key[d] = representative_key(fields.get("published") or None, fields["url"])
            self.members[term] = sorted(docs, key=lambda d: self.key[d])

    def folded_away(self, matched: list[int] | None) -> set[int]:
        """Docnums hidden behind their group's representative among the matched docs."""
        if not self.gid:
            return set()
        present: dict[str, list[int]] = {}
        pool = self.gid.keys() if matched is None else (d for d in matched if d in self.gid)
        for d in pool:
            present.setdefault(self.gid[d], []).append(d)
        hidden: set[int] = set()
        for docs in present.values():
            if len(docs) > 1:
                rep = min(docs, key=lambda d: self.key[d])
                hidden.update(d for d in docs if d != rep)
        return hidden


class _OnlyDocs(wq.Query):
    """Matches exactly the given (top-level) docnums, scoring 0.

    ``And([_OnlyDocs(matched), q])`` scores only the known matches: the
    intersection skips to each of them instead of walking long posting
    lists (a common bigram, the exact-form bonus terms). Adding 0 leaves the
    scores as they are.
    """

    def __init__(self, docnums: list[int]):
        self.docnums = docnums
        self.boost = 1.0

    def __repr__(self) -> str:
        return f"_OnlyDocs({len(self.docnums)} docs)"

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and other.docnums == self.docnums

    def __hash__(self) -> int:
        return hash((type(self).__name__, len(self.docnums)))

    def estimate_size(self, ixreader) -> int:
        return len(self.docnums)

    def matcher(self, searcher, context=None):
        from bisect import bisect_left

        parent = searcher.get_parent()
        offset = 0
        for sub, off in getattr(parent, "subsearchers", None) or []:
            if sub is searcher:
                offset = off
                break
        count = searcher.reader().doc_count_all()
        lo = bisect_left(self.docnums, offset)
        hi = bisect_left(self.docnums, offset + count)
        ids = [d - offset for d in self.docnums[lo:hi]]
        return _ZeroListMatcher(ids) if ids else NullMatcher()


class _ZeroListMatcher(ListMatcher):
    def score(self):
        return 0.0

    def supports_block_quality(self):
        return False

    def copy(self):
        return _ZeroListMatcher(self._ids, position=self._i)

# Above this many matches, walking the postings beats skipping to each match.
_RESTRICT_UP_TO = 2000


def _term_ids(reader, fieldname: str, text) -> list[int]:
    """Segment docnums of one term's postings, read a block at a time, deleted docs left out."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.reading import TermNotFound

    try:
        m = reader.postings(fieldname, text)
    except TermNotFound:
        return []
    deleted = None
    if isinstance(m, FilterMatcher):
        m, deleted = m.child, reader.deleted_docs_set
    if type(m) is W3LeafMatcher:
        out: list[int] = []
        while m.is_active():
            if m._ids is None:
                m._read_ids()
            out.extend(m._ids[m._i:])
            m._next_block()
    else:
        out = list(m.all_ids())
    if deleted:
        out = [d for d in out if d not in deleted]
    return out


def match_set(searcher, q: wq.Query) -> set[int]:
    """Top-level docnums matching ``q``, as ``docs_for_query`` gives them.

    Terms are read block by block and combined with C-level set operations
    (And, Or, Not); any other query (phrases, ranges) goes through Whoosh's
    matchers. A query of common words then costs a few set operations
    instead of a Python-level walk of an intersection of unions.
    """
    kind = type(q)
    if kind is wq.Term:
        subs = searcher.subsearchers or [(searcher, 0)]
        out: set[int] = set()
        for sub, offset in subs:
            ids = _term_ids(sub.reader(), q.fieldname, q.text)
            out.update(ids if offset == 0 else (d + offset for d in ids))
        return out
    if kind is wq.Or and getattr(q, "minmatch", 0) in (0, 1, None) and q.subqueries:
        out = set()
        for sub_q in q.subqueries:
            out |= match_set(searcher, sub_q)
        return out
    if kind is wq.And and q.subqueries:
        positive = [c for c in q.subqueries if type(c) is not wq.Not]
        negative = [c.query for c in q.subqueries if type(c) is wq.Not]
        if positive:
            sets = sorted((match_set(searcher, c) for c in positive), key=len)
            out = sets[0]
            for other in sets[1:]:
                out &= other
            for c in negative:
                if out:
                    out -= match_set(searcher, c)
            return out
    if kind is wq.AndMaybe:
        return match_set(searcher, q.a)
    return set(searcher.docs_for_query(q))


class _Columns:
    """Per-reader caches: whole columns as lists (facets) and the date order (date sort)."""

    def __init__(self, searcher):
        self._reader = searcher.reader()
        self._lists: dict[str, list] = {}
        self._date_order: list[int] | None = None
        self._docsets: dict[str, set[int]] = {}

    def values(self, name: str) -> list:
        col = self._lists.get(name)
        if col is None:
            col = self._lists[name] = list(self._reader.column_reader(name))
        return col

    def docset(self, filters: list[wq.Query], searcher) -> set[int]:
        """Docnums passing every filter query; the last few sets are kept."""
        key = repr(filters)
        found = self._docsets.pop(key, None)
        if found is None:
            q = filters[0] if len(filters) == 1 else wq.And(filters)
            found = set(searcher.docs_for_query(q))
            if len(self._docsets) >= 16:
                self._docsets.pop(next(iter(self._docsets)))
        self._docsets[key] = found
        return found

    def doc_count(self) -> int:
        return self._reader.doc_count_all()

    def lookup(self, name: str, wanted: int):
        """Something indexable by docnum for column ``name``: the cached list, or, for a
        few lookups in a reader that has not loaded it yet, the column reader itself
        (loading a whole column costs ~1.5 ms per 1,000 documents)."""
        if name in self._lists or wanted * 8 > self.doc_count():
            return self.values(name)
        return self._reader.column_reader(name)

    def date_order(self) -> list[int]:
        """Docnums newest first: the order of Whoosh's reversed sort by ``published``
        (key descending, then docnum descending)."""
        if self._date_order is None:
            published = self.values("published")
            self._date_order = sorted(range(len(published)), key=lambda d: (published[d], d), reverse=True)
        return self._date_order


class Searcher:
    """Answers queries from the last committed state of the index."""

    def __init__(self, index_dir: Path, archive_path: Path | None = None):
        from whoosh import index as wix

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
        self._groups: _Groups | None = None
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

    def _dup_groups(self) -> _Groups:
        if self._groups is None:
            self._groups = _Groups(self._searcher)
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
    def _prepare(self, req: QueryRequest) -> tuple[wq.Query, set[int] | None, Highlights]:
        """(text query, doc set of the request's filters or None, highlights).

        Filters are applied as a doc set (cached per reader), not as query
        clauses: a date range expands into many terms, worth resolving once,
        and filters then add nothing to the relevance scores.
        """
        check_request(req)
        parsed = parse_query(req.query, scoring=req.sort != "date")
        filters = filter_queries(req)
        q = parsed.query if parsed.query is not None else wq.Every()
        allowed = self._cols().docset(filters, self._searcher) if filters else None
        return q, allowed, parsed.highlights

    def _match_query(self, req: QueryRequest, q: wq.Query) -> wq.Query:
        """The query without its exact-form bonus clauses: the same matches, fewer postings to walk."""
        if req.sort == "date" or isinstance(q, wq.Every):
            return q
        bare = parse_query(req.query, scoring=False).query
        return bare if bare is not None else q

    def _matched(self, q: wq.Query, allowed: set[int] | None) -> list[int]:
        """Every match in docnum order, without scoring."""
        if isinstance(q, wq.Every):
            return sorted(allowed) if allowed is not None else list(self._searcher.docs_for_query(q))
        found = match_set(self._searcher, q)
        if allowed is not None:
            found &= allowed
        return sorted(found)

    def _ranked(self, q: wq.Query, allowed: set[int] | None, req: QueryRequest, limit: int | None):
        kwargs = {}
        if req.sort == "date":
            from whoosh.sorting import FieldFacet

            # Column-backed. Reverse the whole order, not the facet: a reversed
            # FieldFacet looks every key up with list.index (quadratic).
            kwargs["sortedby"] = FieldFacet("published")
            kwargs["reverse"] = True
        return self._searcher.search(q, limit=limit, filter=allowed, **kwargs)

    def _ranked_pairs(self, q: wq.Query, allowed: set[int] | None, req: QueryRequest) -> list[tuple[int, float]]:
        """Every match as (docnum, score) in result order, in one pass over the postings.

        One pass serves the page, the total, the folding and the facets: running
        the query twice (count, then top N) costs twice the phrase checks.
        Sorted by date, the score is 0.
        """
        results = self._ranked(q, allowed, req, None)
        if req.sort == "date":
            return [(d, 0.0) for _, d in results.top_n]
        return [(d, float(sc)) for sc, d in results.top_n]

    def search(self, req: QueryRequest) -> SearchResult:
        """One page of hits, the total after folding duplicates and facets over all hits."""
        t0 = time.perf_counter()
        self._refresh()
        q, allowed, hl = self._prepare(req)
        groups = self._dup_groups()
        if req.limit is None:
            ranked = self._ranked_pairs(q, allowed, req)
            matched = [d for d, _ in ranked]
        else:
            # The total, the folding and the facets need every match but no
            # score: a non-scoring pass. The page needs only the top few.
            ranked = None
            matched = self._matched(self._match_query(req, q), allowed)
        hidden = set() if req.all_copies else groups.folded_away(matched)
        total = len(matched) - len(hidden)
        facets = self._facets(matched, hidden, req.facets)
        hits: list[Hit] = []
        if ranked is not None:
            visible = [x for x in ranked if x[0] not in hidden] if hidden else ranked
            hits = self._hits(visible[req.offset:], req.offset, hl, req, groups)
        elif req.limit and matched and req.offset < total:
            page = self._top(q, allowed, req, matched, hidden)
            hits = self._hits(page, req.offset, hl, req, groups)
        return SearchResult(total=total, hits=hits, facets=facets,
                            elapsed_ms=(time.perf_counter() - t0) * 1000)

    def _top(self, q: wq.Query, allowed: set[int] | None, req: QueryRequest, matched: list[int], hidden: set[int]) -> list[tuple[int, float]]:
        """The page ``offset .. offset+limit`` of the visible matches, in result order."""
        end = req.offset + req.limit
        if req.sort == "date":
            cols = self._cols()
            if len(matched) * 8 > cols.doc_count():
                order = cols.date_order()
                wanted = set(matched)
                page = []
                for d in order:
                    if d in wanted and d not in hidden:
                        page.append(d)
                        if len(page) >= end:
                            break
            else:
                pub = cols.lookup("published", len(matched))
                page = sorted((d for d in matched if d not in hidden), key=lambda d: (pub[d], d), reverse=True)[:end]
            return [(d, 0.0) for d in page[req.offset:]]
        # Enough of the top to fill the page after the hidden copies drop out.
        if len(matched) <= _RESTRICT_UP_TO:
            q, allowed = wq.And([_OnlyDocs(matched), q]), None
        results = self._searcher.search(q, limit=end + len(hidden), filter=allowed)
        visible = [(d, float(sc)) for sc, d in results.top_n if d not in hidden]
        return visible[req.offset:end]

    def iter_all(self, req: QueryRequest) -> Iterator[Hit]:
        """Every hit of a request in order (limit and offset ignored), fetched in small chunks."""
        self._refresh()
        q, allowed, hl = self._prepare(req)
        groups = self._dup_groups()
        ranked = self._ranked_pairs(q, allowed, req)
        hidden = set() if req.all_copies else groups.folded_away([d for d, _ in ranked])
        ranked = [x for x in ranked if x[0] not in hidden]
        for i in range(0, len(ranked), _CHUNK):
            yield from self._hits(ranked[i:i + _CHUNK], i, hl, req, groups)

    def _facets(self, matched: list[int], hidden: set[int], names: list[str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        if not names:
            return out
        docs = [d for d in matched if d not in hidden] if hidden else matched
        for name in names:
            if not docs:
                out[name] = {}
                continue
            col = self._cols().lookup(name, len(docs))
            counts = Counter(map(col.__getitem__, docs))
            counts.pop("", None)
            out[name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    def _hits(self, page: list[tuple[int, float]], offset: int, hl: Highlights, req: QueryRequest,
              groups: _Groups) -> list[Hit]:
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
