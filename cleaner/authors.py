"""Author lines: bylines ("Tác giả: VP Đảng Ủy", "Tin, ảnh: X") and closing signatures."""
from __future__ import annotations

import re

from cleaner.patterns import BYLINE, PHOTO_HEADING

_PREFIX = re.compile(r"^(?:tác\s*giả(?:\s*bài\s*viết)?|người\s*viết|người\s*đăng|đăng\s*bởi|viết\s*bởi|bài\s*viết\s*bởi|by|"
                     r"author|tin\s*(?:và|,|&)?\s*ảnh|bài\s*(?:và|,|&)?\s*ảnh|tin|bài|ảnh|"
                     r"phóng\s*viên|người\s*thực\s*hiện|thực\s*hiện)\s*:?\s*", re.I)
_NOT_NAME = re.compile(r"[.;!?]$|\d{2}|https?:|@|\b(?:lượt|xem|đọc|trang\s*chủ|chia\s*sẻ|"
                       r"bình\s*luận|trả\s*lời|email|admin|administrator|quản\s*trị)\b"
                       # "Thu Trang", "Văn Năm" are names; lower-case "trang 2", "ngày", "năm" are not.
                       r"|(?-i:\b(?:ngày|tháng|năm|trang)\b)|(?-i:\b(?:Ngày|Tháng|Trang)\s+\d)", re.I)
_UPPER_START = re.compile(r"^[A-ZÀ-ỸĐ]")


def clean_author(text: str) -> str | None:
    """The name in a byline text, or None when it is not one."""
    text = text.strip().strip("-–—()[] ")
    if not text:
        return None
    text = _PREFIX.sub("", text).strip().strip("-–—()[]:,. ")
    if not text or len(text) > 60 or len(text.split()) > 8:
        return None
    if _NOT_NAME.search(text) or not _UPPER_START.match(text):
        return None
    return text


def byline_in_line(line: str) -> str | None:
    """"Tác giả: X" / "Tin, ảnh: X" as a whole line -> X."""
    m = BYLINE.match(line)
    if not m:
        return None
    return clean_author(m.group(1))


def signature(line: str, right_aligned: bool = False) -> str | None:
    """A closing signature line ("Đình Vinh", "VĂN PHÒNG SỞ", "VP") -> the name, else None."""
    text = line.strip().strip("()[]")
    if not text or len(text) > 45:
        return None
    words = text.split()
    if len(words) > 6 or (len(words) > 4 and not right_aligned):
        return None
    if PHOTO_HEADING.search(text) or text.endswith((".", ":", ";", ",", "?", "!", "…")):
        return None
    if not _UPPER_START.match(text) or _NOT_NAME.search(text):
        return None
    # Names and unit signatures: every word capitalised ("Đình Vinh", "VĂN PHÒNG SỞ", "VP"),
    # or a unit noun first ("Đoàn trường", "Tổ Văn phòng", "Chi bộ trường").
    if not all(_UPPER_START.match(w) or w in ("-", "–", "&", "và") for w in words) \
            and not _UNIT_SIGNATURE.match(text):
        return None
    return text


_UNIT_SIGNATURE = re.compile(
    r"^(?:Tổ|Đoàn|Chi\s+bộ|Chi\s+đoàn|Văn\s+phòng|Ban|Phòng|Công\s+đoàn|Liên\s+đội|Nhóm|Bộ\s+phận|"
    r"Đảng\s+ủy|Đảng\s+uỷ|Hội\s+đồng|Thư\s+viện|Trường|BGH|BBT|Ban\s+biên\s+tập)\b")
