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
* ``bigram`` — every pair of adjacent folded syllables ("chi_thi", "thi_05"),
  with positions: a k-syllable phrase is a phrase of k-1 bigrams (a 2-syllable
  one is a single term), whose postings are far shorter than those of common
  syllables. Pairs are taken over the whole text, as the syllable positions
  were, so a bigram phrase matches exactly what a syllable phrase matched.

Index time pays one regex split and one dict hit per syllable: the split of
the last text is kept (a title or body is analysed for three fields), and the
``TermCounts``/``TermPositions`` formats count the term lists directly instead
of going through one Whoosh Token per syllable.

``syllables(text)`` yields (start, end, exact, folded) spans over the original
NFC text; the highlighter and the duplicate detector use it too, so what is
highlighted is exactly what was indexed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import sys
from array import array
from collections import Counter

from whoosh.analysis import Token, Tokenizer
from whoosh.formats import Frequency, Positions
from whoosh.system import _INT_SIZE as _UINT, pack_uint, unpack_uint

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


_BIG_ENDIAN = sys.byteorder == "big"
assert array("I").itemsize == 4

_FORMS: dict[str, tuple[str, str]] = {}
_FORMS_MAX = 500_000
_last_split: list = [None, None]   # [text, [(exact, folded), ...]]


def _forms(word: str) -> tuple[str, str]:
    f = _FORMS.get(word)
    if f is None:
        f = (exact_form(word), folded_form(word))
        if len(_FORMS) < _FORMS_MAX:
            _FORMS[word] = f
    return f


def split_forms(text: str) -> list[tuple[str, str]]:
    """(exact, folded) of every syllable of NFC ``text``; the last text's split is reused."""
    if _last_split[0] is text or _last_split[0] == text:
        return _last_split[1]
    get = _FORMS.get
    out = []
    for w in _SYLLABLE.findall(text):
        f = get(w)
        out.append(f if f is not None else _forms(w))
    _last_split[0], _last_split[1] = text, out
    return out


def bigram(a: str, b: str) -> str:
    """The bigram term of two adjacent folded syllables."""
    return a + "_" + b


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
        if mode not in ("exact", "fold", "marked", "bigram"):
            raise ValueError(f"unknown tokenizer mode: {mode}")
        self.mode = mode

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.mode == other.mode

    def terms(self, value: str) -> list[str]:
        """The terms of ``value`` in token order (position = index in the list)."""
        forms = split_forms(value)
        if self.mode == "fold":
            return [f for _, f in forms]
        if self.mode == "bigram":
            return [a[1] + "_" + b[1] for a, b in zip(forms, forms[1:])]
        if self.mode == "marked":
            return [e for e, f in forms if e != f]
        return [e for e, _ in forms]

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        if self.mode == "bigram":
            yield from self._bigrams(value, positions, chars, keeporiginal, removestops,
                                     start_pos, start_char, tokenize, mode, **kwargs)
            return
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


    def _bigrams(self, value, positions, chars, keeporiginal, removestops,
                 start_pos, start_char, tokenize, mode, **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        spans = list(_SYLLABLE.finditer(value if tokenize else nfc(value)))
        for pos, (m1, m2) in enumerate(zip(spans, spans[1:])):
            t.text = bigram(folded_form(m1.group(0)), folded_form(m2.group(0)))
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[m1.start():m2.end()]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + m1.start()
                t.endchar = start_char + m2.end()
            yield t


class TermCounts(Frequency):
    """Whoosh's Frequency format, counting a ``VnTokenizer``'s term list directly."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, VnTokenizer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        fb = self.field_boost
        return ((w, n, n * fb, pack_uint(n)) for w, n in Counter(analyzer.terms(value)).items())


class TermPositions(Positions):
    """Whoosh's Positions format, built from a ``VnTokenizer``'s term list directly."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, VnTokenizer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        poses: dict[str, list[int]] = {}
        for i, w in enumerate(analyzer.terms(value)):
            p = poses.get(w)
            if p is None:
                poses[w] = [i]
            else:
                p.append(i)
        fb = self.field_boost
        encode = self.encode
        return ((w, len(p), len(p) * fb, encode(p)) for w, p in poses.items())

    # Positions as a count and little-endian uint32s instead of a pickled list
    # of deltas: cheaper to write (one per posting) and to read in phrase checks.
    def encode(self, poslist):
        arr = array("I", poslist)
        if _BIG_ENDIAN:
            arr.byteswap()
        return pack_uint(len(arr)) + arr.tobytes()

    def decode_positions(self, valuestring):
        arr = array("I")
        arr.frombytes(valuestring[_UINT:_UINT + 4 * unpack_uint(valuestring[:_UINT])[0]])
        if _BIG_ENDIAN:
            arr.byteswap()
        return arr.tolist()


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
