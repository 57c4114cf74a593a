"""Bytes of a page -> NFC text, with the charset chosen the way a browser would.

Order: BOM, HTTP ``Content-Type`` charset, ``<meta charset>`` / http-equiv,
a strict UTF-8 trial, windows-1258, then detection.  A declared charset is
only trusted when the bytes decode under it; bytes that are valid UTF-8 with
multi-byte sequences win over a single-byte declaration (a common server
misconfiguration).  Legacy Vietnamese font encodings (TCVN3/ABC and VNI),
which arrive as Latin-1/cp1252 text, are detected and converted to Unicode.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from cleaner.legacy import detect_legacy, legacy_to_unicode

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_SINGLE_BYTE = {"cp1252", "latin-1", "iso8859-1", "cp1258", "ascii", "iso8859-15", "cp1250"}
# Labels that browsers treat as other encodings (WHATWG encoding standard).
_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "windows-1252": "cp1252", "windows-1258": "cp1258", "x-cp1258": "cp1258",
    "utf8": "utf-8", "unicode": "utf-16-le", "tcvn": "cp1252", "tcvn3": "cp1252",
    "vni": "cp1252", "x-user-defined": "cp1252",
}


def _norm_label(label: str | None) -> str | None:
    """A charset label -> a Python codec name, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _header_charset(headers: dict[str, str] | None) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if str(key).lower() == "content-type" and value:
            m = _HEADER_CHARSET.search(str(value))
            if m:
                return m.group(1)
    return None


def _meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _try(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _has_multibyte_utf8(body: bytes) -> bool:
    return _NON_ASCII.search(body, 0, 200000) is not None


_CP1258_TONES = frozenset(b"\xcc\xec\xd2\xde\xf2")
_CP1258_VOWELS = frozenset(b"aeiouyAEIOUY\xe2\xea\xf4\xe3\xf5\xfd\xc2\xca\xd4\xc3\xd5\xdd")


def _cp1258_plausible(body: bytes) -> bool:
    """True when the cp1258 combining-tone bytes almost always follow a vowel."""
    total = after_vowel = 0
    for i in range(1, min(len(body), 200000)):
        if body[i] in _CP1258_TONES:
            total += 1
            after_vowel += body[i - 1] in _CP1258_VOWELS
    return total >= 3 and after_vowel >= 0.8 * total


def _detect(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: detection is the last resort only
        return None
    best = from_bytes(body[:65536]).best()
    return _norm_label(best.encoding) if best else None


def decode_html(body: bytes, headers: dict[str, str] | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes; return (NFC text, codec used, notes)."""
    notes: list[str] = []
    text: str | None = None
    used: str | None = None
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = _try(body[len(bom):], codec)
            if text is not None:
                used = codec
                break
    if text is None:
        header_label = _header_charset(headers)
        meta_label = _meta_charset(body)
        header_codec = _norm_label(header_label)
        meta_codec = _norm_label(meta_label)
        if header_label and not header_codec:
            notes.append(f"unknown charset in HTTP header: {header_label}")
        if meta_label and not meta_codec:
            notes.append(f"unknown charset in meta tag: {meta_label}")
        if header_codec and meta_codec and header_codec != meta_codec:
            notes.append(f"charset conflict: header {header_codec}, meta {meta_codec}")
        declared = [c for c in (header_codec, meta_codec) if c]
        utf8 = _try(body, "utf-8")
        for codec in declared:
            if codec in _SINGLE_BYTE and utf8 is not None and _has_multibyte_utf8(body):
                notes.append(f"declared {codec} but bytes are UTF-8")
                text, used = utf8, "utf-8"
                break
            candidate = _try(body, codec)
            if candidate is not None:
                text, used = candidate, codec
                break
            notes.append(f"bytes do not decode as declared {codec}")
        if text is None and utf8 is not None:
            text, used = utf8, "utf-8"
        if text is None:
            latin = body.decode("latin-1")
            # Undeclared TCVN3 / VNI (the tables expect Latin-1) -- unless the bytes are
            # cp1258, whose combining tone bytes look like TCVN3 letters when read as Latin-1.
            if detect_legacy(latin) and not _cp1258_plausible(body):
                text, used = latin, "latin-1"
        if text is None:
            candidate = _try(body, "cp1258")
            if candidate is not None:
                text, used = candidate, "cp1258"
                notes.append("no usable charset declared: decoded as windows-1258")
        if text is None:
            detected = _detect(body)
            if detected and detected != "utf-8":
                candidate = _try(body, detected)
                if candidate is not None:
                    text, used = candidate, detected
                    notes.append(f"charset detected: {detected}")
        if text is None:
            text, used = body.decode("utf-8", "replace"), "utf-8"
            notes.append("undecodable bytes replaced")
    text = unicodedata.normalize("NFC", text)
    legacy = detect_legacy(text)
    if legacy:
        text = unicodedata.normalize("NFC", legacy_to_unicode(text, legacy))
        notes.append(f"legacy {legacy} text converted to Unicode")
    return text, used or "utf-8", notes
