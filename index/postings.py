"""Whole posting lists of a Whoosh index as numpy arrays, read a block at a time.

Whoosh's matchers walk postings one Python call per document (``next``,
``id``, ``weight``, ``skip_to``), which at 100,000 articles makes a common
word cost seconds. The on-disk format (``whoosh.codec.whoosh3``, with the
block contents of ``index.codec``) is simple: per term, a run of blocks,
each a pickled info tuple followed by a pickled tuple of delta-coded ids,
weights and values. Reading it here costs a handful of C-level calls per
block of 8,192 postings; everything above (sets, scores, facets) is array
arithmetic. Plain W3 blocks (zlib-compressed tuples of 128) read too.

Only this module and ``index.codec`` know the layout. Any other codec, or a layout it
does not recognise, falls back to Whoosh's own matcher (slow but right).
"""
from __future__ import annotations

import io
import pickle
import struct
import threading
import zlib
from array import array
from dataclasses import dataclass

import numpy as np

from index.codec import (is_packed, is_positions, parse_positions, position_columns, positions_value, runs,
                         values_blob)

_INT = struct.Struct("!i")
_MAGIC = b"W3Bl"
EMPTY_IDS = np.zeros(0, dtype=np.intp)

# Whoosh reads its files by seek + read on shared file objects: every read of an
# index file (term infos, postings, columns, matchers) holds this lock, so that a
# query's branches can be evaluated on two threads (``index.evaluate``). Decoding
# runs outside it.
WHOOSH_IO = threading.RLock()
EMPTY_WEIGHTS = np.zeros(0, dtype=np.float32)


class PackedValues:
    """The values of a posting list as one byte string and each posting's (start, end)
    offsets in it: no ``bytes`` object per posting until one is asked for, so a
    phrase check can read positions of thousands of postings in array operations."""

    __slots__ = ("blob", "starts", "ends")

    def __init__(self, blob: bytes, starts: np.ndarray, ends: np.ndarray):
        self.blob, self.starts, self.ends = blob, starts, ends

    @classmethod
    def of(cls, values: list[bytes]) -> "PackedValues":
        return cls.from_ends(b"".join(values), np.cumsum(np.fromiter(map(len, values), dtype=np.int64,
                                                                     count=len(values))))

    @classmethod
    def from_ends(cls, blob: bytes, ends: np.ndarray) -> "PackedValues":
        """Values laid end to end in ``blob``, ``ends`` their end offsets."""
        starts = np.empty_like(ends)
        starts[:1] = 0
        starts[1:] = ends[:-1]
        return cls(blob, starts, ends)

    @classmethod
    def fixed(cls, blob: bytes, count: int) -> "PackedValues":
        """``count`` values of one size laid end to end (the size may be 0)."""
        size = len(blob) // count if count else 0
        return cls.from_ends(blob, np.arange(1, count + 1, dtype=np.int64) * size)

    @classmethod
    def join(cls, parts: list["PackedValues"]) -> "PackedValues":
        if len(parts) == 1:
            return parts[0]
        shifts = np.cumsum([0] + [len(p.blob) for p in parts[:-1]])
        return cls(b"".join(p.blob for p in parts),
                   np.concatenate([p.starts + k for p, k in zip(parts, shifts)]),
                   np.concatenate([p.ends + k for p, k in zip(parts, shifts)]))

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> bytes:
        return self.blob[int(self.starts[i]):int(self.ends[i])]

    def __iter__(self):
        blob = self.blob
        return (blob[a:b] for a, b in zip(self.starts.tolist(), self.ends.tolist()))

    def take(self, keep: np.ndarray) -> "PackedValues":
        """The values of postings ``keep`` (indices or a boolean mask), same blob."""
        return PackedValues(self.blob, self.starts[keep], self.ends[keep])


class PositionLists:
    """The positions of a posting list as two columns: ``counts[i]`` positions for posting
    i, and every posting's positions end to end (ascending within a posting). Indexing
    gives a posting's value in the ``TermPositions`` layout, as Whoosh's matcher does."""

    __slots__ = ("counts", "positions", "_starts")

    def __init__(self, counts: np.ndarray, positions: np.ndarray):
        self.counts = counts.astype(np.int64, copy=False)    # int64: no unsigned arithmetic
        self.positions = positions
        self._starts: np.ndarray | None = None

    @classmethod
    def of(cls, values: "PackedValues | PositionLists") -> "PositionLists":
        """Columns of any values of a ``TermPositions`` field (an inlined one-posting list,
        read through Whoosh's matcher, arrives packed)."""
        return values if type(values) is cls else cls.from_packed(values)

    @classmethod
    def from_packed(cls, vals: PackedValues) -> "PositionLists":
        """Columns from ``TermPositions`` values laid end to end in a blob (plain W3 blocks,
        or Whoosh's matcher)."""
        return cls(*parse_positions(vals.blob, vals.starts, vals.ends))

    @classmethod
    def join(cls, parts: list["PositionLists"]) -> "PositionLists":
        if len(parts) == 1:
            return parts[0]
        return cls(np.concatenate([p.counts for p in parts]), _concat([p.positions for p in parts]))

    @property
    def starts(self) -> np.ndarray:
        if self._starts is None:
            ends = np.cumsum(self.counts, dtype=np.int64)
            self._starts = ends - self.counts
        return self._starts

    def __len__(self) -> int:
        return len(self.counts)

    def __getitem__(self, i: int) -> bytes:
        a = int(self.starts[i])
        return positions_value(self.positions[a:a + int(self.counts[i])])

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def take(self, keep: np.ndarray) -> "PositionLists":
        """The positions of postings ``keep`` (ascending indices or a boolean mask)."""
        if keep.dtype == bool:
            keep = np.flatnonzero(keep)
        counts = self.counts[keep]
        return PositionLists(counts, self.positions[runs(self.starts[keep], counts)])


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    """One array of several (their common type), by one bytes join when they share a type."""
    dtype = arrays[0].dtype
    if all(a.dtype == dtype for a in arrays):
        return np.frombuffer(b"".join(arrays), dtype=dtype)
    return np.concatenate(arrays)


@dataclass
class TermPostings:
    """One term's postings in one segment: ids ascending, weights, and (if asked) the values:
    ``PositionLists`` for positions blocks of ``index.codec``, else ``PackedValues``."""

    ids: np.ndarray
    weights: np.ndarray
    values: PackedValues | PositionLists | None = None


_NO_OFFSETS = np.zeros(0, dtype=np.int64)


def _empty(values: bool) -> TermPostings:
    return TermPostings(EMPTY_IDS, EMPTY_WEIGHTS, PackedValues(b"", _NO_OFFSETS, _NO_OFFSETS) if values else None)


def segment_postings(reader, fieldname: str, text: str, values: bool = False) -> TermPostings:
    """Postings of ``fieldname:text`` in one segment reader (deleted documents included)."""
    from whoosh.reading import TermNotFound

    with WHOOSH_IO:
        try:
            info = reader.term_info(fieldname, text)
        except (TermNotFound, KeyError):
            return _empty(values)
        terms = getattr(reader, "_terms", None)
        postfile = getattr(terms, "_postfile", None)
        extent = info.extent() if not info.is_inlined() else None
        if postfile is None or extent is None:
            return _via_matcher(reader, fieldname, text, values)
        offset, length = extent
        if isinstance(length, tuple):       # W3TermInfo.from_bytes leaves the length in a 1-tuple
            length = length[0]
        raw = postfile.get(offset, length)
        if raw[:4] != _MAGIC:
            return _via_matcher(reader, fieldname, text, values)
    return _decode_blocks(raw, values)


def _decode_blocks(raw: bytes, want_values: bool) -> TermPostings:
    """Every block of one posting list. Blocks written by ``index.codec`` hold arrays (raw
    bytes to numpy, no Python object per posting); plain W3 blocks hold tuples."""
    buf = io.BytesIO(raw)
    buf.seek(4)
    load, loads, decompress, unpack = pickle.load, pickle.loads, zlib.decompress, _INT.unpack
    id_parts: list = []
    weight_parts: list = []
    counts: list[int] = []
    last_ids: list[int] = []
    vals: list | None = [] if want_values else None
    while True:
        head = buf.read(4)
        if len(head) < 4:
            break
        blen = unpack(head)[0]
        start = buf.tell()
        count, last_id, _maxw, comp, _mn, _mx = load(buf)
        data = buf.read(abs(blen) - (buf.tell() - start))
        if comp:
            data = decompress(data)
        bids, bweights, bvalues = loads(data)
        id_parts.append(bids)
        counts.append(count)
        last_ids.append(last_id)
        weight_parts.append(bweights)
        if vals is not None:
            if bvalues is None:
                vals.append(PackedValues.fixed(b"", count))
            elif is_positions(bvalues):
                vals.append(PositionLists(*position_columns(bvalues)))
            elif is_packed(bvalues):
                blob, ends = values_blob(bvalues)
                vals.append(PackedValues.fixed(blob, count) if ends is None else
                            PackedValues.from_ends(blob, np.frombuffer(ends, dtype=ends.typecode).astype(np.int64)))
            elif isinstance(bvalues, bytes):
                vals.append(PackedValues.fixed(bvalues, count))
            else:
                vals.append(PackedValues.of(list(bvalues)))
        if blen < 0:
            break
    if not id_parts:
        return _empty(want_values)
    total = sum(counts)
    deltas = np.empty(total, dtype=np.int64)
    _fill(deltas, id_parts, counts, 0)
    if len(counts) > 1:
        # Each block's first delta is relative to 0: make it relative to the
        # previous block's last id, so one cumsum decodes the whole list.
        firsts = np.cumsum(counts)[:-1]
        deltas[firsts] -= np.array(last_ids[:-1], dtype=np.int64)
    ids = np.cumsum(deltas)          # intp: numpy indexes with it without a conversion
    weights = np.empty(total, dtype=np.float32)
    _fill(weights, weight_parts, counts, 1.0)
    return TermPostings(ids, weights, join_values(vals) if vals is not None else None)


def join_values(parts: list) -> PackedValues | PositionLists:
    """The values of consecutive blocks or segments as one object (positions stay columns
    unless some part is not: then all become packed bytes, which every caller reads)."""
    if all(type(p) is PositionLists for p in parts):
        return PositionLists.join(parts)
    return PackedValues.join([PackedValues.of(list(p)) if type(p) is PositionLists else p for p in parts])


def _fill(out: np.ndarray, parts: list, counts: list[int], default: float) -> None:
    """Write each block's ids or weights into ``out``. A part is an ``array`` (index.codec),
    None (every weight the default), one float for the whole block, or a sequence (plain W3);
    a run of arrays of one type is converted in one numpy call, not one per block."""
    pos, i, n = 0, 0, len(parts)
    while i < n:
        part = parts[i]
        if type(part) is array:
            code, j = part.typecode, i + 1
            while j < n and type(parts[j]) is array and parts[j].typecode == code:
                j += 1
            got = np.frombuffer(part if j == i + 1 else b"".join(parts[i:j]), dtype=code)
            out[pos:pos + len(got)] = got
            pos, i = pos + len(got), j
            continue
        k = counts[i]
        if part is None:
            out[pos:pos + k] = default
        elif isinstance(part, float):
            out[pos:pos + k] = part
        else:
            out[pos:pos + k] = np.fromiter(part, dtype=out.dtype, count=k)
        pos, i = pos + k, i + 1


def _via_matcher(reader, fieldname: str, text: str, values: bool) -> TermPostings:
    """The slow, codec-independent way: Whoosh's matcher, one posting at a time."""
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.reading import TermNotFound

    with WHOOSH_IO:
        try:
            m = reader.postings(fieldname, text)
        except TermNotFound:
            return _empty(values)
        if isinstance(m, FilterMatcher):
            m = m.child
        ids, weights, vals = [], [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if values:
                vals.append(m.value())
            m.next()
    return TermPostings(np.array(ids, dtype=np.intp), np.array(weights, dtype=np.float32),
                        PackedValues.of(vals) if values else None)


def term_postings(searcher, fieldname: str, text: str, values: bool = False) -> TermPostings:
    """Postings of a term over every segment of ``searcher``, with top-level docnums."""
    subs = searcher.subsearchers or [(searcher, 0)]
    if len(subs) == 1:
        sub, offset = subs[0]
        p = segment_postings(sub.reader(), fieldname, text, values)
        if offset:
            p.ids += offset
        return p
    parts = []
    for sub, offset in subs:
        p = segment_postings(sub.reader(), fieldname, text, values)
        if len(p.ids):
            if offset:
                p.ids += offset
            parts.append(p)
    if not parts:
        return _empty(values)
    vals = join_values([p.values for p in parts]) if values else None
    return TermPostings(np.concatenate([p.ids for p in parts]), np.concatenate([p.weights for p in parts]), vals)
