"""Incremental updates, searching during an update, killed updates, concurrent updates."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.store import Archive
from cleaner.model import Article
from index.api import IndexError_, QueryRequest
from index.build import index_info, update_index
from index.search import Searcher
from tests.corpus import GENERATED, Doc, by_key, load

ROOT = Path(__file__).resolve().parent.parent


def _count(index_dir: Path, archive: Path, query: str = "", **kw) -> int:
    with Searcher(index_dir, archive) as s:
        return s.search(QueryRequest(query=query, limit=0, all_copies=True, **kw)).total


def _extra_docs(n: int, start: int = 0) -> list[Doc]:
    return [Doc(f"x{i:05d}", "gen-extra", f"Bản tin số {i}", f"Thông báo nội bộ mã {i}.",
                f"2020-01-{1 + i % 28:02d}", "Lạng Sơn", [], "other", filler=30)
            for i in range(start, start + n)]


def _worker(mode: str, archive: Path, index_dir: Path, *extra: str, wait: bool = True, env=None):
    cmd = [sys.executable, "-m", "tests.corpus.worker", mode, str(archive), str(index_dir), *extra]
    full_env = dict(os.environ, **(env or {}))
    if wait:
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env=full_env)
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=full_env)


def test_add_change_delete(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED)
    first = update_index(arc, ix)
    assert (first.added, first.updated, first.deleted, first.total) == (len(GENERATED), 0, 0, len(GENERATED))
    again = update_index(arc, ix)
    assert (again.added, again.updated, again.deleted, again.unchanged) == (0, 0, 0, len(GENERATED))

    with Archive(arc) as a:
        g10 = by_key()["g10"].article()
        g10.text = "Bảo đảm phòng cháy chữa cháy trong trường học."
        a.put_article(g10, "gen-binhduong")
        a.put_article(Article(url="http://gen.test/new", title="Tin mới", text="Hội nghị giao ban tháng mười.",
                              published="2024-10-01", province="Lạng Sơn"), "gen-new")
        a.delete_article(by_key()["g15"].url)
    third = update_index(arc, ix)
    assert (third.added, third.updated, third.deleted) == (1, 1, 1)
    assert third.total == len(GENERATED)
    with Searcher(ix, arc) as s:
        assert [h.url for h in s.search(QueryRequest(query="phòng cháy")).hits] == [g10.url]
        assert s.search(QueryRequest(query='"đuối nước"')).total == 0
        assert s.search(QueryRequest(query='"chuyển đổi số"')).total == 0
        assert [h.url for h in s.search(QueryRequest(query='"giao ban tháng mười"')).hits] == ["http://gen.test/new"]
    assert index_info(ix)["documents"] == len(GENERATED)


def test_new_copy_joins_a_duplicate_group(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, [d for d in GENERATED if d.key != "g20"])
    update_index(arc, ix)
    with Searcher(ix, arc) as s:
        assert [h.url for h in s.search(QueryRequest(query='"trực tuyến"')).hits] == [by_key()["g21"].url]
    load(arc, [by_key()["g20"]])                      # the earlier original arrives later
    stats = update_index(arc, ix)
    assert stats.added == 1
    with Searcher(ix, arc) as s:
        hits = s.search(QueryRequest(query='"trực tuyến"')).hits
        assert [(h.url, h.other_urls) for h in hits] == [(by_key()["g20"].url, [by_key()["g21"].url])]
    with Archive(arc) as a:
        a.delete_article(by_key()["g20"].url)
    update_index(arc, ix)
    with Searcher(ix, arc) as s:
        hits = s.search(QueryRequest(query='"trực tuyến"')).hits
        assert [(h.url, h.other_urls) for h in hits] == [(by_key()["g21"].url, [])]


def test_rebuild_gives_the_same_answers(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED)
    update_index(arc, ix)
    before = _count(ix, arc, "Chỉ thị 05")
    stats = update_index(arc, ix, rebuild=True)
    assert stats.added == len(GENERATED)
    assert _count(ix, arc, "Chỉ thị 05") == before == 5


def test_search_during_update_answers_from_last_commit(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED)
    update_index(arc, ix)
    load(arc, _extra_docs(50))
    flag = tmp_path / "go"
    proc = _worker("pause-before-commit", arc, ix, str(flag), wait=False)
    try:
        deadline = time.monotonic() + 120
        while not Path(str(flag) + ".ready").exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        s = Searcher(ix, arc)
        assert s.search(QueryRequest(query="", limit=0, all_copies=True)).total == len(GENERATED)
        flag.write_text("1")
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert s.search(QueryRequest(query="", limit=0, all_copies=True)).total == len(GENERATED) + 50
        s.close()
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.parametrize("mode", ["kill-adding", "kill-before-toc", "kill-in-rename"])
def test_killed_update_leaves_a_usable_index(tmp_path, mode):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED)
    update_index(arc, ix)
    load(arc, _extra_docs(400))
    result = _worker(mode, arc, ix)
    assert result.returncode == -9, result.stderr
    # The last commit still answers, fully.
    assert _count(ix, arc) == len(GENERATED)
    assert _count(ix, arc, "Chỉ thị 05") == 5
    # The lock died with the process; the next update finishes the work and cleans up.
    stats = update_index(arc, ix, wait=0)
    assert stats.added == 400
    assert _count(ix, arc) == len(GENERATED) + 400
    assert not [p for p in ix.iterdir() if p.name.endswith(".tmp")]
    again = update_index(arc, ix, wait=0)
    assert (again.added, again.updated, again.unchanged) == (0, 0, len(GENERATED) + 400)


def test_second_update_waits_then_fails_clearly(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED[:3])
    update_index(arc, ix)
    holder = _worker("hold-lock", arc, ix, wait=False)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexError_) as info:
            update_index(arc, ix, wait=0.5)
        assert "another update" in str(info.value) and "\n" not in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    assert update_index(arc, ix, wait=5).unchanged == 3


def test_two_concurrent_updates_both_finish(tmp_path):
    arc, ix = tmp_path / "a.sqlite", tmp_path / "ix"
    load(arc, GENERATED)
    load(arc, _extra_docs(200))
    procs = [_worker("update", arc, ix, wait=False) for _ in range(2)]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    assert sorted(o[0].strip() for o in outs) == [f"done {len(GENERATED) + 200}"] * 2
    assert _count(ix, arc) == len(GENERATED) + 200


def test_missing_archive_and_index_are_one_line_errors(tmp_path):
    with pytest.raises(IndexError_, match="no archive"):
        update_index(tmp_path / "none.sqlite", tmp_path / "ix")
    with pytest.raises(IndexError_, match="no index"):
        Searcher(tmp_path / "nothing")


def test_search_path_imports_no_crawler():
    code = ("import sys, index.search, index.build; "
            "bad = [m for m in ('scrapy', 'bs4', 'crawler', 'twisted', 'lxml') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_parallel_fresh_build_gives_the_same_answers(tmp_path, monkeypatch):
    import index.build as build

    arc = tmp_path / "a.sqlite"
    load(arc, GENERATED + _extra_docs(60))
    update_index(arc, tmp_path / "serial")
    monkeypatch.setattr(build, "PARALLEL_FROM", 10)
    stats = update_index(arc, tmp_path / "parallel")
    assert stats.added == len(GENERATED) + 60
    assert not [p for p in (tmp_path / "parallel").iterdir() if p.suffix == ".seg"]   # compound=False
    for query in ("Chỉ thị 05", '"hòa bình"', "", "Bản tin"):
        assert _count(tmp_path / "parallel", arc, query) == _count(tmp_path / "serial", arc, query)


def test_empty_archive_gives_an_empty_index(tmp_path):
    arc = tmp_path / "a.sqlite"
    Archive(arc).close()
    assert update_index(arc, tmp_path / "ix").total == 0
    with Searcher(tmp_path / "ix", arc) as s:
        res = s.search(QueryRequest(query="sơ kết", facets=["province"]))
        assert (res.total, res.hits, res.facets) == (0, [], {"province": {}})
