"""The cleaner's quality gate: score extraction against gold pages.

Gold sets: ``data/snapshots/gold.jsonl`` (pages of the snapshot sites),
``tests/gold_extra/gold.jsonl`` (hand-written held-out templates) and
``tests/gold_extra2/gold.jsonl`` (a second held-out set in CMS families nobody had
looked at while the cleaner was written: NukeViet, Liferay, SharePoint, vnEdu,
page builders, AMP ...).  Each line
names a page file and its gold title, date, author, body paragraphs and the
boilerplate strings that must not survive.

Metrics: mean token-level body F1 (whitespace tokens after NFC + lower-case),
pages with a leaked ``must_not`` string, title accuracy (NFC, spaces
squeezed), date accuracy (YYYY-MM-DD or both null), pages/s.  The same pages
can be run through trafilatura's default extraction for comparison.

    python -m cleaner.evaluate            # prints the table, ours vs trafilatura
    python -m cleaner.evaluate 1 extra2   # one set only (snapshots | extra | extra2)
"""
from __future__ import annotations

import json
import statistics
import sys
import time
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.extract import SourceInfo, extract
from vntext.resources import data_dir

BASE_URL = "http://127.0.0.1:8000"


@dataclass
class GoldCase:
    name: str                     # site/route or extra file name
    body_bytes: bytes
    url: str
    headers: dict[str, str]
    source: SourceInfo
    gold: dict


@dataclass
class PageScore:
    name: str
    f1: float
    leaked: list[str]
    title_ok: bool
    date_ok: bool
    author_ok: bool
    kind_ok: bool
    got_title: str = ""
    got_date: str | None = None


@dataclass
class Report:
    system: str
    pages: list[PageScore] = field(default_factory=list)
    pages_per_s: float = 0.0

    @property
    def mean_f1(self) -> float:
        return statistics.fmean(p.f1 for p in self.pages) if self.pages else 0.0

    @property
    def leaked_pages(self) -> int:
        return sum(1 for p in self.pages if p.leaked)

    def accuracy(self, attr: str) -> float:
        return sum(1 for p in self.pages if getattr(p, attr)) / len(self.pages) if self.pages else 0.0

    def row(self) -> dict[str, float]:
        return {"pages": len(self.pages), "body_f1": round(self.mean_f1, 4),
                "leaked_pages": self.leaked_pages,
                "title_acc": round(self.accuracy("title_ok"), 4),
                "date_acc": round(self.accuracy("date_ok"), 4),
                "pages_per_s": round(self.pages_per_s, 1)}


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def tokens(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text or "").lower().split()


def token_f1(got: str, gold: str) -> float:
    """Bag-of-tokens F1 between two texts."""
    a, b = Counter(tokens(got)), Counter(tokens(gold))
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    precision = common / sum(a.values())
    recall = common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _sources(snapshots: Path) -> dict[str, SourceInfo]:
    path = snapshots / "sources.toml"
    if not path.exists():
        return {}
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    out = {}
    for s in data.get("source", []):
        out[s.get("snapshot") or s.get("name")] = SourceInfo(
            name=s.get("name", ""), province=s.get("province"), unit=s.get("unit"),
            profile=s.get("profile"), selectors=dict(s.get("selectors", {})))
    return out


def _routes(site_dir: Path) -> dict:
    path = site_dir / "_routes.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {}


def load_snapshot_cases(snapshots: Path | None = None) -> list[GoldCase]:
    """Gold pages of the snapshot sites (empty when the gold file is absent)."""
    snapshots = snapshots or data_dir() / "snapshots"
    gold_path = snapshots / "gold.jsonl"
    if not gold_path.exists():
        return []
    sources = _sources(snapshots)
    routes_cache: dict[str, dict] = {}
    cases = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        site = g["site"]
        site_dir = snapshots / site
        routes = routes_cache.setdefault(site, _routes(site_dir))
        route = g.get("route", "/")
        info = routes.get(route, {})
        file = g.get("file") or info.get("file")
        path = site_dir / file
        if not path.exists():
            path = snapshots / file
        ctype = info.get("type") or f"text/html; charset={g.get('encoding') or 'utf-8'}"
        cases.append(GoldCase(f"{site}{route}", path.read_bytes(), BASE_URL + route,
                              {"Content-Type": ctype}, sources.get(site, SourceInfo(name=site)), g))
    return cases


TESTS_DIR = Path(__file__).resolve().parent.parent / "tests"


def load_extra_cases(extra: Path | None = None) -> list[GoldCase]:
    """Hand-written held-out pages (tests/gold_extra/gold.jsonl); case names are ``extra/<file>``."""
    return _load_held_out(extra or TESTS_DIR / "gold_extra", "extra")


def load_extra2_cases(extra: Path | None = None) -> list[GoldCase]:
    """The second held-out set (tests/gold_extra2/gold.jsonl); case names are ``extra2/<file>``."""
    return _load_held_out(extra or TESTS_DIR / "gold_extra2", "extra2")


def _load_held_out(extra: Path, prefix: str) -> list[GoldCase]:
    gold_path = extra / "gold.jsonl"
    if not gold_path.exists():
        return []
    cases = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        src = g.get("source", {})
        cases.append(GoldCase(f"{prefix}/{g['file']}", (extra / g["file"]).read_bytes(), g["url"],
                              {"Content-Type": g.get("content_type", "text/html; charset=utf-8")},
                              SourceInfo(name=src.get("name", "extra"), province=src.get("province"),
                                         unit=src.get("unit"), profile=src.get("profile")), g))
    return cases


def _score(name: str, gold: dict, text: str, title: str, date: str | None,
           author: str | None = None, kind: str | None = None) -> PageScore:
    gold_body = "\n\n".join(gold.get("body", []))
    leaked = [s for s in gold.get("must_not", []) if s and s.lower() in (text or "").lower()]
    return PageScore(
        name=name, f1=token_f1(text, gold_body), leaked=leaked,
        title_ok=_norm(title) == _norm(gold.get("title")),
        date_ok=(date or None) == (gold.get("published") or None),
        author_ok=_norm(author) == _norm(gold.get("author")),
        kind_ok=kind is None or kind == gold.get("kind", kind),
        got_title=title, got_date=date)


def run_ours(cases: list[GoldCase]) -> Report:
    rep = Report("edunews")
    for c in cases:
        res = extract(c.body_bytes, c.url, c.headers, c.source)
        a = res.article
        rep.pages.append(_score(c.name, c.gold, a.text if a else "", a.title if a else "",
                                a.published if a else None, a.author if a else None,
                                a.kind if a else "other"))
    return rep


def run_trafilatura(cases: list[GoldCase]) -> Report:
    import trafilatura

    rep = Report("trafilatura")
    for c in cases:
        text = trafilatura.extract(c.body_bytes, output_format="txt") or ""
        meta = trafilatura.extract_metadata(c.body_bytes)
        title = (meta.title if meta else "") or ""
        date = (meta.date if meta else None) or None
        rep.pages.append(_score(c.name, c.gold, text, title, date))
    return rep


def timed(fn, cases: list[GoldCase], runs: int = 5) -> Report:
    """Run ``fn`` ``runs`` times; keep the last scores and the median pages/s."""
    speeds = []
    rep = Report("")
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        rep = fn(cases)
        elapsed = time.perf_counter() - t0
        speeds.append(len(cases) / elapsed if elapsed > 0 else 0.0)
    rep.pages_per_s = statistics.median(speeds)
    return rep


def all_cases() -> list[GoldCase]:
    return load_snapshot_cases() + load_extra_cases() + load_extra2_cases()


def _set_name(case: GoldCase) -> str:
    head = case.name.split("/", 1)[0]
    return head if head in ("extra", "extra2") else "snapshots"


def format_table(reports: list[Report]) -> str:
    cols = ["pages", "body_f1", "leaked_pages", "title_acc", "date_acc", "pages_per_s"]
    lines = ["| system | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for r in reports:
        row = r.row()
        lines.append(f"| {r.system} | " + " | ".join(str(row[c]) for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    runs = int(argv[0]) if argv and argv[0].isdigit() else 1
    only = next((a for a in argv if not a.isdigit()), None)   # a set name: snapshots | extra | extra2
    cases = [c for c in all_cases() if only is None or _set_name(c) == only]
    if not cases:
        print("no gold pages found (data/snapshots/gold.jsonl, tests/gold_extra*/gold.jsonl)")
        return 1
    ours = timed(run_ours, cases, runs)
    reports = [ours]
    try:
        reports.append(timed(run_trafilatura, cases, runs))
    except ImportError:
        print("trafilatura not installed: comparison skipped")
    print(format_table(reports))
    for p in ours.pages:
        if p.f1 < 0.97 or p.leaked or not p.title_ok or not p.date_ok:
            print(f"  {p.name}: f1={p.f1:.3f} leaked={p.leaked} title_ok={p.title_ok} "
                  f"date_ok={p.date_ok} ({p.got_date}) author_ok={p.author_ok}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
