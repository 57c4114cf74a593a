"""The snapshot article corpus (data/snapshots/content): schema, seeds, refs, duplicates.

These files are the source of truth for the snapshot sites, the cleaner gold set and the
search tests, so a slip here (a lost seed sentence, a ref the text does not make, a
dangling duplicate_of) would silently corrupt every downstream measurement.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from vntext.provinces import lookup
from vntext.refs import canonical_refs

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "data" / "snapshots" / "content"
SEEDS = ROOT / "data" / "seeds"
SITES = ["soctrang", "daklak", "quangtri", "hcm", "gocong", "binhduong", "sondong", "hagiang",
         "minhhoa", "thuathienhue", "bactuliem", "moet"]
SEED_SITES = ["soctrang", "daklak", "quangtri", "hcm", "gocong"]   # seeds 000..004
KINDS = {"so-ket", "tong-ket", "quan-triet", "dai-hoi", "other"}
AUTHOR_STYLES = {"signature", "byline", "none"}
# lines of the seed texts that are page furniture, added by the site templates
SEED_BOILERPLATE = re.compile(r"^(Lượt xem:.*|Đọc bài viết|Trả lời|Email của bạn .*|"
                              r"Liên kết bài viết gốc|\d\d/\d\d/\d{4})$")


def _articles() -> list[tuple[str, str, dict]]:
    out = []
    for site in SITES:
        for f in sorted((CONTENT / site).glob("*.json")):
            out.append((site, f.stem, json.loads(f.read_text(encoding="utf-8"))))
    return out


ARTICLES = _articles()
BY_KEY = {f"{s}/{n}": d for s, n, d in ARTICLES}


def _body(d: dict) -> list[str]:
    parts = [d["lead"]] if d.get("lead") else []
    for b in d["blocks"]:
        if "p" in b:
            parts.append(b["p"])
        elif "li" in b:
            parts.extend(b["li"])
        elif "table" in b:
            parts.extend(c for row in b["table"] for c in row)
    return parts


def _captions(d: dict) -> list[str]:
    return [b["caption"] for b in d["blocks"] if "img" in b]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def test_every_site_has_enough_articles_numbered_from_01():
    counts = Counter(s for s, _, _ in ARTICLES)
    assert set(counts) == set(SITES)
    for site in SITES:
        numbers = sorted(n for s, n, _ in ARTICLES if s == site)
        assert len(numbers) >= 4, site
        assert numbers == [f"{i:02d}" for i in range(1, len(numbers) + 1)], site


@pytest.mark.parametrize("site,nn,d", ARTICLES, ids=[f"{s}/{n}" for s, n, _ in ARTICLES])
def test_article_schema(site, nn, d):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", d["slug"])
    assert d["title"].strip() and d["title"] == unicodedata.normalize("NFC", d["title"])
    assert re.fullmatch(r"20(1[5-9]|2[0-5])-\d\d-\d\d", d["published"])
    if "time" in d:
        assert re.fullmatch(r"[0-2]\d:[0-5]\d", d["time"])
    assert d["author_style"] in AUTHOR_STYLES
    assert (d["author"] is None) == (d["author_style"] == "none")
    assert d["kind"] in KINDS
    assert lookup(d["province"]) is not None, d["province"]
    for b in d["blocks"]:
        assert len(b.keys() - {"caption"}) == 1 and (b.keys() & {"p", "li", "img", "table"}), b
        if "img" in b:
            assert re.fullmatch(r"[a-z0-9-]+\.jpg", b["img"]) and b["caption"].strip()
        if "table" in b:
            assert len({len(r) for r in b["table"]}) == 1
    for a in d.get("attachments", []):
        assert re.fullmatch(r"[a-z0-9-]+\.pdf", a)


@pytest.mark.parametrize("site,nn,d", ARTICLES, ids=[f"{s}/{n}" for s, n, _ in ARTICLES])
def test_refs_are_what_the_text_mentions(site, nn, d):
    text = "\n".join([d["title"]] + _body(d))
    assert sorted(canonical_refs(text)) == sorted(d["refs"])


def test_written_articles_are_in_the_requested_length():
    for site, nn, d in ARTICLES:
        if nn == "01" and site in SEED_SITES:
            continue
        words = sum(len(p.split()) for p in _body(d))
        assert 140 <= words <= 450, (site, nn, words)


@pytest.mark.parametrize("index,site", list(enumerate(SEED_SITES)))
def test_seed_article_keeps_every_seed_sentence(index, site):
    seed = next(SEEDS.glob(f"{index:03d}_*.txt")).read_text(encoding="utf-8")
    d = BY_KEY[f"{site}/01"]
    everything = _squash(" | ".join([d["title"], d["author"] or ""] + _body(d) + _captions(d)))
    lines = [_squash(x) for x in seed.splitlines()]
    lines = [re.sub(r"^(- |\+ |Tác giả: )", "", x) for x in lines if x and not SEED_BOILERPLATE.match(x)]
    assert lines
    missing = [x for x in lines if x not in everything]
    assert not missing, missing[:3]
    body = _squash(" ".join(_body(d)))
    for junk in ("Lượt xem", "Đọc bài viết", "Email của bạn", "Liên kết bài viết gốc"):
        assert junk not in body


def test_duplicates_point_at_near_copies():
    pairs = [(k, d["duplicate_of"]) for k, d in BY_KEY.items() if "duplicate_of" in d]
    assert sorted(pairs) == [("moet/03", "daklak/02"), ("thuathienhue/04", "quangtri/02")]
    for copy, original in pairs:
        a, b = _body(BY_KEY[copy]), _body(BY_KEY[original])
        assert a != b                      # not byte-identical ...
        same = sum(x == y for x, y in zip(a, b))
        assert same >= len(b) - 2          # ... but all except one or two paragraphs match
        assert BY_KEY[copy]["province"] == BY_KEY[original]["province"]


def test_moet_articles_cover_different_provinces_with_a_dateline():
    moet = [d for k, d in BY_KEY.items() if k.startswith("moet/")]
    assert len({d["province"] for d in moet}) == len(moet) >= 5
    assert all(_body(d)[0].startswith("(GD&ĐT) – ") for d in moet)


def test_reference_coverage_for_search_tests():
    provinces_citing = {}
    for d in BY_KEY.values():
        for r in d["refs"]:
            provinces_citing.setdefault(r, set()).add(d["province"])
    count = Counter(r for d in BY_KEY.values() for r in d["refs"])
    assert count["05-CT/TW"] >= 9 and len(provinces_citing["05-CT/TW"]) >= 8
    assert count["29-NQ/TW"] >= 5 and count["01-KL/TW"] >= 5
    assert count["CT-05"] >= 1 and count["NQ-29"] >= 1     # short forms only
    assert len(Counter(d["kind"] for d in BY_KEY.values())) == len(KINDS)


def test_trap_articles_mention_numbers_that_are_not_references():
    traps = ["05 chi bộ trực thuộc", "ngày 05/3", "lần 1/2020", "Quyết định khen thưởng 05 tập thể",
             "Nghị quyết của chi bộ"]
    for trap in traps:
        holders = [d for d in BY_KEY.values() if trap.lower() in " ".join(_body(d)).lower()]
        assert holders, trap
        assert any(not any(r.startswith(("05-", "CT-05", "01-")) for r in d["refs"]) for d in holders)
