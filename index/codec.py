"""The Whoosh codec of the edunews index: Whoosh's own format, with blocks that read fast in bulk.

``W3Codec`` stores each block of postings as a pickled tuple of Python ints
(id deltas) and floats (weights), zlib-compressed, 128 postings a block.
Decoding that costs ~0.25 µs a posting, 25 ms for one common word at
100,000 articles, before any scoring. This codec keeps the file layout and
Whoosh's matcher (so every Whoosh query still works on it) and changes only
what goes inside a block:

* id deltas and weights as ``array`` objects, which pickle as raw bytes, so
  ``index.postings`` turns them into numpy arrays without a Python object
  per posting;
* the block pickled with the highest protocol: Whoosh pickles with protocol
  2, where an array becomes a list of numbers again and each ``bytes`` value
  (the positions of a posting) a call to ``codecs.encode`` when loaded;
* variable-size values (the positions of the bigram fields) as one bytes
  string and an array of end offsets, not 1,024 separate ``bytes`` objects,
  so a posting list read without positions does not pay for them; the
  matcher below splits them back for Whoosh;
* 1,024 postings a block instead of 128: an eighth of the per-block calls.
  (Whoosh's block-max skipping gets coarser; edunews does not use it.)

Changing anything here changes the index format: bump ``SCHEMA_VERSION``.
"""
from __future__ import annotations

import pickle
import zlib
from array import array

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3LeafMatcher, W3PostingsWriter
from whoosh.util.numeric import length_to_byte
from whoosh.util.numlists import delta_encode

BLOCK_POSTINGS = 1024


class _ArrayPostingsWriter(W3PostingsWriter):
    def _mini_ids(self):
        if self._byteids:
            return super()._mini_ids()
        return array("I", delta_encode(self._ids))

    def _write_block(self, last: bool = False) -> None:
        """One block in W3's layout: length (negative for the last), info tuple, data tuple."""
        postfile = self._postfile
        if not self._blockcount:
            postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()),
                            pickle.HIGHEST_PROTOCOL)
        comp = self._compression
        if comp:
            data = zlib.compress(data, comp)
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
        if fixedsize is not None and fixedsize >= 0:
            return super()._mini_values()
        return packed_values(self._values)

    def _mini_weights(self):
        weights = self._weights
        first = weights[0] if weights else 1.0
        if all(w == first for w in weights):
            return None if first == 1.0 else float(first)
        return array("f", weights)


def packed_values(values: list[bytes]) -> tuple[bytes, array]:
    """Variable-size values as (all bytes joined, end offset of each)."""
    ends = array("I")
    total = 0
    for v in values:
        total += len(v)
        ends.append(total)
    return b"".join(values), ends


def is_packed(values) -> bool:
    return type(values) is tuple and len(values) == 2 and type(values[1]) is array


def unpack_values(values) -> tuple[bytes, ...]:
    blob, ends = values
    starts = [0, *ends[:-1]]
    return tuple(blob[a:b] for a, b in zip(starts, ends))


class _PackedLeafMatcher(W3LeafMatcher):
    """W3's matcher, reading packed variable-size values."""

    def _read_values(self):
        if self._data is None:
            self._read_data()
        vs = self._data[2]
        if is_packed(vs):
            self._values = unpack_values(vs)
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
