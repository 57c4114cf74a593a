"""Charset choice and legacy Vietnamese encodings."""
from __future__ import annotations

import codecs
import unicodedata

from cleaner.decode import decode_html
from cleaner.legacy import TCVN3_TABLE, detect_legacy, tcvn3_to_unicode, vni_to_unicode

TEXT = "Hội nghị sơ kết công tác Đảng của Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"
PAGE = "<html><head>{meta}<title>t</title></head><body><p>" + TEXT + "</p></body></html>"


def _page(meta: str = "") -> str:
    return PAGE.format(meta=meta)


def _cp1258_bytes(text: str) -> bytes:
    """How Windows wrote Vietnamese in cp1258: base letters plus combining tone marks."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)


def test_utf8_bom_wins_over_wrong_header():
    body = codecs.BOM_UTF8 + _page().encode("utf-8")
    text, enc, _ = decode_html(body, {"Content-Type": "text/html; charset=windows-1252"})
    assert enc == "utf-8"
    assert TEXT in text


def test_utf16_bom():
    body = codecs.BOM_UTF16_LE + _page().encode("utf-16-le")
    text, enc, _ = decode_html(body)
    assert enc.startswith("utf-16")
    assert TEXT in text


def test_header_beats_meta_when_both_decode():
    body = _page('<meta charset="windows-1258">').encode("utf-8")
    text, enc, notes = decode_html(body, {"content-type": "text/html; charset=UTF-8"})
    assert enc == "utf-8"
    assert TEXT in text
    assert any("conflict" in n for n in notes)


def test_header_says_utf8_but_bytes_are_cp1258_meta_rescues():
    body = _cp1258_bytes(_page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'))
    text, enc, notes = decode_html(body, {"Content-Type": "text/html; charset=utf-8"})
    assert enc == "cp1258"
    assert TEXT in text
    assert any("do not decode" in n for n in notes)


def test_undeclared_cp1258_falls_back_and_is_nfc():
    body = _cp1258_bytes(_page())
    text, enc, _ = decode_html(body, None)
    assert enc == "cp1258"
    assert TEXT in text
    assert unicodedata.is_normalized("NFC", text)


def test_declared_latin1_but_bytes_are_utf8():
    body = _page('<meta charset="iso-8859-1">').encode("utf-8")
    text, enc, notes = decode_html(body, {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert enc == "utf-8"
    assert TEXT in text
    assert any("bytes are UTF-8" in n for n in notes)


def test_nfd_input_comes_out_nfc():
    body = unicodedata.normalize("NFD", _page()).encode("utf-8")
    text, _, _ = decode_html(body, {"Content-Type": "text/html; charset=utf-8"})
    assert TEXT in text


def test_unknown_charset_label_is_noted_not_fatal():
    body = _page('<meta charset="x-klingon">').encode("utf-8")
    text, enc, notes = decode_html(body)
    assert enc == "utf-8" and TEXT in text
    assert any("unknown charset" in n for n in notes)


def _to_tcvn3(text: str) -> str:
    inverse = {v: k for k, v in TCVN3_TABLE.items()}
    return "".join(inverse.get(ch, ch) for ch in text)


def test_tcvn3_page_is_detected_and_converted():
    lower = "hội nghị sơ kết công tác đảng của sở giáo dục và đào tạo tỉnh sóc trăng"
    legacy = _to_tcvn3(lower)
    assert legacy != lower and all(ord(c) < 256 for c in legacy)
    body = ('<html><head><meta charset="iso-8859-1"></head><body><p><font face=".VnTime">'
            + legacy + "</font></p></body></html>").encode("latin-1")
    text, _, notes = decode_html(body)
    assert lower in text
    assert any("tcvn3" in n for n in notes)


def test_tcvn3_known_words():
    assert tcvn3_to_unicode("Gi¸o dôc vµ §µo t¹o") == "Giáo dục và Đào tạo"
    assert detect_legacy("Héi nghÞ tæng kÕt n¨m häc cña Phßng Gi¸o dôc") == "tcvn3"


def test_vni_sample_is_detected_and_converted():
    vni = "Hoäi nghò sô keát coâng taùc Ñaûng cuûa Sôû Giaùo duïc vaø Ñaøo taïo tænh Soùc Traêng"
    assert detect_legacy(vni) == "vni"
    assert vni_to_unicode(vni) == "Hội nghị sơ kết công tác Đảng của Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"
    body = ("<html><body><p>" + vni + "</p></body></html>").encode("cp1252")
    text, _, notes = decode_html(body, {"Content-Type": "text/html; charset=windows-1252"})
    assert "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng" in text
    assert any("vni" in n for n in notes)


def test_vni_upper_case_and_horn_letters():
    assert vni_to_unicode("TRÖÔØNG THPT NGUYEÃN DU") == "TRƯỜNG THPT NGUYỄN DU"
    assert vni_to_unicode("ngöôøi daân") == "người dân"


def test_unicode_vietnamese_is_not_mistaken_for_legacy():
    assert detect_legacy(TEXT * 3) is None
    assert detect_legacy("Café au lait, señor — déjà vu") is None


def test_header_utf8_but_bytes_cp1258_without_meta():
    """The snapserver fault route /charset?declared=utf-8&actual=cp1258."""
    body = _cp1258_bytes(_page())
    text, enc, notes = decode_html(body, {"Content-Type": "text/html; charset=utf-8"})
    assert enc == "cp1258"
    assert TEXT in text
    assert any("do not decode" in n for n in notes)


def test_undeclared_tcvn3_bytes_use_latin1_tables():
    legacy = _to_tcvn3("hội nghị tổng kết năm học của phòng giáo dục huyện kỳ anh")
    body = ("<html><body><p>" + legacy + "</p></body></html>").encode("latin-1")
    text, _, notes = decode_html(body)
    assert "hội nghị tổng kết năm học của phòng giáo dục huyện kỳ anh" in text
