"""Province and unit an article is about, for sources without a province (e.g. the Ministry)."""
from __future__ import annotations

import re

try:  # written in parallel by the vntext helper
    from vntext.provinces import find_in_text as _find_in_text
except ImportError:  # pragma: no cover - only until vntext.provinces lands
    _find_in_text = None

_UNIT = re.compile(
    r"\b((?:Sở|Phòng)\s+(?:Giáo\s+dục\s+và\s+Đào\s+tạo|GD\s*&\s*ĐT|GDĐT|GD-ĐT|Giáo\s+dục)"
    r"(?:\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã))?"
    r"(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})?"
    r"|Trường\s+(?:THPT|THCS|TH|MN|Mầm\s+non|Tiểu\s+học|Trung\s+học\s+\w+(?:\s+\w+)?|Cao\s+đẳng|"
    r"Trung\s+cấp|Đại\s+học)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4}"
    r"|(?:Công\s+đoàn\s+(?:Giáo\s+dục|ngành\s+Giáo\s+dục)|Tỉnh\s+[ủu]y|Thành\s+[ủu]y|UBND|Ủy\s+ban\s+nhân\s+dân)"
    r"(?:\s+(?:tỉnh|thành\s+phố|TP\.?))?(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,3})"
)


def find_province(title: str, lead: str) -> str | None:
    """The province most named in the title, lead and dateline, or None."""
    if _find_in_text is None:
        return None
    try:
        found = _find_in_text(f"{title}\n{lead}")
    except Exception:
        return None
    return found[0][0] if found else None


def find_unit(text: str) -> str | None:
    """The first Sở / Phòng / Trường named in ``text``."""
    m = _UNIT.search(text)
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else None
