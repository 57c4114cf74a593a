"""Text of the crontab line and the systemd user service + timer that run ``edunews update``."""
from __future__ import annotations

import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

UNIT = "edunews-update"
_DAYS = {"daily": "*", "weekly": "1"}          # cron day-of-week: Monday
_CALENDAR = {"daily": "*-*-*", "weekly": "Mon *-*-*"}


def edunews_command() -> list[str]:
    """Absolute command line that starts edunews (console script if installed beside Python)."""
    exe = Path(sys.executable).with_name("edunews")
    if exe.exists():
        return [str(exe.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "search_cli.app"]


def parse_at(value: str) -> tuple[int, int]:
    """'HH:MM' -> (hour, minute); ValueError with a one-line reason otherwise."""
    hh, sep, mm = value.partition(":")
    if not sep or not hh.isdigit() or not mm.isdigit() or len(mm) != 2:
        raise ValueError(f"{value!r} is not HH:MM, e.g. 03:30")
    hour, minute = int(hh), int(mm)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"{value!r} is not a time of day (00:00-23:59)")
    return hour, minute


@dataclass
class Schedule:
    every: str              # daily | weekly
    hour: int
    minute: int
    home: Path

    def command(self) -> list[str]:
        return [*edunews_command(), "--home", str(self.home.absolute()), "update"]

    def crontab(self) -> str:
        cmd = " ".join(shlex.quote(a) for a in self.command())
        return (f"{self.minute} {self.hour} * * {_DAYS[self.every]} {cmd} "
                f">/dev/null 2>&1  # edunews: log in {shlex.quote(str(self.home.absolute() / 'logs'))}")

    def service(self) -> str:
        cmd = " ".join(_systemd_quote(a) for a in self.command())
        return (
            "[Unit]\n"
            "Description=edunews: crawl configured education-department sources and update the index\n"
            "Wants=network-online.target\n"
            "After=network-online.target\n"
            "\n"
            "[Service]\n"
            "Type=oneshot\n"
            f"ExecStart={cmd}\n"
            "Environment=PYTHONUTF8=1\n"
            "# 75: another update was still running (lock held), not an error.\n"
            "SuccessExitStatus=75\n"
            "Nice=10\n"
            "IOSchedulingClass=idle\n"
        )

    def timer(self) -> str:
        return (
            "[Unit]\n"
            f"Description=Run {UNIT}.service {self.every}\n"
            "\n"
            "[Timer]\n"
            f"OnCalendar={_CALENDAR[self.every]} {self.hour:02d}:{self.minute:02d}:00\n"
            "Persistent=true\n"
            "RandomizedDelaySec=10min\n"
            "\n"
            "[Install]\n"
            "WantedBy=timers.target\n"
        )


def _systemd_quote(arg: str) -> str:
    arg = arg.replace("%", "%%")  # systemd expands %-specifiers in ExecStart
    if arg and all(c.isalnum() or c in "/._-+:=@" for c in arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'


def user_unit_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "systemd" / "user"
