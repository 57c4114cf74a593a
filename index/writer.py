"""A cheaper Whoosh segment writer for ``update_index``: same index, less Python per posting.

Whoosh's ``SegmentWriter`` spends most of a build on bookkeeping around each
posting, not on analysis (cProfile of a 1k build: ~1,000 postings per
article):

* every posting becomes a 5-tuple in a ``PostingPool``; the pool sorts all
  tuples and, above ``limitmb``, pickles them one by one into run files (12 GB
  of them at 100k articles) and merges the runs back;
* writing the segment, ``FieldWriter.add_postings`` reads the field length of
  the posting's document from the length column file once per posting
  (seek + read + decode: a third of the build);
* ``W3PostingsWriter.add_posting`` appends one posting at a time, with type
  assertions.

``FastSegmentWriter`` keeps everything that decides the content — the
schema's formats and analyzers, the codec, its block layout and statistics,
the per-document writer — and changes only that plumbing:

* ``TermPool`` keeps, per (field, term), parallel lists of document numbers,
  weights and values; only the distinct terms are sorted. Spilled runs are
  one ``marshal`` record per term, merged per term;
* field lengths are read once per (field, document) into a list;
* a term's postings go into the codec's postings writer a block at a time,
  with the same block boundaries and block statistics ``add_posting`` keeps.

The postings come out in the order Whoosh's pool gives them (field, term,
document), so the segment files hold the same postings, weights, values and
statistics; ``tests/test_index_build_speed_equivalence.py`` checks that
against Whoosh's own writer.
"""
from __future__ import annotations

import heapq
import marshal
import os
from itertools import groupby
from operator import itemgetter
from typing import Any, Iterable, Iterator

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from index.analysis import TermCounts, TermPositions

_FAST_FORMATS = (TermCounts, TermPositions)

# Rough memory cost of one posting and of one distinct term in the pool
# (list slots and their slack, the float weight, the value's bytes object;
# the lists of a new term; measured: 48 gave 434 MiB RSS at limitmb=192); only used to
# decide when to spill a run, not for correctness.
_POSTING_BYTES = 96
_TERM_BYTES = 400


class TermPool:
    """Postings grouped by field and term, spilled to sorted runs above ``limitmb``.

    Implements what ``SegmentWriter`` needs from Whoosh's ``PostingPool``:
    ``add``, ``iter_postings`` (here: one (field, term, docs, weights, values)
    record per term, in (field, term) order, documents ascending),
    ``fieldnames`` and ``cleanup``.
    """

    def __init__(self, tempstore, limitmb: int = 128):
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        # field name -> term bytes -> [docnums, weights, values]
        self.fields: dict[str, dict[bytes, list[list]]] = {}
        self.runs: list[str] = []
        self.fieldnames: set[str] = set()
        # Set when a posting arrived with a document number not above the
        # term's last one (only possible through add_reader merges).
        self.unordered = False

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting as Whoosh's pool takes it: (field, term bytes, docnum, weight, value)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.fieldnames.add(fieldname)
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        entry = terms.get(tbytes)
        if entry is None:
            entry = terms[tbytes] = [[], [], []]
            self.size += _TERM_BYTES + len(tbytes)
        elif entry[0][-1] >= docnum:
            self.unordered = True
        entry[0].append(docnum)
        entry[1].append(weight)
        entry[2].append(vbytes)
        self.size += _POSTING_BYTES + (len(vbytes) if vbytes else 0)
        if self.size > self.limit:
            self.save()

    def add_field(self, fieldname: str, items: Iterable[tuple[str, int, float, bytes]], docnum: int,
                  boost: float, encoded: bool = False) -> int:
        """Postings of one field of a new document (``docnum`` above every earlier one).

        ``items`` are (term, frequency, weight, value) as a format's
        ``word_values`` gives them (term as str, or as bytes when
        ``encoded``); weights are multiplied by ``boost`` as Whoosh does.
        Returns the sum of the frequencies (the field length).
        """
        self.fieldnames.add(fieldname)
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        get = terms.get
        size = length = 0
        for term, freq, weight, vbytes in items:
            tbytes = term if encoded else term.encode("utf-8")
            length += freq
            entry = get(tbytes)
            if entry is None:
                terms[tbytes] = [[docnum], [weight * boost], [vbytes]]
                size += _TERM_BYTES
            else:
                entry[0].append(docnum)
                entry[1].append(weight * boost)
                entry[2].append(vbytes)
            if vbytes:
                size += len(vbytes)
            size += _POSTING_BYTES
        self.size += size
        if self.size > self.limit:
            self.save()
        return length

    def _sorted_records(self) -> list[tuple[str, bytes, list, list, list]]:
        out = []
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            out.extend((fieldname, tb, *terms[tb]) for tb in sorted(terms))
        return out

    def save(self) -> None:
        """Write the terms in memory to a new run file, sorted by (field, term)."""
        if not self.fields:
            return
        path = os.path.join(self.tempstore.folder, f"{random_name()}.terms")
        dump = marshal.dump
        with open(path, "wb", buffering=1 << 20) as fh:
            for rec in self._sorted_records():
                dump(rec, fh)
        self.runs.append(path)
        self.fields = {}
        self.size = 0

    @staticmethod
    def _read_run(path: str) -> Iterator[tuple]:
        load = marshal.load
        with open(path, "rb", buffering=1 << 20) as fh:
            while True:
                try:
                    yield load(fh)
                except EOFError:
                    return

    def iter_postings(self) -> Iterator[tuple[str, bytes, list, list, list]]:
        if not self.runs:
            records: Iterable[tuple] = self._sorted_records()
            self.fields = {}
            self.size = 0
            if not self.unordered:
                yield from records
                return
            merged = ((r[0], r[1], [r]) for r in records)
        else:
            # Runs hold consecutive document ranges (earlier run, lower
            # numbers); heapq.merge is stable, so per term they come in run order.
            sources = [self._read_run(p) for p in self.runs]
            sources.append(iter(self._sorted_records()))
            self.fields = {}
            self.size = 0
            merged = ((k[0], k[1], list(g)) for k, g in
                      groupby(heapq.merge(*sources, key=itemgetter(0, 1)), key=itemgetter(0, 1)))
        for fieldname, tbytes, parts in merged:
            if len(parts) == 1:
                _, _, docs, weights, values = parts[0]
            else:
                docs, weights, values = [], [], []
                for p in parts:
                    docs += p[2]
                    weights += p[3]
                    values += p[4]
            if self.unordered and any(a >= b for a, b in zip(docs, docs[1:])):
                order = sorted(range(len(docs)), key=docs.__getitem__)
                docs = [docs[i] for i in order]
                weights = [weights[i] for i in order]
                values = [values[i] for i in order]
            yield fieldname, tbytes, docs, weights, values

    def cleanup(self) -> None:
        for path in self.runs:
            try:
                os.remove(path)
            except OSError:
                pass
        self.runs = []


def write_postings(fieldwriter, schema, lengths, records: Iterable[tuple], doccount: int) -> None:
    """``FieldWriter.add_postings`` for per-term records, a block of postings at a time.

    Calls the field writer's start_field/start_term/finish_term/finish_field
    in the same order as Whoosh and fills the codec's postings writer the way
    ``W3PostingsWriter.add_posting`` does, one posting after the other:
    a block is written when it is full and another posting arrives, and the
    block keeps the largest weight and the smallest/largest non-zero length.
    """
    for fieldname, group in groupby(records, key=itemgetter(0)):
        fieldobj = schema[fieldname]
        fieldwriter.start_field(fieldname, fieldobj)
        if lengths is not None:
            dfl = lengths.doc_field_length
            lens = [dfl(d, fieldname) for d in range(doccount)]
        else:
            lens = None
        for _, tbytes, docs, weights, values in group:
            fieldwriter.start_term(tbytes)
            pw = fieldwriter._postwriter
            limit = pw._blocklimit
            n = len(docs)
            i = 0
            while i < n:
                if len(pw._ids) >= limit:
                    pw._write_block()
                j = min(n, i + limit - len(pw._ids))
                ds = docs[i:j]
                ws = weights[i:j]
                pw._ids.extend(ds)
                pw._weights.extend(ws)
                mw = max(ws)
                if mw > pw._maxweight:
                    pw._maxweight = mw
                vs = values[i:j]
                pw._values.extend([v for v in vs if v])
                if lens is not None:
                    ls = [x for x in map(lens.__getitem__, ds) if x]
                    if ls:
                        mn, mx = min(ls), max(ls)
                        if pw._minlength is None or mn < pw._minlength:
                            pw._minlength = mn
                        if mx > pw._maxlength:
                            pw._maxlength = mx
                i = j
            fieldwriter.finish_term()
        fieldwriter.finish_field()


class FastSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with a ``TermPool`` and block-wise posting writes (see the module doc)."""

    def __init__(self, ix, limitmb: int = 128, **kwargs):
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = TermPool(self._tempstorage, limitmb=limitmb)
        # Spelling words and term vectors take Whoosh's own per-field path.
        self._plain = not any(f.separate_spelling() or f.vector for _, f in self.schema.items())

    def add_document(self, **fields) -> None:
        if not self._plain or SegmentWriter.add_document.__module__ != "whoosh.writing":
            # Whoosh's own path (TermPool.add per posting: the same postings).
            # Taken too when something has wrapped SegmentWriter.add_document,
            # as the crash tests do to kill an update in the middle of adding.
            return SegmentWriter.add_document(self, **fields)
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_field = self.pool.add_field
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)

        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    fmt = field.format
                    if type(fmt) in _FAST_FORMATS and isinstance(value, str):
                        # What FieldType.index does (UTF-8 of each word), without its generator.
                        n = add_field(fieldname, fmt.word_values(value, field.analyzer, mode="index"),
                                      docnum, fieldboost)
                    else:
                        n = add_field(fieldname, field.index(value), docnum, fieldboost, encoded=True)
                    if field.scorable:
                        length = n
                customval = fields.get("_stored_%s" % fieldname, value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        write_postings(self.fieldwriter, self.schema, pdr, self.pool.iter_postings(), self.docnum)
        self.fieldwriter.close()
        if pdr:
            pdr.close()


class _FastSubWriterTask(SubWriterTask):
    """Whoosh's sub-writer process, with a ``FastSegmentWriter``; multisegment only."""

    def run(self) -> None:
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = FastSegmentWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
        else:
            fieldnames = writer.pool.fieldnames
            segment = writer._finalize_segment()
            self.resultqueue.put((None, fieldnames, segment), timeout=5)


class FastMpWriter(MpWriter, FastSegmentWriter):
    """Whoosh's ``MpWriter(multisegment=True)`` whose sub-writers are ``FastSegmentWriter``s.

    Each worker process writes its own segment, as with Whoosh; the parent
    only hands out batches of documents (and merges small old segments).
    """

    def __init__(self, ix, procs: int = 2, batchsize: int = 100, **kwargs):
        kwargs.pop("multisegment", None)
        MpWriter.__init__(self, ix, procs=procs, batchsize=batchsize, multisegment=True, **kwargs)
        self.pool = TermPool(self._tempstorage, limitmb=kwargs.get("limitmb", 128))
        self._plain = not any(f.separate_spelling() or f.vector for _, f in self.schema.items())

    def _new_task(self):
        task = _FastSubWriterTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                                  self.subargs, True)
        self.tasks.append(task)
        task.start()
        return task

    # The parent's own documents (none in practice) and merged segments go
    # through FastSegmentWriter's pool and flush.
    add_document = MpWriter.add_document
    _flush_segment = FastSegmentWriter._flush_segment
