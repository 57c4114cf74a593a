"""Vietnamese text analysis for the index, written for Whoosh's tokenizer protocol.

Why not Whoosh's StandardAnalyzer: its English stop list drops real Vietnamese
syllables ("an" in "an toàn", "to", "do", "may") and its minimum length drops
"ở" and "ý". Here every syllable is a token (no stop words, no minimum length),
NFC first, with positions so phrases work. Two forms of the same text:

* ``fold``   — ``vntext.normalize.fold``: every mark removed, đ → d; every
  syllable, with positions (phrases are matched here).
* ``marked`` — ``vntext.normalize.canonical`` (lower case, one tone placement),
  only for syllables that carry a mark: a syllable without marks is the same
  term in the folded field, so repeating it would only double the postings.
  The exact field ranks exact-diacritic matches above folded ones.

``syllables(text)`` yields (start, end, exact, folded) spans over the original
NFC text; the highlighter and the duplicate detector use it too, so what is
highlighted is exactly what was indexed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from whoosh.analysis import Token, Tokenizer

from vntext.normalize import canonical, fold, nfc

# A syllable: letters and digits; the underscore is not a word character here.
_SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=300_000)
def exact_form(word: str) -> str:
    """Index form of one syllable in the exact field."""
    return canonical(word) if not word.isascii() else word.lower()


@lru_cache(maxsize=300_000)
def folded_form(word: str) -> str:
    """Index form of one syllable in the folded field."""
    return fold(word) if not word.isascii() else word.lower()


def syllables(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, exact form, folded form) of every syllable of NFC ``text``."""
    for m in _SYLLABLE.finditer(text):
        w = m.group(0)
        yield m.start(), m.end(), exact_form(w), folded_form(w)


def exact_words(text: str) -> list[str]:
    return [exact_form(m.group(0)) for m in _SYLLABLE.finditer(nfc(text))]


def folded_words(text: str) -> list[str]:
    return [folded_form(m.group(0)) for m in _SYLLABLE.finditer(nfc(text))]


class VnTokenizer(Tokenizer):
    """Whoosh tokenizer: NFC, one token per syllable, exact or folded form.

    Whoosh pickles the schema, so this class must stay importable at
    ``index.analysis.VnTokenizer``.
    """

    def __init__(self, mode: str = "fold"):
        if mode not in ("exact", "fold", "marked"):
            raise ValueError(f"unknown tokenizer mode: {mode}")
        self.mode = mode

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.mode == other.mode

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        form = folded_form if self.mode == "fold" else exact_form
        marked_only = self.mode == "marked"
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = form(nfc(value))
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        # The caller gives NFC text at index time; queries are NFC'd by the parser.
        # NFC here would shift character offsets, so only do it when needed.
        for pos, m in enumerate(_SYLLABLE.finditer(value)):
            word = m.group(0)
            if marked_only and word.isascii():
                continue
            t.text = form(word)
            if marked_only and t.text == folded_form(word):
                continue
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = word
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + m.start()
                t.endchar = start_char + m.end()
            yield t


class RefsTokenizer(Tokenizer):
    """One token per line: reference terms are never split ("05-ct/tw" stays whole)."""

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        parts = [p.strip() for p in value.split("\n")] if tokenize else [value.strip()]
        pos = start_pos
        for part in parts:
            if not part:
                continue
            t.text = part
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = part
            if positions:
                t.pos = pos
                pos += 1
            yield t
