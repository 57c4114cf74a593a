"""`edunews stats`: counts by province/year/kind with filters, last runs, sizes."""
from __future__ import annotations

import json
from collections import Counter

from click.testing import CliRunner

from archive import Archive
from search_cli.app import cli
from test_cli_support import TRICKY, make_archive, seed_articles


def _stats(home, *args):
    result = CliRunner().invoke(cli, ["--home", str(home), "stats", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_counts_match_the_archive(tmp_path):
    items = seed_articles()
    make_archive(tmp_path, items)
    data = _stats(tmp_path)
    assert data["articles"] == len(items)
    assert data["by_province"] == dict(Counter(a.province for a, _ in items))
    assert data["by_year"] == dict(Counter(a.published[:4] for a, _ in items))
    assert data["by_kind"] == dict(Counter(a.kind for a, _ in items))
    assert data["archive"]["bytes"] > 0
    assert data["index"]["exists"] is False


def test_filters_accept_unaccented_province_and_dates(tmp_path):
    items = seed_articles()
    make_archive(tmp_path, items)
    want = [a for a, _ in items if a.province == "Sóc Trăng" and a.published >= "2020-08-01"]
    assert want, "fixture must contain matching rows"
    data = _stats(tmp_path, "--province", "soc trang", "--since", "2020-08-01")
    assert data["articles"] == len(want)
    assert data["by_province"] == {"Sóc Trăng": len(want)}
    data = _stats(tmp_path, "--kind", "so-ket", "--kind", "dai-hoi")
    assert data["articles"] == sum(1 for a, _ in items if a.kind in ("so-ket", "dai-hoi"))


def test_2025_unit_name_selects_merged_provinces(tmp_path):
    items = seed_articles()
    make_archive(tmp_path, items)
    # Sóc Trăng merged into Cần Thơ in 2025 (data/provinces.tsv).
    data = _stats(tmp_path, "--province", "Cần Thơ")
    assert data["by_province"].get("Sóc Trăng") == sum(1 for a, _ in items if a.province == "Sóc Trăng")


def test_last_runs_and_table_output(tmp_path):
    make_archive(tmp_path)
    with Archive(tmp_path / "archive.sqlite") as arc:
        run = arc.start_run("gddt-daklak")
        arc.finish_run(run, "done", {"pages": 42, "new": 7, "updated": 1, "errors": {"http_503": 2}})
    data = _stats(tmp_path)
    assert data["last_runs"][0]["source"] == "gddt-daklak"
    assert data["last_runs"][0]["stats"]["pages"] == 42
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "stats"])
    assert result.exit_code == 0
    line = [l for l in result.stdout.splitlines() if "gddt-daklak" in l][0]
    assert "done" in line and "42" in line and "http_503 2" in line
    assert "Articles by province:" in result.stdout and "Sóc Trăng" in result.stdout


def test_monthly_counts(tmp_path):
    items = seed_articles()
    make_archive(tmp_path, items)
    data = _stats(tmp_path)
    assert data["by_month"] == dict(Counter(a.published[:7] for a, _ in items))
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "stats", "--monthly"])
    assert "Articles by month:" in result.stdout and "2020-07" in result.stdout


def test_unknown_source_is_exit_2_and_lists_archived_sources(tmp_path):
    make_archive(tmp_path)
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "stats", "--source", "no-such-site"])
    assert result.exit_code == 2
    assert result.stderr == "Error: unknown source no-such-site: the archive holds seeds, tricky\n"
    assert _stats(tmp_path, "--source", "tricky")["articles"] == len(TRICKY)
