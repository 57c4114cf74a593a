"""The home directory: where one archive, its index, run summaries, logs and locks live."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from search_cli.errors import CliError, UsageError


def default_home() -> str:
    """``$XDG_DATA_HOME/edunews``, else ``~/.local/share/edunews``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "edunews")


@dataclass
class Home:
    path: Path

    @property
    def archive_path(self) -> Path:
        return self.path / "archive.sqlite"

    @property
    def index_dir(self) -> Path:
        return self.path / "index"

    @property
    def runs_dir(self) -> Path:
        return self.path / "runs"

    @property
    def logs_dir(self) -> Path:
        return self.path / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "edunews.log"

    @property
    def sources_file(self) -> Path:
        return self.path / "sources.toml"

    def lock_path(self, name: str) -> Path:
        return self.path / f"{name}.lock"

    # -- checks -----------------------------------------------------------
    def check_not_file(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise UsageError(f"home {self.path} is a file, not a directory: "
                             "pass --home DIR or set EDUNEWS_HOME to a directory")

    def ensure(self) -> None:
        """Create the home and its sub-folders (crawl, update, index); exit 2 if impossible."""
        self.check_not_file()
        try:
            for d in (self.path, self.runs_dir, self.logs_dir):
                d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create home {self.path}: {exc.strerror} — "
                             "pass --home DIR pointing to a writable directory") from exc
        if not os.access(self.path, os.W_OK | os.X_OK):
            raise UsageError(f"home {self.path} is not writable — "
                             "pass --home DIR pointing to a writable directory")

    def require_archive(self) -> Path:
        """The archive path; exit 1 naming the command to run first when it is missing."""
        self.check_not_file()
        if not self.archive_path.is_file():
            raise CliError(f"no archive at {self.archive_path}: run 'edunews crawl' "
                           "(or 'edunews update') first")
        return self.archive_path

    def require_index(self) -> Path:
        self.require_archive()
        if not self.index_dir.is_dir() or not any(self.index_dir.iterdir()):
            raise CliError(f"no index at {self.index_dir}: run 'edunews index' first")
        return self.index_dir

    def open_archive(self, readonly: bool = True):
        """An ``archive.Archive``; a corrupt or unreadable file is a one-line error (exit 1)."""
        from archive import Archive, ArchiveError

        if readonly:
            self.require_archive()
        try:
            return Archive(self.archive_path, readonly=readonly)
        except ArchiveError as exc:
            raise CliError(str(exc)) from exc

    def check_sources(self, names) -> None:
        """--source values must name a source the archive holds (else exit 2, listing them)."""
        if not names:
            return
        archive = self.open_archive(readonly=True)
        try:
            known = {r[0] for r in archive.db.execute("SELECT DISTINCT source FROM articles")}
        except Exception as exc:  # sqlite3.DatabaseError on a damaged file
            raise CliError(f"{self.archive_path} cannot be read ({exc})") from None
        finally:
            archive.close()
        unknown = [n for n in names if n not in known]
        if unknown:
            listed = ", ".join(sorted(known)[:20]) or "(none yet)"
            raise UsageError(f"unknown source {', '.join(unknown)}: the archive holds {listed}")
