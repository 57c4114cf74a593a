"""The ``edunews`` command group: home directory, error handling, exit codes.

Commands live in ``cmd_search`` (search, export), ``cmd_crawl`` (crawl, index,
update, sources, extract) and ``cmd_info`` (stats, schedule). Scrapy and the
crawler are imported only inside the crawl commands' function bodies, so
``edunews search`` starts fast and never loads them.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from search_cli.errors import EXIT_CODES_HELP, FAILURE, USAGE, CliError
from search_cli.home import Home, default_home

_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _force_utf8(stream) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):
            pass


def _utf8_arg(arg: str) -> str:
    """Under an ASCII/C locale Python keeps non-ASCII argv bytes as surrogates; read them as UTF-8."""
    if not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    try:
        return os.fsencode(arg).decode("utf-8")
    except UnicodeError:
        return arg


class EdunewsGroup(click.Group):
    """A group whose errors are always one line: ``Error: ...`` and an exit code.

    Click's own usage errors print three lines (usage, hint, error); here they
    become one line that names the help to read. A Python exception is shown
    as one line too, unless ``--debug`` asks for the traceback.
    """

    debug = False

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        self.debug = False
        if args is None:
            args = [_utf8_arg(a) for a in sys.argv[1:]]
        _force_utf8(sys.stdout)
        _force_utf8(sys.stderr)
        try:
            rv = super().main(args=args, prog_name="edunews", complete_var=complete_var,
                              standalone_mode=False, **extra)
        except _NoArgsIsHelp as exc:
            # bare `edunews` (or a group without a command): show the help, not an error.
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            code = 0
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "edunews"
            msg = " ".join(exc.format_message().split())
            click.echo(f"Error: {msg} (see '{where} --help')", err=True)
            code = exc.exit_code if exc.exit_code else USAGE
        except click.ClickException as exc:
            click.echo(f"Error: {' '.join(exc.format_message().split())}", err=True)
            code = exc.exit_code
        except click.Abort:
            click.echo("Aborted.", err=True)
            code = 130
        except KeyboardInterrupt:
            click.echo("Interrupted; everything committed so far is kept in the archive.", err=True)
            code = 130
        except BrokenPipeError:
            # `edunews search ... | head`: the reader left; not an error.
            try:
                sys.stdout = open("/dev/null", "w")
            except OSError:
                pass
            code = 0
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            if self.debug:
                raise
            text = " ".join(str(exc).split()) or type(exc).__name__
            click.echo(f"Error: {type(exc).__name__}: {text} (run with --debug for the traceback)",
                       err=True)
            code = FAILURE
        else:
            code = rv if isinstance(rv, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=EdunewsGroup, context_settings=CONTEXT, epilog=EXIT_CODES_HELP)
@click.option("--home", envvar="EDUNEWS_HOME", type=click.Path(), default=default_home,
              show_default="$XDG_DATA_HOME/edunews or ~/.local/share/edunews", metavar="DIR",
              help="Archive, index, run summaries and logs live here (env EDUNEWS_HOME).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
@click.version_option(None, "--version", package_name="edunews", prog_name="edunews")
@click.pass_context
def cli(ctx: click.Context, home: str, debug: bool) -> None:
    """Crawl, index and search Vietnamese education-department news.

    \b
    Examples:
      edunews crawl --all
      edunews index
      edunews search "Chỉ thị 05" --province "Sóc Trăng" --since 2020-01-01
      edunews search 'chi thi 05 AND "so ket"' --facet province
      edunews export "hội nghị sơ kết" -o hits.csv
    """
    root = ctx.find_root().command
    if isinstance(root, EdunewsGroup):
        root.debug = debug
    if not home:
        raise CliError("--home is empty: pass a directory", USAGE)
    ctx.obj = Home(Path(home).expanduser())


# name -> (module, attribute). A command's module is imported when the command
# is looked up: `edunews search` does not pay for the crawl, index and info
# commands' imports (~60 ms of a cold search); `--help` loads them all.
_COMMANDS = {
    "crawl": ("search_cli.cmd_crawl", "crawl"), "index": ("search_cli.cmd_crawl", "index_cmd"),
    "search": ("search_cli.cmd_search", "search"), "export": ("search_cli.cmd_search", "export"),
    "extract": ("search_cli.cmd_crawl", "extract"), "stats": ("search_cli.cmd_info", "stats"),
    "sources": ("search_cli.cmd_crawl", "sources"), "update": ("search_cli.cmd_crawl", "update"),
    "schedule": ("search_cli.cmd_info", "schedule"),
}


class _LazyCommands(dict):
    """The group's command table; each entry is imported on first access."""

    def _load(self, name: str):
        command = dict.get(self, name)
        if command is None and name in _COMMANDS:
            import importlib

            module, attr = _COMMANDS[name]
            command = getattr(importlib.import_module(module), attr)
            dict.__setitem__(self, name, command)
        return command

    def get(self, name, default=None):
        command = self._load(name)
        return default if command is None else command

    def __getitem__(self, name):
        command = self._load(name)
        if command is None:
            raise KeyError(name)
        return command

    def items(self):
        return [(name, self[name]) for name in self]

    def values(self):
        return [self[name] for name in self]


cli.commands = _LazyCommands(dict.fromkeys(_COMMANDS))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
