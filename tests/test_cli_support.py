"""Shared builders for the CLI tests: a home with a real archive (and index) made from the seeds."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive import Archive
from cleaner.model import Article

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "seeds"

# (province, published, kind) given to the five seed texts, plus tricky synthetic rows.
SEED_META = [
    ("Sóc Trăng", "2020-07-03", "so-ket"),
    ("Đắk Lắk", "2022-07-18", "so-ket"),
    ("Quảng Trị", "2021-02-24", "tong-ket"),
    ("Hồ Chí Minh", "2017-08-04", "so-ket"),
    ("Tiền Giang", "2023-05-26", "so-ket"),
]

TRICKY = [
    # Titles and texts that a spreadsheet would run as formulas, or that need CSV quoting.
    Article(url="http://127.0.0.1/tricky/1", title="=HYPERLINK(\"http://evil\";\"Chỉ thị 05\")",
            text="Hội nghị quán triệt Chỉ thị 05-CT/TW, \"học tập\" và làm theo; dòng một\ndòng hai",
            published="2021-03-01", province="Sóc Trăng", kind="quan-triet", refs=["05-ct/tw"]),
    Article(url="http://127.0.0.1/tricky/2", title="+Đại hội Đảng bộ Sở, nhiệm kỳ 2020-2025",
            text="-Đại hội lần thứ XI thành công tốt đẹp. Chỉ thị 05 được quán triệt.",
            published="2020-06-15", province="Quảng Ngãi", kind="dai-hoi", unit="@Sở GD&ĐT"),
    Article(url="http://127.0.0.1/tricky/3", title="\tTổng kết năm học 2019-2020",
            text="Tổng kết công tác Đảng, thực hiện Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng",
            published="2020-08-20", province="Sóc Trăng", kind="tong-ket", refs=["05-ct/tw"]),
]


def seed_articles() -> list[tuple[Article, str]]:
    items = []
    for path, (province, published, kind) in zip(sorted(SEEDS.glob("*.txt")), SEED_META):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        lines = [ln for ln in lines if not ln.startswith("Lượt xem")]
        title, text = lines[0][:200], "\n\n".join(lines[1:])
        slug = path.stem
        items.append((Article(url=f"http://127.0.0.1/seed/{slug}.html", title=title, text=text,
                              published=published, province=province, kind=kind), "seeds"))
    items += [(a, "tricky") for a in TRICKY]
    return items


def make_archive(home: Path, items=None) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "archive.sqlite"
    with Archive(path) as arc:
        arc.put_articles(items if items is not None else seed_articles())
    return path


def make_indexed_home(home: Path, items=None) -> Path:
    """A home with an archive and a real Whoosh index built by ``index.build``."""
    from index.build import update_index

    archive = make_archive(home, items)
    update_index(archive, home / "index")
    return home


def run_edunews(args: list[str], home: Path | None = None, env: dict | None = None,
                timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, PYTHONUTF8="1", **(env or {}))
    cmd = [sys.executable, "-m", "search_cli.app"]
    if home is not None:
        cmd += ["--home", str(home)]
    return subprocess.run(cmd + args, cwd=REPO, env=full_env, capture_output=True, text=True,
                          timeout=timeout, **kw)


def test_seed_archive_holds_every_seed_and_tricky_row(tmp_path):
    path = make_archive(tmp_path / "home")
    with Archive(path, readonly=True) as arc:
        assert arc.count_articles() == len(list(SEEDS.glob("*.txt"))) + len(TRICKY)
        assert arc.article(TRICKY[0].url).article.title.startswith("=")
