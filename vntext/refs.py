"""References to Party and state documents, found in text and turned into ids.

Vietnamese articles cite documents in many spellings: "Chỉ thị số 05-CT/TW",
"Chỉ thị 05", "CT 05", "05/CT-TW", "Thông tư 32/2018/TT-BGDĐT", with or
without diacritics and with odd spacing ("05- CT/TW"). This module finds every
mention and maps it to one canonical id.

Id formats
----------
* Party documents: ``NN-TYPE/ISSUER``, number zero-padded to two digits:
  ``05-CT/TW``, ``29-NQ/TW``, ``08-HD/BTCTU``, ``08-QĐi/TW``, ``46-CTrHĐ/TU``.
  The state-style spelling ``05/CT-TW`` of a Party document is mapped here too
  (an issuer ending in TW/TƯ/TU/HU/QU/ĐU/ĐUK or BCSĐ marks a Party document).
* State documents, as numbered: ``NN/ISSUER-UNIT`` (a công văn, type ``CV``),
  ``NN/TYPE-ISSUER`` (``1234/QĐ-UBND``) and ``NN/YYYY/TYPE-ISSUER``
  (``32/2018/TT-BGDĐT``). Numbers shorter than two digits are padded as well.
* Resolutions of a Central Committee plenum ("Nghị quyết Trung ương 4 (Khóa
  XII)", "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa
  XII"): ``NQTW4-XII`` (type ``NQTW``, number ``4``, issuer ``XII``).
* Partial ids, when the mention names a type and a number but no issuer
  ("Chỉ thị 05", "CT 05", "NQ 29", "Nghị quyết Trung ương 4"): ``TYPE-NN``,
  e.g. ``CT-05``, ``NQ-29``, ``QĐi-08``, ``NQTW-4``. Partial ids never contain
  a slash; full ids always do (except ``NQTW…``, which never has a slash
  either but always has a letter issuer after the dash).

The issuer is never guessed from the words around a partial ("CT 05 của Bộ
Chính trị" stays ``CT-05``). :func:`canonical_refs` drops a partial id when
the same text has a full id of that type and number (05-CT/TW resolves CT-05;
the full id's index terms cover it); otherwise the partial id is kept.

Not references: counts ("05 chi bộ", "Kế hoạch 5 năm", "hướng dẫn 07 chi
bộ"), dates, fractions ("4/4 chỉ tiêu"), scores, school years, phone numbers,
"Khóa X", and numbers with no document type in front or in the code.

Index terms
-----------
:func:`index_terms` gives, for a full id, the id in lower case (also folded:
no marks, đ → d) and the *key* ``type-number`` (``ct-05``); for a partial id,
the key and a partial marker ``ct-05/_``. :func:`query_terms` asks, for a full
id, for the full terms or the marker (so "05-CT/TW" finds articles citing
05-CT/TW and articles that only say "Chỉ thị 05", but not 05-CT/TU), and for a
partial id, the key alone (so "Chỉ thị 05" finds every CT numbered 05).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from vntext.normalize import fold

__all__ = [
    "Ref", "find_refs", "canonical_refs", "index_terms", "query_terms",
    "ref_type_names", "parse_id", "canonical_id",
]


@dataclass(frozen=True)
class Ref:
    """One mention of a document in a text."""

    id: str              # canonical id, full ("05-CT/TW") or partial ("CT-05")
    type: str            # "CT", "NQ", "KL", "HD", "QĐi", "CV", "QĐ", "TT", "KH", ...
    number: str          # "05" (as in the id)
    issuer: str | None   # "TW", "BGDĐT-CSVC"; None for a partial id
    start: int           # span in the input text
    end: int

    @property
    def partial(self) -> bool:
        return self.issuer is None

    @property
    def key(self) -> str:
        """``TYPE-NUMBER``: what a full id and its partial spelling share."""
        return f"{self.type}-{self.number}"


# --- type names -------------------------------------------------------------

# code -> (long names, short names); the code is written as is conventional.
_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "CT": (("chỉ thị",), ("ct",)),
    "NQ": (("nghị quyết",), ("nq",)),
    "KL": (("kết luận",), ("kl",)),
    "HD": (("hướng dẫn",), ("hd",)),
    "QĐi": (("quy định",), ("qđi",)),
    "QĐ": (("quyết định",), ("qđ",)),
    "TT": (("thông tư",), ("tt",)),
    "TTLT": (("thông tư liên tịch",), ("ttlt",)),
    "NĐ": (("nghị định",), ("nđ",)),
    "CV": (("công văn",), ("cv",)),
    "KH": (("kế hoạch",), ("kh",)),
    "CTrHĐ": (("chương trình hành động",), ("ctrhđ",)),
    "CTr": (("chương trình",), ("ctr",)),
    "ĐA": (("đề án",), ("đa",)),
    "TB": (("thông báo",), ("tb",)),
    "BC": (("báo cáo",), ("bc",)),
    "TTr": (("tờ trình",), ("ttr",)),
    "QC": (("quy chế",), ("qc",)),
    "CĐ": (("công điện",), ("cđ",)),
    "VBHN": (("văn bản hợp nhất",), ("vbhn",)),
    "NQTW": (("nghị quyết trung ương",), ("nqtw",)),
}
# Folded code -> canonical code.
_CODE_BY_FOLD = {fold(c): c for c in _TYPES}
# Folded long name -> code, longest first so "chuong trinh hanh dong" wins.
_LONG = sorted(((fold(n), c) for c, (longs, _) in _TYPES.items() for n in longs),
               key=lambda p: -len(p[0]))
_LONG = [(n, c) for n, c in _LONG if c != "NQTW"]
# Short names accepted before a bare number ("CT 05", "NQ 29").
_SHORT = {"ct": "CT", "nq": "NQ", "kl": "KL", "hd": "HD", "qd": "QĐ", "qdi": "QĐi",
          "tt": "TT", "kh": "KH", "cv": "CV", "nd": "NĐ", "ttlt": "TTLT"}
# Short names that make a partial with a bare number ("CT 05", "NQ 29", "TT 22").
_SHORT_PARTIAL = {"CT", "NQ", "KL", "QĐ", "QĐi", "TT", "TTLT", "NĐ", "KH"}
# Types whose bare "TYPE NUMBER" is too often not a citation ("Chương trình
# 135", "Báo cáo 6 tháng"): a partial needs "số" before the number.
_NEED_SO = {"CTr", "TB", "BC", "TTr", "QC"}

# Issuers written without Đ on some sites; restored so ids agree.
_ISSUER_D = {fold(x).upper(): x for x in (
    "BGDĐT", "SGDĐT", "GDĐT", "PGDĐT", "ĐU", "ĐUK", "BCSĐ", "HĐND", "ĐTN", "BCĐ", "TLĐLĐVN",
    "LĐLĐ", "ĐCSVN", "BTVĐU", "ĐTNCSHCM",
)}
_PARTY_ISSUER_END = ("TW", "TU", "HU", "QU", "ĐU", "ĐUK", "BCSĐ", "TƯ")


def ref_type_names() -> dict[str, list[str]]:
    """Each type code with the names it is written as (long first), for help texts."""
    return {code: list(longs) + list(shorts) for code, (longs, shorts) in _TYPES.items()}


# --- position-preserving normalisation ------------------------------------

_ZERO_WIDTH = ("\u200b", "\u00ad", "\ufeff", "\u200c", "\u200d")
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})   # Ð/ð written for Đ/đ


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC text plus, for each of its characters, the offset in ``text``.

    Composition is done one base-plus-marks cluster at a time, so every output
    character maps back to the cluster it came from; zero-width characters are
    dropped. ``offsets`` has one extra entry, ``len(text)``; it is None when
    the text is already NFC without zero-width characters (offsets unchanged).
    """
    text = text.translate(_ETH)          # one character for one: offsets unchanged
    if unicodedata.is_normalized("NFC", text) and not any(z in text for z in _ZERO_WIDTH):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _ZERO_WIDTH:
            i = j
            continue
        composed = unicodedata.normalize("NFC", cluster)
        for ch in composed:
            out.append(ch)
            offsets.append(i)
        i = j
    offsets.append(n)
    return "".join(out), offsets


_FOLD_TABLE: dict[int, str] = {}   # grows with the characters seen; cleared past 20,000


def _fold_char(ch: str) -> str:
    f = fold(ch)
    if len(f) == 1:
        return f
    low = ch.lower()
    return low if len(low) == 1 else ch


def _fold_same_length(text: str) -> str:
    """``fold`` applied per character, so offsets stay valid."""
    table = _FOLD_TABLE
    if len(table) > 20_000:
        table.clear()
    for ch in set(text):
        if ord(ch) not in table:
            table[ord(ch)] = _fold_char(ch)
    return text.translate(table)


# --- patterns (on folded, lower-case text) ---------------------------------

_H = r"[^\S\n]"          # horizontal white space
_SEP_CHARS = "-/\u2010\u2011\u2012\u2013\u2014\u2212"
_WORD_ALT = "|".join(re.escape(n).replace(r"\ ", _H + "+") for n, _ in _LONG)
_SHORT_ALT = "|".join(sorted(_SHORT, key=len, reverse=True))
_PREFIX = (rf"(?<![\w])(?P<word>{_WORD_ALT}|{_SHORT_ALT})(?![a-z])"
           rf"{_H}*(?:(?P<so>so)(?![a-z]){_H}*[:.]?{_H}*)?")
# A number starts a reference after a type word ("CT05" too) or on its own.
_START = re.compile(rf"(?:{_PREFIX}|(?<![\w./,\-\u2013]))(?P<num>\d{{1,5}})(?![\d])")
_SEG = re.compile(rf"({_H}*)([{re.escape(_SEP_CHARS)}])({_H}*)([a-z0-9&]+)")
_SPACE_TYPE = re.compile(rf"{_H}+([a-z]+)(?={_H}*[{re.escape(_SEP_CHARS)}])")

# Ordinals written out in "Hội nghị lần thứ tư Ban Chấp hành Trung ương".
_ORDINALS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
             "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13,
             "muoi bon": 14, "muoi tu": 14, "muoi lam": 15}
_ORD_ALT = "|".join(sorted((re.escape(k).replace(r"\ ", _H + "+") for k in _ORDINALS),
                           key=len, reverse=True))
_NQTW = re.compile(
    rf"(?<![\w])(?:nghi{_H}+quyet|nq)"
    rf"(?:{_H}+hoi{_H}+nghi)?"
    rf"(?:{_H}+lan{_H}+thu{_H}+(?:(?P<n1>\d{{1,2}})|(?P<w1>{_ORD_ALT})(?![a-z])))?"
    rf"(?:{_H}+(?:ban{_H}+chap{_H}+hanh|bch))?"
    rf"{_H}*(?:trung{_H}+uong|tw)(?![a-z])(?:{_H}+dang(?![\w]))?"
    rf"(?:{_H}*(?:lan{_H}+thu{_H}+)?(?P<n2>\d{{1,2}})(?![\d/.,]))?"
    rf"(?:(?:{_H}*[(,\-\u2013]{_H}*|{_H}+)khoa{_H}+(?P<k>[ivxl]+)(?![\w]){_H}*\)?)?"
)

_CODE_ALT = "|".join(sorted((re.escape(c) for c in _CODE_BY_FOLD), key=len, reverse=True))
_ID_IN_QUERY = re.compile(
    rf"(?<![\w/\-])(?:nqtw(?P<tw>\d{{1,2}})(?:-(?P<k>[ivxl]+))?"
    rf"|(?P<code>{_CODE_ALT})-(?P<num>\d{{1,5}}))(?![\w/\-])"
)

# Words after "TYPE N" that make N a count, not a document number. Time and
# measure words always do ("Kế hoạch 5 năm", "Báo cáo 6 tháng"); nouns of
# people and units only after type names that are also verbs ("kết luận 3 nội
# dung", "hướng dẫn 07 chi bộ") -- "Sơ kết Chỉ thị 05 chi bộ trường" is a citation.
_MEASURE_WORDS = (
    "thang", "nam", "ngay", "tuan", "quy", "gio", "phut", "lan", "diem", "trieu", "ty",
    "nghin", "ngan", "trang", "tiet", "km", "ha", "dot", "buoi", "phan tram", "tr", "%",
)
_COUNT_WORDS = (
    "chi bo", "chi uy", "dang vien", "dang bo", "nguoi", "hoc sinh", "truong", "don vi",
    "noi dung", "chi tieu", "nhiem vu", "giai phap", "dieu", "khoan", "muc", "lop", "co so",
    "dong chi", "dai bieu", "tap the", "ca nhan", "giao vien", "can bo", "xa", "huyen", "tinh",
    "phong", "van ban", "tieu chi", "chuyen de", "khoa", "nhiem ky", "hoi nghi", "bai",
    "cau", "de", "chu truong", "thanh vien", "van de", "linh vuc", "mat", "nhom", "doan",
)
# Type names that double as verbs: kết luận, hướng dẫn, báo cáo, quy định, quyết định, thông báo.
_VERB_TYPES = {"KL", "HD", "BC", "QĐi", "QĐ", "TB"}


def _word_alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", _H + "+") for w in words)


# ... unless a date follows: "Chỉ thị 05 ngày 15/5/2016", "Nghị quyết 29 năm 2013"
# (a span of years is still a count: "Kế hoạch 5 năm 2021-2025").
_DATE_NEXT = rf"(?!{_H}+(?:(?:19|20)\d\d(?!\d|{_H}*[\-\u2013]{_H}*\d)|\d{{1,2}}{_H}*[/\-.]{_H}*\d|\d{{1,2}}{_H}+thang))"
_MEASURE = re.compile(rf"{_H}*(?:{_word_alt(_MEASURE_WORDS)})(?![a-z]){_DATE_NEXT}")
_COUNT = re.compile(rf"{_H}*(?:{_word_alt(_MEASURE_WORDS + _COUNT_WORDS)})(?![a-z]){_DATE_NEXT}")
_NUMBERISH_AFTER = re.compile(rf"{_H}*[/.,:\-\u2013]{_H}*\d")


# --- building ids -----------------------------------------------------------

def _pad(num: str) -> str:
    n = num.lstrip("0") or "0"
    return n.zfill(2)


def _canon_issuer_part(orig: str) -> str:
    up = orig.upper()
    if up == "TƯ":
        return "TW"
    return _ISSUER_D.get(up, up)


def _is_party_issuer(parts: list[str]) -> bool:
    return len(parts) == 1 and (parts[0].endswith(_PARTY_ISSUER_END) or parts[0].startswith("ĐU"))


def _acronymish(orig: str) -> bool:
    """Written like a document code: starts upper-case, at most two lower letters."""
    letters = [c for c in orig if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    return sum(1 for c in letters if c.islower()) <= 2


@dataclass
class _Seg:
    sep: str        # "-" or "/"
    spaced: bool    # white space around the separator
    orig: str       # as written (NFC)
    folded: str


def _read_segs(nfc_text: str, folded: str, pos: int, strict: bool) -> tuple[list[_Seg], str | None, int]:
    """Segments of a code after its number: ``-CT/TW`` → [CT, TW]; also a year.

    Returns (segments, year or None, position after the last part read).
    """
    segs: list[_Seg] = []
    year = None
    # "05 CT/TW": a known type code after a plain space.
    m = _SPACE_TYPE.match(folded, pos)
    if m and m.group(1) in _CODE_BY_FOLD:
        orig = nfc_text[m.start(1):m.end(1)]
        if not strict or _acronymish(orig):
            segs.append(_Seg("-", True, orig, m.group(1)))
            pos = m.end(1)
    while len(segs) < 5:
        m = _SEG.match(folded, pos)
        if not m:
            break
        sep = "/" if m.group(2) == "/" else "-"
        seg_f = m.group(4)
        seg_o = nfc_text[m.start(4):m.end(4)]
        spaced = bool(m.group(1) or m.group(3))
        if seg_f.isdigit():
            if (not segs and year is None and sep == "/" and len(seg_f) == 4
                    and seg_f[:2] in ("19", "20")):
                year = seg_f
                pos = m.end()
                continue
            break
        if not seg_f[0].isalpha():
            break
        if strict and not _acronymish(seg_o):
            if spaced or not (seg_f in _CODE_BY_FOLD or seg_f.upper() in _ISSUER_D
                              or seg_f in ("tw", "tu")):
                break
            # all-lower-case code such as "05-ct/tw": only known pieces
        if strict and spaced and len(segs) >= 2:
            break
        segs.append(_Seg(sep, spaced, seg_o, seg_f))
        pos = m.end()
    return segs, year, pos


def _from_code(num: str, segs: list[_Seg], year: str | None, word_code: str | None,
               strict: bool) -> tuple[str, str, str, str] | None:
    """(type, number, issuer, id) for a number with code segments, or None."""
    first = segs[0]
    t = _CODE_BY_FOLD.get(first.folded)
    if t == "NQTW":
        t = None
    n = _pad(num)
    rest = [_canon_issuer_part(s.orig) for s in segs[1:]]
    if year is not None:
        # 88/2014/QH13: laws and resolutions of the National Assembly carry no type code
        if t is None and not rest and re.fullmatch(r"qh\d{1,2}", first.folded):
            iss = first.orig.upper()
            return word_code or "L", n, iss, f"{n}/{year}/{iss}"
        # 32/2018/TT-BGDĐT
        if t is None or not rest:
            return None
        iss = "-".join(rest)
        return t, n, iss, f"{n}/{year}/{t}-{iss}"
    if first.sep == "-":
        # 05-CT/TW (also 05-CT-TW); an unknown type only after a type word
        if not rest:
            return None
        if t is None:
            if word_code is None:
                return None
            written = first.orig.upper()
            iss = "-".join(rest)
            return word_code, n, iss, f"{n}-{written}/{iss}"
        iss = "-".join(rest)
        if segs[1].sep == "/" or _is_party_issuer(rest):
            return t, n, iss, f"{n}-{t}/{iss}"
        return t, n, iss, f"{n}/{t}-{iss}"
    # first.sep == "/"
    if t is not None:
        if not rest:
            return None
        if _is_party_issuer(rest):          # 05/CT-TW, a Party document
            return t, n, rest[0], f"{n}-{t}/{rest[0]}"
        iss = "-".join(rest)
        return t, n, iss, f"{n}/{t}-{iss}"  # 1234/QĐ-UBND
    # 3240/BGDĐT-CSVC: a công văn (or whatever the type word says)
    if strict and word_code is None:
        # "lớp 10/A1", "tổ 3/KP2" are not công văn numbers: the issuer must be
        # letters only, three or more, written as an acronym.
        if (len(first.folded) < 3 or not first.folded.isalpha()
                or not all(_acronymish(s.orig) for s in segs)):
            return None
    iss = "-".join([_canon_issuer_part(first.orig)] + rest)
    return word_code or "CV", n, iss, f"{n}/{iss}"


def _roman_ok(k: str) -> bool:
    return bool(re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", k)) and k != ""


def _scan(text: str, strict: bool) -> list[Ref]:
    nfc_text, offsets = _nfc_with_map(text)
    folded = _fold_same_length(nfc_text)
    refs: list[Ref] = []
    taken: list[tuple[int, int]] = []   # spans claimed by the id and NQTW passes

    def at(k: int) -> int:
        return k if offsets is None else offsets[k]

    def add(t: str, number: str, issuer: str | None, s: int, e: int,
            ref_id: str | None = None) -> None:
        if ref_id is None:
            if issuer is None:
                ref_id = f"{t}-{number}"
            elif t == "NQTW":
                ref_id = f"NQTW{number}-{issuer}"
            elif issuer in ("CP", "TTG"):
                ref_id = f"{number}/{t}-{issuer}"
            else:
                ref_id = f"{number}-{t}/{issuer}"
        refs.append(Ref(ref_id, t, number, issuer, at(s), at(e)))

    if not strict:
        # Ids typed back as queries: "CT-05", "QĐi-08", "NQTW4-XII".
        for m in _ID_IN_QUERY.finditer(folded):
            taken.append((m.start(), m.end()))
            if m.group("tw"):
                add("NQTW", str(int(m.group("tw"))), m.group("k").upper() if m.group("k") else None,
                    m.start(), m.end())
            elif _CODE_BY_FOLD[m.group("code")] == "NQTW":
                add("NQTW", str(int(m.group("num"))), None, m.start(), m.end())
            else:
                add(_CODE_BY_FOLD[m.group("code")], _pad(m.group("num")), None, m.start(), m.end())

    id_spans = list(taken)       # empty for article text
    for m in _NQTW.finditer(folded):
        if id_spans and any(s <= m.start() < e for s, e in id_spans):
            continue
        n = m.group("n2") or m.group("n1")
        if not n and m.group("w1"):
            n = str(_ORDINALS[re.sub(r"\s+", " ", m.group("w1"))])
        if not n:
            continue
        k = m.group("k")
        end = m.end()
        taken.append((m.start(), end))
        if k and _roman_ok(k):
            add("NQTW", str(int(n)), k.upper(), m.start(), end)
        else:
            end = m.end("n2") if m.group("n2") else (m.end("n1") if m.group("n1") else m.end("w1"))
            add("NQTW", str(int(n)), None, m.start(), end)

    taken.sort()
    taken_starts = [s for s, _ in taken]

    def in_taken(k: int) -> bool:
        i = bisect.bisect_right(taken_starts, k) - 1
        return i >= 0 and taken[i][0] <= k < taken[i][1]

    pos = 0
    while True:
        m = _START.search(folded, pos)
        if not m:
            break
        if in_taken(m.start()):
            pos = m.end()
            continue
        start = m.start()
        num = m.group("num")
        word = m.group("word")
        word_code = None
        if word is not None:
            w = re.sub(r"\s+", " ", word)
            word_code = next((c for n, c in _LONG if n == w), None) or _SHORT.get(w)
            if strict and w in _SHORT and not _acronymish(nfc_text[m.start("word"):m.end("word")]):
                # "ct 05" in running text is too weak; the long name is required
                # unless the abbreviation is written in capitals.
                word = None
                word_code = None
                start = m.start("num")
                if start > 0 and folded[start - 1].isalnum():
                    pos = m.end()
                    continue
        segs, year, end = _read_segs(nfc_text, folded, m.end("num"), strict)
        parsed = _from_code(num, segs, year, word_code, strict) if segs else None
        if parsed is not None:
            t, number, issuer, ref_id = parsed
            add(t, number, issuer, start, end, ref_id)
            pos = end
            continue
        if word_code is None or int(num) == 0:
            pos = m.end()
            continue
        # A partial id: type word + bare number.
        after = m.end("num")
        if year is not None:
            after = end
        elif _NUMBERISH_AFTER.match(folded, after):
            pos = m.end()
            continue
        if len(num) == 4 and num[:2] in ("19", "20"):
            pos = m.end()
            continue
        # "Kế hoạch 5 năm" is a count; with "số" ("Nghị quyết số 02 Hội nghị...") it is a number.
        counted = _COUNT if word_code in _VERB_TYPES else _MEASURE
        if not m.group("so") and year is None and counted.match(folded, after):
            pos = m.end()
            continue
        if word_code in _NEED_SO and not m.group("so"):
            pos = m.end()
            continue
        if (word is not None and re.sub(r"\s+", " ", word) in _SHORT
                and word_code not in _SHORT_PARTIAL and not m.group("so")):
            # "HD 1080" is a video, "CV 3" a résumé: only the long name makes these partial.
            pos = m.end()
            continue
        number = _pad(num)
        add(word_code, number, None, start, after)
        pos = after
    refs.sort(key=lambda r: (r.start, r.end))
    return refs


def find_refs(text: str) -> list[Ref]:
    """Every document mention in ``text``, in order; partial ids left as they are."""
    if not text:
        return []
    return _scan(text, strict=True)


def canonical_refs(text: str) -> list[str]:
    """Unique ids cited by an article, sorted; partials dropped when a full id covers them."""
    refs = find_refs(text)
    full_keys = {r.key for r in refs if not r.partial}
    ids = {r.id for r in refs
           if not r.partial or not any(k in full_keys for k in _partial_keys(r.type, r.number))}
    return sorted(ids)


def _partial_keys(t: str, number: str) -> list[str]:
    """Keys a partial may stand for: "Quy định 47" is 47-QĐi/TW or, before 2018, 47-QĐ/TW."""
    keys = [f"{t}-{number}"]
    if t == "QĐi":
        keys.append(f"QĐ-{number}")
    return keys


# --- index and query terms ----------------------------------------------------

_FULL_ID = re.compile(r"^(?P<num>\d+)-(?P<type>[^/]+)/(?P<iss>.+)$")
_STATE_ID = re.compile(r"^(?P<num>\d+)/(?:(?P<year>\d{4})/)?(?P<rest>.+)$")
_PARTIAL_ID = re.compile(r"^(?P<type>[^\d/-][^/-]*)-(?P<num>\d+)$")
_NQTW_ID = re.compile(r"^NQTW(?P<num>\d+)-(?P<k>[IVXL]+)$", re.I)


def parse_id(ref_id: str) -> tuple[str, str, str | None] | None:
    """(type, number, issuer) of an id made by this module, or None."""
    m = _NQTW_ID.match(ref_id)
    if m:
        return "NQTW", m.group("num"), m.group("k").upper()
    m = _PARTIAL_ID.match(ref_id)
    if m:
        t = _CODE_BY_FOLD.get(fold(m.group("type")), m.group("type"))
        return t, m.group("num"), None
    m = _FULL_ID.match(ref_id)
    if m:
        t = _CODE_BY_FOLD.get(fold(m.group("type")), m.group("type"))
        return t, m.group("num"), m.group("iss")
    m = _STATE_ID.match(ref_id)
    if m:
        head, _, tail = m.group("rest").partition("-")
        t = _CODE_BY_FOLD.get(fold(head))
        if t is not None and tail:
            return t, m.group("num"), tail
        return "CV", m.group("num"), m.group("rest")
    return None


def _key_term(t: str, number: str) -> str:
    return fold(f"{t}-{number}")


def _full_terms(ref_id: str) -> list[str]:
    lower = ref_id.lower()
    folded = fold(ref_id)
    return [lower] if lower == folded else [lower, folded]


def canonical_id(text: str) -> str | None:
    """The canonical id when ``text`` is one reference and nothing else, else None.

    Accepts any spelling a user or an older archive may hold: "05/CT-TW",
    "chỉ thị số 05-ct/tw", "ct-05", "NQTW4-XII".
    """
    text = (text or "").strip()
    found = _scan(text, strict=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].id
    return None


def index_terms(ids: list[str]) -> list[str]:
    """Lower-case terms for the index ``refs`` field (see the module docstring).

    Ids are re-canonicalised first, so "05/ct-tw" or "5-CT/TW" index like 05-CT/TW.
    """
    terms: list[str] = []
    for raw in ids:
        ref_id = canonical_id(raw) or (raw or "").strip()
        if not ref_id:
            continue
        parsed = parse_id(ref_id)
        if parsed is None:
            terms.extend(_full_terms(ref_id))
            continue
        t, number, issuer = parsed
        key = _key_term(t, number)
        if issuer is None:
            terms.extend([key, key + "/_"])
        else:
            terms.extend(_full_terms(ref_id))
            terms.append(key)
    seen: set[str] = set()
    return [x for x in terms if not (x in seen or seen.add(x))]


def query_terms(query: str) -> list[tuple[tuple[int, int], list[str]]]:
    """Each reference a search query names: (span in the query, terms any of which match).

    Case and diacritics do not matter, and short forms are accepted in lower
    case ("ct 05", "chi thi 05", "05-ct/tw"). "05 chi bộ" names no reference.
    """
    out: list[tuple[tuple[int, int], list[str]]] = []
    for r in _scan(query or "", strict=False):
        key = _key_term(r.type, r.number)
        if r.partial:
            terms = [fold(k) for k in _partial_keys(r.type, r.number)]
        else:
            terms = _full_terms(r.id) + [key + "/_"]
        out.append(((r.start, r.end), terms))
    return out
