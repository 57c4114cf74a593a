"""Snippets (index/snippets.py): the same output as the straightforward implementation, and its rules.

``_old_*`` below is a frozen copy of the implementation before the speed-up
(commit b371fba): one regex over ``fast_fold`` of the whole normalised text,
``find_refs`` around every wanted number, a quadratic best-window search.
The fast code must give byte-identical snippets for every text up to
``_HUGE`` characters; longer texts get a bounded search on purpose (tested
for its own rules at the end).
"""
from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest

from index import snippets
from index.analysis import _SYLLABLE, syllables
from index.dupes import _FOLD, fast_fold
from index.query import Highlights, parse_query
from index.snippets import make_snippet, match_spans

ROOT = Path(__file__).resolve().parent.parent


# --- the frozen reference implementation ----------------------------------------

_NUMBER = re.compile(r"\d+")


def _old_ref_spans(text, wanted):
    if not wanted:
        return []
    from vntext.refs import find_refs, index_terms

    numbers = {n.lstrip("0") or "0" for t in wanted for n in _NUMBER.findall(t)}
    windows = []
    for m in _NUMBER.finditer(text):
        if (m.group(0).lstrip("0") or "0") in numbers:
            lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 80)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
            if len(windows) > 12:
                break
    spans = []
    for lo, hi in windows[:12]:
        for ref in find_refs(text[lo:hi]):
            if wanted.intersection(index_terms([ref.id])):
                spans.append((lo + ref.start, lo + ref.end))
    return spans


def _old_match_spans(text, hl):
    spans = []
    folded = fast_fold(text)
    folded = folded if len(folded) == len(text) else None
    if folded is not None:
        alts = sorted({re.escape(w) for w in hl.words}, key=len, reverse=True)
        alts += ["[\\W_]+".join(re.escape(w) for w in ph) for ph in hl.phrases]
        if alts:
            pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])")
            for m in pattern.finditer(folded):
                key = " ".join(_SYLLABLE.findall(m.group(0)))
                spans.append((m.start(), m.end(), key))
    else:
        toks = list(syllables(text))
        forms = [t[3] for t in toks]
        for tok in toks:
            if tok[3] in hl.words:
                spans.append((tok[0], tok[1], tok[3]))
        for phrase in hl.phrases:
            n = len(phrase)
            for i in range(len(forms) - n + 1):
                if forms[i:i + n] == phrase:
                    spans.append((toks[i][0], toks[i + n - 1][1], " ".join(phrase)))
    for s, e in _old_ref_spans(text, hl.refs):
        spans.append((s, e, "ref:" + text[s:e]))
    spans.sort()
    merged = []
    for s, e, k in spans:
        if merged and s <= merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, k))
    return merged


def _old_join_close(spans, text):
    out = []
    for s, e, _ in spans:
        if out and text[out[-1][1]:s].strip() == "":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _old_window(text, start, width, marks):
    end = min(len(text), start + width)
    if start > 0:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 30 else start
    if end < len(text):
        sp = text.rfind(" ", start, end)
        end = sp if sp > start + width // 2 else end
    for s, e in marks:
        if s < end < e:
            end = e
        if s < start < e:
            start = s
    pieces = []
    pos = start
    for s, e in marks:
        if e <= start or s >= end:
            continue
        pieces.append(text[pos:s])
        pieces.append("[[" + text[s:e] + "]]")
        pos = e
    pieces.append(text[pos:end])
    out = "".join(pieces).strip()
    return ("… " if start > 0 else "") + out + (" …" if end < len(text) else "")


def _old_make_snippet(text, hl, width=200):
    text = " ".join(text.split())
    if not text:
        return ""
    spans = _old_match_spans(text, hl)
    if not spans:
        return _old_window(text, 0, width, [])
    best, best_score = 0, (-1, -1)
    for i, (s, _, _) in enumerate(spans):
        start = max(0, s - width // 4)
        inside = [sp for sp in spans[i:] if sp[1] <= start + width]
        score = (len({k for _, _, k in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return _old_window(text, best, width, _old_join_close(spans, text))


# --- inputs -------------------------------------------------------------------------

QUERIES = [
    '"chỉ thị 05"', '"sơ kết"', "Chỉ thị 05", "05-CT/TW", "NQ 29", "hoi nghi so ket", "giáo dục",
    "đảng viên", "hoà bình hữu nghị", '"cải cách hành chính"', "CT 05", "chi bo", "nam hoc 2020",
    "Nghị quyết Trung ương 4", "truong", "a", '"chi bo" dang vien', "năm 2019", "05", "Sở GD&ĐT",
    "Thông tư 32/2018/TT-BGDĐT", "nguyen van", "tổ chức", "HỌC SINH", "Kết luận 01", "Quy định 47",
    "NQTW4-XII", "3240/BGDĐT-CSVC", "2020", "ngày 15", "ĐẠI HỘI", "thủy khỏe", "thuỷ khoẻ",
]
HANDMADE = [
    Highlights(words={"chi", "thi"}, phrases=[["chi", "thi"], ["thi", "chi"]]),
    Highlights(phrases=[["chi", "bo", "chi"], ["bo", "chi"]]),
    Highlights(words={"chi", "chinh", "chi"}, phrases=[["chi", "thi", "05"]], refs={"ct-05"}),
    Highlights(words={"05-ct", "a_b"}),
    Highlights(words={"ct-", "-05"}),                     # matches that touch: "ct-" + "-05"
    Highlights(words={"ct-", "-05"}, refs={"ct-05"}),
    Highlights(words={"ǆ", "x", "ß"}),
    Highlights(words={"A", "Đ"}),          # never folded forms: nothing can match
    Highlights(words={"дом", "σ"}),        # non-Latin query words take the folded path
    Highlights(refs={"05-ct/tw", "ct-05/_", "nq-29", "0", "00"}),
    Highlights(),
]


def _snapshot_texts() -> list[str]:
    out = []
    for line in (ROOT / "data" / "snapshots" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        out.append("\n\n".join(json.loads(line)["body"]))
    return out


def _odd_texts(base: str) -> list[str]:
    """Texts that take the other paths: NFD, zero-width, İ, Σ, odd white space, Ð, Kelvin sign."""
    return [
        unicodedata.normalize("NFD", base),
        base.replace(" ", " \u200b", 3),
        base.replace("a", "İ", 2),
        "ΣΟΦΙΑ Σ " + base[:500],
        base.replace(" ", "\u00a0", 5).replace("\n", "\t", 3),
        base.replace("  ", " ").replace(" ", "   ", 4) + "  \n ",
        base.replace("Đ", "Ð").replace("đ", "ð"),
        "\u212a\u212b " + base[:400],
        "CHỈ THỊ SỐ 05-CT/TW, Chỉ thị 05, CT 05, ct 05; chi thi 05 — chỉ_thị 05 " + base[:300],
        "",
        "   \n\n  ",
        "chi thi chi thi chi thi chi bo chi bo chi",
        "ct--05 CT--05, Chỉ thị 05 và ct--05-CT/TW; " + base[:200],
    ]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from bench.generate import Generator

    gen = Generator(1, pool_size=3000)
    generated = [gen.article(i).article.text for i in range(120)]
    cited = [t for t in (gen.article(i).article.text for i in range(120, 1200))
             if re.search(r"\d+-CT/TW|CT 05|NQ 29|Nghị quyết", t)][:40]
    snaps = _snapshot_texts()
    long = "\n\n".join(generated[:13])          # ~45,000 characters, still below _HUGE
    assert 40_000 < len(long) < snippets._HUGE
    odd = [t for base in (snaps[0], generated[0], cited[0]) for t in _odd_texts(base)]
    return snaps + generated + cited + odd + [long]


def _highlights() -> list[Highlights]:
    return [parse_query(q).highlights for q in QUERIES] + HANDMADE


def test_snippets_are_identical_to_the_reference(texts):
    hls = _highlights()
    compared = 0
    for hl in hls:
        for text in texts:
            assert make_snippet(text, hl) == _old_make_snippet(text, hl), (hl, text[:80])
            compared += 1
    assert compared == len(hls) * len(texts) > 5000


def test_match_spans_are_identical_to_the_reference(texts):
    for hl in _highlights():
        for text in texts[:80]:
            norm = " ".join(text.split())
            assert match_spans(norm, hl) == _old_match_spans(norm, hl)


def test_other_widths_are_identical(texts):
    hl = parse_query("chi bo dang vien").highlights
    for width in (40, 120, 500):
        for text in texts[:30]:
            assert make_snippet(text, hl, width) == _old_make_snippet(text, hl, width)


_ALPHABET = ["chi", "Chỉ", "CHỈ", "thị", "thi", "bộ", "bo", "Bộ", "sơ", "kết", "ket", "05", "5", "005",
             "CT", "ct", "TW", "đảng", "Đảng", "viên", "a", "á", "ạ", "x", "_", "-", "/", ",", ".",
             "số", "Nghị", "quyết", "29", "NQ", "hòa", "hoà", "Ð", "2020", "ñ", "ǅ"]


def test_random_texts_and_highlights_are_identical():
    """Random syllable soup, including overlapping phrases and punctuation, against the reference."""
    rng = random.Random(7)
    folded = sorted({_SYLLABLE.findall(fast_fold(w))[0] for w in _ALPHABET if _SYLLABLE.findall(w)})
    for _ in range(600):
        words = [rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))]
        seps = [rng.choice([" ", " ", " ", "  ", "\n", ", ", "-", "/", " - ", "_", ""]) for _ in words]
        text = "".join(w + s for w, s in zip(words, seps))
        hl = Highlights(
            words=set(rng.sample(folded, rng.randint(0, 3))),
            phrases=[rng.sample(folded, rng.randint(2, 3)) for _ in range(rng.randint(0, 2))],
            refs=set(rng.sample(["ct-05", "05-ct/tw", "nq-29", "ct-05/_"], rng.randint(0, 2))),
        )
        for width in (30, 200):
            assert make_snippet(text, hl, width) == _old_make_snippet(text, hl, width), (text, hl)


# --- the assumptions the fast path rests on ----------------------------------------

def test_squeeze_knows_every_white_space_character():
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert spaces - set(snippets._OTHER_SPACE) == {" ", "\n"}
    for text in ["", " ", "a  b", " a\n\nb ", "a \n b", "a\u3000b", "x" * 5 + "   \n  " + "y"]:
        assert snippets._squeeze(text) == " ".join(text.split())


def test_characters_past_the_table_fold_to_themselves_or_past_the_query_alphabet():
    word = re.compile(r"[^\W_]")
    for cp in range(snippets._LOW, 0x110000):
        c = chr(cp)
        if not unicodedata.is_normalized("NFC", c):
            continue                # never in text that takes the fast path
        f = c.lower().translate(_FOLD)
        assert len(f) == 1, hex(cp)
        assert f == c or ord(f) >= snippets._SAFE, hex(cp)
        assert bool(word.match(f)) == bool(word.match(c)), hex(cp)


def test_text_with_breaking_characters_takes_the_folded_path():
    assert snippets._aligned("Chỉ thị 05")
    for text in ["Chi\u0309 thi\u0323", "a\u200bb", "İstanbul", "ΣΑΣ", "x\u00adx"]:
        assert not snippets._aligned(text)


# --- rules ----------------------------------------------------------------------------

def test_marks_folded_exact_phrase_and_reference_matches():
    hl = parse_query('hoa binh "chỉ thị" CT 05').highlights
    snip = make_snippet("Tình hữu nghị, HOÀ BÌNH. Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", hl)
    assert "[[HOÀ BÌNH]]" in snip
    assert "[[Chỉ thị số 05-CT/TW]]" in snip


def test_window_goes_to_the_densest_part_and_says_where_it_is_cut():
    text = " ".join(["lời mở đầu"] * 100) + " sơ kết chi bộ và sơ kết đảng bộ " + " ".join(["kết thúc"] * 100)
    snip = make_snippet(text, parse_query("sơ kết chi bộ").highlights)
    assert snip.startswith("… ") and snip.endswith(" …")
    assert "[[sơ kết chi bộ]]" in snip and "[[sơ kết]]" in snip
    assert len(snip.replace("[[", "").replace("]]", "")) <= 200 + 4


def test_no_match_shows_the_beginning():
    assert make_snippet("Một hai ba.\n\nBốn năm.", parse_query("xyz").highlights) == "Một hai ba. Bốn năm."
    assert make_snippet("  \n ", parse_query("xyz").highlights) == ""


def _huge(n_chars: int, inject: str | None = None, at: float = 0.5,
          para: str = "Hội nghị triển khai nhiệm vụ năm học mới tại các trường học trong tỉnh.") -> str:
    paras = [para] * (n_chars // (len(para) + 2) + 1)
    if inject is not None:
        paras[int(len(paras) * at)] = inject
    return "\n\n".join(paras)


def test_huge_text_with_a_match_in_its_head_is_cut_after_the_head():
    text = _huge(500_000, "Thực hiện Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng.", at=0.01)
    assert len(text) > 5 * snippets._HUGE
    snip = make_snippet(text, parse_query("Chỉ thị 05").highlights)
    assert "[[Chỉ thị 05-CT/TW]]" in snip and snip.startswith("… ") and snip.endswith(" …")


def test_huge_text_with_its_only_match_far_in_is_shown_around_that_match():
    text = _huge(500_000, "Chi bộ sơ kết Chỉ thị 05-CT/TW của Bộ Chính trị.", at=0.8)
    snip = make_snippet(text, parse_query('"sơ kết"').highlights)
    assert "[[sơ kết]]" in snip and snip.startswith("… ") and snip.endswith(" …")
    snip = make_snippet(text, parse_query("CT 05").highlights)
    assert "[[Chỉ thị 05-CT/TW]]" in snip


def test_huge_text_with_many_wanted_numbers_still_finds_the_reference():
    text = _huge(500_000, "Chi bộ học tập Chỉ thị số 05-CT/TW của Bộ Chính trị.", at=0.9,
                 para="Ngày 05/05/2020, hội nghị có 05 chi bộ và 5 tổ chuyên môn tham dự.")
    snip = make_snippet(text, parse_query("Chỉ thị 05").highlights)
    assert "[[Chỉ thị số 05-CT/TW]]" in snip and snip.startswith("… ")


def test_huge_text_without_a_match_shows_its_beginning():
    text = _huge(200_000)
    snip = make_snippet(text, parse_query("xyz 77").highlights)
    assert snip.startswith("Hội nghị triển khai") and snip.endswith(" …")
    assert "[[" not in snip
