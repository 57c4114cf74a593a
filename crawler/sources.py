"""The configured sources (``sources.toml``): one ``[[source]]`` table per site.

Kept free of Scrapy so ``edunews sources`` and the search path stay light.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from vntext.resources import data_dir

KNOWN_PROFILES = ("wordpress", "dotnetnuke", "drupal", "joomla", "hcm-edu", "viettel-edu",
                  "vnpt-portal", "aspnet-mvc", "gov-portal")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class SourcesError(Exception):
    """A sources file is missing, unreadable or has a bad entry (one-line message)."""


@dataclass
class Source:
    name: str
    start_urls: list[str]
    title: str = ""
    province: str | None = None
    unit: str | None = None
    profile: str | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)     # regexes a URL must match (any) to be followed
    deny: list[str] = field(default_factory=list)      # regexes that exclude a URL
    max_pages: int | None = None
    verified: bool = False
    snapshot: str | None = None

    @property
    def hosts(self) -> set[str]:
        return {urlsplit(u).netloc.lower() for u in self.start_urls}


def _fail(path: Path, where: str, msg: str) -> SourcesError:
    return SourcesError(f"{path}: {where}: {msg}")


def _str_list(value, path: Path, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, where, f"'{key}' must be a list of strings")
    return list(value)


def _parse_entry(raw: dict, index: int, path: Path) -> Source:
    where = f"source #{index}"
    if not isinstance(raw, dict):
        raise _fail(path, where, "each [[source]] must be a table")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, where, "missing 'name' (a short id such as \"gddt-daklak\")")
    if not _NAME_RE.match(name):
        raise _fail(path, where, f"name {name!r} may hold only letters, digits, '-', '_' and '.'")
    where = f"source {name!r}"
    known = {"name", "title", "province", "unit", "start_urls", "start_url", "profile", "selectors",
             "allow", "deny", "max_pages", "verified", "snapshot", "notes", "host", "cms"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _fail(path, where, f"unknown field '{unknown[0]}'")
    urls = raw.get("start_urls", raw.get("start_url"))
    if urls is None:
        raise _fail(path, where, "missing 'start_urls' (list of http(s) URLs)")
    urls = _str_list(urls, path, where, "start_urls")
    if not urls:
        raise _fail(path, where, "'start_urls' is empty")
    for u in urls:
        parts = urlsplit(u)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise _fail(path, where, f"start URL {u!r} is not an http(s) URL")
    profile = raw.get("profile")
    if profile is not None and (not isinstance(profile, str) or profile not in KNOWN_PROFILES):
        raise _fail(path, where, f"unknown profile {profile!r}: use one of {', '.join(KNOWN_PROFILES)} "
                                 "or leave it out")
    for key in ("title", "province", "unit", "snapshot"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(path, where, f"'{key}' must be a string")
    selectors = raw.get("selectors", {})
    if not isinstance(selectors, dict) or not all(isinstance(v, str) for v in selectors.values()):
        raise _fail(path, where, "'selectors' must be a table of strings")
    allow = _str_list(raw.get("allow", []), path, where, "allow")
    deny = _str_list(raw.get("deny", []), path, where, "deny")
    for pattern in allow + deny:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(path, where, f"bad regex {pattern!r}: {exc}") from None
    max_pages = raw.get("max_pages")
    if max_pages is not None and (not isinstance(max_pages, int) or isinstance(max_pages, bool)
                                  or max_pages < 1):
        raise _fail(path, where, "'max_pages' must be a positive integer")
    verified = raw.get("verified", False)
    if not isinstance(verified, bool):
        raise _fail(path, where, "'verified' must be true or false")
    return Source(name=name, start_urls=urls, title=raw.get("title", ""), province=raw.get("province"),
                  unit=raw.get("unit"), profile=profile, selectors=dict(selectors), allow=allow,
                  deny=deny, max_pages=max_pages, verified=verified, snapshot=raw.get("snapshot"))


def load_sources(path: Path | str) -> list[Source]:
    """Parse a sources file; raise SourcesError naming the file, entry and field."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such file") from None
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'source' must be an array of tables ([[source]])")
    out: list[Source] = []
    seen: set[str] = set()
    for i, raw in enumerate(entries, 1):
        src = _parse_entry(raw, i, path)
        if src.name in seen:
            raise _fail(path, f"source {src.name!r}", "duplicate name")
        seen.add(src.name)
        out.append(src)
    return out


def bundled_sources_path() -> Path:
    return data_dir() / "sources.toml"


def sources_in_effect(home: Path, override: Path | None = None) -> tuple[Path, list[Source]]:
    """The sources to use: ``override`` > ``home/sources.toml`` > bundled ``data/sources.toml``."""
    if override is not None:
        path = Path(override)
    elif (Path(home) / "sources.toml").is_file():
        path = Path(home) / "sources.toml"
    else:
        path = bundled_sources_path()
        if not path.is_file():
            return path, []
    return path, load_sources(path)


def ad_hoc_source(start_url: str, province: str | None, name: str | None = None,
                  max_pages: int | None = None) -> Source:
    """A Source for a site with no entry (``edunews crawl --start-url``)."""
    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourcesError(f"--start-url {start_url!r} is not an http(s) URL")
    if name is None:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", parts.netloc.lower()).strip("-.") or "site"
    elif not _NAME_RE.match(name):
        raise SourcesError(f"--name {name!r} may hold only letters, digits, '-', '_' and '.'")
    return Source(name=name, start_urls=[start_url], title=name, province=province, max_pages=max_pages)
