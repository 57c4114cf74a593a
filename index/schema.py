"""The Whoosh schema of the edunews index.

Text is indexed three ways: ``title_f``/``body_f`` folded syllables (no marks,
đ → d; counts only), ``title_b``/``body_b`` folded adjacent-syllable bigrams
with positions (phrases are matched there) and ``title``/``body`` in the exact
form (lower case, one tone placement; only syllables that carry marks, counts
only), so a query with or without diacritics matches and exact matches rank
higher.
Filter and facet fields are ``ID`` (one value each: "Sóc Trăng" stays whole) and
column-backed (``sortable``) so facets and date sorting read columns, not
stored fields. ``refs`` holds the terms of ``vntext.refs.index_terms``, one per
line, never tokenized.
"""
from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import RefsTokenizer, TermCounts, TermPositions, VnTokenizer

# Bump when the schema or the analysis changes: an older index is rebuilt.
SCHEMA_VERSION = 10


def _text(analyzer: VnTokenizer, positions: bool, field_boost: float = 1.0, stored: bool = False) -> TEXT:
    field = TEXT(analyzer=analyzer, phrase=positions, stored=stored, field_boost=field_boost)
    fmt = TermPositions if positions else TermCounts
    field.format = fmt(field_boost=field_boost)
    return field

FILTER_FIELDS = ("province", "province_2025", "year", "kind", "source")


def make_schema() -> Schema:
    marked = VnTokenizer("marked")
    folded = VnTokenizer("fold")
    bigrams = VnTokenizer("bigram")
    return Schema(
        url=ID(stored=True, unique=True),
        title=_text(marked, False, 2.0, stored=True),
        title_f=_text(folded, False, 2.0),
        title_b=_text(bigrams, True, 2.0),
        body=_text(marked, False),
        body_f=_text(folded, False),
        body_b=_text(bigrams, True),
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
