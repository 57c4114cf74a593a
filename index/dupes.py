"""Near-duplicate detection: the same article syndicated on several sites.

Each article gets a one-permutation MinHash sketch of its folded syllable
5-shingles (one CRC32 per shingle, ``BINS`` bins, the minimum of each bin).
The estimated Jaccard similarity of two sketches is the share of equal bins
among the bins that are filled in either. Candidates come from LSH bands
(``BANDS`` bands of ``ROWS`` bins): two texts with Jaccard 0.8 share a band
with probability > 0.999, unrelated texts almost never. Pairs at or above
``THRESHOLD`` are linked; connected groups get one representative, the
earliest published copy, then the smallest URL (deterministic).
"""
from __future__ import annotations

import sys
import zlib
from array import array
from functools import lru_cache
from typing import Iterable

from index.analysis import _SYLLABLE
from vntext.normalize import fold, nfc

SHINGLE = 5
BINS = 128
ROWS = 4
BANDS = BINS // ROWS
THRESHOLD = 0.8
_EMPTY = 0xFFFFFFFF     # an empty bin; real values are even, so never equal
SKETCH_VERSION = f"py{sys.version_info[0]}.{sys.version_info[1]}"
_SHIFT = 7          # log2(BINS)
_MASK = BINS - 1


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        f = fold(ch)
        if f != ch:
            table[cp] = f
    return table


_FOLD = _fold_table()


def fast_fold(text: str) -> str:
    """``vntext.normalize.fold`` for NFC text, as one C-level translate."""
    return nfc(text).lower().translate(_FOLD)


@lru_cache(maxsize=300_000)
def _word_id(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def sketch(text: str) -> array:
    """The MinHash sketch (``BINS`` unsigned 32-bit values) of a text.

    A shingle's hash is Python's hash of the tuple of its five word CRCs:
    tuples of ints hash the same in every process (no string-hash salt), and
    ``map``/``zip`` keep the loop in C. ``SKETCH_VERSION`` names the Python
    version because the tuple hash may change between versions.
    """
    ids = [_word_id(w) for w in _SYLLABLE.findall(fast_fold(text))]
    mins = [_EMPTY] * BINS
    if not ids:
        return array("I", mins)
    if len(ids) < SHINGLE:
        hashes = [hash(tuple(ids))]
    else:
        hashes = map(hash, zip(*(ids[k:] for k in range(SHINGLE))))
    for h in hashes:
        b = h & _MASK
        v = (h >> _SHIFT) & 0xFFFFFFFE
        if v < mins[b]:
            mins[b] = v
    return array("I", mins)


def band_keys(sig: array) -> list[int]:
    """LSH keys of a sketch: one 64-bit-safe integer per band that is not empty."""
    keys = []
    raw = sig.tobytes()
    width = ROWS * sig.itemsize
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS]
        if all(v == _EMPTY for v in chunk):
            continue
        keys.append((band << 32) | zlib.crc32(raw[band * width:(band + 1) * width]))
    # SQLite integers are signed 64-bit; band < 32 keeps the key below 2**37.
    return keys


def similarity(a: array, b: array) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches."""
    filled = same = 0
    for x, y in zip(a, b):
        if x == _EMPTY and y == _EMPTY:
            continue
        filled += 1
        if x == y:
            same += 1
    return same / filled if filled else 0.0


def from_bytes(blob: bytes) -> array:
    sig = array("I")
    sig.frombytes(blob)
    return sig


def groups(pairs: Iterable[tuple[str, str]], published: dict[str, str | None]) -> dict[str, str]:
    """url -> representative url for every url that has at least one copy."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    members: dict[str, list[str]] = {}
    for url in parent:
        members.setdefault(find(url), []).append(url)
    out: dict[str, str] = {}
    for group in members.values():
        rep = min(group, key=lambda u: representative_key(published.get(u), u))
        for url in group:
            out[url] = rep
    return out


def representative_key(published: str | None, url: str) -> tuple[str, str]:
    """Sort key of a copy: earliest published first (undated last), then URL."""
    return (published or "9999-99-99", url)
