"""Snippets: a ~200-character window of the cleaned text around the best match.

Built over the index's own analysis (``index.analysis.syllables``), so a
syllable is marked when its folded form matches a query word, which covers
exact matches, matches typed without diacritics and tone-placement variants.
Phrases are marked where their folded syllables follow each other; references
are marked where ``vntext.refs.find_refs`` finds a mention whose index terms
the query asked for. Marks are wrapped in ``[[ ]]``.
"""
from __future__ import annotations

import re

from index.analysis import _SYLLABLE, syllables
from index.dupes import fast_fold
from index.query import Highlights

WIDTH = 200


_NUMBER = re.compile(r"\d+")
_WINDOW = 80          # characters around a number that find_refs looks at
_MAX_WINDOWS = 12


def _ref_spans(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Mentions of the wanted references; find_refs runs only near their numbers."""
    if not wanted:
        return []
    from vntext.refs import find_refs, index_terms

    numbers = {n.lstrip("0") or "0" for t in wanted for n in _NUMBER.findall(t)}
    windows: list[list[int]] = []
    for m in _NUMBER.finditer(text):
        if (m.group(0).lstrip("0") or "0") in numbers:
            lo, hi = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
            if len(windows) > _MAX_WINDOWS:
                break
    spans = []
    for lo, hi in windows[:_MAX_WINDOWS]:
        for ref in find_refs(text[lo:hi]):
            if wanted.intersection(index_terms([ref.id])):
                spans.append((lo + ref.start, lo + ref.end))
    return spans


def _folded_same_length(text: str) -> str | None:
    folded = fast_fold(text)
    return folded if len(folded) == len(text) else None


def match_spans(text: str, hl: Highlights) -> list[tuple[int, int, str]]:
    """(start, end, key) of every match in ``text``; key names the query part matched."""
    spans: list[tuple[int, int, str]] = []
    folded = _folded_same_length(text)
    if folded is not None:
        # Fast path: one regex over the folded text (same length as the original).
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
    for s, e in _ref_spans(text, hl.refs):
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


def _join_close(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """Adjacent marks separated only by spaces become one mark: [[chỉ thị]] not [[chỉ]] [[thị]]."""
    out: list[tuple[int, int]] = []
    for s, e, _ in spans:
        if out and text[out[-1][1]:s].strip() == "":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def make_snippet(text: str, hl: Highlights, width: int = WIDTH) -> str:
    """The best ``width``-character window of ``text`` with matches in [[ ]]."""
    text = " ".join(text.split())
    if not text:
        return ""
    spans = match_spans(text, hl)
    if not spans:
        return _window(text, 0, width, [])
    best, best_score = 0, (-1, -1)
    for i, (s, _, _) in enumerate(spans):
        start = max(0, s - width // 4)
        inside = [sp for sp in spans[i:] if sp[1] <= start + width]
        score = (len({k for _, _, k in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return _window(text, best, width, _join_close(spans, text))


def _window(text: str, start: int, width: int, marks: list[tuple[int, int]]) -> str:
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
    return ("… " if start > 0 else "") + out + (" …" if end < len(text) else "")
