"""``edunews stats`` (what is in a home) and ``edunews schedule`` (run update regularly)."""
from __future__ import annotations

import json
from typing import Any

import click

from search_cli import schedule as sch
from search_cli import stats as st
from search_cli.errors import CliError, UsageError
from search_cli.export import atomic_text_file
from search_cli.home import Home
from search_cli.options import check_range, filter_options
from search_cli.output import human_size, table
from vntext.normalize import fold


def _index_info(home: Home) -> dict[str, Any]:
    info: dict[str, Any] = {"path": str(home.index_dir), "exists": home.index_dir.is_dir()}
    if not info["exists"]:
        return info
    info["bytes"] = st.tree_size(home.index_dir)
    try:
        try:
            from index.search import index_info
        except ImportError:
            from index.build import index_info
        info.update(index_info(home.index_dir))
    except Exception as exc:  # noqa: BLE001 - stats must still show the archive side
        info["error"] = " ".join(str(exc).split())
    return info


@click.command()
@filter_options
@click.option("--monthly", is_flag=True, help="Also count articles per month (attention over time).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.pass_obj
def stats(home: Home, provinces, since, until, kinds, sources_filter, monthly, as_json) -> None:
    """Show what the archive holds: articles by province, year and kind, last runs, sizes.

    Filters narrow the article counts; the last-run table always covers every source.

    \b
    Examples:
      edunews stats
      edunews stats --province "Sóc Trăng" --since 2020-01-01
      edunews stats --kind so-ket --json
      edunews stats --province "Quảng Ngãi" --since 2019-01-01 --monthly
    """
    check_range(since, until)
    try:
        wanted = st.resolve_provinces(list(provinces))
    except st.UnknownProvince as exc:
        raise UsageError(str(exc)) from None
    home.check_sources(sources_filter)
    archive = home.open_archive(readonly=True)
    try:
        try:
            counts = st.article_counts(archive.db, wanted, since, until, list(kinds), list(sources_filter))
            runs = archive.last_runs()
        except Exception as exc:  # sqlite3.DatabaseError on a damaged file
            raise CliError(f"{home.archive_path} cannot be read ({exc})") from None
    finally:
        archive.close()
    data = {
        "home": str(home.path),
        "archive": {"path": str(home.archive_path), "bytes": st.archive_size(home.archive_path)},
        "index": _index_info(home),
        **counts,
        "last_runs": runs,
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    idx = data["index"]
    lines = [f"Home     {home.path}",
             f"Archive  {human_size(data['archive']['bytes'])}, {counts['articles']} articles"
             + (" (filtered)" if any([provinces, since, until, kinds, sources_filter]) else ""),
             f"Index    " + (f"{human_size(idx['bytes'])}" + (f", {idx['documents']} documents" if 'documents' in idx else "")
                             + (f", updated {idx['last_update']}" if idx.get('last_update') else "")
                             if idx["exists"] else "none (run 'edunews index')")]
    groups = [("province", "by_province"), ("year", "by_year"), ("kind", "by_kind")]
    if monthly:
        groups.append(("month", "by_month"))
    for title, key in groups:
        lines += ["", f"Articles by {title}:"]
        rows = sorted(counts[key].items(), key=lambda kv: (fold(str(kv[0])), str(kv[0])))
        lines += ["  " + ln for ln in table(rows, [title, "articles"])]
    lines += ["", "Last crawl of each source:"]
    rows = []
    for r in runs:
        s = r.get("stats") or {}
        errs = s.get("errors", 0)
        if isinstance(errs, dict):
            errs = ", ".join(f"{k} {v}" for k, v in sorted(errs.items()) if v) or "0"
        rows.append([r["source"], r.get("status"), (r.get("finished_at") or r.get("started_at") or "")[:19],
                     s.get("pages", ""), s.get("new", ""), s.get("updated", ""), errs])
    if rows:
        lines += ["  " + ln for ln in table(rows, ["source", "status", "finished", "pages", "new",
                                                    "updated", "errors"])]
    else:
        lines.append("  (no crawl recorded)")
    click.echo("\n".join(lines))


@click.command()
@click.option("--every", type=click.Choice(["daily", "weekly"]), required=True,
              help="How often to run 'edunews update' (weekly: Mondays).")
@click.option("--at", "at", default="03:00", show_default=True, metavar="HH:MM",
              help="Local time of day to start.")
@click.option("--install", is_flag=True,
              help="Write the systemd user units to $XDG_CONFIG_HOME/systemd/user/ (~/.config/...).")
@click.pass_obj
def schedule(home: Home, every: str, at: str, install: bool) -> None:
    """Print a crontab line and a systemd timer that run 'edunews update'.

    The command lines use the absolute path of this edunews and of the home,
    so they work from cron's and systemd's empty environment. Nothing is
    enabled for you: --install only writes the unit files and says how.

    \b
    Examples:
      edunews schedule --every daily --at 02:30
      edunews --home /srv/edunews schedule --every weekly --install
    """
    try:
        hour, minute = sch.parse_at(at)
    except ValueError as exc:
        raise UsageError(f"--at: {exc}") from None
    plan = sch.Schedule(every, hour, minute, home.path.absolute())
    service, timer = plan.service(), plan.timer()
    if install:
        unit_dir = sch.user_unit_dir()
        try:
            unit_dir.mkdir(parents=True, exist_ok=True)
            for suffix, text in (("service", service), ("timer", timer)):
                with atomic_text_file(unit_dir / f"{sch.UNIT}.{suffix}", bom=False, force=True) as fh:
                    fh.write(text)
        except OSError as exc:
            raise CliError(f"cannot write units to {unit_dir}: {exc.strerror or exc}") from None
        click.echo(f"Wrote {unit_dir / (sch.UNIT + '.service')}")
        click.echo(f"Wrote {unit_dir / (sch.UNIT + '.timer')}")
        click.echo("Enable it with:")
        click.echo(f"  systemctl --user daemon-reload && systemctl --user enable --now {sch.UNIT}.timer")
        click.echo("  loginctl enable-linger \"$USER\"   # to run while you are logged out")
        return
    click.echo("# crontab line (crontab -e):")
    click.echo(plan.crontab())
    click.echo("")
    click.echo(f"# systemd user service: ~/.config/systemd/user/{sch.UNIT}.service")
    click.echo(service)
    click.echo(f"# systemd user timer: ~/.config/systemd/user/{sch.UNIT}.timer")
    click.echo(timer)
    click.echo("# write both with --install, then: systemctl --user enable --now "
               f"{sch.UNIT}.timer")
