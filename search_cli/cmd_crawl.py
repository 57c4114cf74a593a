"""The write path: ``crawl``, ``index``, ``update`` and the helpers ``sources``, ``extract``.

Scrapy and ``crawler`` are imported inside the command bodies only.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import click

from search_cli.errors import FAILURE, OK, PARTIAL, CliError, UsageError
from search_cli.export import write_json_atomic
from search_cli.home import Home
from search_cli.locks import hold
from search_cli.logs import remove_handler, setup_file_log
from search_cli.options import format_option, parse_date, settings_option, sources_option
from search_cli.output import table
from search_cli.progress import IndexProgress, Progress

log = logging.getLogger("edunews.cli")

FAILED_STATES = ("failed", "error", "unreachable", "interrupted")


class _CrawlProgress(Progress):
    """Progress that also keeps Scrapy's own log records out of the terminal.

    Scrapy's logging set-up (inside CrawlerProcess) empties the handlers of the
    'scrapy' logger while leaving it non-propagating, so its errors reach
    Python's last-resort handler and print tracebacks on stderr. The first
    progress event comes after that set-up; routing 'scrapy' to the root
    logger then sends those records to HOME/logs/edunews.log instead.
    """

    _routed = False

    def __call__(self, event=None, **kw):
        if not self._routed:
            self._routed = True
            for name in ("scrapy", "twisted", "py.warnings", "protego"):
                lg = logging.getLogger(name)
                if not lg.handlers and not lg.propagate:
                    lg.propagate = True
        super().__call__(event, **kw)


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _check_settings(settings: dict) -> None:
    """A bad -s value is bad input (exit 2), found before anything starts."""
    from crawler.settings import SettingsError, effective_settings

    try:
        effective_settings(settings)
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


def _load_sources(home: Home, override: str | None):
    from crawler.sources import SourcesError, sources_in_effect

    try:
        return sources_in_effect(home.path, Path(override) if override else None)
    except SourcesError as exc:
        raise UsageError(str(exc)) from None


def _source_dict(src: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(src):
        return dataclasses.asdict(src)
    if hasattr(src, "to_dict"):
        return src.to_dict()
    return dict(vars(src))


def _summary_dict(summary: Any) -> dict[str, Any]:
    if hasattr(summary, "to_dict"):
        return summary.to_dict()
    if dataclasses.is_dataclass(summary):
        return dataclasses.asdict(summary)
    return dict(summary)


def _per_source(summary: dict[str, Any]) -> list[dict[str, Any]]:
    items = summary.get("sources", [])
    if isinstance(items, dict):
        items = [dict(v, name=v.get("name", k)) for k, v in items.items()]
    return list(items)


def _errors_text(errors: Any) -> str:
    if isinstance(errors, dict):
        return ", ".join(f"{k} {v}" for k, v in sorted(errors.items()) if v) or "0"
    return str(errors or 0)


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The crawl summary table: one row per source, then totals."""
    rows = []
    for s in _per_source(summary):
        rows.append([s.get("name", s.get("source", "?")), s.get("status", "?"),
                     s.get("pages", 0), s.get("new", 0), s.get("updated", 0), s.get("unchanged", 0),
                     s.get("skipped", 0), _errors_text(s.get("errors"))])
    header = ["source", "status", "pages", "new", "updated", "unchanged", "skipped", "errors by kind"]
    lines = table(rows, header)
    tot = summary.get("total")
    if isinstance(tot, dict):
        rate = f", {tot['pages_per_second']} pages/s" if tot.get("pages_per_second") else ""
        lines.append(f"total: {tot.get('pages', 0)} pages fetched, {tot.get('new', 0)} new, "
                     f"{tot.get('updated', 0)} updated, {tot.get('unchanged', 0)} unchanged, "
                     f"{tot.get('skipped', 0)} skipped, errors: {_errors_text(tot.get('errors'))}"
                     f" ({tot.get('elapsed', summary.get('elapsed', 0))} s{rate})")
    if summary.get("message"):
        lines.append(str(summary["message"]))
    return lines


def failed_sources(summary: dict[str, Any]) -> list[str]:
    return [str(s.get("name", s.get("source", "?"))) for s in _per_source(summary)
            if str(s.get("status", "")).lower() in FAILED_STATES]


def _save_run(home: Home, command: str, record: dict[str, Any]) -> Path:
    path = home.runs_dir / f"{command}-{_stamp()}-{os.getpid()}.json"
    write_json_atomic(path, record)
    return path


def _do_crawl(home: Home, selected, settings: dict, refresh: bool, since: str | None,
              max_pages: int | None, progress: Progress) -> dict[str, Any]:
    from crawler.run import run_crawl

    summary = run_crawl(selected, home.archive_path, settings=settings, refresh=refresh, since=since,
                        max_pages=max_pages, progress=progress)
    return _summary_dict(summary)


@click.command()
@click.argument("names", nargs=-1, metavar="[NAME]...")
@click.option("--all", "all_sources", is_flag=True, help="Crawl every configured source.")
@click.option("--start-url", metavar="URL", help="Crawl a site that is not configured, from this page.")
@click.option("--province", metavar="NAME", help="Province of the --start-url site (required with it).")
@click.option("--name", metavar="NAME", help="Name to record for the --start-url site.")
@click.option("--max-pages", type=click.IntRange(min=1), metavar="N", help="Stop each source after N pages.")
@click.option("--refresh", is_flag=True, help="Re-fetch pages already archived (else only new ones).")
@click.option("--since", metavar="YYYY-MM-DD", help="Skip articles published before this day.")
@settings_option
@sources_option
@click.pass_obj
def crawl(home: Home, names, all_sources, start_url, province, name, max_pages, refresh, since,
          settings, sources_path) -> None:
    """Fetch new articles from configured sources (or one site) into the archive.

    Prints a summary (pages fetched, new, updated, skipped, errors by kind) and
    saves it as JSON under HOME/runs/. Progress goes to stderr. Exits 0 when
    the crawl ran, even if some pages failed (see the summary); 75 when another
    crawl holds the lock on this home.

    \b
    Examples:
      edunews crawl --all
      edunews crawl sgd-daklak sgd-quangngai --max-pages 200
      edunews crawl --all --since 2020-01-01 -s DOWNLOAD_DELAY=2
      edunews crawl --start-url http://langson.edu.vn/ --province "Lạng Sơn"
    """
    since = parse_date(since, "--since")
    modes = sum([bool(names), all_sources, bool(start_url)])
    if modes != 1:
        raise UsageError("say what to crawl: source NAMEs, --all, or --start-url URL --province P "
                         "(one of them; see 'edunews sources')")
    if start_url and not province:
        raise UsageError("--start-url needs --province, e.g. --province \"Sóc Trăng\"")
    if (province or name) and not start_url:
        raise UsageError("--province and --name go with --start-url")
    if start_url and not start_url.startswith(("http://", "https://")):
        raise UsageError(f"--start-url {start_url!r} is not an http(s) URL")
    _check_settings(settings)
    home.ensure()
    handler = setup_file_log(home.log_file)
    started = _now()
    try:
        with hold(home.lock_path("crawl"), "crawl"):
            progress = _CrawlProgress(label="crawl")
            try:
                if start_url:
                    from crawler.run import crawl_ad_hoc

                    summary = _summary_dict(crawl_ad_hoc(
                        start_url, province, home.archive_path, name=name, settings=settings,
                        refresh=refresh, since=since, max_pages=max_pages, progress=progress))
                else:
                    path, sources = _load_sources(home, sources_path)
                    selected = _select(sources, names, all_sources, path)
                    summary = _do_crawl(home, selected, settings, refresh, since, max_pages, progress)
            except (CliError, click.ClickException):
                raise
            except Exception as exc:
                log.exception("crawl could not run")
                _save_run(home, "crawl", {"command": "crawl", "started_at": started, "finished_at": _now(),
                                          "home": str(home.path), "status": "failed",
                                          "error": " ".join(str(exc).split())})
                raise CliError(f"crawl could not run: {exc}") from exc
            finally:
                progress.close()
    finally:
        remove_handler(handler)
    record = {"command": "crawl", "started_at": started, "finished_at": _now(),
              "home": str(home.path), "summary": summary}
    run_file = _save_run(home, "crawl", record)
    click.echo("\n".join(summary_lines(summary)))
    click.echo(f"Summary saved to {run_file}", err=True)


def _select(sources, names, all_sources: bool, path):
    if all_sources:
        if not sources:
            raise UsageError(f"no sources configured in {path}")
        return list(sources)
    by_name = {getattr(s, "name", None): s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        known = ", ".join(sorted(k for k in by_name if k)) or "(none)"
        raise UsageError(f"unknown source {', '.join(unknown)}: configured sources are {known}")
    return [by_name[n] for n in names]


def _do_index(home: Home, rebuild: bool):
    from index.api import IndexError_
    from index.build import update_index

    progress = IndexProgress()
    try:
        # index.build holds its own lock (a second build waits for the first).
        return update_index(home.archive_path, home.index_dir, progress=progress, rebuild=rebuild)
    except IndexError_ as exc:
        raise CliError(str(exc)) from None
    finally:
        progress.close()


def _index_line(stats) -> str:
    return (f"Index: {stats.added} added, {stats.updated} updated, {stats.deleted} deleted, "
            f"{stats.unchanged} unchanged; {stats.total} articles in the index ({stats.seconds:.1f} s)")


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Drop the index and build it again from the archive.")
@click.pass_obj
def index_cmd(home: Home, rebuild: bool) -> None:
    """Bring the search index up to date with the archive (incremental).

    Only articles added, changed or deleted since the last run are touched.

    \b
    Examples:
      edunews index
      edunews index --rebuild
    """
    home.require_archive()
    home.ensure()
    archive = home.open_archive(readonly=True)  # a corrupt file fails here, in one line
    archive.close()
    handler = setup_file_log(home.log_file)
    try:
        stats = _do_index(home, rebuild)
        log.info("index: %s", _index_line(stats))
    finally:
        remove_handler(handler)
    click.echo(_index_line(stats))


@click.command()
@settings_option
@sources_option
@click.option("--max-pages", type=click.IntRange(min=1), metavar="N", help="Stop each source after N pages.")
@click.pass_obj
def update(home: Home, settings, sources_path, max_pages) -> None:
    """Crawl every configured source incrementally, then update the index.

    This is the one command a scheduler runs (see 'edunews schedule'). It logs
    to HOME/logs/edunews.log (rotated), saves a summary JSON under HOME/runs/,
    and holds HOME/update.lock so a second run exits at once.

    \b
    Exit codes:
      0   every source crawled, index updated
      3   partial: some sources failed (see the summary), index updated
      1   failure: nothing could be crawled, or the index could not be updated
      75  another update (or crawl) is running on this home

    \b
    Examples:
      edunews update
      edunews --home /srv/edunews update -s DOWNLOAD_DELAY=3
      edunews update --sources my-sources.toml
    """
    _check_settings(settings)
    home.ensure()
    handler = setup_file_log(home.log_file)
    started = _now()
    record: dict[str, Any] = {"command": "update", "started_at": started, "home": str(home.path)}
    code = OK
    try:
        with hold(home.lock_path("update"), "update"), hold(home.lock_path("crawl"), "crawl"):
            log.info("update started in %s", home.path)
            path, sources = _load_sources(home, sources_path)
            if not sources:
                raise UsageError(f"no sources configured in {path}")
            record["sources_file"] = str(path)
            progress = _CrawlProgress(label="update")
            t0 = time.monotonic()
            try:
                summary = _do_crawl(home, list(sources), settings, False, None, max_pages, progress)
            except Exception as exc:
                log.exception("crawl could not run")
                record.update(status="failed", error=f"crawl could not run: {exc}", finished_at=_now())
                _save_run(home, "update", record)
                raise CliError(f"update: crawl could not run: {exc}") from exc
            finally:
                progress.close()
            record["summary"] = summary
            record["crawl_seconds"] = round(time.monotonic() - t0, 2)
            failed = failed_sources(summary)
            for line in summary_lines(summary):
                log.info("crawl: %s", line)
            try:
                stats = _do_index(home, rebuild=False)
            except CliError as exc:
                log.error("index failed: %s", exc.message)
                record.update(status="failed", error=f"index: {exc.message}", finished_at=_now())
                _save_run(home, "update", record)
                raise
            record["index"] = dataclasses.asdict(stats)
            n_sources = len(_per_source(summary)) or len(sources)
            if failed and len(failed) >= n_sources:
                code, status = FAILURE, "failed"
            elif failed:
                code, status = PARTIAL, "partial"
            else:
                code, status = OK, "ok"
            record.update(status=status, failed_sources=failed, finished_at=_now(), exit_code=code)
            run_file = _save_run(home, "update", record)
            log.info("update %s: %s; summary %s", status, _index_line(stats), run_file)
    finally:
        remove_handler(handler)
    click.echo("\n".join(summary_lines(summary)))
    click.echo(_index_line(stats))
    if failed:
        click.echo(f"{len(failed)} source(s) failed: {', '.join(failed)}", err=True)
    click.echo(f"Summary saved to {run_file}", err=True)
    click.get_current_context().exit(code)


@click.command()
@sources_option
@format_option(("table", "jsonl"))
@click.pass_obj
def sources(home: Home, sources_path, fmt) -> None:
    """List the sources in effect (the file they come from first).

    HOME/sources.toml replaces the bundled list when it exists; --sources FILE
    replaces both.

    \b
    Examples:
      edunews sources
      edunews sources --format jsonl
      edunews sources --sources my-sources.toml
    """
    home.check_not_file()
    path, items = _load_sources(home, sources_path)
    if fmt == "jsonl":
        click.echo(json.dumps({"sources_file": str(path)}, ensure_ascii=False))
        for src in items:
            click.echo(json.dumps(_source_dict(src), ensure_ascii=False, default=str))
        return
    click.echo(f"Sources from {path} ({len(items)}):")
    rows = []
    for src in items:
        d = _source_dict(src)
        urls = d.get("start_urls") or d.get("start") or []
        if isinstance(urls, str):
            urls = [urls]
        first = (urls[0] + (f" (+{len(urls) - 1} more)" if len(urls) > 1 else "")) if urls else ""
        rows.append([d.get("name", "?"), d.get("province") or "", d.get("profile") or "",
                     "yes" if d.get("verified") else "no", first])
    click.echo("\n".join(table(rows, ["name", "province", "profile", "verified", "start URL"])))
    click.echo("(--format jsonl shows every field; verified = crawled and checked by someone)")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--url", metavar="URL", help="Address the page was saved from (for links and dates).")
@click.option("--province", metavar="NAME", help="Province of the publishing department.")
@click.pass_obj
def extract(home: Home, files, url, province) -> None:
    """Clean saved HTML pages: one JSON object per line per file, to stdout.

    Fields: file, page_kind (article | listing | other), url, title, published,
    author, province, unit, text, captions, attachments, refs, kind. An
    unreadable file gives a one-line error on stderr; the others continue and
    the exit code is 1 at the end.

    \b
    Examples:
      edunews extract saved/bai-viet.html --url https://quangngai.edu.vn/bai-viet.html
      edunews extract pages/*.html --province "Đắk Lắk" > articles.jsonl
    """
    from cleaner.extract import SourceInfo, extract as clean

    failures = 0
    fields = ("url", "title", "published", "author", "province", "unit", "text", "captions",
              "attachments", "refs", "kind")
    for name in files:
        p = Path(name)
        try:
            body = p.read_bytes()
        except OSError as exc:
            click.echo(f"Error: {name}: {exc.strerror or exc}", err=True)
            failures += 1
            continue
        page_url = url or p.absolute().as_uri()
        try:
            result = clean(body, page_url, headers=None, source=SourceInfo(province=province))
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the others
            click.echo(f"Error: {name}: cannot extract: {' '.join(str(exc).split())}", err=True)
            failures += 1
            continue
        art = result.article
        obj: dict[str, Any] = {"file": str(name), "page_kind": result.page_kind}
        for f in fields:
            obj[f] = getattr(art, f, None) if art is not None else None
        if art is None:
            obj["url"] = page_url
        click.echo(json.dumps(obj, ensure_ascii=False))
    if failures:
        click.get_current_context().exit(FAILURE)
