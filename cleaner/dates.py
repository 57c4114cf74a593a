"""Dates as Vietnamese sites print them -> ISO ``YYYY-MM-DD``.

Handled: ISO timestamps in meta tags, "03/07/2020", "03-7-2020", "3.7.2020",
"Thứ hai, 05/08/2019 08:43", "Cập nhật lúc : 17:15 14/01/2021",
"14:47, 26/4/2016", "Ngày 24 tháng 02 năm 2021", "25Th12/18" badges, the
Vietnamese WordPress/Blogger locales ("Tháng Mười 20, 2022", "20 Tháng Mười, 2022",
"tháng 6 15, 2019"), and
year-less in-body dates ("Sáng 18/7", "Sáng 20-8") given a context year.
"""
from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ]\d|\b)")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?![\d/])")
_WORDS = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+((?:19|20)\d\d)", re.I)
_WORDS_COMMA = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+((?:19|20)\d\d)\b", re.I)
_YMD_SLASH = re.compile(r"(?<![\d/])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
_MONTH_NAMES = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH = r"(\d{1,2}|mười\s+một|mười\s+hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp)"
# "Tháng Mười 20, 2022", "tháng 6 15, 2019": month first, as WordPress and Blogger print vi dates.
_MONTH_FIRST = re.compile(r"\btháng\s+" + _MONTH + r"\s+(\d{1,2})\s*,\s*((?:19|20)\d\d)\b", re.I)
# "20 Tháng Mười, 2022": a month name (digits are _WORDS_COMMA's).
_NAMED_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+" + _MONTH + r"\s*,\s*((?:19|20)\d\d)\b", re.I)


def _month(token: str) -> int:
    token = " ".join(token.lower().split())
    return int(token) if token.isdigit() else _MONTH_NAMES.get(token, 0)


_BADGE = re.compile(r"(?<!\d)(\d{1,2})\s*Th\s*(\d{1,2})\s*/\s*(\d{2})(?!\d)")
# Year-less day/month introduced by a time-of-day or "ngày" word.
_DAY_MONTH = re.compile(
    r"(?:\b(?:sáng|chiều|tối|trưa|đêm|ngày)\s+(?:ngày\s+)?|^)(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-]|\s*[/-]\s*\d)", re.I)
_DAY_MONTH_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:,\s*)?năm)", re.I)
_YEAR_IN_TEXT = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.I)
_YEAR_IN_URL = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        if not 1990 <= y <= 2100:
            return None
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first full date (with a year) in ``text``, as YYYY-MM-DD."""
    found = find_dates(text)
    return found[0][1] if found else None


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every full date in ``text`` as (position, YYYY-MM-DD), in order."""
    hits: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            hits.append((m.start(), iso))
    for m in _YMD_SLASH.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            hits.append((m.start(), iso))
    for m in _DMY.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            hits.append((m.start(), iso))
    for m in _WORDS.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            hits.append((m.start(), iso))
    for m in _WORDS_COMMA.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            hits.append((m.start(), iso))
    for m in _MONTH_FIRST.finditer(text):
        iso = _valid(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if iso:
            hits.append((m.start(), iso))
    for m in _NAMED_MONTH.finditer(text):
        if m.group(2).isdigit():
            continue
        iso = _valid(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if iso:
            hits.append((m.start(), iso))
    for m in _BADGE.finditer(text):
        iso = _valid(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            hits.append((m.start(), iso))
    hits.sort()
    return hits


def context_year(url: str, text: str) -> int | None:
    """A year for year-less dates: from the URL path, else "năm YYYY" in the text."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
    for m in _YEAR_IN_URL.finditer(path):
        year = int(m.group(1))
        if 1995 <= year <= 2100:
            return year
    m = _YEAR_IN_TEXT.search(text)
    if m:
        return int(m.group(1))
    return None


def parse_partial_date(text: str, year: int | None) -> str | None:
    """A year-less in-body date ("Sáng 18/7", "ngày 20 tháng 8") completed with ``year``."""
    if year is None:
        return None
    best: tuple[int, str] | None = None
    for rx in (_DAY_MONTH, _DAY_MONTH_WORDS):
        for m in rx.finditer(text):
            iso = _valid(year, int(m.group(2)), int(m.group(1)))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else None
