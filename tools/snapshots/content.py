"""Loading the article content files (``data/snapshots/content/<site>/<NN>.json``).

Each article becomes an ``Item``: the content dict plus what every template
needs (its key "daklak/02", number, date, deterministic view count and time).
When a seed site's ``01.json`` is not written yet, the article is built from
the seed text in ``data/seeds/`` so the templates can be developed first.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# seed number -> (site, title, published, author, author_style) for the fallback path
SEED_SITES = {
    "000": ("soctrang", None, "2020-07-03", None, "none"),
    "001": ("daklak", None, "2022-07-18", "Đình Vinh", "signature"),
    "002": ("quangtri", "Đảng ủy Sở Giáo dục và Đào tạo Quảng Trị tổ chức Hội nghị tổng kết "
            "công tác xây dựng Đảng năm 2020", "2021-02-24", "VĂN PHÒNG SỞ", "signature"),
    "003": ("hcm", "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2017", "2017-08-04",
            "VP Đảng Ủy", "byline"),
    "004": ("gocong", None, "2023-05-26", "VP", "signature"),
}
_SEED_NOISE = ("Lượt xem", "Đọc bài viết", "Trả lời", "Email của bạn", "Liên kết bài viết gốc",
               "Tác giả:")
_CAPTION_HINT = re.compile(r"(phát biểu|trình bày|Quang cảnh|tham gia ý kiến|biểu quyết|trao Giấy khen"
                           r"|Các cá nhân được tuyên dương|góp ý dự thảo)")


@dataclass
class Item:
    """One article of one site, ready for a template."""

    site: str
    num: int
    data: dict[str, Any]
    route: str = ""
    file: str = ""
    nfd: bool = False
    attachment_routes: list[str] = field(default_factory=list)
    image_routes: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.site}/{self.num:02d}"

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def slug(self) -> str:
        return self.data.get("slug") or slugify(self.title)

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.data["published"])

    @property
    def time(self) -> str:
        """The article's time of day: the content's, else a stable made-up one."""
        if self.data.get("time"):
            return self.data["time"]
        minutes = 7 * 60 + _stable(self.key) % 600
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    @property
    def views(self) -> int:
        return 87 + _stable(self.key + "views") % 2400

    @property
    def author(self) -> str | None:
        return self.data.get("author")

    @property
    def author_style(self) -> str:
        if not self.author:
            return "none"
        return self.data.get("author_style") or "signature"

    @property
    def blocks(self) -> list[dict[str, Any]]:
        return self.data.get("blocks") or []

    @property
    def lead(self) -> str | None:
        return self.data.get("lead") or None

    def first_text(self) -> str:
        """The lead or the first paragraph (listing teasers)."""
        if self.lead:
            return self.lead
        for b in self.blocks:
            if "p" in b:
                return b["p"]
        return self.title


def _stable(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def slugify(text: str, limit: int = 90) -> str:
    """ASCII slug the way Vietnamese CMSs make them (marks dropped, đ -> d)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-")


def _seed_item(seed: Path) -> dict[str, Any]:
    """A content dict made from a seed text (used until the corpus file exists)."""
    site, title, published, author, style = SEED_SITES[seed.name[:3]]
    lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith(_SEED_NOISE)]
    if author and lines and lines[-1] == author:
        lines.pop()
    if title is None:
        title = lines.pop(0)
    if lines and re.fullmatch(r"\d\d/\d\d/\d{4}", lines[0]):
        lines.pop(0)
    blocks: list[dict[str, Any]] = []
    n_img = 0
    for ln in lines:
        if ln.startswith("- ") or ln.startswith("– ") or ln.startswith("+ "):
            if blocks and "li" in blocks[-1]:
                blocks[-1]["li"].append(ln[2:].strip())
            else:
                blocks.append({"li": [ln[2:].strip()]})
        elif len(ln) < 160 and _CAPTION_HINT.search(ln) and not ln.endswith(":"):
            n_img += 1
            blocks.append({"img": f"hoi-nghi-{n_img}.jpg", "caption": ln})
        else:
            blocks.append({"p": ln})
    return {"slug": slugify(title), "title": title, "published": published, "author": author,
            "author_style": style, "lead": None, "blocks": blocks, "refs": [], "kind": "other",
            "province": None, "tags": []}


def load_site(content_root: Path, seeds_dir: Path, site: str) -> list[Item]:
    """Every article of ``site``, in file order (01, 02, ...)."""
    items: list[Item] = []
    folder = content_root / site
    files = sorted(folder.glob("[0-9][0-9].json")) if folder.is_dir() else []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"build: cannot read {f}: {exc}") from None
        for need in ("title", "published", "blocks"):
            if need not in data:
                raise SystemExit(f"build: {f} has no '{need}' field")
        items.append(Item(site=site, num=int(f.stem), data=data))
    if not any(i.num == 1 for i in items):
        for num, (seed_site, *_rest) in SEED_SITES.items():
            if seed_site == site:
                seed = next(iter(sorted(seeds_dir.glob(f"{num}_*.txt"))), None)
                if seed is not None:
                    items.insert(0, Item(site=site, num=1, data=_seed_item(seed)))
    return items
