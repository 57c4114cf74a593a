"""`edunews extract` on saved snapshot pages, and UTF-8 output whatever the locale says."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from cleaner.extract import SourceInfo, extract
from search_cli.app import cli
from test_cli_support import REPO

SITE = REPO / "data" / "snapshots" / "daklak"
ARTICLE = SITE / "dang-uy-so-gddt-trien-khai-chuyen-de-nam-2019" / "index.html"
LISTING = SITE / "category" / "tin-tuc-su-kien" / "index.html"
URL = "http://gddt.daklak.gov.vn/dang-uy-so-gddt-trien-khai-chuyen-de-nam-2019/"


def test_extract_article_matches_the_cleaner_and_flags_listings(tmp_path):
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "extract", str(ARTICLE), "--url", URL,
                                      "--province", "Đắk Lắk"])
    assert result.exit_code == 0, result.output
    [obj] = [json.loads(l) for l in result.stdout.splitlines()]
    want = extract(ARTICLE.read_bytes(), URL, headers=None, source=SourceInfo(province="Đắk Lắk")).article
    assert obj["page_kind"] == "article" and obj["url"] == URL
    for key in ("title", "published", "author", "province", "unit", "text", "captions", "attachments",
                "refs", "kind"):
        assert obj[key] == getattr(want, key), key
    assert obj["title"] and "Lượt xem" not in obj["text"]

    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "extract", str(LISTING)])
    [obj] = [json.loads(l) for l in result.stdout.splitlines()]
    assert obj["page_kind"] == "listing" and obj["url"] == LISTING.as_uri() and obj["title"] is None


def test_output_is_utf8_even_with_an_ascii_locale(tmp_path):
    env = dict(os.environ, PYTHONIOENCODING="ascii", PYTHONUTF8="0", LC_ALL="C", LANG="C")
    proc = subprocess.run([sys.executable, "-m", "search_cli.app", "--home", str(tmp_path), "extract",
                           str(ARTICLE), "--province", "Đắk Lắk"], cwd=REPO, env=env, capture_output=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout.decode("utf-8"))
    assert obj["province"] == "Đắk Lắk"
    assert "Đắk Lắk".encode("utf-8") in proc.stdout
