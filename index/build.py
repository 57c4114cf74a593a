"""Build and update the Whoosh index from the archive, incrementally.

``update_index`` compares the archive's content hashes with the hashes it
indexed last time (``index.state``): new and changed articles are (re)indexed,
articles gone from the archive (deleted, tombstoned) are dropped, the rest is
left alone. Near-duplicate groups are recomputed for what changed.

Safety: one update at a time (an fcntl lock on ``update.lock`` in the index
folder, released by the OS if the process dies); readers keep answering from
the last commit while an update runs; a killed update leaves the previous
commit intact and its stray files are removed by the next update.
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from index.api import IndexError_, IndexStats
from index.dupes import SKETCH_VERSION, THRESHOLD, band_keys, from_bytes, groups, similarity, sketch
from index.schema import SCHEMA_VERSION, make_schema
from index.state import STATE_FILE, State

log = logging.getLogger("edunews.index")

INDEX_NAME = "MAIN"
LOCK_FILE = "update.lock"
CHUNK = 500
# Above this many articles to add to an empty index, use two writer processes.
PARALLEL_FROM = 20_000
LIMIT_MB = 192
# index.writer's FastSegmentWriter (same index content, less CPU); False: Whoosh's
# own writers, kept for the equivalence test.
FAST_WRITER = True


@contextmanager
def update_lock(index_dir: Path, wait: float) -> Iterator[None]:
    """Hold the index's update lock; wait up to ``wait`` seconds, then IndexError_."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise IndexError_(f"another update of {index_dir} is running: "
                                      "wait for it to finish, then retry") from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)   # closing the descriptor releases the lock


def _open_archive(archive_path: Path):
    from archive.store import Archive, ArchiveError

    try:
        return Archive(archive_path, readonly=True)
    except ArchiveError as exc:
        raise IndexError_(str(exc)) from None


def _wipe(index_dir: Path) -> None:
    for entry in index_dir.iterdir():
        if entry.name == LOCK_FILE:
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _clean_stale(index_dir: Path) -> None:
    """Remove what a killed writer left behind: temp folders and files, unreferenced segments."""
    from whoosh.index import TOC

    for entry in index_dir.iterdir():
        # "_MAIN_<gen>.toc.<time>": a TOC whose rename a killed commit never finished.
        if entry.name.startswith(f"_{INDEX_NAME}_") and ".toc." in entry.name:
            entry.unlink(missing_ok=True)
            continue
        if entry.name.endswith(".tmp"):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
    try:
        from whoosh.filedb.filestore import FileStorage

        storage = FileStorage(str(index_dir))
        gen = TOC._latest_generation(storage, INDEX_NAME)
        if gen < 0:
            return
        toc = TOC.read(storage, INDEX_NAME, gen)
        live = {seg.segment_id() for seg in toc.segments}
    except Exception:  # noqa: BLE001 - an unreadable TOC is handled by the caller
        return
    for entry in index_dir.iterdir():
        name = entry.name
        if name.startswith(f"{INDEX_NAME}_") and "." in name:
            seg_id = name.split(".", 1)[0]
            if seg_id not in live and not name.endswith(".toc"):
                entry.unlink(missing_ok=True)


def _exists(index_dir: Path) -> bool:
    """Whoosh's exists_in, but a garbled TOC (which makes it raise) counts as no index."""
    from whoosh import index as wix

    try:
        return wix.exists_in(str(index_dir), INDEX_NAME)
    except Exception:  # noqa: BLE001 - unreadable TOC: the caller rebuilds or reports
        return False


def _open_index(index_dir: Path, state: State, rebuild: bool):
    """The Whoosh index, created (and the state reset) when missing, stale or asked to."""
    from whoosh import index as wix

    usable = (_exists(index_dir)
              and state.get("schema_version") == str(SCHEMA_VERSION)
              and state.get("sketch_version") == SKETCH_VERSION)
    if usable and not rebuild:
        try:
            return wix.open_dir(str(index_dir), indexname=INDEX_NAME), False
        except Exception:  # noqa: BLE001 - unreadable: rebuild from the archive
            pass
    state.close()
    _wipe(index_dir)
    state.__init__(index_dir)
    state.set("schema_version", str(SCHEMA_VERSION))
    state.set("sketch_version", SKETCH_VERSION)
    return wix.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME), True


def document(rec, gid: str) -> dict:
    """The Whoosh fields of one archived article."""
    from vntext.provinces import to_2025
    from vntext.refs import index_terms

    art = rec.article
    province = art.province or ""
    published = art.published or ""
    refs = list(art.refs or [])
    return dict(
        url=art.url,
        title=art.title or "",
        title_f=art.title or "",
        title_b=art.title or "",
        body=art.text or "",
        body_f=art.text or "",
        body_b=art.text or "",
        refs="\n".join(index_terms(refs)) if refs else "",
        ref_ids=refs,
        province=province,
        province_2025=(to_2025(province) or "") if province else "",
        unit=art.unit or "",
        published=published,
        year=published[:4],
        kind=art.kind or "other",
        source=rec.source or "",
        dup=gid,
    )


def _chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def update_index(archive_path: Path, index_dir: Path, *,
                 progress: Callable[[int, int], None] | None = None,
                 rebuild: bool = False, wait: float = 30.0) -> IndexStats:
    """Bring the index up to date with the archive; returns what changed.

    Only new or changed articles (by URL and content hash) are analysed;
    articles no longer in the archive are deleted. ``rebuild`` starts from an
    empty index. A second concurrent call waits up to ``wait`` seconds for the
    first one, then raises ``IndexError_``.
    """
    t0 = time.monotonic()
    archive_path, index_dir = Path(archive_path), Path(index_dir)
    if not archive_path.exists():
        raise IndexError_(f"no archive at {archive_path}: run 'edunews crawl' first")
    try:
        with update_lock(index_dir, wait):
            return _update(archive_path, index_dir, progress, rebuild, t0)
    except OSError as exc:
        raise IndexError_(f"cannot write the index in {index_dir}: {exc.strerror or exc}") from None


def _update(archive_path: Path, index_dir: Path, progress, rebuild: bool, t0: float) -> IndexStats:
    arch = _open_archive(archive_path)
    state = State(index_dir)
    try:
        ix, fresh = _open_index(index_dir, state, rebuild)
        if not fresh:
            _clean_stale(index_dir)
        hashes = arch.article_hashes()
        known = state.hashes()
        changed = sorted(u for u, h in hashes.items() if known.get(u) != h)
        removed = sorted(u for u in known if u not in hashes)
        stats = IndexStats(unchanged=len(hashes) - len(changed), deleted=len(removed))

        state.begin()
        try:
            gids = _dedupe(arch, state, changed, removed)
            todo = changed + sorted(gids.regroup)
            _write(ix, arch, todo, set(known), removed, gids.new, progress,
                   parallel=fresh and len(todo) >= PARALLEL_FROM)
            state.set_gids(gids.old, gids.new)
            state.set("last_update", datetime.now(timezone.utc).replace(microsecond=0).isoformat())
            state.set("archive", str(archive_path.resolve()))
            state.commit()
        except BaseException:
            state.rollback()
            raise
        _save_groups(index_dir)
        stats.added = sum(1 for u in changed if u not in known)
        stats.updated = len(changed) - stats.added
        stats.total = len(hashes)
        stats.seconds = time.monotonic() - t0
        ix.close()
        return stats
    finally:
        state.close()
        arch.close()


def _save_groups(index_dir: Path) -> None:
    """Cache the duplicate groups of the new commit for searchers (an optimisation:
    a failure only costs the next fresh search process the time to compute them)."""
    from index.groups import write_cache

    try:
        write_cache(index_dir)
    except Exception as exc:  # noqa: BLE001 - the index itself is committed and sound
        log.warning("could not cache duplicate groups in %s: %s", index_dir, exc)


class _Groups:
    def __init__(self, old: dict[str, str], new: dict[str, str], regroup: set[str]):
        self.old, self.new, self.regroup = old, new, regroup


def _dedupe(arch, state: State, changed: list[str], removed: list[str]) -> _Groups:
    """Sketch the changed articles, link near-duplicates, recompute groups."""
    state.forget(removed + changed)
    for chunk in _chunks(changed):
        rows = []
        for url, rec in arch.articles_by_url(chunk).items():
            sig = sketch(f"{rec.article.title}\n{rec.article.text}")
            rows.append((url, rec.content_hash, rec.article.published, sig.tobytes(), band_keys(sig)))
        state.put_docs(rows)
    candidates = state.candidate_pairs(changed) if changed else set()
    if candidates:
        sigs = state.sketches({u for pair in candidates for u in pair})
        linked = [(a, b) for a, b in candidates
                  if similarity(from_bytes(sigs[a]), from_bytes(sigs[b])) >= THRESHOLD]
        state.add_pairs(linked)
    pairs = state.all_pairs()
    published = state.published({u for pair in pairs for u in pair})
    new = groups(pairs, published)
    old = state.gids()
    fresh = set(changed)
    regroup = {u for u in set(old) | set(new)
               if old.get(u, "") != new.get(u, "") and u not in fresh}
    return _Groups(old, new, regroup)


def _write(ix, arch, todo: list[str], known: set[str], removed: list[str], gids: dict[str, str],
           progress, parallel: bool) -> None:
    if not todo and not removed:
        return
    from index.codec import EdunewsCodec

    # Separate segment files: a compound 100k index takes 0.36 s just to open.
    if not FAST_WRITER:
        if parallel:
            writer = ix.writer(procs=2, multisegment=True, limitmb=LIMIT_MB, compound=False, codec=EdunewsCodec())
        else:
            writer = ix.writer(limitmb=LIMIT_MB, compound=False, codec=EdunewsCodec())
    else:
        from index.writer import FastMpWriter, FastSegmentWriter

        if parallel:
            writer = FastMpWriter(ix, procs=2, limitmb=LIMIT_MB, compound=False, codec=EdunewsCodec())
        else:
            writer = FastSegmentWriter(ix, limitmb=LIMIT_MB, compound=False, codec=EdunewsCodec())
    try:
        for url in removed:
            writer.delete_by_term("url", url)
        done = 0
        for chunk in _chunks(todo):
            records = arch.articles_by_url(chunk)
            for url in chunk:
                rec = records.get(url)
                if rec is None:
                    continue
                doc = document(rec, gids.get(url, ""))
                if url in known:
                    writer.update_document(**doc)
                else:
                    writer.add_document(**doc)
            done += len(chunk)
            if progress:
                progress(done, len(todo))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def index_info(index_dir: Path) -> dict:
    """Document count, size on disk and last update of an index, for ``edunews stats``."""
    from whoosh import index as wix

    index_dir = Path(index_dir)
    if not wix.exists_in(str(index_dir), INDEX_NAME):
        raise IndexError_(f"no index at {index_dir}: run 'edunews index' first")
    ix = wix.open_dir(str(index_dir), indexname=INDEX_NAME)
    try:
        docs = ix.doc_count()
        segments = len(ix._segments())
    finally:
        ix.close()
    size = sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())
    last = None
    state_path = index_dir / STATE_FILE
    if state_path.exists():
        import sqlite3

        db = sqlite3.connect(f"file:{state_path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='last_update'").fetchone()
            last = row[0] if row else None
        except sqlite3.DatabaseError:
            last = None
        finally:
            db.close()
    return {"documents": docs, "segments": segments, "bytes": size, "last_update": last}
