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


def test_index_progress_on_a_terminal_is_one_rewritten_line(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from test_cli_support import REPO

    make_archive(tmp_path)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "search_cli.app", "--home", str(tmp_path), "index"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    out, _ = proc.communicate(timeout=60)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "\r\x1b[2Kindex: " in err and err.count("\n") <= 1
    assert out.decode().startswith("Index: ")
