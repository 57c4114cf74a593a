"""`edunews search` and `edunews export` end to end on a real archive and Whoosh index."""
from __future__ import annotations

import csv
import json
import random
import re

import pandas as pd
import pytest
from click.testing import CliRunner

from archive import Archive
from cleaner.model import Article
from search_cli.app import cli
from search_cli.export import COLUMNS, neutralise
from test_cli_support import SEEDS, TRICKY, make_indexed_home, run_edunews, seed_articles

PROVINCES = ["Sóc Trăng", "Đắk Lắk", "Quảng Ngãi", "Bình Dương", "Thừa Thiên Huế"]


def _vocabulary() -> list[str]:
    words = set()
    for path in SEEDS.glob("*.txt"):
        words |= {w.lower() for w in re.findall(r"\w+", path.read_text(encoding="utf-8"))
                  if len(w) > 2 and not w.isdigit()}
    words -= {"chỉ", "thị", "sơ", "kết"}
    return sorted(words)


def synthetic_articles(n: int = 60) -> list[tuple[Article, str]]:
    """Distinct articles (random word draws, so no near-duplicates); every 2nd cites Chỉ thị 05."""
    vocab = _vocabulary()
    items = []
    for i in range(n):
        rng = random.Random(i)
        body = " ".join(rng.choice(vocab) for _ in range(120))
        if i % 2 == 0:
            body += " Hội nghị quán triệt Chỉ thị 05-CT/TW của Bộ Chính trị."
        if i % 3 == 0:
            body += " Hội nghị sơ kết 6 tháng."
        items.append((Article(url=f"http://127.0.0.1/syn/{i}.html", title=f"Tin số {i}: " + " ".join(
            rng.choice(vocab) for _ in range(6)), text=body, published=f"{2016 + i % 8}-0{1 + i % 9}-1{i % 10}",
            province=PROVINCES[i % len(PROVINCES)], kind="so-ket" if i % 3 == 0 else "other",
            refs=["05-ct/tw"] if i % 2 == 0 else []), "synthetic"))
    return items


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    h = tmp_path_factory.mktemp("home")
    make_indexed_home(h, seed_articles() + synthetic_articles())
    return h


def invoke(home, *args):
    return CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)


def _read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _archive_titles(home) -> dict[str, str]:
    with Archive(home / "archive.sqlite", readonly=True) as arc:
        return {r.url: r.article.title for r in arc.iter_articles()}


def test_export_writes_every_hit_not_one_page(home, tmp_path):
    head = invoke(home, "search", "Chỉ thị 05", "--all-copies", "--limit", "0").stdout
    total = int(re.match(r"(\d+) hits", head).group(1))
    out = tmp_path / "hits.csv"
    result = invoke(home, "export", "Chỉ thị 05", "--all-copies", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = _read_csv(out)
    # Independent count: synthetic rows citing the directive, plus tricky rows mentioning it.
    expected = {a.url for a, _ in synthetic_articles() if "Chỉ thị 05" in a.text}
    expected |= {a.url for a in TRICKY if "Chỉ thị 05" in a.text}
    assert len(rows) > 20                      # more than one page of search results
    assert expected <= {r["url"] for r in rows}
    assert len(rows) == total
    assert [int(r["rank"]) for r in rows] == list(range(1, len(rows) + 1))
    assert f"Wrote {len(rows)} rows" in result.stderr


def test_export_without_query_lists_every_article_passing_filters(home, tmp_path):
    out = tmp_path / "st.csv"
    result = invoke(home, "export", "--province", "soc trang", "--all-copies", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = _read_csv(out)
    with Archive(home / "archive.sqlite", readonly=True) as arc:
        want = {r.url for r in arc.iter_articles() if r.article.province == "Sóc Trăng"}
    assert {r["url"] for r in rows} == want
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)   # no query: newest first


def test_export_csv_is_bom_crlf_vietnamese_and_neutralised(home, tmp_path):
    out = tmp_path / "all.csv"
    assert invoke(home, "export", "--all-copies", "--with-text", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    titles = _archive_titles(home)
    df = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(df.columns) == [c for c, _ in COLUMNS] + ["text"]
    assert len(df) == len(titles)
    for url, title in zip(df["url"], df["title"]):
        assert title == neutralise(titles[url])
    tricky = df[df["url"] == TRICKY[0].url].iloc[0]
    assert tricky["title"].startswith("'=HYPERLINK")
    assert tricky["text"] == TRICKY[0].text          # quotes and the newline survive
    assert df[df["url"] == TRICKY[1].url].iloc[0]["unit"] == "'@Sở GD&ĐT"


def test_export_keeps_existing_file_without_force(home, tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("precious", encoding="utf-8")
    result = invoke(home, "export", "Chỉ thị 05", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {out} exists: pass --force to replace it, or choose another -o FILE"
    assert out.read_text(encoding="utf-8") == "precious"
    assert invoke(home, "export", "Chỉ thị 05", "-o", str(out), "--force").exit_code == 0
    assert _read_csv(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]   # no temp file left


def test_export_jsonl_to_stdout(home):
    result = invoke(home, "export", "sơ kết", "--format", "jsonl", "-o", "-")
    assert result.exit_code == 0
    objs = [json.loads(l) for l in result.stdout.splitlines()]
    assert objs and all(set(o) == {c for c, _ in COLUMNS} for o in objs)
    assert not result.stdout.startswith("\ufeff")


def test_search_table_keeps_brackets_off_terminal(home):
    result = invoke(home, "search", "chi thi 05", "--limit", "3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert re.search(r"^\d+ hits for 'chi thi 05'; showing 1-3", out, re.M)
    assert "[[" in out and "\x1b[" not in out
    assert len(re.findall(r"^ +\d+ +\d+\.\d\d ", out, re.M)) == 3
    assert "http://127.0.0.1/" in out


def test_search_facets_count_all_hits(home):
    result = invoke(home, "search", "Chỉ thị 05", "--facet", "province", "--limit", "2", "--format", "jsonl")
    assert result.exit_code == 0
    lines = [json.loads(l) for l in result.stdout.splitlines()]
    hits = [l for l in lines if "facet" not in l]
    facets = [l for l in lines if "facet" in l]
    assert len(hits) == 2
    full = invoke(home, "export", "Chỉ thị 05", "--format", "jsonl", "-o", "-").stdout.splitlines()
    assert sum(f["count"] for f in facets) == len(full)
    table = invoke(home, "search", "Chỉ thị 05", "--facet", "province", "--limit", "0").stdout
    assert "province (all hits):" in table and "Sóc Trăng" in table


def test_search_filters_and_date_sort(home):
    result = invoke(home, "search", "hội nghị", "--province", "Đắk Lắk", "--since", "2018-01-01",
                    "--sort", "date", "--format", "jsonl", "--limit", "100")
    assert result.exit_code == 0
    hits = [json.loads(l) for l in result.stdout.splitlines()]
    assert hits and all(h["province"] == "Đắk Lắk" and h["published"] >= "2018-01-01" for h in hits)
    assert [h["published"] for h in hits] == sorted((h["published"] for h in hits), reverse=True)


@pytest.mark.parametrize("args", [
    ["search", '"05 CT'],
    ["search", "Chỉ thị 05", "--province", "Atlantis"],
    ["search", "chi thi 05 AND"],
    ["export", "(sơ kết", "-o", "{out}"],
    ["export", "Chỉ thị 05", "--province", "Atlantis", "-o", "{out}"],
    ["export", "Chỉ thị 05", "--source", "no-such-site", "-o", "{out}"],
    ["search", "Chỉ thị 05", "--source", "no-such-site"],
])
def test_bad_query_or_filter_is_one_line_exit_2(home, args, tmp_path):
    out = tmp_path / "x.csv"
    args = [a.replace("{out}", str(out)) for a in args]
    result = CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    err = result.stderr.strip()
    assert err.startswith("Error: ") and "\n" not in err and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []      # a failed export leaves no file, not even a temp one


def test_search_path_does_not_import_scrapy_or_crawler(home):
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "import search_cli.app as app\n"
        f"r = CliRunner().invoke(app.cli, ['--home', {str(home)!r}, 'search', 'Chỉ thị 05'])\n"
        "assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(app.cli, ['--home', {str(home)!r}, 'export', 'sơ kết', '-o', '-'])\n"
        "assert r.exit_code == 0, r.output\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted', 'crawler')]\n"
        "assert not bad, bad\n"
        "print('clean')\n"
    )
    import subprocess, sys
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "clean", proc.stderr


def test_console_entry_point_runs_search(home):
    proc = run_edunews(["search", "sơ kết", "--limit", "1", "--format", "jsonl"], home=home)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 1 and json.loads(proc.stdout)["rank"] == 1


def test_date_sort_hides_the_score_and_year_facet_reads_as_a_time_line(home):
    result = invoke(home, "search", "hội nghị", "--sort", "date", "--limit", "3", "--facet", "year")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    first = next(l for l in lines if l.strip().startswith("1  "))
    # rank, then the date straight away: no score column
    assert first.split()[1][:4].isdigit() and "-" in first.split()[1]
    start = lines.index("year (all hits):")
    years = [l.split()[0] for l in lines[start + 1:] if l.startswith("  ") and l.split()[0].isdigit()]
    assert years == sorted(years) and len(years) >= 2
