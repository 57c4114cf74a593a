"""Document references: every listed spelling, the traps, resolution and index terms."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vntext.refs import (Ref, canonical_id, canonical_refs, find_refs, index_terms, parse_id,
                         query_terms, ref_type_names)

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def ids(text: str) -> list[str]:
    return [r.id for r in find_refs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ thị 05-CT/TW", "05-CT/TW"),
    ("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "05-CT/TW"),
    ("Chỉ thị số 05/CT-TW", "05-CT/TW"),
    ("Nghị quyết 29-NQ/TW", "29-NQ/TW"),
    ("Nghị quyết số 29-NQ/TW", "29-NQ/TW"),
    ("Kết luận 01-KL/TW", "01-KL/TW"),
    ("Hướng dẫn 08-HD/BTCTU", "08-HD/BTCTU"),
    ("Hướng dẫn số 08-HD/BTCTU, ngày 07-8-2018", "08-HD/BTCTU"),
    ("Quy định 08-QĐi/TW", "08-QĐi/TW"),
    ("Công văn số 3240/BGDĐT-CSVC", "3240/BGDĐT-CSVC"),
    ("Quyết định số 1234/QĐ-UBND", "1234/QĐ-UBND"),
    ("Thông tư 32/2018/TT-BGDĐT", "32/2018/TT-BGDĐT"),
    ("Kế hoạch số 12-KH/ĐU", "12-KH/ĐU"),
    ("Chương trình hành động số 46-CTrHĐ/TU", "46-CTrHĐ/TU"),
    ("Đề án 02-ĐA/TU", "02-ĐA/TU"),
    ("thực hiện 05-CT/TW của Bộ Chính trị", "05-CT/TW"),
    ("Chỉ thị 5-CT/TW", "05-CT/TW"),
    ("Nghị quyết Trung ương 4 (Khóa XII)", "NQTW4-XII"),
    ("Nghị quyết Trung ương 4 (Khoá XII)", "NQTW4-XII"),
    ("Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XII", "NQTW4-XII"),
    ("Chỉ thị 16/CT-TTg", "16/CT-TTG"),
    ("Nghị định 86/2018/NĐ-CP", "86/2018/NĐ-CP"),
    ("văn bản 1578/SGDĐT- CTTT", "1578/SGDĐT-CTTT"),
    ("Cong van so 3240/BGDDT-CSVC", "3240/BGDĐT-CSVC"),
    ("Thông tư liên tịch số 01/2015/TTLT-BGDĐT-BNV", "01/2015/TTLT-BGDĐT-BNV"),
    ("Văn bản hợp nhất 01/VBHN-BGDĐT", "01/VBHN-BGDĐT"),
    ("Công điện số 01/CĐ-TTg", "01/CĐ-TTG"),
    ("Kế hoạch số 45/KH-SGDĐT", "45/KH-SGDĐT"),
    ("Số: 123/UBND-VX", "123/UBND-VX"),
    ("Chỉ thị số 05/CT-ĐUK", "05-CT/ĐUK"),
    ("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "NQTW4-XII"),
    ("Nghị quyết TW4 khóa XII", "NQTW4-XII"),
    ("thực hiện 05-ct/tw", "05-CT/TW"),
    ("Kế hoạch 12-KH/\u00d0U", "12-KH/ĐU"),          # Ð (eth) written for Đ
    ("\u00d0ề án 02-\u00d0A/TU", "02-ĐA/TU"),
])
def test_full_forms(text: str, expected: str) -> None:
    assert ids(text) == [expected]


@pytest.mark.parametrize("text", [
    "05-CT/TW", "05- CT/TW", "05 -CT/TW", "05 - CT/TW", "05–CT/TW", "05 – CT/TW", "05/CT-TW",
    "05/ CT - TW", "5-CT/TW", "005-CT/TW", "05-CT/TƯ", "05 CT/TW",
    "chỉ thị 05-CT/TW", "CHỈ THỊ SỐ 05-CT/TW", "chi thi so 05-ct/tw", "Chỉ thị số: 05-CT/TW",
    unicodedata.normalize("NFD", "Chỉ thị số 05-CT/TW"),
    "Chỉ\u00a0thị\u00a0số\u00a005\u00a0-\u00a0CT/TW",
])
def test_spacing_case_and_normal_forms(text: str) -> None:
    assert ids(text) == ["05-CT/TW"]


@pytest.mark.parametrize("text, expected", [
    ("Chỉ thị 05", "CT-05"),
    ("Chỉ thị số 5", "CT-05"),
    ("CT 05", "CT-05"),
    ("NQ 29", "NQ-29"),
    ("Nghị quyết số 29", "NQ-29"),
    ("Kết luận số 01", "KL-01"),
    ("Quy định 08", "QĐi-08"),
    ("Thông tư 32", "TT-32"),
    ("Nghị quyết Trung ương 4", "NQTW-4"),
    ("Nghị quyết số 02 Hội nghị Thành ủy lần thứ 8 Khóa X", "NQ-02"),
    ("chi thi 05.", "CT-05"),
    ("CT05", "CT-05"),
    ("NQ29", "NQ-29"),
    # The issuer is not guessed from the words around a partial.
    ("Chỉ thị 05 của Bộ Chính trị", "CT-05"),
    ("Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị", "CT-05"),
    ("NQ 29 của Trung ương", "NQ-29"),
    ("theo Thông tư 22. Buổi chiều", "TT-22"),
    ("Thông tư 22/2016 quy định", "TT-22"),
    ("Nghị quyết Hội nghị lần thứ tư", None),
    # A type name that is also a verb, followed by a count, is the verb.
    ("hướng dẫn 07 chi bộ", None),
    ("báo cáo 3 nội dung", None),
    ("Quyết định 05 tập thể", None),
    ("Kế hoạch 100 ngày", None),
    # Other type names keep the citation even before a noun.
    ("Sơ kết Chỉ thị 05 chi bộ trường THPT", "CT-05"),
    # A time word followed by a date is the date of the document.
    ("Chỉ thị 05 ngày 15/5/2016 của Bộ Chính trị", "CT-05"),
    ("Chỉ thị 05 ngày 15 tháng 5 năm 2016", "CT-05"),
    ("Nghị quyết 29 năm 2013", "NQ-29"),
    ("Kế hoạch 5 năm 2021-2025", None),
    ("Kết luận 01 sơ kết", "KL-01"),
])
def test_partial_forms(text: str, expected: str | None) -> None:
    refs = find_refs(text)
    if expected is None:
        assert refs == []
        return
    assert [r.id for r in refs] == [expected]
    assert refs[0].issuer is None and refs[0].partial


@pytest.mark.parametrize("text", [
    "05 chi bộ", "07 chi bộ trực thuộc", "thuộc 07 chị bộ", "ngày 05/3", "ngày 05-3-2020",
    "lần 1/2020", "6 tháng đầu năm", "4/4 chỉ tiêu", "326,7 điểm/350 điểm", "88,57 điểm/97,0 điểm",
    "năm học 2021-2022", "năm học 2020- 2021", "năm học 2016 – 2017", "0912.345.678",
    "0912-345-678", "ĐT: 0299 3822 123", "Khóa X", "Khóa XII", "ngày 15/5/2016",
    "Kế hoạch 5 năm", "Nghị quyết năm 2020", "Kế hoạch 2021", "Chương trình GDPT 2018",
    "Báo cáo 6 tháng", "Chỉ thị 05/3", "Covid-19", "trang 12/45", "nhiệm kỳ 2020-2025",
    "sáng ngày 03-7-2020", "Chương trình 135", "F0/F1", "Chi bộ 3", "kết luận 3 nội dung",
    "Nghị quyết của Đảng bộ", "100% cán bộ", "(2021-2022)", "lớp 6/1",
    "Quyết định khen thưởng 05 tập thể", "ct05", "ABC05", "HD 1080", "đợt 1/2020",
    "lớp 10/A1", "lớp 12/A1 và 11/B2", "phòng 201/B2", "tổ 3/KP2", "Kế hoạch 5 quý",
])
def test_not_references(text: str) -> None:
    assert find_refs(text) == []


def test_spans_point_into_the_input() -> None:
    text = "Thực hiện Chỉ thị số 05-CT/TW và Kết luận 01-KL/TW."
    refs = find_refs(text)
    assert [text[r.start:r.end] for r in refs] == ["Chỉ thị số 05-CT/TW", "Kết luận 01-KL/TW"]


def test_spans_in_nfd_input() -> None:
    text = unicodedata.normalize("NFD", "Đẩy mạnh thực hiện Chỉ thị 05-CT/TW")
    (ref,) = find_refs(text)
    assert unicodedata.normalize("NFC", text[ref.start:ref.end]) == "Chỉ thị 05-CT/TW"


def test_ref_fields() -> None:
    text = "Quyết định số 1234/QĐ-UBND"
    (r,) = find_refs(text)
    assert r == Ref("1234/QĐ-UBND", "QĐ", "1234", "UBND", 0, len(text))
    (r,) = find_refs("Công văn số 3240/BGDĐT-CSVC")
    assert (r.type, r.number, r.issuer) == ("CV", "3240", "BGDĐT-CSVC")


def test_partial_resolved_from_same_text() -> None:
    text = "Sơ kết Chỉ thị 05. Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị."
    assert [r.id for r in find_refs(text)] == ["CT-05", "05-CT/TW"]
    assert canonical_refs(text) == ["05-CT/TW"]


def test_partial_kept_without_full() -> None:
    assert canonical_refs("Sơ kết Chỉ thị 05 và Nghị quyết 29-NQ/TW") == ["29-NQ/TW", "CT-05"]


def test_partial_not_resolved_by_other_number_or_type() -> None:
    text = "Chỉ thị 05 và Chỉ thị 06-CT/TW, Nghị quyết 05-NQ/TW"
    assert canonical_refs(text) == ["05-NQ/TW", "06-CT/TW", "CT-05"]


def test_seed_articles() -> None:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert canonical_refs(seeds["000"]) == ["08-HD/BTCTU"]
    assert canonical_refs(seeds["001"]) == []
    assert canonical_refs(seeds["002"]) == ["05-CT/TW"]
    assert canonical_refs(seeds["003"]) == ["02-ĐA/TU", "05-CT/TW", "29-NQ/TW", "46-CTrHĐ/TU",
                                            "NQ-02", "NQTW4-XII"]
    assert canonical_refs(seeds["004"]) == ["01-KL/TW", "05-CT/TW"]


# --- index and query terms: the matching semantics the index relies on -------

def matches(query: str, article_text: str) -> bool:
    """Every reference in the query matches one of the article's index terms."""
    terms = set(index_terms(canonical_refs(article_text)))
    qs = query_terms(query)
    return bool(qs) and all(terms & set(alts) for _, alts in qs)


@pytest.mark.parametrize("query", ["05-CT/TW", "05/CT-TW", "chỉ thị số 05-CT/TW", "05-ct/tw"])
def test_full_query_matches_full_and_partial_only(query: str) -> None:
    assert matches(query, "thực hiện Chỉ thị 05-CT/TW")
    assert matches(query, "thực hiện Chỉ thị 05 của Đảng bộ")
    assert not matches(query, "thực hiện Chỉ thị 05-CT/TU")
    assert not matches(query, "thực hiện Chỉ thị 06-CT/TW")


@pytest.mark.parametrize("query", ["Chỉ thị 05", "CT 05", "chi thi 05", "ct 05", "chỉ thị số 5"])
def test_partial_query_matches_every_issuer(query: str) -> None:
    assert matches(query, "Chỉ thị 05-CT/TW")
    assert matches(query, "Chỉ thị 05-CT/TU")
    assert matches(query, "Chỉ thị 05 của chi bộ")
    assert not matches(query, "Nghị quyết 05-NQ/TW")
    assert not matches(query, "Chỉ thị 15-CT/TW")


def test_nq_short_query() -> None:
    assert matches("NQ 29", "Nghị quyết số 29-NQ/TW")
    assert matches("nghi quyet 29", "Nghị quyết số 29-NQ/TW")


def test_state_query_without_diacritics() -> None:
    assert matches("3240/bgddt-csvc", "Công văn số 3240/BGDĐT-CSVC")
    assert matches("cong van 3240", "Công văn số 3240/BGDĐT-CSVC")
    assert matches("thong tu 32/2018/tt-bgddt", "Thông tư 32/2018/TT-BGDĐT")


def test_query_without_reference() -> None:
    assert query_terms("05 chi bộ") == []
    assert query_terms("sơ kết năm học 2021-2022") == []


def test_query_spans() -> None:
    q = "sơ kết chỉ thị 05 Sóc Trăng"
    ((span, terms),) = query_terms(q)
    assert q[span[0]:span[1]] == "chỉ thị 05"
    assert terms == ["ct-05"]


def test_index_terms_lower_case_and_folded() -> None:
    terms = index_terms(["08-QĐi/TW"])
    assert "08-qđi/tw" in terms and "08-qdi/tw" in terms
    assert all(t == t.lower() for t in terms)


def test_parse_id_round_trip() -> None:
    for text in ["Chỉ thị 05-CT/TW", "Quyết định số 1234/QĐ-UBND", "Thông tư 32/2018/TT-BGDĐT",
                 "Công văn số 3240/BGDĐT-CSVC", "Chỉ thị 05", "Nghị quyết Trung ương 4 (Khóa XII)"]:
        (r,) = find_refs(text)
        assert parse_id(r.id) == (r.type, r.number, r.issuer)


def test_type_names() -> None:
    names = ref_type_names()
    assert names["CT"] == ["chỉ thị", "ct"]
    assert "quy định" in names["QĐi"]
    assert all(v for v in names.values())


@pytest.mark.parametrize("spelling, expected", [
    ("05/CT-TW", "05-CT/TW"), ("chỉ thị số 05-ct/tw", "05-CT/TW"), ("5-CT/TW", "05-CT/TW"),
    ("ct-05", "CT-05"), ("CT 05", "CT-05"), ("NQTW4-XII", "NQTW4-XII"), ("nqtw-4", "NQTW-4"),
    ("3240/bgddt-csvc", "3240/BGDĐT-CSVC"), ("qdi-08", "QĐi-08"),
    ("hello", None), ("05 chi bộ", None), ("05-CT/TW và 06-CT/TW", None), ("", None),
])
def test_canonical_id(spelling: str, expected: str | None) -> None:
    assert canonical_id(spelling) == expected


def test_index_terms_recanonicalise_other_spellings() -> None:
    assert index_terms(["05/ct-tw"]) == index_terms(["05-CT/TW"]) == index_terms(["5-ct/tw"])
    assert index_terms([""]) == []


def test_ids_shown_in_results_work_as_queries() -> None:
    assert matches("CT-05", "Chỉ thị 05-CT/TU")
    assert matches("NQTW4-XII", "Nghị quyết Trung ương 4 (Khóa XII)")
    assert matches("NQTW-4", "Nghị quyết Trung ương 4 (Khóa XII)")
    assert not matches("NQTW4-XII", "Nghị quyết Trung ương 4 (Khóa XI)")


def test_quy_dinh_partial_covers_the_older_qd_spelling() -> None:
    assert matches("Quy định 47", "Quy định số 47-QĐ/TW")
    assert matches("Quy định 08", "Quy định 08-QĐi/TW")
    assert canonical_refs("Quy định 47 và Quy định 47-QĐ/TW") == ["47-QĐ/TW"]
    assert not matches("Quyết định 08", "Quy định 08-QĐi/TW")


@pytest.mark.parametrize("text, expected", [
    ("Nghị quyết số 88/2014/QH13 của Quốc hội về đổi mới chương trình", ["88/2014/QH13"]),
    ("thực hiện Luật Giáo dục số 43/2019/QH14", ["43/2019/QH14"]),
])
def test_national_assembly_documents_keep_their_number(text, expected):
    assert canonical_refs(text) == expected
