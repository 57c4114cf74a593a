"""`edunews update` / `crawl` / `sources` against the local snapshot sites (127.0.0.1 only).

Crawls run in a subprocess: Scrapy's reactor starts once per process.
"""
from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner

from search_cli.app import cli
from snapserver.sites import serve
from snapserver.sources import resolve
from test_cli_support import REPO, run_edunews

SNAPSHOTS = REPO / "data" / "snapshots"
SITES = ["soctrang", "daklak"]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=0"]


@pytest.fixture(scope="module")
def sites():
    with serve(SNAPSHOTS, only=SITES) as bases:
        yield bases


def _home(tmp_path, sites, extra: str = ""):
    home = tmp_path / "home"
    resolve(SNAPSHOTS / "sources.toml", sites, home / "sources.toml")
    if extra:
        with open(home / "sources.toml", "a", encoding="utf-8") as fh:
            fh.write(extra)
    return home


def _dead_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _runs(home, prefix):
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((home / "runs").glob(f"{prefix}-*.json"))]


def test_update_crawls_indexes_logs_and_is_incremental(tmp_path, sites):
    home = _home(tmp_path, sites)
    first = run_edunews(["update", *FAST], home=home, timeout=120)
    assert first.returncode == 0, first.stderr
    runs = _runs(home, "update")
    assert len(runs) == 1 and runs[0]["status"] == "ok" and runs[0]["exit_code"] == 0
    per_source = {s["name"]: s for s in runs[0]["summary"]["sources"]}
    assert set(per_source) == set(SITES)
    new = sum(s["new"] for s in per_source.values())
    assert new > 0 and runs[0]["index"]["added"] == new
    # Off a terminal, progress is plain lines on stderr: one per source start and end.
    err = first.stderr
    assert "\r" not in err and "\x1b[" not in err and "Traceback" not in err
    for name in SITES:
        assert f"update: {name} started\n" in err and f"update: {name} done: " in err
    assert f"Index: {new} added" in first.stdout
    log = (home / "logs" / "edunews.log").read_text(encoding="utf-8")
    assert "update started" in log and "update ok" in log

    search = run_edunews(["search", "hội nghị", "--format", "jsonl", "--limit", "100"], home=home)
    assert search.returncode == 0, search.stderr
    hits = [json.loads(l) for l in search.stdout.splitlines()]
    assert hits and all(any(h["url"].startswith(sites[n] + "/") for n in SITES) for h in hits)

    second = run_edunews(["update", *FAST], home=home, timeout=120)
    assert second.returncode == 0, second.stderr
    again = _runs(home, "update")[-1]
    assert sum(s["new"] for s in again["summary"]["sources"]) == 0
    assert again["index"]["added"] == 0 and again["index"]["unchanged"] == new


def test_update_with_a_dead_source_is_partial_exit_3(tmp_path, sites):
    dead = (f'\n[[source]]\nname = "dead-site"\nprovince = "Hà Giang"\n'
            f'start_urls = ["http://127.0.0.1:{_dead_port()}/"]\n')
    home = _home(tmp_path, sites, extra=dead)
    proc = run_edunews(["update", *FAST], home=home, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "1 source(s) failed: dead-site" in proc.stderr
    assert "Traceback" not in proc.stderr      # Scrapy's errors go to the log file
    run = _runs(home, "update")[-1]
    assert run["status"] == "partial" and run["failed_sources"] == ["dead-site"]
    assert "dead-site" in (home / "logs" / "edunews.log").read_text(encoding="utf-8")
    line = [l for l in proc.stdout.splitlines() if l.startswith("dead-site")][0]
    assert "failed" in line and "connection" in line


def test_crawl_named_source_prints_summary_and_saves_run(tmp_path, sites):
    home = _home(tmp_path, sites)
    proc = run_edunews(["crawl", "soctrang", "--max-pages", "50", *FAST], home=home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    header = proc.stdout.splitlines()[0].split()
    assert header[:7] == ["source", "status", "pages", "new", "updated", "unchanged", "skipped"]
    row = [l for l in proc.stdout.splitlines() if l.startswith("soctrang")][0].split()
    run = _runs(home, "crawl")[-1]
    src = run["summary"]["sources"][0]
    assert src["name"] == "soctrang" and row[2:4] == [str(src["pages"]), str(src["new"])]
    assert src["new"] > 0
    with_archive = CliRunner().invoke(cli, ["--home", str(home), "stats", "--json"])
    assert json.loads(with_archive.stdout)["by_source"] == {"soctrang": src["new"]}


def test_crawl_unknown_source_is_exit_2(tmp_path, sites):
    home = _home(tmp_path, sites)
    result = CliRunner().invoke(cli, ["--home", str(home), "crawl", "nowhere"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unknown source nowhere: configured sources are daklak, soctrang")


def test_sources_lists_file_first(tmp_path, sites):
    home = _home(tmp_path, sites)
    result = CliRunner().invoke(cli, ["--home", str(home), "sources"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"Sources from {home / 'sources.toml'} ({len(SITES)}):"
    assert any(l.startswith("soctrang") and "Sóc Trăng" in l and sites["soctrang"] in l for l in lines)
    result = CliRunner().invoke(cli, ["--home", str(home), "sources", "--format", "jsonl"])
    objs = [json.loads(l) for l in result.stdout.splitlines()]
    assert objs[0] == {"sources_file": str(home / "sources.toml")}
    assert {o["name"] for o in objs[1:]} == set(SITES)


def test_bad_sources_file_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[source]]\nname = \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--home", str(tmp_path / "h"), "sources", "--sources", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_crawl_start_url_records_province_and_name(tmp_path, sites):
    home = tmp_path / "adhoc"
    proc = run_edunews(["crawl", "--start-url", sites["soctrang"] + "/", "--province", "Sóc Trăng",
                        "--name", "st-adhoc", *FAST], home=home, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert any(l.startswith("st-adhoc") for l in proc.stdout.splitlines())
    stats = CliRunner().invoke(cli, ["--home", str(home), "stats", "--json"])
    data = json.loads(stats.stdout)
    assert data["articles"] > 0 and set(data["by_source"]) == {"st-adhoc"}
    assert data["by_province"] == {"Sóc Trăng": data["articles"]}
