"""``python -m snapserver``: serve the snapshot sites (and the fault site) until killed.

Prints one JSON line first: {"sites": {site_id: base}, "faults": base-or-null}.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from contextlib import ExitStack
from pathlib import Path

from snapserver.faults import serve_faults
from snapserver.sites import serve
from vntext.resources import data_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m snapserver", description=__doc__)
    ap.add_argument("--dir", type=Path, default=data_dir() / "snapshots", help="snapshot folder")
    ap.add_argument("--faults", action="store_true", help="also serve the fault site")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each response")
    ap.add_argument("--only", action="append", help="serve only this site (repeatable)")
    ap.add_argument("--preload", action="store_true",
                    help="read every file once at start and serve from memory (benchmarks)")
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        print(f"snapserver: {args.dir} is not a folder", file=sys.stderr)
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with ExitStack() as stack:
        bases = stack.enter_context(serve(args.dir, delay=args.delay, only=args.only, preload=args.preload))
        faults = stack.enter_context(serve_faults())[0] if args.faults else None
        print(json.dumps({"sites": dict(bases), "faults": faults}), flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
