"""Shared measuring tools: child processes with peak memory, statistics, tables, machine facts.

Only public tools: ``time.perf_counter``, ``os.wait4`` (the per-child
``getrusage``), ``/proc`` for the memory of a whole process tree, subprocess.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PY = sys.executable
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class ChildRun:
    """One measured child process."""

    wall_s: float
    maxrss_mb: float          # largest single process (ru_maxrss of the child or its children)
    tree_rss_mb: float        # peak sum of RSS over the process tree, sampled every 50 ms
    returncode: int
    result: dict[str, Any] = field(default_factory=dict)   # JSON the child printed last
    stderr: str = ""
    # user + system CPU seconds of the child and the children it waited for (less
    # sensitive to other load on a shared machine than wall time)
    cpu_s: float = 0.0


def _tree_pids(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def run_child(args: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
              timeout: float | None = None) -> ChildRun:
    """Run ``args``; wall time, peak RSS (largest process and whole tree), last JSON line of stdout."""
    full_env = dict(os.environ, PYTHONUTF8="1", PYTHONHASHSEED="0")
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env,
                            cwd=cwd or ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total = sum(_rss_bytes(p) for p in _tree_pids(proc.pid))
            peak[0] = max(peak[0], total)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True),
               threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)]
    for r in readers:
        r.start()
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.01)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    for r in readers:
        r.join()
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    stderr = b"".join(err_chunks).decode("utf-8", "replace")
    result: dict[str, Any] = {}
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                result = json.loads(line)
            except json.JSONDecodeError:
                continue
            break
    # ru_maxrss is in KiB on Linux; the child reports its own children's peak too.
    maxrss = max(usage.ru_maxrss, int(result.get("children_maxrss_kb", 0))) / 1024
    return ChildRun(wall, maxrss, peak[0] / 2**20, proc.returncode, result, stderr[-2000:],
                    usage.ru_utime + usage.ru_stime)


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def percentile(xs: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): the value a user waits at least that long for."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(-(-q * len(s) // 100)) - 1))
    return s[k]


def dir_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 2**20


def md_table(headers: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3g}" if abs(v) < 10 else f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.1f}"
        return str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _lib_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def machine() -> dict[str, Any]:
    """Cores, RAM, CPU model, load, Python and library versions, date."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = int(line.split()[1]) / 2**20
    except OSError:
        pass
    return {
        "date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "cores": os.cpu_count(),
        "ram_gib": round(ram, 1),
        "cpu": cpu,
        "loadavg": os.getloadavg(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "libs": {n: _lib_version(n) for n in ("whoosh-reloaded", "scrapy", "lxml", "beautifulsoup4",
                                                "click", "twisted")},
    }


def save_json(name: str, data: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


def corpus(n: int, seed: int = 1) -> Path:
    """The generated archive of ``n`` articles in bench/out/, generated once and reused."""
    path = OUT / f"corpus-{n // 1000}k.sqlite" if n % 1000 == 0 else OUT / f"corpus-{n}.sqlite"
    marker = path.with_suffix(".done")
    if not marker.exists():
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        from bench.generate import write_archive

        print(f"generating {n} articles into {path} ...", file=sys.stderr, flush=True)
        write_archive(path, n, seed)
        marker.write_text(json.dumps({"n": n, "seed": seed}))
    return path


def label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def built_index(kind: str, n: int, seed: int = 1) -> Path:
    """A cached from-scratch index (``edunews`` or ``raw``) of corpus ``n`` in bench/out/.

    Built once in a subprocess and reused by the search benchmarks; the build
    benchmark refreshes it with the index of its last measured build.
    """
    target = OUT / f"idx-{kind}-{label(n)}"
    marker = target / "bench-built.json"
    if marker.exists():
        built = json.loads(marker.read_text())
        if kind != "edunews" or built.get("schema") in (None, _edunews_schema()):
            return target
    archive = corpus(n, seed)
    import shutil

    shutil.rmtree(target, ignore_errors=True)
    print(f"building the {kind} index of {n} articles ...", file=sys.stderr, flush=True)
    child = "edunews-build" if kind == "edunews" else "raw-build"
    run = run_child([PY, "-m", "bench.child", child, str(archive), str(target)])
    if run.returncode != 0:
        raise RuntimeError(f"{child} failed: {run.result.get('error') or run.stderr.strip()[-300:]}")
    marker.write_text(json.dumps({"n": n, "seconds": run.result.get("seconds"), "schema": _edunews_schema()}))
    return target


def _edunews_schema() -> int | None:
    """The index schema version now in the code: a cached index of another version is stale."""
    try:
        from index.schema import SCHEMA_VERSION
    except ImportError:
        return None
    return SCHEMA_VERSION


def keep_index(kind: str, n: int, built: Path, seconds: float) -> None:
    """Keep a freshly measured index as the cached one for the search benchmarks."""
    import shutil

    target = OUT / f"idx-{kind}-{label(n)}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(built), str(target))
    (target / "bench-built.json").write_text(json.dumps({"n": n, "seconds": seconds,
                                                         "schema": _edunews_schema()}))
