"""Option bundles shared by several commands, defined once (filters, format, -s, --sources)."""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

import click

from cleaner.model import KINDS

FACETS = ("province", "province_2025", "year", "kind", "source")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: str | None, option: str = "--since") -> str | None:
    """Check a YYYY-MM-DD date (a real calendar day); returns it unchanged."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2020-01-31",
                                 param_hint=f"'{option}'")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value} is not a day of the calendar: use YYYY-MM-DD",
                                 param_hint=f"'{option}'") from None
    return value


def _date_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    return parse_date(value, "--" + param.name)


def filter_options(f: Callable) -> Callable:
    """--province --since --until --kind --source, as on search, export and stats."""
    for opt in reversed([
        click.option("--province", "provinces", multiple=True, metavar="NAME",
                     help="Only this province (any spelling, with or without diacritics, "
                          "old name or 2025 unit). Repeat for several."),
        click.option("--since", callback=_date_callback, metavar="YYYY-MM-DD",
                     help="Published on or after this day."),
        click.option("--until", callback=_date_callback, metavar="YYYY-MM-DD",
                     help="Published on or before this day."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help="Kind of meeting the article reports. Repeat for several."),
        click.option("--source", "sources_filter", multiple=True, metavar="NAME",
                     help="Only this configured source (see 'edunews sources'). Repeat for several."),
    ]):
        f = opt(f)
    return f


def check_range(since: str | None, until: str | None) -> None:
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}: swap them",
                                 param_hint="'--since'")


def format_option(choices: tuple[str, ...] = ("table", "jsonl", "csv"), default: str = "table"):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


def _settings_callback(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict:
    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name.strip()):
            raise click.BadParameter(f"{item!r} is not NAME=VALUE, e.g. -s DOWNLOAD_DELAY=2",
                                     param_hint="'-s'")
        out[name.strip()] = value
    return out


def settings_option(f: Callable) -> Callable:
    return click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
                        callback=_settings_callback,
                        help="Override a crawler setting (Scrapy name), e.g. -s DOWNLOAD_DELAY=2. "
                             "Repeatable.")(f)


def sources_option(f: Callable) -> Callable:
    return click.option("--sources", "sources_path", metavar="FILE",
                        type=click.Path(dir_okay=False, exists=True),
                        help="Sources file to use instead of HOME/sources.toml or the bundled list.")(f)
