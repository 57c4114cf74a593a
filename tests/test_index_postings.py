"""index.postings reads every posting list exactly as Whoosh's own matcher walks it.

Small block sizes make every list span many blocks; both the edunews codec
(array blocks) and Whoosh's plain W3 codec (tuple blocks) are read; an index
with several segments and deleted documents checks the docnum offsets.
"""
from __future__ import annotations

import pytest
from whoosh import index as wix
from whoosh.codec.whoosh3 import W3Codec

from index.build import document
from index.codec import EdunewsCodec
from index.postings import _via_matcher, term_postings
from index.schema import make_schema
from tests.corpus import GENERATED, load


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from archive.store import Archive

    path = tmp_path_factory.mktemp("postings") / "archive.sqlite"
    load(path, GENERATED)
    arch = Archive(path, readonly=True)
    try:
        return list(arch.iter_articles())
    finally:
        arch.close()


def _build(path, records, codec, segments: int, delete: int):
    ix = wix.create_in(str(path), make_schema(), indexname="MAIN")
    per = max(1, len(records) // segments)
    for start in range(0, len(records), per):
        w = ix.writer(codec=codec)
        for rec in records[start:start + per]:
            w.add_document(**document(rec, ""))
        w.commit(merge=False)
    if delete:
        w = ix.writer(codec=codec)
        for rec in records[:delete]:
            w.delete_by_term("url", rec.url)
        w.commit(merge=False)
    return ix


def _walk(searcher, fieldname, text, values):
    """The reference: Whoosh's matcher over each segment, without deleted documents."""
    ids, weights, vals = [], [], []
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        p = _via_matcher(sub.reader(), fieldname, text, values)
        for i, d in enumerate(p.ids.tolist()):
            if not sub.reader().is_deleted(d):
                ids.append(offset + d)
                weights.append(float(p.weights[i]))
                vals += [p.values[i]] if values else []
    return ids, weights, vals


def _live(searcher, got, values):
    """term_postings keeps deleted documents (the evaluator masks them): drop them here."""
    reader = searcher.reader()
    keep = [i for i, d in enumerate(got.ids.tolist()) if not reader.is_deleted(d)]
    return ([int(got.ids[i]) for i in keep], [float(got.weights[i]) for i in keep],
            [got.values[i] for i in keep] if values else [])


@pytest.mark.parametrize("codec_name", ["edunews", "w3"])
@pytest.mark.parametrize("segments,delete", [(1, 0), (3, 2)])
def test_every_posting_list_reads_like_whoosh(tmp_path, records, codec_name, segments, delete):
    codec = EdunewsCodec(blocklimit=3) if codec_name == "edunews" else W3Codec(blocklimit=3)
    ix = _build(tmp_path, records, codec, segments, delete)
    assert len(ix._segments()) >= segments
    with ix.searcher() as s:
        terms = [(f, t) for f, t in s.reader().all_terms()]
        assert len(terms) > 500
        multi_block = 0
        for fieldname, tbytes in terms:
            text = s.schema[fieldname].from_bytes(tbytes)
            values = fieldname.endswith("_b")
            got = term_postings(s, fieldname, text, values=values)
            assert got.ids.tolist() == sorted(set(got.ids.tolist()))
            assert len(got.ids) == len(got.weights)
            ids, weights, vals = _walk(s, fieldname, text, values)
            got_ids, got_weights, got_vals = _live(s, got, values)
            assert got_ids == ids, (fieldname, text)
            assert got_weights == pytest.approx(weights), (fieldname, text)
            assert got_vals == vals, (fieldname, text)
            multi_block += len(ids) > 3
        assert multi_block > 50


def test_missing_term_and_field_give_empty_postings(tmp_path, records):
    ix = _build(tmp_path, records, EdunewsCodec(), 1, 0)
    with ix.searcher() as s:
        assert len(term_postings(s, "body_f", "khongcotu").ids) == 0
        assert len(term_postings(s, "nosuchfield", "x").ids) == 0
