"""Property tests the vntext suite does not already hold, the CSV writer, and a cleaner fuzz run.

tests/test_vntext_properties.py pins canonical/fold idempotence and NFC == NFD for the
normaliser, and generated reference spellings. Added here: NFC == NFD for reference
extraction and for the index analyzers, canonical ids as fixed points, the export writer's
CSV round trip, and a bounded fuzz of ``cleaner.extract.extract`` on mutated snapshot pages.
"""
from __future__ import annotations

import csv
import io
import random
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.extract import SourceInfo, extract
from index.analysis import exact_words, folded_words
from index.api import Hit
from search_cli import export as ex
from vntext.refs import canonical_id, canonical_refs

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMULA = ("=", "+", "-", "@", "\t", "\r")

REF_SPELLINGS = ["Chỉ thị số 05-CT/TW", "CT 05-CT/TW", "Nghị quyết 29-NQ/TW", "Kết luận số 01-KL/TW",
                 "Quyết định số 1234/QĐ-SGDĐT", "Công văn 567/SGDĐT-VP", "Nghị quyết số 04-NQ/TW"]
viet = st.text(alphabet="aăâdđeêioôơuưyAĐƠ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự0123456789-/.,\n", max_size=60)
with_refs = st.builds(lambda a, r, b: f"{a} {r} {b}", viet, st.sampled_from(REF_SPELLINGS), viet)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# --- references and analyzers -----------------------------------------------------

@SETTINGS
@given(st.one_of(with_refs, st.text(max_size=80)))
def test_reference_ids_do_not_depend_on_nfc_or_nfd(text: str) -> None:
    assert canonical_refs(nfd(text)) == canonical_refs(unicodedata.normalize("NFC", text))


@SETTINGS
@given(with_refs)
def test_canonical_ids_are_fixed_points(text: str) -> None:
    for ref_id in canonical_refs(text):
        assert canonical_id(ref_id) == ref_id
        assert canonical_id(ref_id.upper()) == ref_id


@SETTINGS
@given(st.one_of(with_refs, st.text(max_size=80)))
def test_index_analyzers_see_nfd_text_as_nfc(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert exact_words(nfd(text)) == exact_words(nfc)
    assert folded_words(nfd(text)) == folded_words(nfc)
    assert folded_words(nfc) == folded_words(" ".join(folded_words(nfc)))


# --- CSV export ------------------------------------------------------------------

cell_text = st.one_of(
    st.text(max_size=40),
    st.builds(lambda p, s: p + s, st.sampled_from(FORMULA + ('"', "'", "\n", ";", ",")), st.text(max_size=20)),
)


@SETTINGS
@given(title=cell_text, unit=st.one_of(st.none(), cell_text), snippet=cell_text,
       refs=st.lists(st.sampled_from(["05-ct/tw", "29-nq/tw", "=1+1"]), max_size=3), text=cell_text,
       bom=st.booleans())
def test_csv_round_trip_gives_back_the_text_and_no_cell_starts_a_formula(title, unit, snippet, refs, text, bom):
    hit = Hit(rank=1, score=2.5, url="http://127.0.0.1/a/1", title=title, published="2023-05-01",
              province="Sóc Trăng", province_2025="Cần Thơ", unit=unit, kind="so-ket", source="s",
              refs=refs, snippet=snippet)
    buf = io.StringIO(newline="")
    writer = ex.RowWriter(buf, "csv", with_text=True)
    row = ex.hit_row(hit, text)
    writer.write(row)
    raw = buf.getvalue()
    if bom:
        raw = ("\ufeff" + raw).encode("utf-8").decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == 1
    got = dict(zip(header, rows[0]))
    assert header == writer.header
    for key, value in row.items():
        if key in ("rank", "score"):
            continue
        cell = got[key]
        assert not cell.startswith(FORMULA), (key, cell)
        original = "" if value is None else (("; " if key == "refs" else " ").join(value)
                                             if isinstance(value, list) else str(value))
        restored = cell[1:] if original.startswith(FORMULA) else cell
        assert restored == original, key


# --- cleaner fuzz ----------------------------------------------------------------

def _pages() -> list[bytes]:
    files = sorted((ROOT / "data" / "snapshots").rglob("*.html"))
    return [p.read_bytes() for p in files]


def _mutate(rng: random.Random, page: bytes) -> tuple[bytes, dict | None]:
    data = bytearray(page)
    how = rng.choice(["flip", "truncate", "drop_tag", "charset", "splice", "mix"])
    if how in ("flip", "mix") and data:
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    if how in ("truncate", "mix") and data:
        data = data[: rng.randrange(len(data))]
    if how in ("drop_tag", "mix"):
        for _ in range(rng.randint(1, 30)):
            start = data.find(b"<", rng.randrange(len(data) or 1))
            end = data.find(b">", start + 1)
            if start < 0 or end < 0:
                break
            del data[start:end + 1]
    if how == "splice" and data:
        at = rng.randrange(len(data))
        data[at:at] = rng.choice([b"<div><table><tr><td>" * 50, b"\x00\xff\xfe" * 20, b"<!--", b"<script>",
                                  "Hội nghị sơ kết Chỉ thị 05".encode("utf-16"), b"&#xD800;&#99999999;"])
    headers = None
    if how in ("charset", "mix") or rng.random() < 0.3:
        cs = rng.choice(["utf-8", "windows-1258", "iso-8859-1", "utf-16", "x-unknown-charset", "tcvn3", ""])
        headers = {"Content-Type": f"text/html; charset={cs}"}
    return bytes(data), headers


def test_cleaner_survives_mutated_snapshot_pages():
    pages = _pages()
    assert len(pages) >= 50
    rng = random.Random(9)
    budget = time.monotonic() + 4.0
    done = 0
    while time.monotonic() < budget or done < 100:
        body, headers = _mutate(rng, rng.choice(pages))
        result = extract(body, "http://127.0.0.1/tin-tuc/bai-viet.html", headers=headers,
                         source=SourceInfo(province="Sóc Trăng"))
        failed = [n for n in result.notes if "extraction failed" in n] if result.notes else []
        assert not failed, (failed, body[:200], headers)       # extract swallows crashes: none may happen
        assert result.page_kind in ("article", "listing", "other")
        if result.article is not None:
            art = result.article
            assert isinstance(art.text, str) and isinstance(art.title, str)
            assert unicodedata.is_normalized("NFC", art.text + art.title)
        done += 1
        if done >= 400:
            break
    assert done >= 100


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x1f"])
def test_a_control_character_does_not_lose_the_article(control):
    from snapserver.faults import ARTICLES, article_html

    title, published, paras = ARTICLES["hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023"]
    html = article_html(title, published, paras).replace('</div><div class="article">',
                                                          f'</div>{control}<div class="article">')
    result = extract(html.encode("utf-8"), "http://127.0.0.1/tin-tuc/a.html")
    assert result.page_kind == "article", result.notes
    assert "Chỉ thị 05-CT/TW" in result.article.text


def test_a_control_character_inside_a_paragraph_separates_words():
    from snapserver.faults import ARTICLES, article_html

    title, published, paras = ARTICLES["hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023"]
    html = article_html(title, published, ["Đảng ủy\x0bSở Giáo dục\x00và Đào tạo tổ chức hội nghị."] + list(paras))
    result = extract(html.encode("utf-8"), "http://127.0.0.1/tin-tuc/a.html")
    assert result.page_kind == "article", result.notes
    assert "Đảng ủy Sở Giáo dục và Đào tạo" in result.article.text
