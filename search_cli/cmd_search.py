"""``edunews search`` and ``edunews export``: the read path (no Scrapy, no crawler)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from index.api import IndexError_, QueryError, QueryRequest
from search_cli import export as ex
from search_cli.errors import CliError, UsageError
from search_cli.home import Home
from search_cli.options import FACETS, check_range, filter_options, format_option
from search_cli.output import render_facets, render_hits


def build_request(query: str, provinces, since, until, kinds, sources_filter, **kw) -> QueryRequest:
    check_range(since, until)
    return QueryRequest(query=query, provinces=list(provinces), since=since, until=until,
                        kinds=list(kinds), sources=list(sources_filter), **kw)


def validate(query: str) -> None:
    """Reject a malformed query before the index is opened (exit 2)."""
    from index.search import validate_query

    try:
        validate_query(query)
    except QueryError as exc:
        raise UsageError(str(exc)) from None


def open_searcher(home: Home):
    index_dir = home.require_index()
    from index.search import Searcher

    try:
        return Searcher(index_dir, home.archive_path)
    except IndexError_ as exc:
        raise CliError(str(exc)) from None


def run_search(searcher, req: QueryRequest):
    try:
        return searcher.search(req)
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    except IndexError_ as exc:
        raise CliError(str(exc)) from None


@click.command()
@click.argument("query")
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Order of hits; date = newest first.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True,
              help="Hits to show (0: only the count and facets).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many hits (paging).")
@click.option("--facet", "facets", multiple=True, type=click.Choice(FACETS),
              help="Count all hits by this field. Repeatable.")
@click.option("--all-copies", is_flag=True,
              help="Show near-duplicate copies of an article as separate hits.")
@format_option()
@click.pass_obj
def search(home: Home, query: str, provinces, since, until, kinds, sources_filter, sort, limit, offset,
           facets, all_copies, fmt) -> None:
    """Search the archive. Diacritics optional; "quotes" make phrases.

    Words are all required by default; use OR, NOT, parentheses and "phrases",
    and the fields title: province: kind: source: year: ref: (year:2020-2022).
    Document references such as 05-CT/TW match however they are written.
    On a terminal, matches in snippets are bold; off a terminal (pipe, file)
    or with NO_COLOR set they stay wrapped in [[ ]]. --format jsonl and csv
    print the columns of 'edunews export' (one page of hits; csv without BOM);
    with --facet, jsonl adds {"facet", "value", "count"} lines after the hits.

    \b
    Examples:
      edunews search "Chỉ thị 05" --province "Sóc Trăng" --since 2020-01-01
      edunews search 'chi thi 05 AND "so ket"' --facet province
      edunews search "hội nghị tổng kết năm học" --kind tong-ket --sort date
      edunews search "nghị quyết 29" --facet year --limit 0
      edunews search 'ref:05-ct/tw year:2020-2022' --facet province_2025
      edunews search "quán triệt" --format jsonl --limit 100 > hits.jsonl
    """
    if not query.strip():
        raise UsageError("empty query: give words to search for, e.g. edunews search \"Chỉ thị 05\" "
                         "(to list every article use 'edunews export -o FILE')")
    validate(query)
    req = build_request(query, provinces, since, until, kinds, sources_filter, sort=sort, limit=limit,
                        offset=offset, facets=list(facets), all_copies=all_copies)
    home.require_index()
    home.check_sources(sources_filter)
    searcher = open_searcher(home)
    try:
        result = run_search(searcher, req)
    finally:
        searcher.close()
    out = sys.stdout
    if fmt == "table":
        color = out.isatty() and not os.environ.get("NO_COLOR")
        lines = render_hits(result, query, color, offset, by_date=(sort == "date")) + render_facets(result.facets)
        click.echo("\n".join(lines))
    elif fmt == "jsonl":
        for hit in result.hits:
            click.echo(json.dumps(ex.hit_row(hit), ensure_ascii=False))
        for name, counts in result.facets.items():
            for value, count in counts.items():
                click.echo(json.dumps({"facet": name, "value": value, "count": count}, ensure_ascii=False))
    else:
        writer = ex.RowWriter(out, "csv")
        for hit in result.hits:
            writer.write(ex.hit_row(hit))


def _check_output(path: Path, force: bool) -> None:
    """Fail fast (exit 2) before searching when the output cannot be written."""
    if path.is_dir():
        raise UsageError(f"{path} is a directory: give a file name, e.g. -o hits.csv")
    if path.exists() and not force:
        raise UsageError(f"{path} exists: pass --force to replace it, or choose another -o FILE")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write {path}: folder {folder} is not writable")


def _rows(searcher, home: Home, req: QueryRequest, with_text: bool):
    hits = searcher.iter_all(req)
    if not with_text:
        for hit in hits:
            yield ex.hit_row(hit)
        return
    archive = home.open_archive(readonly=True)
    try:
        for batch in ex.batched(hits, 500):
            records = archive.articles_by_url(h.url for h in batch)
            for hit in batch:
                rec = records.get(hit.url)
                yield ex.hit_row(hit, rec.article.text if rec else "")
    finally:
        archive.close()


EXPORT_HELP = "\n".join([
    "Write EVERY hit of a query (not one page) to a CSV or JSONL file.",
    "",
    "Without QUERY, every archived article passing the filters is written. "
    "CSV is UTF-8 with a BOM (Excel then opens Vietnamese correctly; --no-bom drops it), "
    "RFC 4180 quoting, CRLF line ends. A scraped cell starting with = + - @, tab or CR "
    "gets a leading ' so spreadsheets do not run it as a formula. An existing file is "
    "kept unless --force; the file is written under a temporary name and renamed, so a "
    "failed export leaves no half file. -o - writes to stdout (no BOM). The format "
    "follows the file name (.jsonl) unless --format says otherwise.",
    "",
    "\b",
    "Examples:",
    '  edunews export "Chỉ thị 05" --province "Sóc Trăng" -o chi-thi-05.csv',
    "  edunews export 'chi thi 05 AND \"so ket\"' --since 2020-01-01 -o hits.csv",
    "  edunews export --kind dai-hoi --with-text -o dai-hoi.jsonl",
    '  edunews export --province "Quảng Ngãi" -o - | wc -l',
    "",
    ex.columns_help(),
])


@click.command(help=EXPORT_HELP)
@click.argument("query", required=False, default="")
@filter_options
@click.option("-o", "--output", "output", required=True, metavar="FILE",
              help="File to write ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="Output format [default: jsonl for a .jsonl FILE, else csv].")
@click.option("--with-text", is_flag=True, help="Add the full article text as a last column.")
@click.option("--no-bom", is_flag=True, help="No UTF-8 byte order mark at the start of the file.")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default=None,
              help="Order of rows [default: relevance with QUERY, date without].")
@click.option("--all-copies", is_flag=True, help="One row per copy instead of folding near-duplicates.")
@click.pass_obj
def export(home: Home, query: str, provinces, since, until, kinds, sources_filter, output, fmt,
           with_text, no_bom, force, sort, all_copies) -> None:
    if query and query.strip():
        validate(query)
    query = (query or "").strip()
    req = build_request(query, provinces, since, until, kinds, sources_filter,
                        sort=sort or ("relevance" if query else "date"), limit=None, offset=0,
                        all_copies=all_copies)
    to_stdout = output == "-"
    if fmt is None:
        fmt = "jsonl" if output.lower().endswith((".jsonl", ".ndjson")) else "csv"
    path = Path(output)
    if not to_stdout:
        _check_output(path, force)
    home.require_index()
    home.check_sources(sources_filter)
    searcher = open_searcher(home)
    try:
        rows = _rows(searcher, home, req, with_text)
        if to_stdout:
            writer = ex.RowWriter(sys.stdout, fmt, with_text)
            _write_all(writer, rows)
        else:
            try:
                with ex.atomic_text_file(path, bom=not no_bom and fmt == "csv", force=force) as fh:
                    writer = ex.RowWriter(fh, fmt, with_text)
                    _write_all(writer, rows)
            except FileExistsError:
                raise UsageError(f"{path} exists: pass --force to replace it") from None
            except ex.OutputNotWritable as exc:
                raise UsageError(f"cannot write {path}: {exc.strerror}; choose another -o FILE") from None
            except OSError as exc:
                raise CliError(f"cannot write {path}: {exc.strerror or exc}; nothing was written") from None
    finally:
        searcher.close()
    if not to_stdout:
        click.echo(f"Wrote {writer.count} rows to {path} ({fmt}"
                   f"{', UTF-8 with BOM' if fmt == 'csv' and not no_bom else ''}).", err=True)


def _write_all(writer: ex.RowWriter, rows) -> None:
    try:
        for row in rows:
            writer.write(row)
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    except IndexError_ as exc:
        raise CliError(str(exc)) from None
