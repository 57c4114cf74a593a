"""Unicode normalisation, tone placement and diacritic folding for Vietnamese.

Three forms of the same NFC text are used across edunews:

* ``nfc(text)``: what is stored and shown; the site's own spelling, NFC.
* ``canonical(text)``: lower-case, tone marks moved to one placement style
  (hoà -> hòa, uỷ -> ủy, khoẻ -> khỏe), used for the exact index field.
* ``fold(text)``: lower-case, every mark removed and đ -> d, used for the
  folded index field so that queries typed without diacritics still match.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining marks that carry the tone (the five non-level tones).
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Combining marks that change vowel quality: circumflex, breve, horn.
_QUALITY = {"\u0302", "\u0306", "\u031b"}
_VOWELS = set("aeiouy")
# Consonants a Vietnamese syllable may end with.
_FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


# Ð/ð (Icelandic eth) stand in for Đ/đ on many Vietnamese sites; they look the same.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(text: str) -> str:
    """NFC-normalise, drop zero-width and soft-hyphen characters, and Ð → Đ."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u200b", "").replace("\u00ad", "").replace("\ufeff", "")
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_ETH)
    return text


def squeeze_spaces(text: str) -> str:
    """Collapse runs of horizontal white space (incl. NBSP) to one space."""
    return _SPACE.sub(" ", text).strip()


def _split_letters(word: str) -> tuple[list[list[str]], str | None]:
    """NFD-split a word into letters (base + quality marks) and its tone."""
    letters: list[list[str]] = []
    tone = None
    for ch in unicodedata.normalize("NFD", word):
        if ch in _TONES:
            tone = ch
        elif unicodedata.combining(ch):
            if letters:
                letters[-1].append(ch)
        else:
            letters.append([ch])
    return letters, tone


def _tone_index(bases: list[str], marked: list[bool]) -> int | None:
    """Index of the letter that carries the tone in the canonical placement.

    The canonical placement is the one most department sites use: on the
    first vowel of an open "oa", "oe", "uy" (hòa, khỏe, thủy), on the marked
    vowel when there is one (người, thuở), on the last vowel before a final
    consonant (hoàng, chuyện).
    """
    n = len(bases)
    start = 0
    # Onset consonants; "qu" and "gi" count as onsets before another vowel.
    while start < n and bases[start] not in _VOWELS:
        start += 1
    if start >= n:
        return None
    if start > 0 and bases[start - 1] == "q" and bases[start] == "u":
        start += 1
    elif (start > 0 and bases[start - 1] == "g" and bases[start] == "i"
          and start + 1 < n and bases[start + 1] in _VOWELS):
        start += 1
    end = start
    while end < n and bases[end] in _VOWELS:
        end += 1
    if start >= end:
        return None
    if "".join(bases[end:]) not in _FINALS:
        # Not a Vietnamese syllable ("café", "Nguyễn's"): leave the mark alone.
        return None
    cluster = range(start, end)
    quality = [i for i in cluster if marked[i]]
    if quality:
        # "ươ": the tone sits on ơ, the last marked vowel.
        return quality[-1]
    has_final = end < n
    size = end - start
    if has_final:
        return end - 1
    if size == 1:
        return start
    if size == 2:
        return start
    return start + 1


@lru_cache(maxsize=65536)
def _retone(word: str) -> str:
    letters, tone = _split_letters(word)
    if tone is None:
        return word
    bases = [l[0].lower() for l in letters]
    marked = [len(l) > 1 for l in letters]
    idx = _tone_index(bases, marked)
    if idx is None:
        return word
    letters[idx].append(tone)
    return unicodedata.normalize("NFC", "".join("".join(l) for l in letters))


def canonical_tones(text: str) -> str:
    """Move tone marks to the canonical placement (hoà → hòa) without changing case."""
    text = nfc(text)
    return _WORD.sub(lambda m: _retone(m.group(0)) if not m.group(0).isascii() else m.group(0), text)


def canonical(text: str) -> str:
    """Lower-case, NFC text with one tone-placement style (for exact matching)."""
    return canonical_tones(nfc(text).lower())


_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d", "\u00d0": "d", "\u00f0": "d"})


def fold(text: str) -> str:
    """Lower-case text with all marks removed and đ folded to d."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese mark or đ."""
    return fold(text) != text.lower()
