"""Bad CLI input and damaged homes not covered by tests/test_cli_*: one-line errors, right exit code,
nothing overwritten."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from search_cli.app import cli
from test_cli_support import make_indexed_home


def invoke(home: Path, *args: str):
    return CliRunner().invoke(cli, ["--home", str(home), *args], catch_exceptions=False)


def one_line_error(result) -> str:
    err = result.stderr.strip()
    assert err.startswith("Error: ") and "\n" not in err, err
    assert "Traceback" not in result.output
    return err


def digest(path: Path) -> dict[str, str]:
    """Hash of every file under ``path`` (or of the file itself)."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {str(p.relative_to(path) if p != path else p.name): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in files}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    return make_indexed_home(tmp_path_factory.mktemp("cli-input") / "home")


@pytest.fixture
def home(indexed, tmp_path) -> Path:
    """A private copy of the indexed seed home."""
    copy = tmp_path / "home"
    shutil.copytree(indexed, copy)
    return copy


@pytest.mark.parametrize("query", ['""', "AND", "sơ kết OR", "NOT", "((Chỉ thị 05)", 'title:"sơ kết'])
def test_malformed_queries_are_exit_2(indexed, query):
    result = invoke(indexed, "search", query)
    assert result.exit_code == 2, result.output
    one_line_error(result)


def test_export_with_unknown_province_writes_nothing(indexed, tmp_path):
    out = tmp_path / "hits.csv"
    result = invoke(indexed, "export", "sơ kết", "--province", "Atlantis", "-o", str(out))
    assert result.exit_code == 2
    assert "Atlantis" in one_line_error(result)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_export_to_impossible_paths_is_exit_2_and_leaves_no_file(indexed, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("giữ nguyên", encoding="utf-8")
    for target in (afile / "x.csv", Path("/proc/edunews-reliability.csv"), tmp_path):
        result = invoke(indexed, "export", "sơ kết", "-o", str(target))
        assert result.exit_code == 2, (target, result.output)
        one_line_error(result)
    assert afile.read_text(encoding="utf-8") == "giữ nguyên"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_export_does_not_replace_an_existing_file_on_any_error(indexed, tmp_path):
    out = tmp_path / "hits.csv"
    out.write_text("bản cũ\n", encoding="utf-8")
    for args in (["sơ kết"], ["(sơ kết", "--force"], ["sơ kết", "--since", "2021-02-30", "--force"],
                 ["sơ kết", "--province", "Atlantis", "--force"]):
        result = invoke(indexed, "export", *args, "-o", str(out))
        assert result.exit_code == 2, (args, result.output)
        one_line_error(result)
    assert out.read_text(encoding="utf-8") == "bản cũ\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hits.csv"]


@pytest.mark.parametrize("args", [["search", "sơ kết"], ["export", "sơ kết", "-o", "-"], ["stats"]])
def test_read_commands_on_a_missing_home_create_nothing(tmp_path, args):
    home = tmp_path / "no-such-home"
    result = invoke(home, *args)
    assert result.exit_code == 1
    assert "edunews crawl" in one_line_error(result)
    assert not home.exists()


@pytest.mark.parametrize("args", [["crawl", "--all"], ["update"]])
def test_write_commands_on_an_uncreatable_home_are_exit_2(tmp_path, args):
    afile = tmp_path / "afile"
    afile.write_text("x")
    for home in (afile / "home", Path("/proc/edunews-reliability-home")):
        result = invoke(home, *args)
        assert result.exit_code == 2, (home, result.output)
        assert "cannot create home" in one_line_error(result)
    assert afile.read_text() == "x"


def test_corrupt_archive_is_exit_1_and_nothing_is_overwritten(home, tmp_path):
    (home / "archive.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    before_archive, before_index = digest(home / "archive.sqlite"), digest(home / "index")
    out = tmp_path / "hits.csv"
    out.write_text("bản cũ\n", encoding="utf-8")
    for args in (["crawl", "--start-url", "http://127.0.0.1:9/", "--province", "Sóc Trăng"],
                 ["update"], ["index"], ["stats"],
                 ["export", "sơ kết", "--with-text", "--force", "-o", str(out)]):
        result = invoke(home, *args)
        assert result.exit_code == 1, (args, result.output)
        assert "archive" in one_line_error(result), args
    assert digest(home / "archive.sqlite") == before_archive
    assert digest(home / "index") == before_index
    assert out.read_text(encoding="utf-8") == "bản cũ\n"


def test_truncated_index_segments_name_the_fix_and_rebuild_recovers(home):
    good = invoke(home, "search", "Chỉ thị 05", "--format", "jsonl", "--limit", "50").stdout
    assert good.strip()
    for seg in (home / "index").iterdir():
        if seg.suffix in (".trm", ".pst") or seg.name.endswith("_stored.col"):
            seg.write_bytes(seg.read_bytes()[:20])
    result = invoke(home, "search", "Chỉ thị 05")
    assert result.exit_code == 1
    assert "edunews index --rebuild" in one_line_error(result)
    archive = digest(home / "archive.sqlite")
    assert invoke(home, "index", "--rebuild").exit_code == 0
    assert digest(home / "archive.sqlite") == archive
    assert invoke(home, "search", "Chỉ thị 05", "--format", "jsonl", "--limit", "50").stdout == good


def _garble_toc(home: Path) -> None:
    for toc in (home / "index").glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x00" * 64)


def test_garbled_index_toc_is_one_line_exit_1(home):
    _garble_toc(home)
    for args in (["search", "sơ kết"], ["export", "sơ kết", "-o", "-"]):
        result = invoke(home, *args)
        assert result.exit_code == 1, (args, result.output)
        one_line_error(result)


def test_garbled_index_toc_names_the_fix_and_rebuild_recovers(home):
    good = invoke(home, "search", "Chỉ thị 05", "--format", "jsonl", "--limit", "50").stdout
    _garble_toc(home)
    assert "edunews index --rebuild" in one_line_error(invoke(home, "search", "sơ kết"))
    assert invoke(home, "index", "--rebuild").exit_code == 0
    assert invoke(home, "search", "Chỉ thị 05", "--format", "jsonl", "--limit", "50").stdout == good
