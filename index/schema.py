"""The Whoosh schema of the edunews index.

Text is indexed twice: ``title_f``/``body_f`` folded (no marks, đ → d, with
positions for phrases) and ``title``/``body`` in the exact form (lower case,
one tone placement; only syllables that carry marks, no positions), so a query
with or without diacritics matches and exact matches rank higher.
Filter and facet fields are ``ID`` (one value each: "Sóc Trăng" stays whole) and
column-backed (``sortable``) so facets and date sorting read columns, not
stored fields. ``refs`` holds the terms of ``vntext.refs.index_terms``, one per
line, never tokenized.
"""
from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import RefsTokenizer, VnTokenizer

# Bump when the schema or the analysis changes: an older index is rebuilt.
SCHEMA_VERSION = 4

FILTER_FIELDS = ("province", "province_2025", "year", "kind", "source")


def make_schema() -> Schema:
    marked = VnTokenizer("marked")
    folded = VnTokenizer("fold")
    return Schema(
        url=ID(stored=True, unique=True),
        title=TEXT(analyzer=marked, phrase=False, stored=True, field_boost=2.0),
        title_f=TEXT(analyzer=folded, phrase=True, field_boost=2.0),
        body=TEXT(analyzer=marked, phrase=False),
        body_f=TEXT(analyzer=folded, phrase=True),
        refs=TEXT(analyzer=RefsTokenizer(), phrase=False),
        ref_ids=STORED(),
        province=ID(stored=True, sortable=True),
        province_2025=ID(stored=True, sortable=True),
        unit=STORED(),
        published=ID(stored=True, sortable=True),
        year=ID(sortable=True),
        kind=ID(stored=True, sortable=True),
        source=ID(stored=True, sortable=True),
        # Duplicate group: the representative's URL for members of a group of
        # near-identical copies, "" for an article without copies.
        dup=ID(stored=True, sortable=True),
    )
