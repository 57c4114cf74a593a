"""Exit codes and one-line errors for bad input (never a traceback)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from search_cli.app import cli
from test_cli_support import make_archive


def invoke(args, **kw):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kw)


def one_line_error(result) -> str:
    err = result.stderr.strip()
    assert err.count("\n") == 0, err
    assert err.startswith("Error: "), err
    assert "Traceback" not in result.output
    return err


@pytest.mark.parametrize("args", [
    ["search", "Chỉ thị 05", "--since", "2021-02-30"],
    ["export", "-o", "x.csv", "--until", "2021-13-01"],
    ["stats", "--since", "03/07/2020"],
])
def test_impossible_or_malformed_date_is_exit_2(tmp_path, args):
    result = invoke(["--home", str(tmp_path), *args])
    assert result.exit_code == 2
    err = one_line_error(result)
    assert "YYYY-MM-DD" in err


def test_since_after_until_is_exit_2(tmp_path):
    make_archive(tmp_path)
    result = invoke(["--home", str(tmp_path), "stats", "--since", "2022-01-01", "--until", "2021-01-01"])
    assert result.exit_code == 2
    assert "swap" in one_line_error(result)


def test_empty_query_is_exit_2(tmp_path):
    result = invoke(["--home", str(tmp_path), "search", "   "])
    assert result.exit_code == 2
    assert "empty query" in one_line_error(result)


def test_unknown_option_value_is_one_line(tmp_path):
    result = invoke(["--home", str(tmp_path), "search", "x", "--kind", "picnic"])
    assert result.exit_code == 2
    err = one_line_error(result)
    assert "picnic" in err and "edunews search --help" in err


def test_unknown_province_in_stats_is_exit_2(tmp_path):
    make_archive(tmp_path)
    result = invoke(["--home", str(tmp_path), "stats", "--province", "Atlantis"])
    assert result.exit_code == 2
    assert "Atlantis" in one_line_error(result)


def test_home_that_is_a_file_is_exit_2(tmp_path):
    home = tmp_path / "home"
    home.write_text("not a directory")
    for args in (["crawl", "--all"], ["update"], ["stats"]):
        result = invoke(["--home", str(home), *args])
        assert result.exit_code == 2, args
        assert "is a file" in one_line_error(result)
    assert home.read_text() == "not a directory"


def test_read_commands_on_missing_archive_name_the_command_to_run(tmp_path):
    home = tmp_path / "empty"
    result = invoke(["--home", str(home), "stats"])
    assert result.exit_code == 1
    assert "edunews crawl" in one_line_error(result)
    result = invoke(["--home", str(home), "export", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 1
    assert "edunews crawl" in one_line_error(result)
    assert not (tmp_path / "x.csv").exists()


def test_missing_index_names_edunews_index(tmp_path):
    make_archive(tmp_path)
    result = invoke(["--home", str(tmp_path), "export", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 1
    assert "edunews index" in one_line_error(result)


def test_corrupt_archive_is_one_line_exit_1(tmp_path):
    (tmp_path / "archive.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    for args in (["stats"], ["index"]):
        result = invoke(["--home", str(tmp_path), *args])
        assert result.exit_code == 1, (args, result.output)
        assert "archive" in one_line_error(result)


def test_unwritable_output_path_is_exit_2(tmp_path):
    make_archive(tmp_path)
    result = invoke(["--home", str(tmp_path), "export", "-o", str(tmp_path / "no" / "such" / "x.csv")])
    assert result.exit_code == 2
    assert "does not exist" in one_line_error(result)


def test_bad_setting_syntax_is_exit_2(tmp_path):
    result = invoke(["--home", str(tmp_path), "crawl", "--all", "-s", "DOWNLOAD_DELAY"])
    assert result.exit_code == 2
    assert "NAME=VALUE" in one_line_error(result)


def test_crawl_needs_exactly_one_target(tmp_path):
    result = invoke(["--home", str(tmp_path), "crawl"])
    assert result.exit_code == 2
    assert "--all" in one_line_error(result)
    result = invoke(["--home", str(tmp_path), "crawl", "--start-url", "http://127.0.0.1:9/"])
    assert result.exit_code == 2
    assert "--province" in one_line_error(result)


def test_extract_continues_after_unreadable_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Hội nghị sơ kết</h1><p>Đoạn một về Chỉ thị 05.</p>"
                    "<p>Đoạn hai.</p></body></html>", encoding="utf-8")
    result = invoke(["--home", str(tmp_path), "extract", str(tmp_path / "missing.html"), str(page)])
    assert result.exit_code == 1
    assert "missing.html" in one_line_error(result)
    import json
    lines = [json.loads(l) for l in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["file"] == str(page)
    assert set(lines[0]) >= {"url", "title", "published", "author", "province", "unit", "text",
                             "captions", "attachments", "refs", "kind"}


def test_version_and_exit_code_table_in_help(tmp_path):
    result = invoke(["--version"])
    assert result.exit_code == 0 and "edunews" in result.stdout
    result = invoke(["--help"])
    for code in ("0", "1", "2", "3", "75"):
        assert f"\n    {code} " in result.stdout


def test_bare_edunews_shows_help_and_exits_0():
    result = CliRunner().invoke(cli, [])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: edunews") and "Examples:" in result.stdout


def test_typo_in_command_is_one_line_with_suggestion(tmp_path):
    result = invoke(["--home", str(tmp_path), "serch", "x"])
    assert result.exit_code == 2
    assert "search" in one_line_error(result)


def test_unexpected_error_is_one_line_unless_debug(tmp_path, monkeypatch):
    import search_cli.cmd_info as info

    def boom(value):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(info.sch, "parse_at", boom)
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "schedule", "--every", "daily"])
    assert result.exit_code == 1
    assert one_line_error(result) == ("Error: RuntimeError: disk on fire second line "
                                      "(run with --debug for the traceback)")
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "--debug", "schedule", "--every", "daily"])
    assert isinstance(result.exception, RuntimeError)


def test_output_in_a_folder_nobody_can_write_is_exit_2(tmp_path):
    # /proc refuses new files even to root, so this holds whoever runs the tests.
    from test_cli_support import make_indexed_home

    make_indexed_home(tmp_path)
    result = invoke(["--home", str(tmp_path), "export", "sơ kết", "-o", "/proc/edunews-test.csv"])
    assert result.exit_code == 2
    assert "cannot write /proc/edunews-test.csv" in one_line_error(result)


def test_home_that_cannot_be_created_is_exit_2():
    result = invoke(["--home", "/proc/edunews-test-home", "crawl", "--all"])
    assert result.exit_code == 2
    assert "cannot create home" in one_line_error(result)


def test_bad_setting_value_is_exit_2_before_anything_starts(tmp_path):
    home = tmp_path / "fresh"
    for cmd in (["crawl", "--all"], ["update"]):
        result = invoke(["--home", str(home), *cmd, "-s", "DOWNLOAD_DELAY=abc"])
        assert result.exit_code == 2
        assert "DOWNLOAD_DELAY" in one_line_error(result)
    assert not home.exists()
