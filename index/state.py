"""The index's own bookkeeping, next to the Whoosh files: ``edunews-state.sqlite``.

It records, per indexed URL, the content hash that was indexed (so an update
touches only new or changed articles), the duplicate sketch and LSH band keys,
the linked duplicate pairs and the group each URL belongs to.

Crash order: the Whoosh commit happens first, this database commits second,
in one transaction. A crash in between leaves old hashes here, so the next
update simply re-indexes those articles (``update_document`` is idempotent).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

STATE_FILE = "edunews-state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (url TEXT PRIMARY KEY, chash TEXT NOT NULL, published TEXT,
                                 sig BLOB, gid TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, url TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_key ON bands(key);
CREATE INDEX IF NOT EXISTS bands_url ON bands(url);
CREATE TABLE IF NOT EXISTS pairs (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
CREATE INDEX IF NOT EXISTS pairs_b ON pairs(b);
"""


class State:
    def __init__(self, index_dir: Path):
        self.path = Path(index_dir) / STATE_FILE
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    # -- meta -----------------------------------------------------------------
    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- transaction ------------------------------------------------------------
    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def reset(self) -> None:
        self.db.executescript("DELETE FROM docs; DELETE FROM bands; DELETE FROM pairs; DELETE FROM meta;")

    # -- documents --------------------------------------------------------------
    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT url, chash FROM docs"))

    def forget(self, urls: Iterable[str]) -> None:
        rows = [(u,) for u in urls]
        self.db.executemany("DELETE FROM docs WHERE url=?", rows)
        self.db.executemany("DELETE FROM bands WHERE url=?", rows)
        self.db.executemany("DELETE FROM pairs WHERE a=?", rows)
        self.db.executemany("DELETE FROM pairs WHERE b=?", rows)

    def put_docs(self, rows: list[tuple[str, str, str | None, bytes, list[int]]]) -> None:
        """rows of (url, content hash, published, sketch bytes, band keys)."""
        self.db.executemany("INSERT OR REPLACE INTO docs(url, chash, published, sig) VALUES (?,?,?,?)",
                            [r[:4] for r in rows])
        self.db.executemany("INSERT INTO bands VALUES (?, ?)",
                            [(k, r[0]) for r in rows for k in r[4]])

    def candidate_pairs(self, urls: list[str]) -> set[tuple[str, str]]:
        """Pairs (a < b) where a is one of ``urls`` and the two share an LSH band."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS fresh (url TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM fresh")
        self.db.executemany("INSERT OR IGNORE INTO fresh VALUES (?)", [(u,) for u in urls])
        out: set[tuple[str, str]] = set()
        for a, b in self.db.execute(
                "SELECT DISTINCT x.url, y.url FROM fresh f JOIN bands x ON x.url = f.url"
                " JOIN bands y ON y.key = x.key AND y.url <> x.url"):
            out.add((a, b) if a < b else (b, a))
        return out

    def sketches(self, urls: Iterable[str]) -> dict[str, bytes]:
        urls = list(urls)
        out: dict[str, bytes] = {}
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT url, sig FROM docs WHERE url IN ({marks})", chunk))
        return out

    def add_pairs(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO pairs VALUES (?, ?)", list(pairs))

    def all_pairs(self) -> list[tuple[str, str]]:
        return list(self.db.execute("SELECT a, b FROM pairs"))

    def published(self, urls: Iterable[str]) -> dict[str, str | None]:
        urls = list(urls)
        out: dict[str, str | None] = {}
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT url, published FROM docs WHERE url IN ({marks})", chunk))
        return out

    def gids(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT url, gid FROM docs WHERE gid <> ''"))

    def set_gids(self, old: dict[str, str], new: dict[str, str]) -> None:
        rows = [(new.get(u, ""), u) for u in set(old) | set(new) if old.get(u, "") != new.get(u, "")]
        self.db.executemany("UPDATE docs SET gid=? WHERE url=?", rows)
