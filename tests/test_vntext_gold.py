"""References in the annotated snapshot pages (data/snapshots/gold.jsonl) come out exactly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vntext.refs import canonical_refs, query_terms

GOLD = Path(__file__).resolve().parent.parent / "data" / "snapshots" / "gold.jsonl"


def gold_pages() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_text(page: dict) -> str:
    body = page.get("body") or []
    return "\n".join([page.get("title") or "", *(body if isinstance(body, list) else [body])])


def test_gold_file_has_pages_with_refs() -> None:
    pages = gold_pages()
    assert len(pages) >= 20
    assert sum(1 for p in pages if p.get("refs")) >= 10


@pytest.mark.parametrize("page", gold_pages(), ids=lambda p: p.get("key") or p.get("url", "?"))
def test_gold_refs(page: dict) -> None:
    assert canonical_refs(page_text(page)) == sorted(page.get("refs") or [])


def test_every_gold_ref_is_findable_as_a_query() -> None:
    """What the cleaner stores, a user can type back: each id parses as a query for itself."""
    ids = sorted({r for p in gold_pages() for r in p.get("refs") or []})
    for ref_id in ids:
        found = query_terms(ref_id)
        assert len(found) == 1, ref_id
        assert found[0][0] == (0, len(ref_id))
