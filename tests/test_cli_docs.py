"""docs/CLI.md is generated from the live --help; every command teaches with examples."""
from __future__ import annotations

from pathlib import Path

import pytest

from search_cli import docs
from search_cli.app import cli

REPO = Path(__file__).resolve().parent.parent
COMMANDS = ["crawl", "index", "search", "export", "extract", "stats", "sources", "update", "schedule"]


def test_docs_cli_md_is_up_to_date():
    current = (REPO / "docs" / "CLI.md").read_text(encoding="utf-8")
    assert current == docs.render(), "docs/CLI.md is stale: run python -m search_cli.docs > docs/CLI.md"


def test_every_assigned_command_exists_and_is_documented():
    assert sorted(cli.commands) == sorted(COMMANDS)
    text = docs.render()
    for name in COMMANDS:
        assert f"## edunews {name}\n" in text


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_summary_and_real_examples(name):
    text = docs.help_text(cli.commands[name], name)
    body = text.split("\n\n", 2)
    assert len(body) > 2 and body[1].strip(), f"{name}: no summary line"
    assert "Examples:" in text, f"{name}: no Examples section"
    after = text.split("Examples:", 1)[1].splitlines()
    examples = [l.strip() for l in after if l.strip().startswith("edunews ")]
    assert examples and all(name in e for e in examples[:1]), f"{name}: examples do not use the command"
