"""CSV and JSONL output of search hits, written so that researchers can trust the file.

* every column is documented in ``COLUMNS`` (and so in ``edunews export --help``);
* CSV is RFC 4180 (``csv`` module, CRLF), UTF-8 with a BOM so Excel reads Vietnamese;
* a scraped cell starting with ``= + - @``, tab or CR gets a leading ``'`` so a
  spreadsheet shows it as text instead of running it as a formula;
* files are written to a temporary name in the target folder, fsynced and
  renamed: an interrupted export leaves either the old file or none.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from index.api import Hit

COLUMNS: list[tuple[str, str]] = [
    ("rank", "position in the result list, 1 = best"),
    ("score", "relevance score, higher is better"),
    ("published", "publication day YYYY-MM-DD (empty: the page gives none)"),
    ("province", "province of the department, pre-2025 name"),
    ("province_2025", "province after the 2025 merger of provinces"),
    ("unit", "publishing unit, e.g. Sở GD&ĐT"),
    ("kind", "so-ket | tong-ket | quan-triet | dai-hoi | other"),
    ("title", "article title"),
    ("url", "address of the article"),
    ("refs", "document references, canonical ids joined by '; ' (05-ct/tw)"),
    ("snippet", "best matching passage; matches wrapped in [[ ]]"),
    ("other_urls", "near-duplicate copies folded into this hit, joined by ' '"),
]
TEXT_COLUMN = ("text", "full cleaned article text (only with --with-text)")

class OutputNotWritable(OSError):
    """The temporary file next to the output cannot even be created (bad path, no permission)."""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula."""
    if cell and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def hit_row(hit: Hit, text: str | None = None) -> dict[str, object]:
    """A hit as a flat dict keyed by column name (JSON types, not yet neutralised)."""
    row: dict[str, object] = {
        "rank": hit.rank,
        "score": round(hit.score, 4) if hit.score is not None else None,
        "published": hit.published,
        "province": hit.province,
        "province_2025": hit.province_2025,
        "unit": hit.unit,
        "kind": hit.kind,
        "title": hit.title,
        "url": hit.url,
        "refs": list(hit.refs),
        "snippet": hit.snippet,
        "other_urls": list(hit.other_urls),
    }
    if text is not None:
        row["text"] = text
    return row


def csv_cells(row: dict[str, object]) -> list[str]:
    out = []
    for key, value in row.items():
        if value is None:
            cell = ""
        elif isinstance(value, list):
            cell = ("; " if key == "refs" else " ").join(str(v) for v in value)
        else:
            cell = str(value)
        # rank and score are ours (numbers); everything else came from a web page.
        out.append(cell if key in ("rank", "score") else neutralise(cell))
    return out


class RowWriter:
    """Writes rows as CSV or JSONL to an open text stream."""

    def __init__(self, stream: IO[str], fmt: str, with_text: bool = False):
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self.header = [c for c, _ in COLUMNS] + ([TEXT_COLUMN[0]] if with_text else [])
        if fmt == "csv":
            self._csv = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            self._csv.writerow(self.header)

    def write(self, row: dict[str, object]) -> None:
        if self.fmt == "csv":
            self._csv.writerow(csv_cells(row))
        else:
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.count += 1


@contextmanager
def atomic_text_file(path: Path, bom: bool, force: bool) -> Iterator[IO[str]]:
    """Open a temp file next to ``path``; on success fsync and rename it over ``path``.

    Raises FileExistsError when ``path`` exists and ``force`` is false, and
    OSError when the folder cannot be written. On any exception the temp file
    is removed and ``path`` is untouched.
    """
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(str(path))
    if path.is_dir():
        raise IsADirectoryError(str(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputNotWritable(exc.errno, exc.strerror, str(path)) from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; exports are ordinary files
        with io.open(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_json_atomic(path: Path, data: object) -> None:
    """Run summaries: whole JSON file or nothing."""
    with atomic_text_file(path, bom=False, force=True) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def columns_help(with_text: bool = True) -> str:
    """The column list for ``edunews export --help`` (kept unwrapped by click)."""
    cols = COLUMNS + ([TEXT_COLUMN] if with_text else [])
    width = max(len(c) for c, _ in cols)
    lines = ["\b", "Columns (CSV header, JSONL keys):"]
    lines += [f"  {c.ljust(width)}  {d}" for c, d in cols]
    return "\n".join(lines)
