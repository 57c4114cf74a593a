"""Locks between processes: a second crawl/update on a home exits 75 at once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from search_cli.errors import LOCKED
from search_cli.locks import hold
from test_cli_support import REPO, run_edunews

HOLDER = """
import sys, time
from pathlib import Path
from search_cli.locks import hold
with hold(Path(sys.argv[1]), "test holder"):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path):
    procs = []

    def start(lock_name: str):
        tmp_path.mkdir(exist_ok=True)
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / f"{lock_name}.lock")],
                                cwd=REPO, stdout=subprocess.PIPE, text=True)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


@pytest.mark.parametrize("lock_name,args", [
    ("crawl", ["crawl", "--all"]),
    ("update", ["update"]),
    ("crawl", ["update"]),
])
def test_second_run_exits_75_with_clear_message(tmp_path, holder, lock_name, args):
    proc = holder(lock_name)
    result = run_edunews(args, home=tmp_path, timeout=30)
    assert result.returncode == LOCKED, result.stderr
    err = result.stderr.strip()
    assert err.startswith("Error: another ") and f"(pid {proc.pid})" in err
    assert "\n" not in err and "Traceback" not in err
    # The refused run left no summary behind.
    assert not list((tmp_path / "runs").glob("*.json")) if (tmp_path / "runs").exists() else True


def test_lock_is_released_when_holder_is_killed(tmp_path, holder):
    proc = holder("crawl")
    with pytest.raises(Exception) as info:
        with hold(tmp_path / "crawl.lock", "crawl"):
            pass
    assert "another crawl" in str(info.value)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with hold(tmp_path / "crawl.lock", "crawl"):
        assert (tmp_path / "crawl.lock").read_text().strip() == str(os.getpid())
