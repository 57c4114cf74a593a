"""SQLite archive of fetched pages, cleaned articles and crawl state.

Why SQLite: every page the crawler handles is committed in one transaction
(raw bytes, cleaned record, frontier update), so a crash or ``kill -9`` can
lose at most the page in flight and never leaves a half-written record. WAL
mode lets ``edunews index`` and ``edunews search`` read while a crawl writes.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from cleaner.model import Article

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    role TEXT NOT NULL,              -- article | listing | attachment | other
    fetched_at TEXT NOT NULL,
    status INTEGER,
    content_type TEXT,
    etag TEXT,
    last_modified TEXT,
    body_z BLOB,                     -- zlib-compressed raw response bytes
    size INTEGER,
    sha1 TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    author TEXT,
    province TEXT,
    unit TEXT,
    text TEXT NOT NULL,
    captions TEXT NOT NULL DEFAULT '[]',
    attachments TEXT NOT NULL DEFAULT '[]',
    refs TEXT NOT NULL DEFAULT '[]',
    kind TEXT NOT NULL DEFAULT 'other',
    notes TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rev INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_rev ON articles(rev);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS tombstones (url TEXT PRIMARY KEY, rev INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS attachments (
    url TEXT NOT NULL,
    article_url TEXT NOT NULL,
    content_type TEXT,
    size INTEGER,
    PRIMARY KEY (url, article_url)
);
CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    role TEXT NOT NULL,              -- listing | article | feed | sitemap | attachment
    state TEXT NOT NULL,             -- pending | done | failed | skipped
    depth INTEGER NOT NULL DEFAULT 0,
    referrer TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS frontier_pending ON frontier(source, state);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',   -- running | done | interrupted | failed
    stats TEXT NOT NULL DEFAULT '{}'
);
"""


class ArchiveError(Exception):
    """The archive file cannot be opened or used (corrupt, locked, read-only)."""


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def content_hash(article: Article) -> str:
    """Hash of what the index sees, so unchanged re-fetches are not re-indexed."""
    payload = json.dumps(
        [article.title, article.text, article.published, article.author, article.province,
         article.unit, article.refs, article.kind, article.captions, article.attachments],
        ensure_ascii=False,
    )
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


@dataclass
class ArticleRecord:
    """An archived article as the index and the CLI read it."""

    article: Article
    source: str
    fetched_at: str
    updated_at: str
    rev: int
    content_hash: str

    @property
    def url(self) -> str:
        return self.article.url


_ARTICLE_COLS = ("url, source, title, published, author, province, unit, text, captions, "
                 "attachments, refs, kind, notes, content_hash, fetched_at, updated_at, rev")


def _row_to_record(row: sqlite3.Row) -> ArticleRecord:
    art = Article(
        url=row["url"], title=row["title"], text=row["text"], published=row["published"],
        author=row["author"], province=row["province"], unit=row["unit"],
        captions=json.loads(row["captions"]), attachments=json.loads(row["attachments"]),
        refs=json.loads(row["refs"]), kind=row["kind"], notes=json.loads(row["notes"]),
    )
    return ArticleRecord(art, row["source"], row["fetched_at"], row["updated_at"], row["rev"],
                         row["content_hash"])


class Archive:
    """A handle on the archive database. Not shared between threads."""

    def __init__(self, path: Path | str, readonly: bool = False, create: bool = True):
        self.path = Path(path)
        self.readonly = readonly
        if readonly and not self.path.exists():
            raise ArchiveError(f"no archive at {self.path}: run 'edunews crawl' first")
        if not readonly and create:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(f"cannot create {self.path.parent}: {exc.strerror}") from exc
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            else:
                self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.executescript(_SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('rev', '0')")
            else:
                self.db.execute("SELECT count(*) FROM meta").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{self.path} is not a usable edunews archive ({exc})") from exc

    # -- plumbing ---------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; rolled back on any exception."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _next_rev(self) -> int:
        rev = int(self.db.execute("SELECT value FROM meta WHERE key='rev'").fetchone()[0]) + 1
        self.db.execute("UPDATE meta SET value=? WHERE key='rev'", (str(rev),))
        return rev

    # -- pages and articles -----------------------------------------------
    def _put_page(self, url: str, source: str, role: str, body: bytes | None, status: int | None,
                  content_type: str | None, etag: str | None, last_modified: str | None,
                  fetched_at: str) -> None:
        body_z = zlib.compress(body, 6) if body is not None else None
        sha1 = hashlib.sha1(body).hexdigest() if body is not None else None
        self.db.execute(
            "INSERT INTO pages(url, source, role, fetched_at, status, content_type, etag, last_modified,"
            " body_z, size, sha1) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(url) DO UPDATE SET source=excluded.source, role=excluded.role,"
            " fetched_at=excluded.fetched_at, status=excluded.status, content_type=excluded.content_type,"
            " etag=excluded.etag, last_modified=excluded.last_modified, body_z=excluded.body_z,"
            " size=excluded.size, sha1=excluded.sha1",
            (url, source, role, fetched_at, status, content_type, etag, last_modified, body_z,
             len(body) if body is not None else None, sha1),
        )

    def _put_article(self, article: Article, source: str, fetched_at: str) -> str:
        """Insert or update one article; returns 'new', 'updated' or 'unchanged'."""
        digest = content_hash(article)
        row = self.db.execute("SELECT content_hash FROM articles WHERE url=?", (article.url,)).fetchone()
        if row is not None and row[0] == digest:
            self.db.execute("UPDATE articles SET fetched_at=? WHERE url=?", (fetched_at, article.url))
            return "unchanged"
        rev = self._next_rev()
        now = utcnow()
        self.db.execute("DELETE FROM tombstones WHERE url=?", (article.url,))
        self.db.execute(
            f"INSERT INTO articles({_ARTICLE_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(url) DO UPDATE SET source=excluded.source, title=excluded.title,"
            " published=excluded.published, author=excluded.author, province=excluded.province,"
            " unit=excluded.unit, text=excluded.text, captions=excluded.captions,"
            " attachments=excluded.attachments, refs=excluded.refs, kind=excluded.kind,"
            " notes=excluded.notes, content_hash=excluded.content_hash,"
            " fetched_at=excluded.fetched_at, updated_at=excluded.updated_at, rev=excluded.rev",
            (article.url, source, article.title, article.published, article.author, article.province,
             article.unit, article.text, json.dumps(article.captions, ensure_ascii=False),
             json.dumps(article.attachments, ensure_ascii=False),
             json.dumps(article.refs, ensure_ascii=False), article.kind,
             json.dumps(article.notes, ensure_ascii=False), digest, fetched_at, now, rev),
        )
        return "new" if row is None else "updated"

    def save_page(
        self,
        url: str,
        source: str,
        role: str,
        body: bytes | None,
        *,
        status: int | None = 200,
        content_type: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        article: Article | None = None,
        discovered: Iterable[tuple[str, str, int]] = (),
        run_id: int | None = None,
        keep_body: bool = True,
    ) -> str | None:
        """Commit one fetched page in a single transaction.

        Stores the raw bytes, the cleaned article (if any), marks the URL done
        in the frontier and queues ``discovered`` links as (url, role, depth).
        Returns 'new' / 'updated' / 'unchanged' for an article, else None.
        """
        fetched_at = utcnow()
        outcome = None
        with self.transaction():
            self._put_page(url, source, role, body if keep_body else None, status, content_type,
                           etag, last_modified, fetched_at)
            if article is not None:
                outcome = self._put_article(article, source, fetched_at)
            self._mark(url, source, role, "done", run_id)
            self._enqueue(source, discovered, url, run_id)
        return outcome

    def put_article(self, article: Article, source: str) -> str:
        """Store a cleaned article without a page (bench generator, imports)."""
        with self.transaction():
            return self._put_article(article, source, utcnow())

    def put_articles(self, items: Iterable[tuple[Article, str]]) -> int:
        """Bulk insert in one transaction; returns how many were new or changed."""
        changed = 0
        now = utcnow()
        with self.transaction():
            for article, source in items:
                if self._put_article(article, source, now) != "unchanged":
                    changed += 1
        return changed

    def delete_article(self, url: str) -> bool:
        """Remove an article and leave a tombstone so the index drops it too."""
        with self.transaction():
            cur = self.db.execute("DELETE FROM articles WHERE url=?", (url,))
            if cur.rowcount:
                rev = self._next_rev()
                self.db.execute("INSERT OR REPLACE INTO tombstones VALUES (?, ?)", (url, rev))
                return True
        return False

    def add_attachment(self, url: str, article_url: str, content_type: str | None,
                       size: int | None) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO attachments VALUES (?,?,?,?)",
                            (url, article_url, content_type, size))

    def has_article(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE url=?", (url,)).fetchone() is not None

    def article(self, url: str) -> ArticleRecord | None:
        row = self.db.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE url=?", (url,)).fetchone()
        return _row_to_record(row) if row else None

    def articles_by_url(self, urls: Iterable[str]) -> dict[str, ArticleRecord]:
        out: dict[str, ArticleRecord] = {}
        urls = list(urls)
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE url IN ({marks})", chunk):
                out[row["url"]] = _row_to_record(row)
        return out

    def iter_articles(self, since_rev: int = 0, source: str | None = None) -> Iterator[ArticleRecord]:
        """Articles changed after ``since_rev``, in rev order."""
        sql = f"SELECT {_ARTICLE_COLS} FROM articles WHERE rev > ?"
        args: list = [since_rev]
        if source:
            sql += " AND source = ?"
            args.append(source)
        sql += " ORDER BY rev"
        for row in self.db.execute(sql, args):
            yield _row_to_record(row)

    def article_hashes(self) -> dict[str, str]:
        """url -> content hash of every archived article."""
        return dict(self.db.execute("SELECT url, content_hash FROM articles"))

    def tombstones(self, since_rev: int = 0) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT url FROM tombstones WHERE rev > ?", (since_rev,))]

    def current_rev(self) -> int:
        return int(self.db.execute("SELECT value FROM meta WHERE key='rev'").fetchone()[0])

    def count_articles(self, source: str | None = None) -> int:
        if source:
            return self.db.execute("SELECT count(*) FROM articles WHERE source=?", (source,)).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def page_body(self, url: str) -> bytes | None:
        row = self.db.execute("SELECT body_z FROM pages WHERE url=?", (url,)).fetchone()
        if row is None or row[0] is None:
            return None
        return zlib.decompress(row[0])

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) recorded for a URL, for conditional requests."""
        row = self.db.execute("SELECT etag, last_modified FROM pages WHERE url=?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    # -- frontier -----------------------------------------------------------
    def _mark(self, url: str, source: str, role: str, state: str, run_id: int | None) -> None:
        # attempts counts failed fetches, so an operator can see which URLs keep failing.
        self.db.execute(
            "INSERT INTO frontier(url, source, role, state, attempts, run_id, updated_at)"
            " VALUES (?,?,?,?,?,?,?)"
            " ON CONFLICT(url) DO UPDATE SET state=excluded.state, run_id=excluded.run_id,"
            " updated_at=excluded.updated_at,"
            " attempts=frontier.attempts + (excluded.state = 'failed')",
            (url, source, role, state, int(state == "failed"), run_id, utcnow()),
        )

    def _enqueue(self, source: str, links: Iterable[tuple[str, str, int]], referrer: str | None,
                 run_id: int | None) -> None:
        now = utcnow()
        self.db.executemany(
            "INSERT INTO frontier(url, source, role, state, depth, referrer, run_id, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO NOTHING",
            [(u, source, role, "pending", depth, referrer, run_id, now) for u, role, depth in links],
        )

    def enqueue(self, source: str, links: Iterable[tuple[str, str, int]], referrer: str | None = None,
                run_id: int | None = None) -> None:
        with self.transaction():
            self._enqueue(source, links, referrer, run_id)

    def mark(self, url: str, source: str, role: str, state: str, run_id: int | None = None) -> None:
        with self.transaction():
            self._mark(url, source, role, state, run_id)

    def frontier_state(self, url: str) -> str | None:
        row = self.db.execute("SELECT state FROM frontier WHERE url=?", (url,)).fetchone()
        return row[0] if row else None

    def pending(self, source: str) -> list[tuple[str, str, int]]:
        """Queued (url, role, depth) of a source, oldest first."""
        return [tuple(r) for r in self.db.execute(
            "SELECT url, role, depth FROM frontier WHERE source=? AND state='pending' ORDER BY rowid",
            (source,))]

    def requeue_listings(self, source: str) -> None:
        """Listing, feed and sitemap pages are re-walked on every new run."""
        with self.transaction():
            self.db.execute(
                "UPDATE frontier SET state='pending' WHERE source=? AND role IN ('listing','feed','sitemap')",
                (source,))

    # -- runs -----------------------------------------------------------------
    def start_run(self, source: str) -> int:
        with self.transaction():
            cur = self.db.execute("INSERT INTO runs(source, started_at) VALUES (?, ?)", (source, utcnow()))
            return int(cur.lastrowid)

    def unfinished_run(self, source: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM runs WHERE source=? AND status='running' ORDER BY id DESC LIMIT 1",
            (source,)).fetchone()
        return row[0] if row else None

    def finish_run(self, run_id: int, status: str, stats: dict) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished_at=?, status=?, stats=? WHERE id=?",
                            (utcnow(), status, json.dumps(stats, ensure_ascii=False), run_id))

    def last_runs(self) -> list[dict]:
        """The latest run of each source."""
        rows = self.db.execute(
            "SELECT r.* FROM runs r JOIN (SELECT source, max(id) AS id FROM runs GROUP BY source) m"
            " ON r.id = m.id ORDER BY r.source")
        return [dict(r) | {"stats": json.loads(r["stats"])} for r in rows]
