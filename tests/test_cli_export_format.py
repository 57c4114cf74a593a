"""The CSV/JSONL writer: quoting, BOM, formula neutralising, atomic replace."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from index.api import Hit
from search_cli import export as ex


def _hit(rank: int, title: str, snippet: str = "", refs=(), unit=None) -> Hit:
    return Hit(rank=rank, score=1.5 / rank, url=f"http://127.0.0.1/a/{rank}", title=title,
               published="2020-07-03", province="Sóc Trăng", province_2025="Cần Thơ", unit=unit,
               kind="so-ket", source="seeds", refs=list(refs), snippet=snippet,
               other_urls=[f"http://127.0.0.1/copy/{rank}"])


TITLES = [
    "=SUM(A1:A9)", "+84 số điện thoại", "-Đại hội", "@Sở GD&ĐT", "\tTab đầu", "\rCR đầu",
    'Hội nghị "sơ kết", năm 2020', "Dòng một\r\nDòng hai", "Quán triệt Chỉ thị 05-CT/TW",
]


@pytest.mark.parametrize("cell", TITLES)
def test_neutralise_only_touches_formula_starts(cell):
    out = ex.neutralise(cell)
    if cell[0] in "=+-@\t\r":
        assert out == "'" + cell
    else:
        assert out == cell


def _write(tmp_path, hits, fmt="csv", bom=True, with_text=False):
    path = tmp_path / f"out.{fmt}"
    with ex.atomic_text_file(path, bom=bom, force=False) as fh:
        w = ex.RowWriter(fh, fmt, with_text)
        for h in hits:
            w.write(ex.hit_row(h, "Toàn văn bài viết, có \"ngoặc\"" if with_text else None))
    return path


def test_csv_round_trips_vietnamese_quotes_newlines_through_csv_and_pandas(tmp_path):
    hits = [_hit(i + 1, t, snippet=f"... [[{t}]] ...", refs=["05-ct/tw", "29-nq/tw"]) for i, t in
            enumerate(TITLES)]
    path = _write(tmp_path, hits, with_text=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= len(hits) + 1
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [c for c, _ in ex.COLUMNS] + ["text"]
    assert len(rows) == len(hits)
    for row, hit in zip(rows, hits):
        assert row["title"] == ex.neutralise(hit.title)
        assert row["refs"] == "05-ct/tw; 29-nq/tw"
        assert row["province"] == "Sóc Trăng" and row["province_2025"] == "Cần Thơ"
        assert row["text"] == "Toàn văn bài viết, có \"ngoặc\""
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert df["title"].tolist() == [ex.neutralise(h.title) for h in hits]
    assert df["rank"].astype(int).tolist() == [h.rank for h in hits]


def test_no_bom_and_jsonl_keep_raw_values(tmp_path):
    hits = [_hit(1, "=1+1", unit="@Sở")]
    csv_path = _write(tmp_path, hits, bom=False)
    assert not csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    jl = _write(tmp_path, hits, fmt="jsonl", bom=False)
    obj = json.loads(jl.read_text(encoding="utf-8").splitlines()[0])
    # JSON is data, not a spreadsheet: the value stays as scraped.
    assert obj["title"] == "=1+1" and obj["unit"] == "@Sở" and obj["refs"] == []


def test_existing_file_kept_without_force(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(FileExistsError):
        with ex.atomic_text_file(path, bom=True, force=False) as fh:
            fh.write("new")
    assert path.read_text(encoding="utf-8") == "old"
    with ex.atomic_text_file(path, bom=False, force=True) as fh:
        fh.write("new")
    assert path.read_text(encoding="utf-8") == "new"


def test_failed_export_leaves_old_file_and_no_temp(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")

    def rows():
        yield ex.hit_row(_hit(1, "một"))
        raise RuntimeError("index went away")

    with pytest.raises(RuntimeError):
        with ex.atomic_text_file(path, bom=True, force=True) as fh:
            w = ex.RowWriter(fh, "csv")
            for r in rows():
                w.write(r)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_columns_help_lists_every_column():
    text = ex.columns_help()
    for name, desc in ex.COLUMNS + [ex.TEXT_COLUMN]:
        assert any(line.split()[:1] == [name] and desc in line for line in text.splitlines())


def test_csv_to_string_stream_has_header_first():
    buf = io.StringIO()
    w = ex.RowWriter(buf, "csv")
    w.write(ex.hit_row(_hit(1, "Tiêu đề")))
    lines = buf.getvalue().split("\r\n")
    assert lines[0].split(",") == [c for c, _ in ex.COLUMNS]
    assert w.count == 1
