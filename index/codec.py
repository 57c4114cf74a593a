"""The Whoosh codec of the edunews index: Whoosh's own format, with blocks that read fast in bulk.

``W3Codec`` stores each block of postings as a pickled tuple of Python ints
(id deltas), floats (weights) and bytes (values: counts, positions),
zlib-compressed as a whole, 128 postings a block. Decoding that costs
~0.25 µs a posting, 25 ms for one common word at 100,000 articles, before any
scoring. This codec keeps the file layout and Whoosh's matcher (so every
Whoosh query still works on it) and changes only what goes inside a block:

* id deltas as an ``array`` of the narrowest type that holds them (one byte
  each for a common word), weights as bytes when they are small whole
  numbers, else float32: raw bytes that ``index.postings`` maps into numpy
  without a Python object per posting, and left uncompressed, since
  decompressing cost more than anything else in a search;
* positions (the ``TermPositions`` values of the bigram fields) as two
  uncompressed columns, the count of each posting and all positions end to
  end, as uint16 when they fit: a phrase check maps them into numpy with no
  inflating and no per-posting splitting (zlib took a quarter of a long
  phrase's time), and 16-bit positions take about the room zlib'd 32-bit ones
  took; the matcher below re-encodes each posting's value for Whoosh;
* other values (counts) zlib-compressed on their own, as one string plus end
  offsets, so a posting list read without values neither inflates nor
  splits them;
* the block pickled with the highest protocol (W3's protocol 2 turns arrays
  back into lists of numbers and bytes into ``codecs.encode`` calls);
* 8,192 postings a block instead of 128: a sixty-fourth of the per-block calls
  (with 1,024, common words read 1.5-2x slower at 10k articles). Whoosh's
  block-max skipping gets coarser; edunews does not use it.

Changing anything here changes the index format: bump ``SCHEMA_VERSION``.
"""
from __future__ import annotations

import pickle
import zlib
from array import array

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.system import pack_uint
from whoosh.util.numeric import length_to_byte
from whoosh.util.numlists import delta_encode

from index.analysis import TermPositions

BLOCK_POSTINGS = 8192


class _ArrayPostingsWriter(W3PostingsWriter):
    def _mini_ids(self):
        if self._byteids:
            return super()._mini_ids()
        deltas = list(delta_encode(self._ids))
        top = max(deltas) if deltas else 0
        return array("B" if top < 256 else "H" if top < 65536 else "I", deltas)

    def _write_block(self, last: bool = False) -> None:
        """One block in W3's layout: length (negative for the last), info tuple, data tuple."""
        postfile = self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()),
                            pickle.HIGHEST_PROTOCOL)
        comp = 0      # values are compressed on their own (see _mini_values)
        # The info tuple stays at protocol 2, as W3 writes it: the reader needs
        # only a pickle it can load from the stream.
        info = pickle.dumps((len(self._ids), self._ids[-1], self._maxweight, comp,
                             length_to_byte(self._minlength), length_to_byte(self._maxlength)), 2)
        size = len(info) + len(data)
        postfile.write_int(-size if last else size)
        postfile.write(info)
        postfile.write(data)
        self._blockcount += 1
        self._new_block()

    def _mini_values(self):
        fixedsize = self._format.fixed_value_size()
        if fixedsize == 0:
            return None
        values = self._values
        if isinstance(self._format, TermPositions):
            columns = split_positions(values)
            if columns is not None:
                return columns
        ends = None
        if fixedsize is None or fixedsize < 0:
            ends = array("I")
            total = 0
            for v in values:
                total += len(v)
                ends.append(total)
        return (_PACKED, zlib.compress(b"".join(values), self._compression or 1), ends)

    def _mini_weights(self):
        weights = self._weights
        first = weights[0] if weights else 1.0
        if all(w == first for w in weights):
            return None if first == 1.0 else float(first)
        if all(w == int(w) and 0 <= w < 256 for w in weights):
            return array("B", (int(w) for w in weights))
        return array("f", weights)


_PACKED = "edunews-z"     # marks packed values; Whoosh's own values are never a str


def is_packed(values) -> bool:
    return type(values) is tuple and len(values) == 3 and values[0] == _PACKED


def values_blob(values) -> tuple[bytes, array | None]:
    """(all values of a packed block joined, end offset of each or None for fixed-size values)."""
    _, blob, ends = values
    return zlib.decompress(blob), ends


_POSITIONS = "edunews-p"   # marks a block's positions stored as columns


def _narrowest(top: int) -> str:
    return "<u1" if top < 256 else "<u2" if top < 65536 else "<u4"


def runs(firsts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Indexes of ``counts[i]`` consecutive items from ``firsts[i]``, run after run."""
    total = int(counts.sum()) if len(counts) else 0
    before = np.cumsum(counts) - counts
    return np.repeat(firsts - before, counts) + np.arange(total, dtype=np.int64)


def parse_positions(blob: bytes, starts: np.ndarray, ends: np.ndarray,
                    check: bool = False) -> tuple[np.ndarray, np.ndarray] | None:
    """(counts, positions) of ``TermPositions`` values at byte offsets [start, end) of
    ``blob``: each a big-endian uint32 count, then little-endian uint32 positions. With
    ``check``, None when a value does not have that layout."""
    words = np.frombuffer(blob, dtype="<u4", count=len(blob) >> 2)
    heads = starts >> 2
    counts = ((ends - starts) >> 2) - 1
    if check and ((counts < 0).any() or not np.array_equal(words[heads].byteswap(), counts)):
        return None
    counts = np.maximum(counts, 0)
    return counts, words[runs(heads + 1, counts)]


def split_positions(values: list[bytes]) -> tuple | None:
    """``TermPositions`` values as (marker, count dtype, counts, position dtype, positions);
    None when a value does not have that layout (the block is then stored as packed bytes)."""
    blob = b"".join(values)
    if not values or len(blob) % 4:
        return None
    ends = np.cumsum(np.fromiter(map(len, values), dtype=np.int64, count=len(values)))
    parsed = parse_positions(blob, np.concatenate(([0], ends[:-1])), ends, check=True)
    if parsed is None:
        return None
    counts, pos = parsed
    ctype, ptype = _narrowest(int(counts.max())), _narrowest(int(pos.max()) if len(pos) else 0)
    return (_POSITIONS, ctype, counts.astype(ctype).tobytes(), ptype, pos.astype(ptype).tobytes())


def is_positions(values) -> bool:
    return type(values) is tuple and len(values) == 5 and values[0] == _POSITIONS


def position_columns(values) -> tuple[np.ndarray, np.ndarray]:
    """(counts, positions) of a block written by ``split_positions``, as read-only numpy views."""
    _, ctype, counts, ptype, positions = values
    return np.frombuffer(counts, dtype=ctype), np.frombuffer(positions, dtype=ptype)


def positions_value(positions: np.ndarray) -> bytes:
    """One posting's value in the ``TermPositions`` layout (what Whoosh's matcher hands out)."""
    return pack_uint(len(positions)) + positions.astype("<u4").tobytes()


def join_positions(values) -> tuple[bytes, ...]:
    """The per-posting values of a positions block, re-encoded."""
    counts, positions = position_columns(values)
    ends = np.cumsum(counts, dtype=np.int64).tolist()
    starts = [0, *ends[:-1]]
    return tuple(positions_value(positions[a:b]) for a, b in zip(starts, ends))


def unpack_values(values, count: int, fixedsize: int | None = None) -> tuple[bytes, ...]:
    """The per-posting values of a packed block."""
    blob, ends = values_blob(values)
    if ends is None:
        size = fixedsize or (len(blob) // count if count else 0)
        return tuple(blob[i:i + size] for i in range(0, size * count, size)) if size else (b"",) * count
    starts = [0, *ends[:-1]]
    return tuple(blob[a:b] for a, b in zip(starts, ends))


class _PackedLeafMatcher(W3LeafMatcher):
    """W3's matcher, reading packed variable-size values."""

    def _read_values(self):
        if self._data is None:
            self._read_data()
        vs = self._data[2]
        if is_positions(vs):
            self._values = join_positions(vs)
        elif is_packed(vs):
            self._values = unpack_values(vs, self._blocklength, self._fixedsize)
        else:
            super()._read_values()


class EdunewsCodec(W3Codec):
    """W3Codec writing array-packed blocks of ``BLOCK_POSTINGS`` postings."""

    def __init__(self, blocklimit: int = BLOCK_POSTINGS, compression: int = 3, inlinelimit: int = 1):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile, byteids=False):
        return _ArrayPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                    compression=self._compression, inlinelimit=self._inlinelimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return _PackedLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)
