"""Exit codes and the one-line error every command reports on failure."""
from __future__ import annotations

import click

OK = 0
FAILURE = 1
USAGE = 2
PARTIAL = 3
LOCKED = 75  # EX_TEMPFAIL from sysexits.h: "try again later"

EXIT_CODES_HELP = """\b
Exit codes:
  0   success
  1   failure (missing archive or index, crawl could not run, I/O error)
  2   bad usage or bad input (malformed query, unknown province, bad date)
  3   partial failure (edunews update: some sources failed)
  75  another crawl or update holds the lock on this home; try again later"""


class CliError(click.ClickException):
    """A failure reported as ``Error: <message>`` on one line, with an exit code."""

    def __init__(self, message: str, code: int = FAILURE):
        super().__init__(" ".join(str(message).split()))
        self.exit_code = code


class UsageError(CliError):
    """Bad input from the user: exit 2."""

    def __init__(self, message: str):
        super().__init__(message, USAGE)


class LockedError(CliError):
    """Another process holds the lock on this home: exit 75."""

    def __init__(self, message: str):
        super().__init__(message, LOCKED)
