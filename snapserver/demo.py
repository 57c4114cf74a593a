"""`make demo`: the whole pipeline, offline, on the bundled snapshot sites.

Serves ``data/snapshots/`` on 127.0.0.1, points a fresh home (``.demo/``) at
those local copies, and runs the real commands a user would type:
``edunews crawl --all``, ``edunews index``, ``edunews search`` and
``edunews export``. Each command is echoed before it runs.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from snapserver.sources import resolve
from vntext.resources import data_dir

QUERY = "Chỉ thị 05"


def _edunews() -> list[str]:
    exe = Path(sys.executable).with_name("edunews")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "search_cli.app"]


def _run(args: list[str], home: Path) -> None:
    shown = " ".join(a if " " not in a else repr(a) for a in ["edunews", "--home", str(home), *args])
    print(f"\n$ {shown}", flush=True)
    proc = subprocess.run([*_edunews(), "--home", str(home), *args])
    if proc.returncode != 0:
        sys.exit(f"demo: '{shown}' failed with exit code {proc.returncode}")


def main() -> None:
    root = Path.cwd()
    home = root / ".demo"
    out_csv = root / "hits.csv"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    snapshots = data_dir() / "snapshots"

    server = subprocess.Popen(
        [sys.executable, "-m", "snapserver", "--dir", str(snapshots)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = server.stdout.readline() if server.stdout else ""
        if not line:
            sys.exit("demo: the snapshot server did not start")
        bases = json.loads(line)["sites"]
        print(f"Serving {len(bases)} snapshot sites on 127.0.0.1 (offline copies of department sites)")
        resolve(snapshots / "sources.toml", bases, home / "sources.toml")
        # Politeness stays on (robots.txt, per-host concurrency); the delay is
        # shortened because every snapshot site shares the host 127.0.0.1.
        _run(["crawl", "--all", "-s", "DOWNLOAD_DELAY=0.02", "-s", "AUTOTHROTTLE_ENABLED=False"], home)
    finally:
        server.terminate()
        server.wait(timeout=10)
    _run(["index"], home)
    _run(["search", QUERY, "--limit", "10"], home)
    _run(["search", QUERY, "--facet", "province", "--limit", "0"], home)
    _run(["export", QUERY, "-o", str(out_csv), "--force"], home)
    print(f"\nWrote {out_csv.relative_to(root)}: every hit for {QUERY!r}, UTF-8 with BOM for Excel.")
    print(f"The archive, index and logs of this demo are in {home.relative_to(root)}/ "
          f"(try: .venv/bin/edunews --home .demo search 'hoi nghi so ket').")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUTF8", "1")
    main()
