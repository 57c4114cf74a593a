"""A syllable bigram model learned from the seed articles in ``data/seeds/``.

The benchmarks need text whose statistics look like Vietnamese department
news (syllable frequencies, common collocations such as "công tác", "đảng
viên", "chi bộ") without copying whole real articles. A first-order Markov
chain over syllables gives exactly that: each syllable is drawn from the
syllables that followed the previous one in the seeds.

Generating 70 million syllables one draw at a time is slow in Python, so the
model first draws a fixed pool of sentences; the generator assembles
articles from the pool plus templated sentences with names, numbers and
places. Everything depends only on the seed given to ``random.Random``.
"""
from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect
from itertools import accumulate
from pathlib import Path

# A syllable (letters or digits) or one punctuation mark that ends a clause.
_TOKEN = re.compile(r"[^\W_]+|[,;:.!?]")
_END = "</s>"
_START = "<s>"
# Lines that are page furniture in the seeds, not prose.
_FURNITURE = re.compile(r"^(lượt xem|tác giả|nguồn|cập nhật|lượt đọc)\b", re.IGNORECASE)


def seed_texts(seeds_dir: Path) -> list[str]:
    """Prose lines of every seed file (NFC, furniture and short lines dropped)."""
    lines: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = unicodedata.normalize("NFC", line).strip()
            if len(line.split()) < 6 or _FURNITURE.match(line):
                continue
            lines.append(line)
    if not lines:
        raise ValueError(f"no seed text in {seeds_dir}")
    return lines


class SyllableModel:
    """Unigram + bigram counts over syllables and clause punctuation."""

    def __init__(self, lines: list[str]):
        bigrams: dict[str, dict[str, int]] = {}
        unigrams: dict[str, int] = {}
        for line in lines:
            prev = _START
            for tok in _TOKEN.findall(line):
                bigrams.setdefault(prev, {}).setdefault(tok, 0)
                bigrams[prev][tok] += 1
                if tok[0].isalnum():
                    unigrams[tok] = unigrams.get(tok, 0) + 1
                prev = _START if tok in (".", "!", "?") else tok
            bigrams.setdefault(prev, {}).setdefault(_END, 0)
            bigrams[prev][_END] += 1
        # Keys sorted so the model does not depend on dict insertion details.
        self._next = {}
        for prev in sorted(bigrams):
            items = sorted(bigrams[prev].items())
            words = [w for w, _ in items]
            self._next[prev] = (words, list(accumulate(c for _, c in items)))
        uni = sorted(unigrams.items())
        self.vocabulary = [w for w, _ in uni]
        self._uni_cum = list(accumulate(c for _, c in uni))

    def _draw(self, rng: random.Random, prev: str) -> str:
        words, cum = self._next.get(prev) or (self.vocabulary, self._uni_cum)
        return words[bisect(cum, rng.random() * cum[-1])]

    def sentence(self, rng: random.Random, min_len: int = 10, max_len: int = 32) -> str:
        """One sentence of ``min_len``..``max_len`` syllables ending with a full stop."""
        out: list[str] = []
        prev = _START
        syllables = 0
        while syllables < max_len:
            tok = self._draw(rng, prev)
            if tok == _END or tok in (".", "!", "?"):
                if syllables >= min_len:
                    break
                # Too short: restart the chain from a random syllable.
                tok = self.vocabulary[bisect(self._uni_cum, rng.random() * self._uni_cum[-1])]
            if tok[0].isalnum():
                syllables += 1
                out.append(tok)
            elif out and out[-1][0].isalnum():
                out[-1] += tok
            prev = tok
        text = " ".join(out).rstrip(",;:")
        return text[:1].upper() + text[1:] + "."

    def pool(self, rng: random.Random, size: int) -> list[str]:
        return [self.sentence(rng) for _ in range(size)]


def syllable_count(text: str) -> int:
    return sum(1 for t in _TOKEN.findall(text) if t[0].isalnum())
