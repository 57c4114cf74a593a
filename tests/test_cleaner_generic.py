"""The generic rules added for unseen templates, each on a minimal page of its own."""
from __future__ import annotations

import pytest

from cleaner.authors import signature
from cleaner.boilerplate import is_noise_line
from cleaner.dates import find_dates
from cleaner.extract import extract
from cleaner.pagekind import classify_page

PARA = ("Chiều ngày 11/01/2022, Phòng Giáo dục và Đào tạo tổ chức hội nghị sơ kết học kỳ I, triển khai "
        "nhiệm vụ trọng tâm học kỳ II năm học 2021-2022 theo hình thức trực tiếp kết hợp trực tuyến.")
PARA2 = ("Báo cáo sơ kết cho thấy các nhà trường đã linh hoạt chuyển đổi hình thức dạy học, bảo đảm toàn bộ "
         "học sinh được tiếp cận chương trình; toàn huyện có thêm bốn trường đạt chuẩn quốc gia.")


@pytest.mark.parametrize("text,iso", [
    ("Tháng Mười 20, 2022", "2022-10-20"),
    ("20 Tháng Mười Một, 2022", "2022-11-20"),
    ("tháng 6 15, 2019", "2019-06-15"),
    ("Tháng Hai 3, 2020", "2020-02-03"),
])
def test_vietnamese_wordpress_and_blogger_month_dates(text, iso):
    assert find_dates(text)[0][1] == iso


def test_name_trang_is_a_signature_but_page_words_are_not():
    assert signature("Thu Trang", True) == "Thu Trang"
    assert signature("Trang 2", True) is None


@pytest.mark.parametrize("line", ["Gửi bài viết qua email", "Lưu bài viết này", "Xem trực tuyến",
                                  "Tổng số điểm của bài viết là: 15 trong 3 đánh giá", "bao-cao.pdf"])
def test_nukeviet_and_document_tool_lines_are_noise(line):
    assert is_noise_line(line)


def test_paragraph_is_not_noise():
    assert not is_noise_line(PARA)


def _page(body: str, title: str = "Hội nghị sơ kết học kỳ I năm học 2021-2022") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} - Phòng GD&amp;ĐT</title></head><body>"
            f"<div class='sidebar'><ul><li><a href='/a'>Tin mới một hai ba bốn năm sáu bảy</a></li></ul></div>"
            f"<h1>{title}</h1>{body}<div class='footer'>Bản quyền © Phòng GD&amp;ĐT</div></body></html>").encode()


def test_elementor_text_widgets_all_count_as_body():
    w = ("<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
         "<div class='elementor-widget-container'><p>{}</p></div></div>")
    body = ("<div class='elementor-widget-wrap'>" + w.format(PARA) + "<div class='elementor-widget elementor-widget-image'>"
            "<img src='a.jpg'></div>" + w.format(PARA2) + "</div>")
    art = extract(_page(body), "https://truong.edu.vn/2022/01/12/hoi-nghi-so-ket/").article
    assert art is not None
    assert PARA in art.text and PARA2 in art.text


def test_record_table_is_the_body_of_a_document_page():
    rows = [("Số hiệu", "85/KH-SGDĐT"), ("Ngày ban hành", "16/03/2023"), ("Cơ quan ban hành", "Sở GD&amp;ĐT"),
            ("Trích yếu", "Kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị "
                          "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")]
    table = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    res = extract(_page(table, "Kế hoạch triển khai Chỉ thị 05-CT/TW năm 2023"),
                  "http://sgd.edu.vn/van-ban/ke-hoach-so-85-kh-sgddt-1933.html")
    assert res.page_kind == "article"
    text = res.article.text
    assert "85/KH-SGDĐT" in text and "16/03/2023" in text and "Trích yếu" in text
    assert "Bản quyền" not in text
    assert res.article.published == "2023-03-16"


def test_static_section_without_item_id_stays_other():
    kw = dict(has_article_marker=False, body_chars=300, paragraphs=2, title_links=0, blocks=2, has_date=True)
    assert classify_page("http://sgd.edu.vn/gioi-thieu/", **kw) == "other"
    assert classify_page("http://sgd.edu.vn/van-ban/ke-hoach-so-85-kh-sgddt-1933.html", **kw) == "article"


def test_section_name_title_gives_way_to_the_printed_headline():
    body = ("<div class='title-news'><span>Hải Dương tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW</span></div>"
            f"<div class='ms-rtestate-field'><p>{PARA}</p><p>{PARA2}</p></div>")
    page = (f"<html><head><meta charset='utf-8'><title>Tin tổng hợp</title></head><body>{body}</body></html>").encode()
    art = extract(page, "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=8123").article
    assert art.title == "Hải Dương tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW"
