"""Per-home process locks (``crawl.lock``, ``update.lock``).

``fcntl.flock`` locks belong to the open file, so the kernel releases them
when the holder dies, even by ``kill -9``; a stale lock file never blocks.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from search_cli.errors import LockedError


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


@contextmanager
def hold(path: Path, what: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` or raise ``LockedError`` at once."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(f"another {what} is running on this home{_holder(path)}; "
                              f"lock file {path}. Wait for it to finish, or use another --home") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
