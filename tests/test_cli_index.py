"""`edunews index`: incremental counts, deletions via tombstones, --rebuild."""
from __future__ import annotations

import re

from click.testing import CliRunner

from archive import Archive
from search_cli.app import cli
from test_cli_support import make_archive, seed_articles


def _index(home, *args):
    result = CliRunner().invoke(cli, ["--home", str(home), "index", *args])
    assert result.exit_code == 0, result.output
    m = re.search(r"Index: (\d+) added, (\d+) updated, (\d+) deleted, (\d+) unchanged; (\d+) articles",
                  result.stdout)
    assert m, result.stdout
    return tuple(int(x) for x in m.groups())


def test_index_is_incremental_and_follows_deletions(tmp_path):
    items = seed_articles()
    make_archive(tmp_path, items)
    n = len(items)
    assert _index(tmp_path) == (n, 0, 0, 0, n)
    assert _index(tmp_path) == (0, 0, 0, n, n)
    with Archive(tmp_path / "archive.sqlite") as arc:
        assert arc.delete_article(items[0][0].url)
        changed = items[1][0]
        changed.text += "\n\nBổ sung: Chỉ thị 05-CT/TW."
        assert arc.put_article(changed, "seeds") == "updated"
    added, updated, deleted, unchanged, total = _index(tmp_path)
    assert (added, deleted, total) == (0, 1, n - 1) and updated >= 1
    assert _index(tmp_path, "--rebuild")[0] == n - 1


def test_index_progress_off_tty_is_plain_lines(tmp_path):
    make_archive(tmp_path)
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "index"])
    assert result.exit_code == 0
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
