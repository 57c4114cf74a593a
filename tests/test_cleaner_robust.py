"""Bad input never raises: empty, binary, broken, odd documents."""
from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.extract import SourceInfo, extract

PARA = ("Sáng ngày 18/7/2022, Đảng ủy Sở Giáo dục và Đào tạo tổ chức Hội nghị sơ kết công tác "
        "xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.")


def test_empty_body():
    res = extract(b"", "http://x/a")
    assert res.page_kind == "other" and res.notes == ["empty body"]


def test_whitespace_body():
    assert extract(b"  \n\t ", "http://x/a").page_kind == "other"


def test_binary_garbage():
    res = extract(os.urandom(4096) + b"\x00\x00", "http://x/a.html")
    assert res.page_kind == "other"
    assert any("binary" in n or "not HTML" in n for n in res.notes)


def test_pdf_served_as_html():
    res = extract(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50, "http://x/a")
    assert res.page_kind in ("other", "listing")
    assert res.article is None


def test_truncated_html_still_extracts():
    html = f"<html><head><title>Hội nghị sơ kết</title></head><body><h1>Hội nghị sơ kết</h1><p>{PARA}<p>{PARA[:60]}"
    res = extract(html.encode(), "http://x/hoi-nghi-so-ket-cong-tac-dang-2022.html")
    assert res.page_kind == "article"
    assert res.article.title == "Hội nghị sơ kết"
    assert res.article.kind == "so-ket"


def test_xml_declaration_and_plain_text():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><h1>Tiêu đề bài viết thử nghiệm</h1><p>' + PARA + "</p></body></html>"
    assert extract(html.encode(), "http://x/tieu-de-bai-viet-thu-nghiem.html").page_kind == "article"
    assert extract(PARA.encode(), "http://x/plain").page_kind in ("article", "other")


def test_deep_nesting_does_not_raise():
    html = "<div>" * 3000 + PARA + "</div>" * 3000
    res = extract(html.encode(), "http://x/a")
    assert res.page_kind in ("article", "listing", "other")


def test_bad_profile_and_selector_are_tolerated():
    html = f"<html><body><h1>Tiêu đề bài viết thử nghiệm</h1><p>{PARA}</p><p>{PARA}</p></body></html>"
    res = extract(html.encode(), "http://x/tieu-de-bai-viet-thu-nghiem.html",
                  source=SourceInfo(profile="nope", selectors={"content": "div[[["}))
    assert res.page_kind == "article"
    assert any("unknown profile" in n for n in res.notes)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data):
    res = extract(data, "http://x/a")
    assert res.page_kind in ("article", "listing", "other")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div class='share'>", "</div>", "<table><tr><td>", "<br>",
                                 "<h1>", "</h1>", "<script>", PARA, "Lượt xem: 5", "<!--", "-->", "&amp;", "<li>"]),
                max_size=40))
def test_random_markup_never_raises(parts):
    res = extract("".join(parts).encode(), "http://x/a", {"Content-Type": "text/html; charset=utf-8"})
    assert res.page_kind in ("article", "listing", "other")
    if res.article:
        assert "Lượt xem" not in res.article.text
