"""The SQLite archive: one transaction per page, revisions, tombstones, frontier, runs."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import time

import pytest

from archive import Archive, ArchiveError
from cleaner.model import Article


def _art(url: str, text: str = "Nội dung bài viết.", **kw) -> Article:
    return Article(url=url, title=kw.pop("title", "Tiêu đề"), text=text, **kw)


def test_save_page_stores_bytes_article_and_frontier(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        body = "<html>Hội nghị sơ kết</html>".encode("utf-8")
        outcome = arc.save_page(
            "http://x/a1", "src", "article", body, etag='"e1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
            article=_art("http://x/a1", refs=["05-CT/TW"]),
            discovered=[("http://x/a2", "article", 1), ("http://x/list?page=2", "listing", 1)],
        )
        assert outcome == "new"
        assert arc.page_body("http://x/a1") == body
        assert arc.validators("http://x/a1") == ('"e1"', "Mon, 01 Jan 2024 00:00:00 GMT")
        rec = arc.article("http://x/a1")
        assert rec is not None and rec.article.refs == ["05-CT/TW"] and rec.source == "src"
        assert arc.frontier_state("http://x/a1") == "done"
        assert [u for u, _, _ in arc.pending("src")] == ["http://x/a2", "http://x/list?page=2"]


def test_unchanged_refetch_keeps_rev_and_change_bumps_it(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        assert arc.put_article(_art("u1"), "s") == "new"
        rev1 = arc.article("u1").rev
        assert arc.put_article(_art("u1"), "s") == "unchanged"
        assert arc.article("u1").rev == rev1
        assert arc.put_article(_art("u1", text="Khác."), "s") == "updated"
        assert arc.article("u1").rev > rev1
        assert [r.url for r in arc.iter_articles(since_rev=rev1)] == ["u1"]


def test_delete_leaves_tombstone_after_current_rev(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        arc.put_articles([(_art("u1"), "s"), (_art("u2"), "s")])
        rev = arc.current_rev()
        assert arc.delete_article("u1") is True
        assert arc.delete_article("u1") is False
        assert arc.tombstones(since_rev=rev) == ["u1"]
        assert arc.count_articles() == 1
        # Re-archiving the URL clears its tombstone.
        arc.put_article(_art("u1"), "s")
        assert arc.tombstones() == []


def test_failed_transaction_leaves_nothing(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        with pytest.raises(RuntimeError):
            with arc.transaction():
                arc._put_article(_art("u1"), "s", "2024-01-01T00:00:00+00:00")
                raise RuntimeError("boom")
        assert arc.count_articles() == 0
        assert arc.current_rev() == 0


def test_runs_and_unfinished_run(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        r1 = arc.start_run("s")
        assert arc.unfinished_run("s") == r1
        arc.finish_run(r1, "done", {"pages": 3})
        assert arc.unfinished_run("s") is None
        runs = arc.last_runs()
        assert runs[0]["status"] == "done" and runs[0]["stats"] == {"pages": 3}


def test_corrupt_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "archive.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ArchiveError, match="not a usable edunews archive"):
        Archive(bad)
    with pytest.raises(ArchiveError, match="not a usable edunews archive"):
        Archive(bad, readonly=True)
    assert bad.read_bytes().startswith(b"this is not a database")


def test_readonly_missing_archive_names_the_fix(tmp_path):
    with pytest.raises(ArchiveError, match="edunews crawl"):
        Archive(tmp_path / "none.sqlite", readonly=True)


def test_reader_sees_committed_rows_while_writer_holds_transaction(tmp_path):
    path = tmp_path / "a.sqlite"
    with Archive(path) as writer:
        writer.put_article(_art("u1"), "s")
        writer.db.execute("BEGIN IMMEDIATE")
        writer._put_article(_art("u2"), "s", "2024-01-01T00:00:00+00:00")
        with Archive(path, readonly=True) as reader:
            assert reader.count_articles() == 1
        writer.db.execute("COMMIT")
        with Archive(path, readonly=True) as reader:
            assert reader.count_articles() == 2


def _writer_forever(path: str, ready) -> None:
    arc = Archive(path)
    i = 0
    ready.set()
    while True:
        arc.save_page(f"http://x/{i}", "s", "article", b"x" * 5000, article=_art(f"http://x/{i}", text=f"bài {i}"))
        i += 1


def test_sigkill_mid_writes_leaves_whole_records(tmp_path):
    path = tmp_path / "a.sqlite"
    Archive(path).close()
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    proc = ctx.Process(target=_writer_forever, args=(str(path), ready))
    proc.start()
    ready.wait(10)
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    with Archive(path) as arc:
        n = arc.count_articles()
        assert n > 0
        assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every archived article has its page bytes and a done frontier row: no half records.
        orphans = arc.db.execute(
            "SELECT count(*) FROM articles a LEFT JOIN pages p ON p.url = a.url"
            " LEFT JOIN frontier f ON f.url = a.url WHERE p.url IS NULL OR f.state != 'done'").fetchone()[0]
        assert orphans == 0
        assert arc.current_rev() == n


def test_failed_fetches_are_counted_in_the_frontier(tmp_path):
    with Archive(tmp_path / "a.sqlite") as arc:
        arc.enqueue("s", [("http://x/a", "article", 1)])
        arc.mark("http://x/a", "s", "article", "failed")
        arc.mark("http://x/a", "s", "article", "failed")
        arc.mark("http://x/b", "s", "article", "failed")
        rows = dict(arc.db.execute("SELECT url, attempts FROM frontier"))
        assert rows == {"http://x/a": 2, "http://x/b": 1}
        arc.mark("http://x/a", "s", "article", "done")
        assert arc.db.execute("SELECT attempts FROM frontier WHERE url='http://x/a'").fetchone()[0] == 2
