"""Progress off a terminal: plain log lines, one per source event and one per N pages."""
from __future__ import annotations

import io

from search_cli.progress import IndexProgress, Progress


def test_off_tty_progress_is_line_based():
    buf = io.StringIO()
    p = Progress(stream=buf, tty=False, every=10)
    p({"event": "source_start", "source": "gddt-daklak"})
    for i in range(25):
        p({"event": "page", "source": "gddt-daklak", "outcome": "new" if i % 2 else "unchanged"})
    p({"event": "source_done", "source": "gddt-daklak"})
    p.close()
    text = buf.getvalue()
    assert "\r" not in text and "\x1b" not in text
    lines = text.splitlines()
    assert lines[0] == "crawl: gddt-daklak started"
    assert len([l for l in lines if l.endswith("pages/s [gddt-daklak]")]) == 2   # pages 10 and 20
    assert lines[-1] == ("crawl: gddt-daklak done: 25 pages, 12 articles, 0 errors "
                         "(all sources: 25 pages, 12 articles)")


def test_running_totals_from_crawler_are_used_as_given():
    buf = io.StringIO()
    p = Progress(stream=buf, tty=False, every=100)
    p({"event": "source_done", "source": "s1", "pages": 340, "articles": 120, "errors": 3})
    assert buf.getvalue().startswith("crawl: s1 done: 340 pages, 120 articles, 3 errors")


def test_tty_progress_rewrites_one_line():
    buf = io.StringIO()
    p = Progress(stream=buf, tty=True)
    p({"event": "source_start", "source": "s1"})
    p({"event": "source_done", "source": "s1", "pages": 5})
    p.close()
    text = buf.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n") and text.count("\n") == 1


def test_index_progress_off_tty_accepts_counts_or_dicts():
    buf = io.StringIO()
    p = IndexProgress(stream=buf, tty=False, every=100)
    for done in range(0, 301, 50):
        p(done, 300)
    p({"done": 300, "total": 300})
    assert buf.getvalue().splitlines() == ["index: 100/300 articles", "index: 200/300 articles",
                                           "index: 300/300 articles"]


def test_concurrent_sources_are_summed():
    buf = io.StringIO()
    p = Progress(stream=buf, tty=False, every=1000)
    p({"event": "page", "source": "a", "pages": 10, "articles": 4, "errors": 1})
    p({"event": "page", "source": "b", "pages": 3, "articles": 2, "errors": 0})
    p({"event": "page", "source": "a", "pages": 11, "articles": 5, "errors": 1})
    p({"event": "source_done", "source": "b", "pages": 3, "articles": 2, "status": "done"})
    assert p.pages == 14 and p.articles == 7 and p.errors == 1
    assert buf.getvalue() == "crawl: b done: 3 pages, 2 articles, 0 errors (all sources: 14 pages, 7 articles)\n"
