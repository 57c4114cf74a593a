"""Generate docs/CLI.md from the live ``--help`` of every command.

    python -m search_cli.docs > docs/CLI.md

A test regenerates the text and fails when docs/CLI.md differs, so the
reference cannot drift from the code.
"""
from __future__ import annotations

import sys

import click

from search_cli.app import cli
from search_cli.errors import EXIT_CODES_HELP

WIDTH = 88

CONVENTIONS = """
## Conventions

* **Home** (`--home DIR`, env `EDUNEWS_HOME`, default `$XDG_DATA_HOME/edunews` or
  `~/.local/share/edunews`): `archive.sqlite`, `index/`, `runs/` (one JSON summary per
  crawl or update), `logs/edunews.log` (rotating, 2 MB x 5), `sources.toml` (optional,
  replaces the bundled list), `crawl.lock` and `update.lock`. `crawl` and `update` create
  it; read commands on a home without an archive or index name the command to run first.
* **Errors** are one line on stderr, `Error: ...`, with the exit code above; `--debug`
  shows the Python traceback instead.
* **Progress** goes to stderr: on a terminal one status line rewritten in place; off a
  terminal (cron, systemd, a pipe) plain lines, one per source start/end and one every
  50 pages. stdout carries only results, so `edunews search ... --format jsonl > f` is clean.
* **Snippets** mark matches as `[[match]]`; on a terminal the marks become bold yellow
  (unless `NO_COLOR` is set).
* **Locks** are `fcntl` locks, released by the kernel when the holder dies (even by
  `kill -9`): a second `crawl` or `update` on the same home exits at once with code 75.
* Output is always UTF-8, whatever the locale.
"""


def help_text(command: click.Command, name: str, parent: click.Context | None = None) -> str:
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=WIDTH, help_option_names=["-h", "--help"],
                        max_content_width=WIDTH)
    return command.get_help(ctx)


def commands() -> list[tuple[str, click.Command]]:
    return sorted(cli.commands.items())


def render() -> str:
    root = click.Context(cli, info_name="edunews", terminal_width=WIDTH, max_content_width=WIDTH,
                         help_option_names=["-h", "--help"])
    out = [
        "# edunews command reference",
        "",
        "Generated from the live `--help` output by `python -m search_cli.docs > docs/CLI.md`;",
        "a test fails when this file is stale. Do not edit by hand.",
        "",
        "## Exit codes",
        "",
        "| code | meaning |",
        "|---|---|",
    ]
    for line in EXIT_CODES_HELP.splitlines()[2:]:
        code, _, meaning = line.strip().partition(" ")
        out.append(f"| {code} | {meaning.strip()} |")
    out += ["", CONVENTIONS.strip(), ""]
    out += ["## edunews", "", "```", cli.get_help(root).rstrip(), "```", ""]
    for name, command in commands():
        out += [f"## edunews {name}", "", "```", help_text(command, name, root).rstrip(), "```", ""]
    return "\n".join(out)


def main() -> None:
    text = render()
    try:
        sys.stdout.reconfigure(encoding="utf-8")
    except (AttributeError, ValueError):
        pass
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
