"""The positions columns of index.codec: what goes in comes out, for Whoosh and for numpy.

A block of ``TermPositions`` values is stored as a count per posting and every
position end to end; the matcher re-encodes each posting's value and
``index.postings.PositionLists`` reads the columns. Both must give back the
exact values written, whatever the widths (positions past 65,535, counts past
255), and a block of another layout must be stored as it was.
"""
from __future__ import annotations

import numpy as np
import pytest

from index.analysis import TermPositions
from index.codec import is_positions, join_positions, position_columns, split_positions
from index.evaluate import phrase_matches
from index.postings import PackedValues, PositionLists

FMT = TermPositions()


def _values(lists: list[list[int]]) -> list[bytes]:
    return [FMT.encode(p) for p in lists]


@pytest.mark.parametrize("lists, ptype", [
    ([[0], [3, 9, 200], [1, 2]], "<u1"),
    ([[5, 300], [65535]], "<u2"),
    ([[7], [70000, 70001], [0, 1 << 31]], "<u4"),
    ([list(range(0, 600, 2))], "<u2"),             # a count past 255
])
def test_positions_round_trip_through_both_readers(lists, ptype):
    stored = split_positions(_values(lists))
    assert is_positions(stored)
    counts, positions = position_columns(stored)
    assert positions.dtype == np.dtype(ptype)
    assert counts.tolist() == [len(p) for p in lists]
    assert join_positions(stored) == tuple(_values(lists))
    assert [FMT.decode_positions(v) for v in join_positions(stored)] == lists
    cols = PositionLists(counts, positions)
    assert list(cols) == _values(lists)
    assert list(cols.take(np.array([len(lists) - 1]))) == _values(lists[-1:])


def test_a_value_of_another_layout_is_not_split():
    assert split_positions([b"\x00\x00\x00\x02" + b"\x01\x00\x00\x00"]) is None   # count says 2, holds 1
    assert split_positions([b"abc"]) is None
    assert split_positions([]) is None


def test_packed_and_column_values_give_the_same_phrase_matches():
    # Document 0: "a b" at 4 and 10; document 2: a at 1, b at 5 (no match); document 3: one match.
    a_ids, a_lists = np.array([0, 2, 3]), [[4, 10], [1], [0, 7]]
    b_ids, b_lists = np.array([0, 2, 3]), [[5, 11, 40], [5], [8]]
    expect = ([0, 3], [2, 1])
    for make in (lambda ls: PositionLists(*position_columns(split_positions(_values(ls)))),
                 lambda ls: PositionLists.from_packed(PackedValues.of(_values(ls)))):
        docs, freqs = phrase_matches([(a_ids, make(a_lists), 0), (b_ids, make(b_lists), 1)])
        assert (docs.tolist(), freqs.tolist()) == expect


@pytest.mark.parametrize("far", [70_000, 1 << 30])
def test_phrase_matches_with_positions_past_16_bits(far):
    # 32-bit positions: keys of two documents fit 32 bits at 70,000, not at 2**30.
    a = PositionLists(*position_columns(split_positions(_values([[far], [3, far + 5]]))))
    b = PositionLists(*position_columns(split_positions(_values([[far + 1], [far + 6]]))))
    docs, freqs = phrase_matches([(np.array([1, 4]), a, 0), (np.array([1, 4]), b, 1)])
    assert (docs.tolist(), freqs.tolist()) == ([1, 4], [1, 1])
