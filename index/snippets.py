"""Snippets: a ~200-character window of the cleaned text around the best match.

Built over the index's own analysis (``index.analysis.syllables``), so a
syllable is marked when its folded form matches a query word, which covers
exact matches, matches typed without diacritics and tone-placement variants.
Phrases are marked where their folded syllables follow each other; references
are marked where ``vntext.refs.find_refs`` finds a mention whose index terms
the query asked for. Marks are wrapped in ``[[ ]]``.

Speed (a page of 20 hits builds 20 snippets inside the search latency budget):

* The matches are what one regex over ``fast_fold(text)`` finds, but folding a
  whole article (a ``str.translate`` with a dict, ~80 ns a character) and
  running a regex that starts with a look-behind at every position are the
  slow part. For NFC text without the few characters whose folding is not one
  character for one (``_aligned``), folding is a per-character map, so the
  same matches are found in the original text by patterns whose letters are
  classes of every character folding to them. Each pattern starts with one
  literal character (the word's cheapest anchor letter, one pattern per
  spelling of it; absent spellings are skipped with ``str.find``), which
  ``re`` finds at C speed; the letters before it are checked by look-behinds. Patterns are compiled once per ``Highlights`` (LRU).
  The leftmost-first choice of the old single alternation is replayed on the
  merged candidates. Anything else (NFD text, odd highlights) takes the
  folded-text path.
* White space is normalised by joining the pieces between the runs that
  change (``_squeeze``), not by splitting the text into every word.
* ``_ref_spans`` finds the wanted numbers with one literal search each and
  caches ``find_refs`` per window and ``index_terms`` per id.
* The best window is found in one pass (two pointers) instead of one list
  per match.
* Texts longer than ``_HUGE`` characters are not normalised or searched in
  full: see ``_huge_snippet``.
"""
from __future__ import annotations

import heapq
import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Iterator

from index.analysis import _SYLLABLE, syllables
from index.dupes import _FOLD, fast_fold
from index.query import Highlights

WIDTH = 200

_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_WINDOW = 80          # characters around a number that find_refs looks at
_MAX_WINDOWS = 12

_HUGE = 50_000        # texts longer than this get a bounded snippet search
_HUGE_AROUND = 3_000  # characters kept around a match found past the head of a huge text

Span = tuple[int, int, str]


# --- references ------------------------------------------------------------

@lru_cache(maxsize=256)
def _number_patterns(wanted: frozenset[str]) -> tuple[re.Pattern, ...]:
    """One literal-prefix pattern per wanted number (leading zeros stripped)."""
    numbers = {n.lstrip("0") or "0" for t in wanted for n in _NUMBER.findall(t)}
    return tuple(re.compile(re.escape(n) + r"(?!\d)") for n in sorted(numbers))


def _wanted_runs(text: str, pats: tuple[re.Pattern, ...], pos: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of every digit run whose value, zeros stripped, is a wanted number, in order."""
    def runs(pat: re.Pattern) -> Iterator[tuple[int, int]]:
        for m in pat.finditer(text, pos):
            a = m.start()
            while a > 0 and text[a - 1] == "0":
                a -= 1
            if a > 0 and _DIGIT.match(text, a - 1):
                continue        # the number is the tail of a longer one
            yield a, m.end()
    if len(pats) == 1:
        return runs(pats[0])
    return heapq.merge(*(runs(p) for p in pats))


@lru_cache(maxsize=4096)
def _ref_terms(ref_id: str) -> frozenset[str]:
    from vntext.refs import index_terms
    return frozenset(index_terms([ref_id]))


@lru_cache(maxsize=2048)
def _window_refs(window: str) -> tuple[tuple[int, int, str], ...]:
    from vntext.refs import find_refs
    return tuple((r.start, r.end, r.id) for r in find_refs(window))


def _ref_spans(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Mentions of the wanted references; find_refs runs only near their numbers."""
    if not wanted:
        return []
    pats = _number_patterns(frozenset(wanted))
    windows: list[list[int]] = []
    for start, end in _wanted_runs(text, pats):
        lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
        if len(windows) > _MAX_WINDOWS:
            break
    spans = []
    for lo, hi in windows[:_MAX_WINDOWS]:
        for s, e, ref_id in _window_refs(text[lo:hi]):
            if not wanted.isdisjoint(_ref_terms(ref_id)):
                spans.append((lo + s, lo + e))
    return spans


# --- words and phrases ----------------------------------------------------

_LOW = 0x2000          # characters below this are mapped one by one; the rest fold to themselves
_SAFE = 0x180          # query characters the literal patterns handle (folded Vietnamese is ASCII)
_WORD_CHAR = re.compile(r"[^\W_]")
_ETH = {0xD0: "\u0110", 0xF0: "\u0111"}
# Occurrences per 1,000 characters of folded letters and digits in the generated corpus.
_PER_MILLE = {"n": 83, "a": 80, "h": 72, "o": 64, "t": 54, "i": 53, "c": 50, "u": 50, "g": 46, "d": 33,
              "e": 28, "m": 15, "v": 14, "y": 12, "p": 11, "r": 11, "b": 11, "2": 10, "0": 8, "k": 8,
              "s": 8, "l": 6, "q": 4, "1": 3.5, "x": 2.4, "6": 2, "7": 1.6, "5": 1.3, "3": 1.2, "4": 1,
              "8": 1, "9": 0.7}


def _anchor_cost(ch: str) -> float:
    """Rough microseconds an anchor letter costs on a typical article.

    One ``str.find`` per spelling of the letter (a vowel has ~60 spellings, a
    consonant two), and one pattern attempt per occurrence.
    """
    return 0.2 * len(_fold_classes()[0][ch]) + 0.35 * _PER_MILLE.get(ch, 0.5)


@lru_cache(maxsize=1)
def _fold_classes() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Which characters fold to each character, and the characters that break the per-character map.

    For NFC text, ``fast_fold`` is ``text.translate(Ð→Đ).lower().translate(_FOLD)``;
    that is one character for one, position by position, unless the text has a
    zero-width character (``nfc`` drops it), a capital sigma (its lower case
    depends on the next letter) or a character whose lower case or fold is not
    one character or changes whether it is a word character. Characters from
    ``_LOW`` up fold to themselves or to characters past ``_SAFE`` (a unit test
    checks every code point).
    """
    inverse: dict[str, list[str]] = {}
    breaking = ["\u200b", "\u00ad", "\ufeff", "\u03a3"]
    for cp in range(_LOW):
        c = chr(cp)
        low = _ETH.get(cp, c).lower()
        f = low.translate(_FOLD)
        # str.isalnum() is _WORD_CHAR on one character (re's \w is alnum or "_"), 5x cheaper here
        if len(f) != 1 or f.isalnum() != c.isalnum():
            breaking.append(c)
            continue
        inverse.setdefault(f, []).append(c)
    return {k: tuple(v) for k, v in inverse.items()}, tuple(dict.fromkeys(breaking))


def _aligned(text: str) -> bool:
    """True when ``fast_fold(text)`` maps each character of ``text`` to one character in place."""
    if not unicodedata.is_normalized("NFC", text):
        return False
    return not any(c in text for c in _fold_classes()[1])


def _cls(ch: str) -> str | None:
    chars = _fold_classes()[0].get(ch)
    if not chars:
        return None
    if len(chars) == 1:
        return re.escape(chars[0])
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _alternative(parts: list[str]) -> tuple[int, list[tuple[str, re.Pattern]]] | None:
    """The anchor offset and a pattern per spelling of the anchor letter, for a word or phrase.

    None when a part cannot be matched at all (no character folds to one of its
    letters), which the folded regex could not match either.
    """
    classes = [[_cls(ch) for ch in part] for part in parts]
    if any(c is None for cs in classes for c in cs):
        return None
    inverse = _fold_classes()[0]
    first = parts[0]
    j = min(range(len(first)), key=lambda i: (_anchor_cost(first[i]), i))
    pre = "".join(classes[0][:j])
    rest = "".join(classes[0][j + 1:])
    for cs in classes[1:]:
        rest += r"[\W_]+" + "".join(cs)
    out = []
    for v in inverse[first[j]]:
        lit = re.escape(v)
        behind = (f"(?<={pre}{lit})" if j else "") + rf"(?<![^\W_]{pre}{lit})"
        out.append((v, re.compile(lit + behind + rest + r"(?![^\W_])")))
    return j, out


# (order, anchor offset, key, is phrase, [(anchor character, pattern), ...]) per alternative
_Matcher = list[tuple[int, int, str, bool, list[tuple[str, re.Pattern]]]]


@lru_cache(maxsize=128)
def _matcher(words: frozenset[str], phrases: tuple[tuple[str, ...], ...]) -> _Matcher | None:
    """The literal patterns of every alternative of the folded regex; None: use the folded path.

    None for highlights the patterns do not cover: an empty word or phrase, or
    a character past ``_SAFE`` (no folded Vietnamese word has one).
    """
    if any(not w for w in words) or any(not p or not all(p) for p in phrases):
        return None
    if any(ord(ch) >= _SAFE for w in list(words) + [x for p in phrases for x in p] for ch in w):
        return None
    # The alternation order of the folded regex: words longest first, then phrases.
    escaped = {re.escape(w): w for w in words}
    order: list[tuple[list[str], bool]] = [([escaped[e]], False)
                                          for e in sorted(escaped, key=len, reverse=True)]
    order += [(list(p), True) for p in phrases]
    out: _Matcher = []
    for k, (parts, phrase) in enumerate(order):
        alt = _alternative(parts)
        if alt is None:
            continue
        key = " ".join(s for part in parts for s in _SYLLABLE.findall(part))
        out.append((k, alt[0], key, phrase, alt[1]))
    return out


def _literal_spans(text: str, matcher: _Matcher, merge: bool) -> list[Span]:
    """The matches ``finditer`` of the folded alternation finds, from the per-alternative patterns.

    Sorted and disjoint; ``merge``: a match that starts where the last one
    ends is joined to it, as ``match_spans`` merges them.
    """
    cands: list[tuple[int, int, int, str]] = []
    for k, j, key, phrase, pats in matcher:
        for ch, pat in pats:
            first = text.find(ch)       # most spellings of the anchor letter are absent
            if first < 0:
                continue
            if phrase:
                # A phrase may match again inside its own match: every start is a candidate.
                m = pat.search(text, first)
                while m:
                    cands.append((m.start() - j, k, m.end(), key))
                    m = pat.search(text, m.start() + 1)
            else:
                # A word match is followed by a non-word character, so matches never overlap.
                cands.extend([(m.start() - j, k, m.end(), key) for m in pat.finditer(text, first)])
    cands.sort()
    spans: list[Span] = []
    pos = -1 if merge else 0
    for s, _, e, key in cands:
        if s > pos or (s == pos and not merge):   # leftmost start, first alternative there
            spans.append((s, e, key))
            pos = e
        elif s == pos and merge:    # starts where the last one ends: match_spans's merge
            spans[-1] = (spans[-1][0], e, spans[-1][2])
            pos = e
    return spans


def _folded_spans(text: str, hl: Highlights) -> list[Span]:
    spans: list[Span] = []
    folded = fast_fold(text)
    if len(folded) == len(text):
        # One regex over the folded text (same length as the original).
        alts = sorted({re.escape(w) for w in hl.words}, key=len, reverse=True)
        alts += ["[\\W_]+".join(re.escape(w) for w in ph) for ph in hl.phrases]
        if alts:
            pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])")
            for m in pattern.finditer(folded):
                key = " ".join(_SYLLABLE.findall(m.group(0)))
                spans.append((m.start(), m.end(), key))
    else:
        toks = list(syllables(text))
        forms = [t[3] for t in toks]
        for tok in toks:
            if tok[3] in hl.words:
                spans.append((tok[0], tok[1], tok[3]))
        for phrase in hl.phrases:
            n = len(phrase)
            for i in range(len(forms) - n + 1):
                if forms[i:i + n] == phrase:
                    spans.append((toks[i][0], toks[i + n - 1][1], " ".join(phrase)))
    return spans


def _hl_matcher(hl: Highlights) -> _Matcher | None:
    return _matcher(frozenset(hl.words), tuple(tuple(p) for p in hl.phrases))


def match_spans(text: str, hl: Highlights) -> list[tuple[int, int, str]]:
    """(start, end, key) of every match in ``text``; key names the query part matched."""
    refs = _ref_spans(text, hl.refs)
    if not hl.words and not hl.phrases:
        spans: list[Span] = []
    else:
        matcher = _hl_matcher(hl)
        if matcher is not None and _aligned(text):
            spans = _literal_spans(text, matcher, merge=not refs)
            if not refs:
                return spans        # already sorted and merged
        else:
            spans = _folded_spans(text, hl)
    for s, e in refs:
        spans.append((s, e, "ref:" + text[s:e]))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, k in spans:
        if merged and s <= merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, k))
    return merged


# --- the window -----------------------------------------------------------

def _join_close(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """Adjacent marks separated only by spaces become one mark: [[chỉ thị]] not [[chỉ]] [[thị]]."""
    out: list[tuple[int, int]] = []
    for s, e, _ in spans:
        if out and text[out[-1][1]:s].strip() == "":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _best_start(spans: list[Span], width: int) -> int:
    """Start of the window with the most distinct keys, then the most matches; the first such.

    The window of match i holds the matches from i on that end before its right
    edge. Merged spans are disjoint and sorted, so those are a run i..j-1 and j
    only moves forward: one pass, with a count per key.
    """
    best, best_score = 0, (-1, -1)
    counts: dict[str, int] = {}
    n = len(spans)
    j = 0
    for i in range(n):
        start = max(0, spans[i][0] - width // 4)
        limit = start + width
        if j < i:
            j = i
        while j < n and spans[j][1] <= limit:
            k = spans[j][2]
            counts[k] = counts.get(k, 0) + 1
            j += 1
        score = (len(counts), j - i)
        if score > best_score:
            best, best_score = start, score
        if i < j:
            k = spans[i][2]
            if counts[k] == 1:
                del counts[k]
            else:
                counts[k] -= 1
    return best


def _snippet(text: str, hl: Highlights, width: int, head: bool = False, tail: bool = False,
             spans: list[Span] | None = None) -> str:
    """The snippet of normalised ``text``; ``head``/``tail``: the text continues before/after it."""
    if spans is None:
        spans = match_spans(text, hl)
    if not spans:
        return _window(text, 0, width, [], head, tail)
    return _window(text, _best_start(spans, width), width, _join_close(spans, text), head, tail)


# White space other than " " and "\n" (what str.split() splits on; a unit test checks the list).
_OTHER_SPACE = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0",
                "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
                "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f",
                "\u3000")
_SPACE_RUN = re.compile(r"[ \n]+")


def _squeeze(text: str) -> str:
    """``" ".join(text.split())``, without splitting the text into every word.

    Only the runs that change (a newline, two spaces) are looked up, with
    ``str.find``; the pieces between them are joined. Text with other white
    space takes ``split``.
    """
    if any(c in text for c in _OTHER_SPACE):
        return " ".join(text.split())
    nl, sp = text.find("\n"), text.find("  ")
    if nl < 0 and sp < 0:
        return text.strip(" ")
    pieces = []
    pos = 0
    while nl >= 0 or sp >= 0:
        p = nl if sp < 0 or 0 <= nl < sp else sp
        # A run starts at most one space before its first newline or double space.
        s = p - 1 if p > pos and text[p - 1] == " " else p
        e = _SPACE_RUN.match(text, p).end()
        pieces.append(text[pos:s])
        pieces.append(" ")
        pos = e
        if 0 <= nl < e:
            nl = text.find("\n", e)
        if 0 <= sp < e:
            sp = text.find("  ", e)
    pieces.append(text[pos:])
    return "".join(pieces).strip(" ")


def make_snippet(text: str, hl: Highlights, width: int = WIDTH) -> str:
    """The best ``width``-character window of ``text`` with matches in [[ ]]."""
    if len(text) > _HUGE:
        return _huge_snippet(text, hl, width)
    text = _squeeze(text)
    if not text:
        return ""
    return _snippet(text, hl, width)


def _candidates(text: str, matcher: _Matcher | None, pos: int) -> Iterator[int]:
    """Starts at or after ``pos`` where a match of ``matcher`` may start (literal searches), in order.

    Each pattern is searched again only past its own last match, so taking k
    candidates costs one pass over the text, not k.
    """
    heads: list[tuple[int, int, re.Pattern, int]] = []
    for _, j, _, _, pats in matcher or []:
        for ch, pat in pats:
            i = text.find(ch, pos + j)
            m = pat.search(text, i) if i >= 0 else None
            if m:
                heads.append((m.start() - j, len(heads), pat, j))
    heapq.heapify(heads)
    last = -1
    while heads:
        s, n, pat, j = heads[0]
        if s > last:
            yield s
            last = s
        m = pat.search(text, s + j + 1)
        if m:
            heapq.heapreplace(heads, (m.start() - j, n, pat, j))
        else:
            heapq.heappop(heads)


_HUGE_REF_WINDOWS = 20  # find_refs runs on at most this many windows past the head of a huge text


@lru_cache(maxsize=256)
def _type_matcher(wanted: frozenset[str]) -> _Matcher | None:
    """A matcher for the names of the document types the wanted terms name ("ct-05" → chỉ thị, CT)."""
    from vntext.refs import ref_type_names

    pieces = {p for t in wanted for p in re.findall(r"[^\W\d_]+", fast_fold(t))}
    names = [_SYLLABLE.findall(fast_fold(n)) for code, spellings in ref_type_names().items()
             if fast_fold(code) in pieces for n in spellings]
    if not names:
        return None
    return _matcher(frozenset(n[0] for n in names if len(n) == 1),
                    tuple(tuple(n) for n in names if len(n) > 1))


def _first_ref(text: str, hl: Highlights, pos: int) -> int | None:
    """Where the first wanted reference at or after ``pos`` starts, or None.

    A heuristic bounded in time: find_refs runs on a few windows, each around
    a mention of a wanted document type (or, when the wanted terms name no
    type, around a wanted number).
    """
    types = _type_matcher(frozenset(hl.refs))
    if types:
        windows = ((max(0, p - _WINDOW), p + 2 * _WINDOW) for p in _candidates(text, types, pos))
    else:
        windows = ((max(0, s - _WINDOW), e + _WINDOW)
                   for s, e in _wanted_runs(text, _number_patterns(frozenset(hl.refs)), pos))
    for lo, hi in islice(windows, _HUGE_REF_WINDOWS):
        for rs, _, ref_id in _window_refs(text[lo:hi]):
            if not hl.refs.isdisjoint(_ref_terms(ref_id)):
                return lo + rs
    return None


def _huge_snippet(text: str, hl: Highlights, width: int) -> str:
    """A snippet of a text longer than ``_HUGE`` characters, in bounded time.

    Deliberately not the same as for shorter texts: the best window is chosen
    within the first ``_HUGE`` characters (cut at a space) when they hold a
    match; otherwise around the first word or phrase match further on, or else
    the first wanted reference (see ``_first_ref``), within ``_HUGE_AROUND``
    characters of it; with no match, the beginning. Normalising and searching
    all of a 500 KB text would cost tens of milliseconds for a window that a
    reader of the result list can hardly tell apart.
    """
    cut = text.rfind(" ", 0, _HUGE)
    if cut < _HUGE // 2:
        cut = _HUGE
    head_text = _squeeze(text[:cut])
    spans = match_spans(head_text, hl) if head_text else []
    if spans:
        return _snippet(head_text, hl, width, tail=True, spans=spans)
    tries = []
    if hl.words or hl.phrases:
        tries.append(False)
    if hl.refs:
        tries.append(True)      # after words and phrases: find_refs costs more
    for numbers in tries:
        if numbers:
            found = [p] if (p := _first_ref(text, hl, cut)) is not None else []
        else:   # a literal candidate may still fail as a match: try a few
            found = islice(_candidates(text, _hl_matcher(hl), cut), 8)
        for p in found:
            a = max(cut, p - _HUGE_AROUND // 3)
            lo = text.find(" ", a, p)
            lo = a if lo < 0 else lo
            b = p + _HUGE_AROUND
            if b >= len(text):
                hi = len(text)
            else:
                hi = text.rfind(" ", p, b)
                hi = b if hi < 0 else hi
            part = _squeeze(text[lo:hi])
            spans = match_spans(part, hl)
            if spans:
                return _snippet(part, hl, width, head=True, tail=hi < len(text), spans=spans)
    if not head_text:           # white space only at the start: show what follows it
        rest = text.lstrip()
        head_text = _squeeze(rest[:_HUGE])
        if not head_text:
            return ""
    return _snippet(head_text, hl, width, tail=True, spans=[])


def _window(text: str, start: int, width: int, marks: list[tuple[int, int]],
            head: bool = False, tail: bool = False) -> str:
    end = min(len(text), start + width)
    if start > 0:
        # start on a word boundary
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 30 else start
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + width // 2 else end
    for s, e in marks:       # never cut a mark in two
        if s < end < e:
            end = e
        if s < start < e:
            start = s
    pieces = []
    pos = start
    for s, e in marks:
        if e <= start or s >= end:
            continue
        pieces.append(text[pos:s])
        pieces.append("[[" + text[s:e] + "]]")
        pos = e
    pieces.append(text[pos:end])
    out = "".join(pieces).strip()
    return (("… " if start > 0 or head else "") + out
            + (" …" if end < len(text) or tail else ""))
