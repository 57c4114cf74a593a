"""The 63 provinces (before the 2025 merger), their 34 successor units, and spellings.

Data: ``data/provinces.tsv`` (old name, old code, 2025 unit, aliases, region).

* :func:`lookup` maps any spelling of an *old* province to it: with or without
  diacritics, old or new tone placement (Hoà/Hòa), "Tỉnh X", "TP. X", "TP.HCM",
  "HCM", "Sài Gòn", "TT-Huế", "BR-VT", or the two-digit province code.
* :func:`expand_filter` turns a search filter value into the old provinces it
  covers. A name that is a 2025 unit is read as that unit, even when an old
  province has the same name: "Cần Thơ" → Cần Thơ, Hậu Giang, Sóc Trăng;
  "TP.HCM" → Thành phố Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu. Pass
  ``old_only=True`` to get the old province alone.
* :func:`find_in_text` counts the old provinces an article names.
"""
from __future__ import annotations

import bisect
import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from vntext.normalize import canonical_tones, fold, nfc
from vntext.resources import data_dir

__all__ = ["Province", "all_provinces", "lookup", "units_2025", "expand_filter",
           "to_2025", "find_in_text"]


@dataclass(frozen=True)
class Province:
    name: str                 # old (pre-2025) name, e.g. "Sóc Trăng"
    code: str                 # two-digit old code, e.g. "94"
    name_2025: str            # the unit it belongs to since 2025, e.g. "Cần Thơ"
    aliases: tuple[str, ...]  # other spellings from provinces.tsv
    region: str


# Spellings not in the data file that people type or sites write.
_EXTRA_ALIASES = {
    "Thành phố Hồ Chí Minh": ("HCM", "Hồ Chí Minh", "Ho Chi Minh", "Sài Gòn", "Sai Gon",
                              "Saigon", "TP.HCM", "Tp. Hồ Chí Minh", "TP Hồ Chí Minh"),
    "Thừa Thiên Huế": ("TTH", "Thừa Thiên", "Thua Thien"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa", "Ba Ria", "BR - VT"),
    "Đắk Lắk": ("ĐắkLắk", "Đắk Lắc"),
    "Đắk Nông": ("ĐắkNông", "Đăk Nong"),
    "Hà Nội": ("HN",),
}

_PREFIX = re.compile(r"^\s*(?:tinh|thanh\s+pho|t\.\s*p\.?|tp\.?)\s*")


def _key(name: str) -> str:
    """Folded, prefix-free, punctuation-free form used for all look-ups."""
    k = fold(canonical_tones(nfc(name))).strip()
    k = _PREFIX.sub("", k)
    return re.sub(r"[^0-9a-z]", "", k)


@lru_cache(maxsize=1)
def all_provinces() -> list[Province]:
    """The 63 old provinces in the order of their codes (loaded once)."""
    path = data_dir() / "provinces.tsv"
    out: list[Province] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = nfc(row["old_name"]).strip()
            aliases = tuple(a.strip() for a in nfc(row["aliases"]).split(";") if a.strip())
            aliases += _EXTRA_ALIASES.get(name, ())
            out.append(Province(name=name, code=row["old_code"].strip(),
                                name_2025=nfc(row["new_name_2025"]).strip(),
                                aliases=aliases, region=nfc(row["region"]).strip()))
    return out


@lru_cache(maxsize=1)
def _old_index() -> dict[str, Province]:
    index: dict[str, Province] = {}
    for p in all_provinces():
        for spelling in (p.name, *p.aliases):
            k = _key(spelling)
            if k:
                index.setdefault(k, p)
        index.setdefault(p.code, p)
    # The bare province name always wins over another province's alias.
    for p in all_provinces():
        index[_key(p.name)] = p
    return index


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, str]:
    """Key of any spelling of a 2025 unit → the unit's name.

    A unit's spellings are its own name plus every spelling of the old
    province it is named after ("TP.HCM" → unit Thành phố Hồ Chí Minh,
    "Thừa Thiên Huế" → unit Huế).
    """
    by_key = {_key(u): u for u in units_2025()}
    index = dict(by_key)
    for p in all_provinces():
        spellings = (p.name, *p.aliases)
        unit = next((by_key[_key(s)] for s in spellings if _key(s) in by_key), None)
        if unit is not None:
            for s in spellings:
                index.setdefault(_key(s), unit)
    return index


def lookup(name: str) -> Province | None:
    """The old province ``name`` spells, or None."""
    if not name or not name.strip():
        return None
    return _old_index().get(_key(name))


@lru_cache(maxsize=1)
def _units() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for p in all_provinces():
        seen.setdefault(p.name_2025, None)
    return tuple(seen)


def units_2025() -> list[str]:
    """The 34 provincial units since the 2025 merger."""
    return list(_units())


def to_2025(old_name: str) -> str | None:
    """The 2025 unit an old province became part of, or None if unknown."""
    p = lookup(old_name)
    return p.name_2025 if p else None


def _suggest(name: str) -> str:
    keys = list(_old_index())
    close = difflib.get_close_matches(_key(name), keys, n=1, cutoff=0.6)
    return _old_index()[close[0]].name if close else "Sóc Trăng"


def expand_filter(name: str, *, old_only: bool = False) -> list[str]:
    """Old province names a filter value covers (a 2025 unit covers all its parts).

    Raises ``ValueError("unknown province: X — try e.g. 'Y'")`` for a value
    that names no province.
    """
    k = _key(name or "")
    if not old_only and k in _unit_index():
        unit = _unit_index()[k]
        return [p.name for p in all_provinces() if p.name_2025 == unit]
    p = _old_index().get(k) if k else None
    if p is not None:
        return [p.name]
    shown = (name or "").strip() or "''"
    raise ValueError(f"unknown province: {shown} — try e.g. '{_suggest(name or '')}'")


# --- finding provinces in article text --------------------------------------

# Phrases that contain a province name but do not name the province.
_BLOCKERS = ("Thái Bình Dương", "Hồ Chí Minh")
# Aliases too ambiguous in running text.
_NOT_IN_TEXT = {"HCM", "HN", "TTH", "Hue", "Bà Rịa", "Ba Ria", "Thừa Thiên", "Thua Thien",
                "Ho Chi Minh", "Hồ Chí Minh"}


# "Nguyễn Thị Hà Giang", "Trần Văn Thái Bình": a middle name before the match
# makes it a person's name.
_PERSON_BEFORE = re.compile(r"(?<!\w)(?:Thị|Văn|THỊ|VĂN)[^\S\n]$")


@lru_cache(maxsize=1)
def _text_pattern() -> tuple[re.Pattern[str], dict[str, Province | None]]:
    surfaces: dict[str, Province | None] = {}
    for p in all_provinces():
        for s in (p.name, *p.aliases):
            if s in _NOT_IN_TEXT or not s[:1].isupper():
                continue
            if s.isascii() and " " not in s and "." not in s and not s.isupper() and len(s) < 6:
                continue
            for form in (canonical_tones(s), canonical_tones(s).upper()):
                surfaces.setdefault(form, p)
    for b in _BLOCKERS:
        surfaces[canonical_tones(b)] = None
        surfaces[canonical_tones(b).upper()] = None
    # Provinces named after "Thành phố" win over the blocker ("Thành phố Hồ Chí Minh").
    alts = sorted(surfaces, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    # The look-ahead on first letters skips most positions before trying ~600 alternatives.
    firsts = "".join(sorted({a[0] for a in alts}))
    return re.compile(rf"(?<!\w)(?=[{re.escape(firsts)}])(?:{body})(?!\w)"), surfaces


def find_in_text(text: str) -> list[tuple[str, int]]:
    """Old provinces an article names, with mention counts, most-mentioned first.

    Matching is case-sensitive on purpose: "hòa bình" (peace) is not Hòa Bình.
    Bare "Hồ Chí Minh" (the person, as in "tư tưởng Hồ Chí Minh") is not the
    city; "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM" are. A name
    after "Thị"/"Văn" is a person ("Nguyễn Thị Hà Giang"). After "tỉnh",
    "thành phố" or "TP." any case counts ("tỉnh sóc trăng"). Street names
    ("đường Hà Nội") still count: an accepted risk.
    """
    if not text:
        return []
    pattern, surfaces = _text_pattern()
    canon = canonical_tones(text)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    spans: list[tuple[int, int]] = []    # matched by the exact-case pattern, in order

    def count(p: Province, at: int) -> None:
        counts[p.name] = counts.get(p.name, 0) + 1
        first.setdefault(p.name, at)

    for m in pattern.finditer(canon):
        surface = re.sub(r"\s+", " ", m.group(0))
        p = surfaces.get(surface)
        if p is None or _PERSON_BEFORE.search(canon, max(0, m.start() - 5), m.start()):
            continue
        count(p, m.start())
        spans.append((m.start(), m.end()))
    starts = [a for a, _ in spans]
    # "tỉnh sóc trăng", "Tỉnh Bà rịa - Vũng tàu": after tỉnh / thành phố / TP. the
    # case of the name does not matter.
    for m in _AFTER_PREFIX.finditer(canon):
        i = bisect.bisect_right(starts, m.start("name")) - 1
        if i >= 0 and spans[i][0] <= m.start("name") < spans[i][1]:
            continue
        words = m.group("name").split()
        for n in range(min(len(words), 5), 0, -1):
            candidate = " ".join(words[:n])
            p = lookup(candidate)
            if p is not None and not candidate.isdigit():
                count(p, m.start("name"))
                break
    return sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))


_AFTER_PREFIX = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|tp\.?)[^\S\n]+"
    r"(?=(?P<name>[^\W\d_]+(?:[^\S\n]*[-–]?[^\S\n]*[^\W\d_]+){0,4}))",
    re.IGNORECASE,
)
