"""What kind of meeting an article reports, from its title and lead.

The earliest kind phrase in the title decides ("Hội nghị sơ kết ... tổng kết"
is so-ket; "sơ kết giữa nhiệm kỳ đại hội" is so-ket); only when the title
names none do we look at the lead.
"""
from __future__ import annotations

import re

from vntext.normalize import fold

# Patterns run over folded text (no diacritics, lower-case, đ -> d).
_KIND_PATTERNS = (
    # "đánh giá 01 năm triển khai ...", "02 năm thực hiện ...": a mid-term review is a sơ kết.
    ("so-ket", re.compile(r"\bso\s*ket\b|\bdanh\s*gia\s*(?:\d+|mot|hai|ba|bon|nam)\s*nam\s*"
                          r"(?:thuc\s*hien|trien\s*khai)|\b\d+\s*nam\s*thuc\s*hien\b")),
    ("tong-ket", re.compile(r"\btong\s*ket\b")),
    ("quan-triet", re.compile(
        r"\bquan\s*triet\b|\bhoc\s*tap\s*,?\s*(?:va\s*)?(?:quan\s*triet\s*)?(?:chuyen\s*de|nghi\s*quyet|chi\s*thi|ket\s*luan)"
        r"|\btrien\s*khai\s*(?:thuc\s*hien\s*|hoc\s*tap\s*)?(?:cac\s*)?(?:nghi\s*quyet|chi\s*thi|ket\s*luan|quy\s*dinh)\b"
        r"|\bboi\s*duong\s*(?:ly\s*luan\s*)?chinh\s*tri|\bhoc\s*tap\s*va\s*lam\s*theo|\bsinh\s*hoat\s*chuyen\s*de"
        r"|\bnghien\s*cuu\s*,?\s*(?:hoc\s*tap\s*,?\s*)?(?:quan\s*triet\s*)?nghi\s*quyet")),
    ("dai-hoi", re.compile(r"\bdai\s*hoi\b")),
)


def _earliest(text: str) -> str | None:
    folded = fold(text)
    best: tuple[int, str] | None = None
    for kind, rx in _KIND_PATTERNS:
        m = rx.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None


def classify_kind(title: str, lead: str = "") -> str:
    """so-ket | tong-ket | quan-triet | dai-hoi | other."""
    return _earliest(title or "") or _earliest(lead or "") or "other"
