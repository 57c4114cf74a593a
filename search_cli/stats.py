"""What is in a home: article counts by province, year and kind, last runs, sizes."""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from vntext.normalize import fold
from vntext.resources import data_dir


class UnknownProvince(ValueError):
    pass


def _province_table() -> list[dict[str, str]]:
    path = data_dir() / "provinces.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _key(name: str) -> str:
    key = fold(name).replace(".", " ")
    for prefix in ("thanh pho ", "tp ", "tinh "):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return "".join(key.split())


def resolve_provinces(values: list[str]) -> set[str] | None:
    """Old (pre-2025) province names matching any spelling given; None = no filter.

    A 2025 unit name selects every old province merged into it.
    """
    if not values:
        return None
    rows = _province_table()
    out: set[str] = set()
    for value in values:
        want = _key(value)
        hits = {r["old_name"] for r in rows
                if want in {_key(r["old_name"])} | {_key(a) for a in r["aliases"].split(";") if a}}
        hits |= {r["old_name"] for r in rows if _key(r["new_name_2025"]) == want}
        if not hits:
            raise UnknownProvince(f"unknown province {value!r}: use a province name such as "
                                  "'Sóc Trăng' or 'soc trang'")
        out |= hits
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
