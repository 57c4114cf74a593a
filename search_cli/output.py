"""Human-readable output: the search result table, facet counts, simple tables.

Snippets carry matches as ``[[match]]``. On a terminal the brackets become
bold yellow text; off a terminal (a pipe, a file) the brackets are kept so the
matches stay visible in plain text.
"""
from __future__ import annotations

import re
import shutil
import textwrap
import unicodedata
from typing import Iterable, Sequence

import click

from index.api import Hit, SearchResult

_MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def highlight(snippet: str, color: bool) -> str:
    if not color:
        return snippet
    return _MARK.sub(lambda m: click.style(m.group(1), bold=True, fg="yellow"), snippet)


def display_width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def term_width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def render_hits(result: SearchResult, query: str, color: bool, offset: int = 0,
                by_date: bool = False) -> list[str]:
    """One block per hit: rank, score, date, province on the first line, then title, URL, snippet.

    Sorted by date there is no relevance score, so the column is left out.
    """
    width = term_width()
    lines: list[str] = []
    shown = len(result.hits)
    what = f"for {query!r}" if query else "(all articles passing the filters)"
    if shown:
        lines.append(f"{result.total} hits {what}; showing {offset + 1}-{offset + shown} "
                     f"({result.elapsed_ms:.0f} ms)")
    else:
        lines.append(f"{result.total} hits {what} ({result.elapsed_ms:.0f} ms)")
    for hit in result.hits:
        lines.append("")
        lines.extend(render_hit(hit, color, width, show_score=not by_date))
    return lines


def render_hit(hit: Hit, color: bool, width: int, show_score: bool = True) -> list[str]:
    score = f"{hit.score:7.2f}  " if show_score else ""
    head = f"{hit.rank:>4}  {score}{hit.published or '----------'}  {hit.province or '?'}"
    if hit.province_2025 and hit.province_2025 != hit.province:
        head += f" (2025: {hit.province_2025})"
    if hit.kind and hit.kind != "other":
        head += f"  [{hit.kind}]"
    out = [head]
    for line in textwrap.wrap(" ".join(hit.title.split()), width=max(40, width - 6)) or [""]:
        out.append("      " + (click.style(line, bold=True) if color else line))
    out.append(f"      {hit.url}")
    if hit.other_urls:
        out.append(f"      + {len(hit.other_urls)} copies: " + " ".join(hit.other_urls))
    if hit.snippet:
        wrapped = textwrap.wrap(" ".join(hit.snippet.split()), width=max(40, width - 6),
                                break_long_words=False, break_on_hyphens=False)
        out.extend("      " + highlight(line, color) for line in wrapped)
    return out


def render_facets(facets: dict[str, dict[str, int]]) -> list[str]:
    lines: list[str] = []
    for name, counts in facets.items():
        lines.append("")
        lines.append(f"{name} (all hits):")
        if not counts:
            lines.append("  (none)")
            continue
        width = max(display_width(k or "?") for k in counts)
        # Years read as a time line (attention over time); other facets by count.
        order = ((lambda kv: kv[0] or "") if name == "year"
                 else (lambda kv: (-kv[1], kv[0] or "")))
        for value, count in sorted(counts.items(), key=order):
            label = value or "?"
            lines.append(f"  {label}{' ' * (width - display_width(label))}  {count:>7}")
    return lines


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> list[str]:
    """A plain left-aligned text table (numbers right-aligned)."""
    cells = [[("" if c is None else str(c)) for c in r] for r in rows]
    widths = [display_width(h) for h in header]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], display_width(c))
    def fmt(r: Iterable[str], numeric: list[bool]) -> str:
        parts = []
        for i, c in enumerate(r):
            pad = " " * (widths[i] - display_width(c))
            parts.append(pad + c if numeric[i] else c + pad)
        return "  ".join(parts).rstrip()
    numeric = [bool(cells) and all(_is_num(r[i]) for r in cells) for i in range(len(header))]
    out = [fmt(header, numeric), fmt(["-" * w for w in widths], [False] * len(widths))]
    out += [fmt(r, numeric) for r in cells]
    return out


def _is_num(text: str) -> bool:
    return text == "" or text.replace(".", "", 1).isdigit()


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"
