"""Regenerate the legacy-encoded held-out pages from their UTF-8 sources in src/.

    python tests/gold_extra/make_legacy.py

cp1258_legacy.html: windows-1258 bytes (tone marks as combining characters, as
Windows wrote them); tcvn3_legacy.html: TCVN3 (ABC) bytes declared iso-8859-1.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from cleaner.legacy import TCVN3_TABLE  # noqa: E402

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> bytes:
    inverse = {v: k for k, v in TCVN3_TABLE.items()}
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("latin-1")


if __name__ == "__main__":
    (HERE / "cp1258_legacy.html").write_bytes(to_cp1258((HERE / "src/cp1258_legacy.html").read_text("utf-8")))
    (HERE / "tcvn3_legacy.html").write_bytes(to_tcvn3((HERE / "src/tcvn3_legacy.html").read_text("utf-8")))
