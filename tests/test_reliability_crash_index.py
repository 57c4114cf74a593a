"""SIGKILL an index update at several moments, including inside the Whoosh commit, then resume.

The archive holds 2,000 generated articles (``bench.generate``, texts cut short to keep the
test fast); the index holds the first 1,600. ``update_index`` runs in a child process that
stops at a chosen moment (a hook prints a marker and sleeps) and is killed with SIGKILL there.
Afterwards the index must open and answer with either the old or the new document set, and a
second update must give exactly the documents of a clean build.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive
from index.api import QueryRequest
from index.build import update_index
from index.search import Searcher

ROOT = Path(__file__).resolve().parent.parent
OLD, NEW = 1600, 2000

CHILD = r"""
import sys, time
from pathlib import Path
archive, index_dir, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]

def stop_here(name):
    print("AT", name, flush=True)
    time.sleep(120)

import whoosh.writing, whoosh.filedb.filestore, index.state
from index.build import update_index

progress = None
if mode == "adding":           # new documents handed to the writer, nothing committed
    progress = lambda done, total: stop_here("adding")
elif mode == "segment":        # segment files written, table of contents not yet
    orig_toc = whoosh.writing.SegmentWriter._commit_toc
    def commit_toc(self, segments):
        stop_here("segment")
    whoosh.writing.SegmentWriter._commit_toc = commit_toc
elif mode == "toc":            # new TOC written to its temp name, not yet renamed
    orig_rename = whoosh.filedb.filestore.FileStorage.rename_file
    def rename_file(self, old, new, safe=False):
        if ".toc" in new:
            stop_here("toc")
        return orig_rename(self, old, new, safe)
    whoosh.filedb.filestore.FileStorage.rename_file = rename_file
elif mode == "state":          # Whoosh committed, the index's hash bookkeeping not yet
    def commit(self):
        stop_here("state")
    index.state.State.commit = commit
update_index(archive, index_dir, progress=progress)
print("DONE", flush=True)
"""


def _articles(n: int):
    from bench.generate import Generator

    gen = Generator(1, pool_size=500)
    return [(dataclasses.replace(g.article, text=g.article.text[:100]), g.source) for g in gen.articles(n, 0)]


def doc_set(index_dir: Path, archive: Path) -> set[tuple]:
    with Searcher(index_dir, archive) as s:
        return {(h.url, h.title, h.published, h.province, h.kind, tuple(h.refs))
                for h in s.iter_all(QueryRequest(query="", limit=None, all_copies=True, snippets=False))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(full archive, index of the first OLD articles, doc set of a clean build of all NEW)."""
    root = tmp_path_factory.mktemp("crash-index")
    items = _articles(NEW)
    base_archive = root / "base.sqlite"
    with Archive(base_archive) as arc:
        arc.put_articles(items[:OLD])
    update_index(base_archive, root / "base-index")
    full = root / "full.sqlite"
    with Archive(full) as arc:
        arc.put_articles(items)
    update_index(full, root / "clean-index")
    clean = doc_set(root / "clean-index", full)
    assert len(clean) == NEW
    small = root / "small.sqlite"          # the base archive plus 50 articles: a quick commit
    shutil.copy(base_archive, small)
    with Archive(small) as arc:
        arc.put_articles(items[OLD:OLD + 50])
    return full, root / "base-index", clean, small


def _kill_at(archive: Path, index_dir: Path, mode: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(archive), str(index_dir), mode],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line == f"AT {mode}", (line, proc.stderr.read()[-2000:] if proc.poll() is not None else "")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _indexed_hashes(index_dir: Path) -> dict[str, str]:
    db = sqlite3.connect(index_dir / "edunews-state.sqlite")
    try:
        return dict(db.execute("SELECT url, chash FROM docs"))
    finally:
        db.close()


@pytest.mark.parametrize("mode,expect", [("adding", OLD), ("segment", OLD), ("toc", OLD), ("state", NEW)])
def test_killed_update_leaves_old_or_new_index_and_resume_equals_clean_build(corpus, tmp_path, mode, expect):
    full, base_index, clean, _ = corpus
    archive = tmp_path / "archive.sqlite"
    shutil.copy(full, archive)
    index_dir = tmp_path / "index"
    shutil.copytree(base_index, index_dir)
    before = doc_set(index_dir, archive)
    assert len(before) == OLD

    _kill_at(archive, index_dir, mode)

    after_kill = doc_set(index_dir, archive)          # opens, answers, holds old or new state
    assert len(after_kill) == expect
    assert after_kill == (before if expect == OLD else clean)
    with Searcher(index_dir, archive) as s:
        assert s.search(QueryRequest(query="hội nghị", limit=5)).total > 0

    stats = update_index(archive, index_dir)           # the resumed run completes the job
    assert stats.total == NEW
    assert doc_set(index_dir, archive) == clean
    with Archive(archive, readonly=True) as arc:
        assert _indexed_hashes(index_dir) == arc.article_hashes()
    again = update_index(archive, index_dir)
    assert again.added == again.updated == again.deleted == 0


def _check_no_stray_files(index_dir: Path) -> None:
    stray = sorted(p.name for p in index_dir.iterdir() if ".toc." in p.name or p.name.endswith(".tmp"))
    assert stray == [], f"left by the killed commit and never removed: {stray}"
    assert len([p for p in index_dir.iterdir() if p.name.endswith(".toc")]) == 1


def test_toc_temp_file_of_a_killed_commit_is_removed_by_the_next_update(corpus, tmp_path):
    _, base_index, _, small = corpus
    archive = tmp_path / "archive.sqlite"
    shutil.copy(small, archive)
    index_dir = tmp_path / "index"
    shutil.copytree(base_index, index_dir)
    _kill_at(archive, index_dir, "toc")
    update_index(archive, index_dir)
    _check_no_stray_files(index_dir)
