"""A child process for the index's crash and concurrency tests.

    python -m tests.corpus.worker MODE ARCHIVE INDEX [FLAG]

MODE: ``update`` (plain update), ``hold-lock`` (take the update lock, print
"locked", sleep), ``kill-adding`` / ``kill-before-toc`` / ``kill-in-rename`` (run an
update and SIGKILL itself at that point of the write), ``pause-before-commit``
(run an update, create FLAG + ".ready" before the Whoosh commit and wait for FLAG).
"""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str]) -> int:
    mode, archive, index = argv[0], Path(argv[1]), Path(argv[2])
    flag = Path(argv[3]) if len(argv) > 3 else None
    from whoosh import writing
    from whoosh.filedb import filestore

    import index.build as build

    if mode == "hold-lock":
        with build.update_lock(index, wait=5):
            print("locked", flush=True)
            time.sleep(60)
        return 0
    if mode == "kill-adding":
        original = writing.SegmentWriter.add_document
        count = {"n": 0}

        def add_document(self, **fields):
            count["n"] += 1
            if count["n"] == 300:
                _die()
            return original(self, **fields)

        writing.SegmentWriter.add_document = add_document
    elif mode == "kill-before-toc":
        def commit_toc(self, segments):
            _die()

        writing.SegmentWriter._commit_toc = commit_toc
    elif mode == "kill-in-rename":
        def rename_file(self, frm, to, safe=False):
            _die()

        filestore.FileStorage.rename_file = rename_file
    elif mode == "pause-before-commit":
        original_commit = writing.SegmentWriter.commit

        def commit(self, *a, **kw):
            Path(str(flag) + ".ready").write_text("1")
            while not flag.exists():
                time.sleep(0.05)
            return original_commit(self, *a, **kw)

        writing.SegmentWriter.commit = commit
    stats = build.update_index(archive, index, wait=float(os.environ.get("WAIT", "30")))
    print(f"done {stats.total}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
