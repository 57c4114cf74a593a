"""The faster index writer (index.writer) writes exactly what Whoosh's own writers wrote.

Each case builds the same archive twice, once with ``index.build.FAST_WRITER``
off (Whoosh's ``SegmentWriter`` / ``MpWriter``, the writers used before) and
once on, and compares: serial builds file by file, byte for byte (segment
names are random, so files are matched by what follows the segment name);
parallel builds, whose split of documents between the two processes is not
deterministic, per URL (every term, weight, value bytes and field length of
every document, the stored fields and column values).
"""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

import index.build as build
from index.writer import TermPool
from tests.corpus import GENERATED, load, snapshot_docs


def _docs():
    return GENERATED + snapshot_docs()


def _segment_files(index_dir: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in index_dir.iterdir():
        if p.is_file() and p.name.startswith(f"{build.INDEX_NAME}_") and "." in p.name \
                and not p.name.endswith(".toc"):
            seg, rest = p.name.split(".", 1)
            out.setdefault(rest, [])
            out[rest].append(hashlib.sha1(p.read_bytes()).hexdigest())
    return {k: sorted(v) for k, v in out.items()}


def _build(monkeypatch, archive: Path, index_dir: Path, fast: bool, **settings) -> None:
    monkeypatch.setattr(build, "FAST_WRITER", fast)
    for name, value in settings.items():
        monkeypatch.setattr(build, name, value)
    build.update_index(archive, index_dir)


def _content(index_dir: Path) -> dict:
    """Everything a document contributes to the index, keyed by URL (docnums dropped)."""
    from whoosh import index as wix

    ix = wix.open_dir(str(index_dir), indexname=build.INDEX_NAME)
    try:
        with ix.reader() as r:
            urls = {d: r.stored_fields(d)["url"] for d in r.all_doc_ids()}
            postings = set()
            for fieldname in r.indexed_field_names():
                for tbytes in list(r.lexicon(fieldname)):
                    m = r.postings(fieldname, tbytes)
                    while m.is_active():
                        postings.add((fieldname, tbytes, urls[m.id()], m.weight(), m.value()))
                        m.next()
            lengths = {(f, urls[d]): r.doc_field_length(d, f)
                       for d in urls for f in r.indexed_field_names()}
            stored = {urls[d]: r.stored_fields(d) for d in urls}
            columns = {}
            for name, field in ix.schema.items():
                if field.column_type and r.has_column(name):
                    col = r.column_reader(name)
                    columns[name] = {urls[d]: col[d] for d in urls}
            return {"postings": postings, "lengths": lengths, "stored": stored, "columns": columns,
                    "docs": len(urls)}
    finally:
        ix.close()


@pytest.fixture()
def archive(tmp_path):
    path = tmp_path / "a.sqlite"
    load(path, _docs())
    return path


def test_serial_build_is_byte_identical(monkeypatch, archive, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    _build(monkeypatch, archive, old, fast=False)
    _build(monkeypatch, archive, new, fast=True)
    files = _segment_files(old)
    assert "pst" in files and "trm" in files and "_stored.col" in files
    assert _segment_files(new) == files
    assert _content(new) == _content(old)


def test_build_with_spilled_runs_is_byte_identical(monkeypatch, archive, tmp_path):
    """A tiny memory limit makes both pools write and merge many runs."""
    old, new = tmp_path / "old", tmp_path / "new"
    _build(monkeypatch, archive, old, fast=False, LIMIT_MB=0.02)
    runs: list[int] = []
    save = TermPool.save

    def counting_save(self):
        runs.append(1)
        return save(self)

    monkeypatch.setattr(TermPool, "save", counting_save)
    _build(monkeypatch, archive, new, fast=True, LIMIT_MB=0.02)
    assert len(runs) > 3
    assert _segment_files(new) == _segment_files(old)


def test_incremental_update_with_merge_is_identical(monkeypatch, tmp_path):
    """First half, then the rest: the second writer adds documents and merges the old segment."""
    docs = _docs()
    half = len(docs) // 2
    results = []
    for fast in (False, True):
        arc, ix = tmp_path / f"a-{fast}.sqlite", tmp_path / f"ix-{fast}"
        load(arc, docs[:half])
        _build(monkeypatch, arc, ix, fast=fast)
        load(arc, docs[half:])
        _build(monkeypatch, arc, ix, fast=fast)
        results.append((_segment_files(ix), _content(ix)))
    (old_files, old_content), (new_files, new_content) = results
    assert old_content["docs"] == len(docs)
    assert new_files == old_files
    assert new_content == old_content


def test_parallel_build_has_the_same_content(monkeypatch, archive, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    _build(monkeypatch, archive, old, fast=False, PARALLEL_FROM=1)
    _build(monkeypatch, archive, new, fast=True, PARALLEL_FROM=1)
    old_content, new_content = _content(old), _content(new)
    assert old_content["docs"] == len(_docs())
    assert len(old_content["postings"]) > 1000
    for key in ("postings", "lengths", "stored", "columns", "docs"):
        assert new_content[key] == old_content[key], key


def test_term_pool_orders_postings_like_whooshs_sort(tmp_path):
    """Out-of-order documents (add_reader merges) and spills still come out sorted."""
    from whoosh.filedb.filestore import FileStorage

    store = FileStorage(str(tmp_path))
    rng = random.Random(7)
    items = [(rng.choice(["a", "b", "body_b"]), rng.choice([b"x", b"y", b"zz", b"\xc3\xa0"]),
              d, float(rng.randint(1, 5)), bytes([rng.randint(0, 255)]) * rng.randint(0, 3))
             for d in rng.sample(range(5000), 3000)]
    pool = TermPool(store, limitmb=0.01)
    for item in items:
        pool.add(item)
    assert pool.runs
    got = [(f, t, d, w, v) for f, t, ds, ws, vs in pool.iter_postings() for d, w, v in zip(ds, ws, vs)]
    assert got == sorted(items)
    pool.cleanup()
    assert not list(Path(tmp_path).glob("*.terms"))
