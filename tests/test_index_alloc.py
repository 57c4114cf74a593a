"""index.alloc: with the tuning, a query's temporaries made again reuse the process's pages.

Page faults are counted, not time, in two fresh interpreters doing the same
rounds of allocations (a query's masks, keys and merged arrays, then freed):
without the tuning glibc trims the freed heap and each round faults its pages in
again.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

_ROUNDS = """
import resource, sys
import numpy as np
if sys.argv[1] == "tuned":
    from index.alloc import keep_freed_memory
    assert keep_freed_memory() and keep_freed_memory()
faults = []
for _ in range(4):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    held = [np.ones(n, dtype=np.int32) for n in (250_000, 1_000_000, 4_000_000, 2_500_000, 5_000_000)]
    held.append(np.concatenate(held[3:]))
    del held
    faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
print(sum(faults[1:]))
"""


def _later_round_faults(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", _ROUNDS, mode], capture_output=True, text=True, check=True)
    return int(out.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc mallopt is Linux-only")
def test_later_rounds_of_temporaries_reuse_pages_once_tuned():
    untuned, tuned = _later_round_faults("plain"), _later_round_faults("tuned")
    assert untuned > 3000            # ~80 MB a round: the untuned rounds fault most of it in again
    assert tuned < untuned / 20


def test_the_searcher_tunes_malloc(tmp_path):
    import index.alloc
    from index.api import IndexError_
    from index.search import Searcher

    with pytest.raises(IndexError_):
        Searcher(tmp_path / "none")
    assert index.alloc._tuned is sys.platform.startswith("linux")
