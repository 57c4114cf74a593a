"""What is in a home: article counts by province, year and kind, last runs, sizes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any



class UnknownProvince(ValueError):
    pass


def resolve_provinces(values: list[str]) -> set[str] | None:
    """Old (pre-2025) province names matching any spelling given; None = no filter.

    Same rules as the search filters (``vntext.provinces.expand_filter``): a
    2025 unit name selects every old province merged into it.
    """
    from vntext.provinces import expand_filter

    if not values:
        return None
    out: set[str] = set()
    for value in values:
        try:
            out |= set(expand_filter(value))
        except ValueError as exc:
            raise UnknownProvince(" ".join(str(exc).split())) from None
    return out


def article_counts(db, provinces: set[str] | None, since: str | None, until: str | None,
                   kinds: list[str], sources: list[str]) -> dict[str, Any]:
    """Counts over the archive's articles table with the filters applied."""
    where, args = [], []
    if provinces is not None:
        where.append(f"province IN ({','.join('?' * len(provinces))})")
        args += sorted(provinces)
    if since:
        where.append("published >= ?")
        args.append(since)
    if until:
        where.append("published <= ?")
        args.append(until)
    if kinds:
        where.append(f"kind IN ({','.join('?' * len(kinds))})")
        args += list(kinds)
    if sources:
        where.append(f"source IN ({','.join('?' * len(sources))})")
        args += list(sources)
    cond = (" WHERE " + " AND ".join(where)) if where else ""

    def group(expr: str) -> dict[str, int]:
        rows = db.execute(f"SELECT {expr} AS k, count(*) FROM articles{cond} GROUP BY k ORDER BY k", args)
        return {(k if k is not None else "unknown"): n for k, n in rows}

    total = db.execute(f"SELECT count(*) FROM articles{cond}", args).fetchone()[0]
    return {
        "articles": total,
        "by_province": group("province"),
        "by_year": group("substr(published, 1, 4)"),
        "by_month": group("substr(published, 1, 7)"),
        "by_kind": group("kind"),
        "by_source": group("source"),
    }


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def archive_size(archive_path: Path) -> int:
    return sum(p.stat().st_size for p in (archive_path, archive_path.with_name(archive_path.name + "-wal"))
               if p.exists())
