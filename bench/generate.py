"""Deterministic synthetic corpus for the benchmarks: an archive or a static site.

    python -m bench.generate --archive OUT.sqlite --n 100000 --seed 1
    python -m bench.generate --site OUTDIR --n 2000 --seed 1

Articles look like provincial education news: titles from the meeting types
researchers search for (sơ kết, tổng kết, đại hội chi bộ, quán triệt nghị
quyết), dates 2015-2025, one of the 63 provinces, ~700 syllables of text drawn
from a syllable bigram model of the seed articles, and in about 10% of the
articles a document reference in one of the spellings departments really use
("Chỉ thị số 05-CT/TW", "CT 05", "NQ 29", ...). About 1% are syndicated
copies of an earlier article (same text, another source), as on real sites.

The same ``--seed`` and ``--n`` always give the same articles: article ``i``
depends only on the seed and ``i`` (so the first 10k of a 100k corpus are the
10k corpus, and ``--start`` makes the "1,000 new articles" for incremental runs).
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from bench.textmodel import SyllableModel, seed_texts
from cleaner.model import Article
from vntext.normalize import fold
from vntext.resources import data_dir

POOL_SIZE = 24_000
TARGET_SYLLABLES = 700
REF_SHARE = 0.10
DUP_SHARE = 0.01
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

# canonical id -> the spellings seen on department sites (and in queries)
REFERENCES: dict[str, list[str]] = {
    "05-CT/TW": ["Chỉ thị số 05-CT/TW", "Chỉ thị 05-CT/TW", "CT 05", "Chỉ thị 05/CT-TW",
                 "Chỉ thị số 05 - CT/TW", "Chỉ thị 05"],
    "29-NQ/TW": ["Nghị quyết số 29-NQ/TW", "NQ 29", "Nghị quyết 29", "Nghị quyết 29-NQ/TW",
                 "NQ số 29-NQ/TW"],
    "01-KL/TW": ["Kết luận số 01-KL/TW", "Kết luận 01-KL/TW", "KL 01"],
    "19-NQ/TW": ["Nghị quyết số 19-NQ/TW", "NQ 19-NQ/TW", "Nghị quyết 19"],
    "35-CT/TW": ["Chỉ thị số 35-CT/TW", "Chỉ thị 35", "CT 35-CT/TW"],
    "21-KL/TW": ["Kết luận số 21-KL/TW", "KL 21"],
}
# Reference-like strings the bigram model may produce; such sentences are
# dropped from the pool so only the articles chosen for refs mention them.
_REF_LIKE = re.compile(r"\b(CT|NQ|KL|HD|TW|BTCTU)\b|(Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn)( số)? \d",
                       re.IGNORECASE)

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tô", "Hà"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Quốc", "Ngọc", "Xuân", "Thu", "Hoài",
           "Kim", "Bảo", "Công", "Đình", "Tuyết", "Thùy", "Phương"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
         "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Phúc", "Quang",
         "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Tiến", "Trang", "Trung", "Tuấn", "Vân", "Vinh",
         "Yến", "Khánh", "Lộc", "Nhung", "Oanh", "Tính", "Chương"]
ROLES = ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Giám đốc Sở", "Phó Giám đốc Sở",
         "Trưởng phòng Giáo dục và Đào tạo", "Bí thư Chi bộ", "Hiệu trưởng nhà trường",
         "Chủ tịch Công đoàn Giáo dục tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy viên"]
SCHOOL_KINDS = ["Trường THPT", "Trường THCS", "Trường Tiểu học", "Trường Mầm non",
                "Trường Phổ thông Dân tộc nội trú", "Trung tâm GDNN-GDTX"]
BRANCHES = ["Văn phòng Sở", "phòng Tổ chức cán bộ", "phòng Giáo dục Trung học",
            "phòng Giáo dục Mầm non", "phòng Kế hoạch - Tài chính", "phòng Khảo thí"]
ORDINALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
TOPICS = ["công tác xây dựng Đảng", "nhiệm vụ năm học", "công tác kiểm tra, giám sát",
          "công tác dân vận", "phong trào thi đua", "công tác chuyển đổi số",
          "chương trình giáo dục phổ thông 2018", "công tác phổ cập giáo dục"]
KINDS = ("so-ket", "tong-ket", "quan-triet", "dai-hoi", "other")
KIND_WEIGHTS = (30, 25, 15, 15, 15)


@dataclass
class Province:
    name: str
    code: str
    slug: str


def load_provinces(path: Path | None = None) -> list[Province]:
    """The 63 provinces (old names) from ``data/provinces.tsv``."""
    path = path or data_dir() / "provinces.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0]:
            out.append(Province(cols[0], cols[1], slugify(cols[0]).replace("-", "")))
    return out


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass
class GeneratedArticle:
    article: Article
    source: str


class Generator:
    """Article ``i`` of corpus ``seed`` is ``Generator(seed).article(i)``."""

    def __init__(self, seed: int = 1, seeds_dir: Path | None = None, pool_size: int = POOL_SIZE):
        self.seed = seed
        model = SyllableModel(seed_texts(seeds_dir or data_dir() / "seeds"))
        rng = random.Random(f"pool:{seed}")
        pool: list[str] = []
        while len(pool) < pool_size:
            s = model.sentence(rng)
            if not _REF_LIKE.search(s):
                pool.append(s)
        self.pool = pool
        self.provinces = load_provinces()
        self.days = (LAST_DAY - FIRST_DAY).days + 1

    # -- pieces ------------------------------------------------------------
    def _person(self, rng: random.Random) -> str:
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"

    def _school(self, rng: random.Random) -> str:
        return f"{rng.choice(SCHOOL_KINDS)} {rng.choice(GIVEN)} {rng.choice(GIVEN)}"

    def _title(self, rng: random.Random, kind: str, day: dt.date, unit: str, ref: str | None) -> str:
        y = day.year
        term_start = 2015 + 5 * ((y - 2015) // 5)
        if kind == "so-ket":
            opts = [f"Hội nghị sơ kết {rng.choice(TOPICS)} 6 tháng đầu năm {y}",
                    f"Hội nghị sơ kết học kỳ I năm học {y - 1}-{y}",
                    f"{unit} sơ kết giữa nhiệm kỳ {term_start}-{term_start + 5}"]
        elif kind == "tong-ket":
            opts = [f"Hội nghị tổng kết năm học {y - 1}-{y} và triển khai nhiệm vụ năm học {y}-{y + 1}",
                    f"Tổng kết {rng.choice(TOPICS)} năm {y - 1}, triển khai nhiệm vụ năm {y}",
                    f"{unit} tổng kết công tác Đảng năm {y - 1}"]
        elif kind == "quan-triet":
            congress = "XII" if y < 2021 else "XIII"
            opts = [f"Học tập, quán triệt Nghị quyết Hội nghị lần thứ {rng.randint(2, 10)} "
                    f"Ban Chấp hành Trung ương Đảng khóa {congress}",
                    f"Hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh "
                    f"nhiệm kỳ {term_start}-{term_start + 5}"]
        elif kind == "dai-hoi":
            opts = [f"Đại hội Chi bộ {self._school(rng)} lần thứ {rng.choice(ORDINALS)}, "
                    f"nhiệm kỳ {term_start}-{term_start + 5}",
                    f"Đại hội Chi bộ {rng.choice(BRANCHES)} nhiệm kỳ {term_start}-{term_start + 5}"]
        else:
            opts = [f"Hội thi giáo viên dạy giỏi cấp tỉnh năm học {y}-{y + 1}",
                    f"Tập huấn {rng.choice(TOPICS)} cho cán bộ quản lý năm {y}",
                    f"Lễ khai giảng năm học {y}-{y + 1} tại {self._school(rng)}"]
        title = rng.choice(opts)
        if ref is not None and rng.random() < 0.5:
            title += f" gắn với thực hiện {ref}"
        return title

    def _templated(self, rng: random.Random, province: Province, unit: str, day: dt.date) -> str:
        who = f"đồng chí {self._person(rng)}, {rng.choice(ROLES)}"
        return rng.choice([
            f"Tham dự hội nghị có {who}, cùng {rng.randint(20, 300)} đảng viên của "
            f"{rng.randint(3, 40)} chi bộ trực thuộc.",
            f"Phát biểu chỉ đạo, {who} đề nghị {unit} tiếp tục nâng cao chất lượng giáo dục "
            f"tại tỉnh {province.name}.",
            f"Năm học {day.year - 1}-{day.year}, toàn tỉnh {province.name} có {rng.randint(200, 900)} "
            f"trường học với {rng.randint(5_000, 400_000)} học sinh.",
            f"Hội nghị đã khen thưởng {rng.randint(3, 60)} tập thể và {rng.randint(5, 120)} cá nhân, "
            f"trong đó có {self._school(rng)}.",
            f"Ngày {day.day:02d}/{day.month:02d}/{day.year}, {unit} tổ chức hội nghị với sự tham dự "
            f"của {who}.",
        ])

    # -- one article -------------------------------------------------------------
    def article(self, i: int) -> GeneratedArticle:
        rng = random.Random(f"article:{self.seed}:{i}")
        if i > 0 and rng.random() < DUP_SHARE:
            return self._copy(rng, i)
        province = rng.choice(self.provinces)
        district = rng.random() < 0.35
        if district:
            unit = f"Phòng GD&ĐT huyện {rng.choice(GIVEN)} {rng.choice(GIVEN)}"
            source = f"pgd-{province.slug}-{rng.randint(1, 9)}"
        else:
            unit = f"Sở GD&ĐT {province.name}"
            source = f"sgd-{province.slug}"
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(self.days))
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        refs: list[str] = []
        ref_spelling = None
        if rng.random() < REF_SHARE:
            canon = rng.choice(sorted(REFERENCES))
            refs.append(canon)
            ref_spelling = rng.choice(REFERENCES[canon])
        title = self._title(rng, kind, day, unit, ref_spelling)
        paragraphs = [f"Ngày {day.day:02d}/{day.month:02d}/{day.year}, {unit} tổ chức {title[:1].lower()}"
                      f"{title[1:]}."]
        syllables = len(paragraphs[0].split())
        while syllables < TARGET_SYLLABLES:
            para = []
            for _ in range(rng.randint(2, 5)):
                s = (self._templated(rng, province, unit, day) if rng.random() < 0.15
                     else rng.choice(self.pool))
                para.append(s)
                syllables += s.count(" ") + 1
            paragraphs.append(" ".join(para))
        if ref_spelling is not None:
            # Mention the reference inside the body too, where the reader meets it.
            k = rng.randrange(1, len(paragraphs))
            paragraphs[k] += (f" Các chi bộ tiếp tục thực hiện {ref_spelling} và đưa nội dung vào "
                              f"sinh hoạt chi bộ hằng tháng.")
        slug = slugify(title)[:90].strip("-")
        url = f"https://{source}.edu.invalid/tin-tuc/{slug}-{i}.html"
        art = Article(url=url, title=title, text="\n\n".join(paragraphs), published=day.isoformat(),
                      author=self._person(rng) if rng.random() < 0.6 else None,
                      province=province.name, unit=unit, refs=refs, kind=kind)
        return GeneratedArticle(art, source)

    def _copy(self, rng: random.Random, i: int) -> GeneratedArticle:
        """A syndicated copy of an earlier article on a Ministry-style portal."""
        original = self.article(rng.randrange(0, i)).article
        day = dt.date.fromisoformat(original.published) + dt.timedelta(days=rng.randint(0, 3))
        url = f"https://moet.edu.invalid/tin-tu-cac-dia-phuong/{slugify(original.title)[:90]}-{i}.html"
        art = Article(url=url, title=original.title, text=original.text, published=day.isoformat(),
                      author=None, province=original.province, unit="Bộ GD&ĐT (tin từ các địa phương)",
                      refs=list(original.refs), kind=original.kind)
        return GeneratedArticle(art, "moet")

    def articles(self, n: int, start: int = 0) -> Iterator[GeneratedArticle]:
        for i in range(start, start + n):
            yield self.article(i)


# -- writers ------------------------------------------------------------------
def write_archive(path: Path, n: int, seed: int = 1, start: int = 0, batch: int = 2000,
                  progress: bool = False, generator: Generator | None = None) -> int:
    """Put articles ``start``..``start+n-1`` into the archive at ``path``; returns how many changed."""
    from archive.store import Archive

    gen = generator or Generator(seed)
    changed = 0
    t0 = time.perf_counter()
    with Archive(path) as arc:
        buf: list[tuple[Article, str]] = []
        for k, g in enumerate(gen.articles(n, start), 1):
            buf.append((g.article, g.source))
            if len(buf) >= batch:
                changed += arc.put_articles(buf)
                buf.clear()
                if progress:
                    print(f"  {k}/{n} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        if buf:
            changed += arc.put_articles(buf)
    return changed


SITE_ID = "benchsite"
PER_LISTING = 20


def _article_html(a: Article, listing: str) -> str:
    d = dt.date.fromisoformat(a.published)
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.text.split("\n\n"))
    author = f'<p class="author" style="text-align:right"><strong>{html.escape(a.author)}</strong></p>' \
        if a.author else ""
    t = html.escape(a.title)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{t} - {html.escape(a.unit or '')}</title>
<meta property="og:title" content="{t}">
<meta property="article:published_time" content="{a.published}T08:00:00+07:00">
</head><body>
<div class="header"><a href="/">Trang chủ</a> | <a href="{listing}">Tin tức - Sự kiện</a> |
<a href="/lien-he.html">Liên hệ</a></div>
<div class="main"><div class="breadcrumb">Trang chủ &raquo; Tin tức - Sự kiện</div>
<h1 class="title">{t}</h1>
<div class="date">Cập nhật lúc : 08:00 {d.day:02d}/{d.month:02d}/{d.year}</div>
<div class="content">
{paras}
{author}
</div>
<div class="print"><a href="javascript:window.print()">In trang</a></div>
</div>
<div class="footer">Bản quyền thuộc {html.escape(a.unit or '')}. Địa chỉ: số 1 đường Lê Lợi.</div>
</body></html>
"""


def _listing_html(page: int, pages: int, items: list[tuple[str, Article]]) -> str:
    rows = "\n".join(
        f'<li><a href="{href}">{html.escape(a.title)}</a> <span class="date">({a.published})</span></li>'
        for href, a in items)
    nav = ""
    if page < pages:
        nav += f'<a class="next" href="/tin-tuc?page={page + 1}">Trang sau</a>'
    if page > 1:
        nav = f'<a class="prev" href="/tin-tuc?page={page - 1}">Trang trước</a> ' + nav
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Sự kiện (trang {page})</title></head>
<body><div class="header"><a href="/">Trang chủ</a></div>
<h2>Tin tức - Sự kiện</h2>
<ul class="news-list">
{rows}
</ul>
<div class="pager">{nav}</div>
</body></html>
"""


def write_site(outdir: Path, n: int, seed: int = 1, generator: Generator | None = None) -> dict:
    """A static site of ``n`` articles plus listing pages, in the snapshot format.

    Writes ``OUTDIR/benchsite/`` (pages, ``robots.txt``, ``_routes.json``),
    ``OUTDIR/sources.toml`` (one source, ``{base}`` placeholder) and
    ``OUTDIR/expected.json``; returns a summary dict.
    """
    gen = generator or Generator(seed)
    site = outdir / SITE_ID
    (site / "tin-tuc").mkdir(parents=True, exist_ok=True)
    (site / "listing").mkdir(exist_ok=True)
    routes: dict[str, dict] = {}
    html_type = "text/html; charset=utf-8"
    pages = max(1, -(-n // PER_LISTING))
    items: list[tuple[str, Article]] = []
    for i, g in enumerate(gen.articles(n)):
        a = g.article
        # The site's own URL: same slug, local path.
        href = f"/tin-tuc/{a.url.rsplit('/', 1)[1]}"
        a.unit = "Sở GD&ĐT (bench)"
        rel = f"tin-tuc/{i:06d}.html"
        items.append((href, a))
        (site / rel).write_text(_article_html(a, "/tin-tuc"), encoding="utf-8")
        routes[href] = {"file": rel, "type": html_type, "status": 200}
    for p in range(1, pages + 1):
        rel = f"listing/page-{p:05d}.html"
        chunk = items[(p - 1) * PER_LISTING:p * PER_LISTING]
        (site / rel).write_text(_listing_html(p, pages, chunk), encoding="utf-8")
        routes[f"/tin-tuc?page={p}"] = {"file": rel, "type": html_type, "status": 200}
    routes["/tin-tuc"] = {"redirect": "/tin-tuc?page=1", "status": 301}
    routes["/"] = {"redirect": "/tin-tuc?page=1", "status": 302}
    (site / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    (site / "_routes.json").write_text(json.dumps(routes, ensure_ascii=False, indent=0), encoding="utf-8")
    (outdir / "sources.toml").write_text(
        "# Generated by bench.generate: one synthetic site served by snapserver.\n"
        "[[source]]\n"
        f'name = "{SITE_ID}"\n'
        'title = "Sở GD&ĐT (bench, synthetic)"\n'
        'province = "Sóc Trăng"\n'
        'unit = "Sở GD&ĐT (bench)"\n'
        'start_urls = ["{base}/tin-tuc?page=1"]\n'
        f'snapshot = "{SITE_ID}"\n'
        "verified = true\n", encoding="utf-8")
    (outdir / "expected.json").write_text(json.dumps({SITE_ID: [h for h, _ in items]}), encoding="utf-8")
    return {"articles": n, "listings": pages, "pages": n + pages, "site": str(site)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--archive", type=Path, help="write articles into this archive (SQLite)")
    where.add_argument("--site", type=Path, help="write a static site (snapshot format) into this folder")
    ap.add_argument("--n", type=int, default=10_000, help="number of articles (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0,
                    help="first article number (e.g. --start 100000 --n 1000 for an incremental batch)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.n < 1 or args.start < 0:
        ap.error("--n must be at least 1 and --start not negative")
    t0 = time.perf_counter()
    try:
        if args.archive:
            changed = write_archive(args.archive, args.n, args.seed, args.start, progress=not args.quiet)
            what = f"{changed} new or changed articles in {args.archive}"
        else:
            info = write_site(args.site, args.n, args.seed)
            what = f"{info['articles']} articles + {info['listings']} listing pages in {info['site']}"
    except Exception as exc:  # one line for the user, no traceback
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {what} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
