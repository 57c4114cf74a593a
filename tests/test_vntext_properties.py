"""Property tests for vntext: normalisation invariants, reference and province spellings."""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vntext.normalize import canonical, canonical_tones, fold, has_diacritics, nfc
from vntext.provinces import all_provinces, expand_filter, lookup, to_2025, units_2025
from vntext.refs import canonical_refs, find_refs, query_terms

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]   # level, huyền, sắc, ngã, hỏi, nặng
VIET_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@st.composite
def vietnamese_text(draw) -> str:
    """Words of Vietnamese letters with random tone marks, spaces and punctuation."""
    words = []
    for _ in range(draw(st.integers(0, 6))):
        letters = draw(st.text(alphabet=VIET_LETTERS, min_size=1, max_size=7))
        pos = draw(st.integers(0, len(letters) - 1))
        tone = draw(st.sampled_from(TONES))
        words.append(nfc(letters[:pos + 1] + tone + letters[pos + 1:]))
    seps = st.sampled_from([" ", "  ", ", ", "\u00a0", "-", "/", ". ", "\n"])
    out = ""
    for w in words:
        out += w + draw(seps)
    return out


any_text = st.one_of(vietnamese_text(), st.text(max_size=40))


# --- normalisation -------------------------------------------------------------

@SETTINGS
@given(any_text)
def test_canonical_is_idempotent(s: str) -> None:
    assert canonical(canonical(s)) == canonical(s)


@SETTINGS
@given(any_text)
def test_fold_is_idempotent_and_ignores_tone_style(s: str) -> None:
    assert fold(fold(s)) == fold(s)
    assert fold(canonical(s)) == fold(nfc(s))


@SETTINGS
@given(vietnamese_text())
def test_nfc_and_nfd_give_the_same_result(s: str) -> None:
    assert canonical(nfd(s)) == canonical(s)
    assert fold(nfd(s)) == fold(s)
    assert canonical_tones(nfd(s)) == canonical_tones(s)
    assert has_diacritics(nfd(s)) == has_diacritics(s)


@SETTINGS
@given(vietnamese_text())
def test_canonical_tones_keeps_letters_and_case(s: str) -> None:
    out = canonical_tones(s)
    assert fold(out) == fold(nfc(s))
    assert [c.isupper() for c in out] == [c.isupper() for c in nfc(s)]


ONSETS = ["", "h", "th", "kh", "t", "l", "x", "ng", "H", "Th", "Kh", "T", "L"]
# Open clusters where old and new placement differ: the tone goes on one or the other vowel.
CLUSTERS = ["oa", "oe", "uy", "OA", "OE", "UY"]


@SETTINGS
@given(st.sampled_from(ONSETS), st.sampled_from(CLUSTERS), st.sampled_from(TONES[1:]))
def test_old_and_new_tone_placement_meet(onset: str, cluster: str, tone: str) -> None:
    on_first = nfc(onset + cluster[0] + tone + cluster[1])
    on_second = nfc(onset + cluster + tone)
    assert canonical_tones(on_first) == canonical_tones(on_second)
    assert canonical(on_first) == canonical(on_second)


def test_listed_tone_pairs() -> None:
    pairs = [("hoà", "hòa"), ("uỷ", "ủy"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("toà", "tòa"),
             ("loà", "lòa"), ("Hoà Bình", "Hòa Bình"), ("UỶ BAN", "ỦY BAN")]
    for old, new in pairs:
        assert canonical_tones(old) == canonical_tones(new) == new
    assert nfc("\u00d0ảng") == "Đảng" and fold("\u00d0ẢNG") == "dang"
    for stays in ["quỳ", "hoàng", "người", "thuở", "quý", "giữ", "chuyện", "Nguyễn", "café"]:
        assert canonical_tones(stays) == stays


# --- references: generated spellings -------------------------------------------

# (code in the id, long names as written, short names, issuers as written -> as in the id)
PARTY = [
    ("CT", ["Chỉ thị", "chỉ thị", "Chi thi", "CHỈ THỊ", "chi thi"], ["CT"], [("TW", "TW"), ("TU", "TU")]),
    ("NQ", ["Nghị quyết", "nghị quyết", "Nghi quyet", "NGHỊ QUYẾT"], ["NQ"], [("TW", "TW"), ("ĐU", "ĐU")]),
    ("KL", ["Kết luận", "kết luận", "Ket luan"], ["KL"], [("TW", "TW")]),
    ("HD", ["Hướng dẫn", "hướng dẫn", "Huong dan"], [], [("BTCTU", "BTCTU"), ("BTGTW", "BTGTW")]),
    ("QĐi", ["Quy định", "quy định", "Quy dinh"], [], [("TW", "TW")]),
    ("KH", ["Kế hoạch", "kế hoạch", "Ke hoach"], [], [("ĐU", "ĐU"), ("DU", "ĐU"), ("TU", "TU")]),
    ("CTrHĐ", ["Chương trình hành động", "Chuong trinh hanh dong"], [], [("TU", "TU")]),
    ("ĐA", ["Đề án", "đề án", "De an"], [], [("TU", "TU")]),
]
CODE_SPELLING = {"QĐi": ["QĐi", "QDi"], "CTrHĐ": ["CTrHĐ", "CTrHD"], "ĐA": ["ĐA", "DA"]}
DASHES = ["-", "–", " - ", "- ", " -", " – "]
SLASHES = ["/", " / "]
LEFT = ["", "Thực hiện ", "sơ kết 05 năm thực hiện ", "theo ", "(", "Căn cứ "]
RIGHT = ["", ".", ",", ")", " của Bộ Chính trị", " ngày 15/5/2016", " về đẩy mạnh học tập", "; "]


def number_spelling(n: int, pad: int) -> str:
    return str(n).zfill(pad)


@st.composite
def party_mention(draw) -> tuple[str, str]:
    code, longs, shorts, issuers = draw(st.sampled_from(PARTY))
    n = draw(st.integers(1, 199))
    num = number_spelling(n, draw(st.sampled_from([1, 2, 3])))
    issuer_written, issuer_id = draw(st.sampled_from(issuers))
    code_written = draw(st.sampled_from(CODE_SPELLING.get(code, [code])))
    if draw(st.booleans()):
        ref = num + draw(st.sampled_from(DASHES)) + code_written + draw(st.sampled_from(SLASHES)) + issuer_written
    else:  # the state-style spelling of a Party document: 05/CT-TW
        ref = num + draw(st.sampled_from(SLASHES)) + code_written + draw(st.sampled_from(DASHES)) + issuer_written
    name = draw(st.sampled_from(longs + shorts + [""]))
    so = draw(st.sampled_from(["", "số ", "so ", "số: ", "Số "])) if name else ""
    mention = (name + " " if name else "") + so + ref
    text = draw(st.sampled_from(LEFT)) + mention + draw(st.sampled_from(RIGHT))
    return text, f"{str(n).zfill(2)}-{code}/{issuer_id}"


@SETTINGS
@given(party_mention(), st.booleans())
def test_generated_party_spellings_give_the_canonical_id(case: tuple[str, str], decompose: bool) -> None:
    text, expected = case
    if decompose:
        text = nfd(text)
    assert [r.id for r in find_refs(text)] == [expected]
    assert canonical_refs(text) == [expected]
    ((_, terms),) = query_terms(text)
    assert expected.lower() in terms


STATE = [
    ("Thông tư", "TT", lambda n, y: (f"{n}/{y}/TT-BGDĐT", f"{n}/{y}/TT-BGDĐT")),
    ("Nghị định", "NĐ", lambda n, y: (f"{n}/{y}/NĐ-CP", f"{n}/{y}/NĐ-CP")),
    ("Quyết định", "QĐ", lambda n, y: (f"{n}/QĐ-UBND", f"{n}/QĐ-UBND")),
    ("Quyết định", "QĐ", lambda n, y: (f"{n}/QD-UBND", f"{n}/QĐ-UBND")),
    ("Công văn", "CV", lambda n, y: (f"{n}/BGDĐT-CSVC", f"{n}/BGDĐT-CSVC")),
    ("Công văn", "CV", lambda n, y: (f"{n}/SGDĐT- CTTT", f"{n}/SGDĐT-CTTT")),
    ("Kế hoạch", "KH", lambda n, y: (f"{n}/KH-UBND", f"{n}/KH-UBND")),
]


@SETTINGS
@given(st.sampled_from(STATE), st.integers(10, 9999), st.integers(2000, 2030),
       st.booleans(), st.booleans(), st.sampled_from(LEFT), st.sampled_from(RIGHT))
def test_generated_state_spellings(doc, n: int, year: int, with_name: bool, with_so: bool,
                                   left: str, right: str) -> None:
    name, code, make = doc
    written, expected = make(n, year)
    mention = (name + " " + ("số " if with_so else "") if with_name else "") + written
    refs = find_refs(left + mention + right)
    assert [r.id for r in refs] == [expected]
    assert refs[0].type == code


PARTIAL_NAMES = [("CT", ["Chỉ thị", "chỉ thị", "Chi thi", "CT"]), ("NQ", ["Nghị quyết", "nghi quyet", "NQ"]),
                 ("KL", ["Kết luận", "KL"]), ("QĐi", ["Quy định"]), ("TT", ["Thông tư", "TT"])]


@SETTINGS
@given(st.sampled_from(PARTIAL_NAMES), st.integers(1, 99), st.sampled_from([1, 2]),
       st.sampled_from(["", "số ", "so "]), st.sampled_from(LEFT),
       st.sampled_from(["", ".", ",", " của Bộ Chính trị", " về đẩy mạnh", ")"]))
def test_generated_partials(kind, n: int, pad: int, so: str, left: str, right: str) -> None:
    code, names = kind
    name = names[n % len(names)]
    text = f"{left}{name} {so}{number_spelling(n, pad)}{right}"
    assert [r.id for r in find_refs(text)] == [f"{code}-{str(n).zfill(2)}"]
    # A full id of the same type and number elsewhere resolves it.
    full = f"{str(n).zfill(2)}-{code}/TW"
    assert canonical_refs(text + f". Thực hiện {full}.") == [full]


# --- things that are not references -------------------------------------------

NOUNS = ["chi bộ", "chị bộ", "chi bộ trực thuộc", "đảng viên", "tháng", "năm", "ngày", "tập thể",
         "cá nhân", "điểm", "học sinh", "trường", "đồng chí", "đại biểu", "lớp", "tiết", "trang",
         "chỉ tiêu", "nhiệm vụ", "nội dung", "giải pháp", "phòng học", "công trình", "giáo viên"]
CONTEXT = ["", "có ", "gồm ", "đạt ", "khen thưởng ", "Đảng bộ có ", "thuộc ", "trong ", "Sáng ",
           "hoàn thành ", "với "]


@st.composite
def non_reference(draw) -> str:
    n = draw(st.integers(0, 9999))
    d, m, y = draw(st.integers(1, 31)), draw(st.integers(1, 12)), draw(st.integers(1990, 2030))
    a, b = draw(st.integers(1, 500)), draw(st.integers(1, 500))
    forms = [
        f"{str(n).zfill(draw(st.sampled_from([1, 2])))} {draw(st.sampled_from(NOUNS))}",
        f"ngày {d:02d}/{m}", f"ngày {d}/{m}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
        f"{a}/{b} {draw(st.sampled_from(NOUNS))}", f"{a},{b % 10} điểm/{b}", f"lần {m}/{y}",
        f"năm học {y}-{y + 1}", f"năm học {y} - {y + 1}", f"nhiệm kỳ {y}-{y + 5}",
        f"0{a:03d}.{b:03d}.{n:03d}", f"0{a:03d} {b:03d} {n:04d}", f"Khóa {'XIV'[: 1 + n % 3]}",
        f"{a}%", f"quý {'I' * (1 + m % 3)}/{y}", f"{d} tháng {m} năm {y}",
    ]
    return draw(st.sampled_from(CONTEXT)) + draw(st.sampled_from(forms))


@SETTINGS
@given(non_reference(), st.booleans())
def test_generated_non_references_yield_none(text: str, with_tail: bool) -> None:
    if with_tail:
        text += ", tổ chức Hội nghị sơ kết."
    assert find_refs(text) == []
    assert query_terms(text) == []


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_is_safe(s: str) -> None:
    refs = find_refs(s)
    assert all(0 <= r.start < r.end <= len(s) for r in refs)
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert canonical_refs(s) == sorted(set(canonical_refs(s)))


# --- provinces: any spelling of a name finds it --------------------------------


@SETTINGS
@given(st.sampled_from(all_provinces()), st.sampled_from(["", "Tỉnh ", "tỉnh ", "TỈNH "]),
       st.sampled_from(["as is", "lower", "upper", "folded", "nfd", "spaces"]))
def test_any_spelling_of_a_province_name_looks_up(p, prefix: str, style: str) -> None:
    name = p.name
    spelled = {"as is": name, "lower": name.lower(), "upper": name.upper(), "folded": fold(name),
               "nfd": nfd(name), "spaces": "  " + name.replace(" ", "\u00a0 ") + " "}[style]
    found = lookup(prefix + spelled)
    assert found is not None and found.name == name
    assert to_2025(prefix + spelled) == p.name_2025


@SETTINGS
@given(st.sampled_from(units_2025()), st.sampled_from(["as is", "lower", "folded", "nfd"]))
def test_any_spelling_of_a_2025_unit_expands_to_its_parts(unit: str, style: str) -> None:
    spelled = {"as is": unit, "lower": unit.lower(), "folded": fold(unit), "nfd": nfd(unit)}[style]
    parts = expand_filter(spelled)
    assert parts and all(to_2025(old) == unit for old in parts)
    assert sorted(parts) == sorted(p.name for p in all_provinces() if p.name_2025 == unit)
