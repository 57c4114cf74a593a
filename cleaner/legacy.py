"""Legacy Vietnamese font encodings: TCVN3 (ABC, .VnTime fonts) and VNI.

Pages typed with these fonts declare Latin-1 / windows-1252; the decoded text
looks like "Gi¸o dôc" (TCVN3) or "Giaùo duïc" (VNI).  ``detect_legacy`` spots
them and ``legacy_to_unicode`` rewrites the text as Unicode.  Only non-ASCII
characters change, so markup survives the conversion untouched.
"""
from __future__ import annotations

import re
import unicodedata

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
CIRC, BREVE, HORN = "\u0302", "\u0306", "\u031b"

# TCVN3 (ABC): code point (as decoded from Latin-1) -> Unicode.  Upper-case
# toned vowels have no code in TCVN3 (they lived in the .VnTimeH font).
_TCVN3_PAIRS = (
    "\u00a1Ă \u00a2Â \u00a3Ê \u00a4Ô \u00a5Ơ \u00a6Ư \u00a7Đ \u00a8ă \u00a9â \u00aaê \u00abô \u00acơ "
    "\u00adư \u00aeđ \u00b5à \u00b6ả \u00b7ã \u00b8á \u00b9ạ \u00bbằ \u00bcẳ \u00bdẵ \u00beắ \u00c6ặ "
    "\u00c7ầ \u00c8ẩ \u00c9ẫ \u00caấ \u00cbậ \u00ccè \u00ceẻ \u00cfẽ \u00d0é \u00d1ẹ \u00d2ề \u00d3ể "
    "\u00d4ễ \u00d5ế \u00d6ệ \u00d7ì \u00d8ỉ \u00dcĩ \u00ddí \u00deị \u00dfò \u00e1ỏ \u00e2õ \u00e3ó "
    "\u00e4ọ \u00e5ồ \u00e6ổ \u00e7ỗ \u00e8ố \u00e9ộ \u00eaờ \u00ebở \u00ecỡ \u00edớ \u00eeợ \u00efù "
    "\u00f1ủ \u00f2ũ \u00f3ú \u00f4ụ \u00f5ừ \u00f6ử \u00f7ữ \u00f8ứ \u00f9ự \u00faỳ \u00fbỷ \u00fcỹ "
    "\u00fdý \u00feỵ"
)
TCVN3_TABLE = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split()}
_TCVN3_TRANS = str.maketrans(TCVN3_TABLE)

# VNI: a base letter followed by a mark character.
_VNI_TONE = {"ù": ACUTE, "ø": GRAVE, "û": HOOK, "õ": TILDE, "ï": DOT}
_VNI_CIRC = {"â": "", "á": ACUTE, "à": GRAVE, "å": HOOK, "ã": TILDE, "ä": DOT}
_VNI_BREVE = {"ê": "", "é": ACUTE, "è": GRAVE, "ú": HOOK, "ü": TILDE, "ë": DOT}
# Stand-alone VNI characters.
_VNI_SINGLE = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
               "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}


def _marks(table: dict[str, str]) -> dict[str, str]:
    out = dict(table)
    out.update({k.upper(): v for k, v in table.items()})
    return out


_TONE_ANY = _marks(_VNI_TONE)
_CIRC_ANY = _marks(_VNI_CIRC)
_BREVE_ANY = _marks(_VNI_BREVE)
_VNI_SEQ = re.compile("([aAeEoOuUyYôÔöÖ])([" + "".join(_TONE_ANY) + "".join(_CIRC_ANY)
                      + "".join(_BREVE_ANY) + "])?|([ñÑæÆóÓòÒîÎ])")


def _vni_sub(m: re.Match[str]) -> str:
    if m.group(3):
        return _VNI_SINGLE[m.group(3)]
    base, mark = m.group(1), m.group(2)
    extra = ""
    if base in "ôÔ":
        base, extra = ("o" if base == "ô" else "O"), HORN
    elif base in "öÖ":
        base, extra = ("u" if base == "ö" else "U"), HORN
    if mark is None:
        return unicodedata.normalize("NFC", base + extra)
    low = base.lower()
    if mark in _TONE_ANY:
        combo = extra + _TONE_ANY[mark]
    elif mark in _CIRC_ANY and low in "aeo" and not extra:
        combo = CIRC + _CIRC_ANY[mark]
    elif mark in _BREVE_ANY and low == "a" and not extra:
        combo = BREVE + _BREVE_ANY[mark]
    else:  # not a VNI sequence after all
        return unicodedata.normalize("NFC", base + extra) + _vni_single(mark)
    return unicodedata.normalize("NFC", base + combo)


def _vni_single(ch: str) -> str:
    return _VNI_SINGLE.get(ch, ch)


def vni_to_unicode(text: str) -> str:
    """Convert VNI-typed text (read as cp1252) to NFC Unicode."""
    return _VNI_SEQ.sub(_vni_sub, text)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC)-typed text (read as Latin-1) to NFC Unicode."""
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TRANS))


# Evidence: TCVN3 puts rare Latin-1 symbols next to letters ("Gi¸o", "§µo");
# VNI puts a mark letter right after a vowel ("Giaùo", "ñaøo").
_TCVN3_EVIDENCE = re.compile("[a-zA-Z][\u00a8-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00f7]|[a-z][\u00c0-\u00de]"
                             "|[\u00a7\u00ae\u00b5\u00b8\u00b9][a-z]")
_VNI_EVIDENCE = re.compile("[aeouyAEOUY][ùøûõïÙØÛÕÏ]|[aeoAEO][âäåÂÄÅ](?=[a-z])|ñ[aeoiuöô]|Ñ[aAoOeEiIuU]")
_UNICODE_VN = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def detect_legacy(text: str) -> str | None:
    """'tcvn3', 'vni' or None for Unicode (or non-Vietnamese) text."""
    sample = re.sub(r"<[^>]*>", " ", text[:200000])
    unicode_hits = len(_UNICODE_VN.findall(sample))
    tcvn = len(_TCVN3_EVIDENCE.findall(sample))
    vni = len(_VNI_EVIDENCE.findall(sample))
    best = max(tcvn, vni)
    if best < 4 or best < 2 * unicode_hits:
        return None
    return "tcvn3" if tcvn >= vni else "vni"


def legacy_to_unicode(text: str, kind: str) -> str:
    return tcvn3_to_unicode(text) if kind == "tcvn3" else vni_to_unicode(text)
