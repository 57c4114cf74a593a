"""Titles without site suffixes, author lines, kinds."""
from __future__ import annotations

import pytest

from cleaner.authors import byline_in_line, clean_author, signature
from cleaner.kind import classify_kind
from cleaner.metadata import strip_site_suffix


@pytest.mark.parametrize("raw, title", [
    ("Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2020 - Sở GD&ĐT Sóc Trăng",
     "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2020"),
    ("Đại hội Chi bộ nhiệm kỳ 2020-2022 | Trường THCS Nguyễn Du", "Đại hội Chi bộ nhiệm kỳ 2020-2022"),
    ("Cổng thông tin điện tử Sở Giáo dục | Tổng kết năm học 2019-2020", "Tổng kết năm học 2019-2020"),
    ("Tổng kết năm học :: Trường THPT Lê Quý Đôn", "Tổng kết năm học"),
    ("Đồng chí Nguyễn Văn A – Bí thư Đảng ủy phát biểu tại hội nghị tổng kết năm 2020",
     "Đồng chí Nguyễn Văn A – Bí thư Đảng ủy phát biểu tại hội nghị tổng kết năm 2020"),
    ("Hội nghị tổng kết", "Hội nghị tổng kết"),
    ("Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025", "Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025"),
    ("Tổng kết năm học 2019-2020 > Sở Giáo dục và Đào tạo tỉnh Bình Dương", "Tổng kết năm học 2019-2020"),
])
def test_site_suffix_is_stripped(raw, title):
    assert strip_site_suffix(raw) == title


@pytest.mark.parametrize("line, name", [
    ("Tác giả: VP Đảng Ủy", "VP Đảng Ủy"),
    ("Tin, ảnh: Nguyễn Văn An", "Nguyễn Văn An"),
    ("Người viết: Hoàng Lan", "Hoàng Lan"),
    ("Tác giả: PV", "PV"),
    ("Tác giả: admin", None),
    ("Tác giả: Hội nghị đã kết thúc tốt đẹp vào lúc 11 giờ ngày 12/5.", None),
    ("Hội nghị đã thông qua nghị quyết", None),
])
def test_byline_lines(line, name):
    assert byline_in_line(line) == name


@pytest.mark.parametrize("line, name", [
    ("Đình Vinh", "Đình Vinh"), ("VĂN PHÒNG SỞ", "VĂN PHÒNG SỞ"), ("VP", "VP"), ("Xuân Thoả", "Xuân Thoả"),
    ("Tổ Văn phòng", "Tổ Văn phòng"), ("Đoàn trường", "Đoàn trường"),
    ("Hội nghị kết thúc.", None), ("MỘT SỐ HÌNH ẢNH CỦA ĐẠI HỘI", None), ("Lượt xem: 12", None),
    ("các đại biểu tham dự", None), ("Hội nghị đã thống nhất thông qua các chỉ tiêu năm 2022 của toàn Đảng bộ", None),
])
def test_signature_lines(line, name):
    assert signature(line) == name


def test_clean_author_rejects_non_names():
    assert clean_author("Đăng bởi Admin") is None
    assert clean_author("Viết bởi Hoàng Dũng") == "Hoàng Dũng"


@pytest.mark.parametrize("title, lead, kind", [
    ("Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2020", "", "so-ket"),
    ("Hội nghị sơ kết giữa nhiệm kỳ đại hội đảng bộ kết hợp tổng kết", "", "so-ket"),
    ("Hội nghị tổng kết năm học 2019-2020", "", "tong-ket"),
    ("Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "", "quan-triet"),
    ("Triển khai thực hiện Nghị quyết số 29-NQ/TW", "", "quan-triet"),
    ("Đại hội Chi bộ Trường Mầm non Đức Hòa lần thứ V", "", "dai-hoi"),
    ("Đánh giá 01 năm triển khai Kết luận số 01-KL/TW", "", "so-ket"),
    ("Đảng bộ Sở hoàn thành xuất sắc nhiệm vụ năm 2020",
     "Ngày 14/01/2021, Đảng bộ Sở tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2020.", "tong-ket"),
    ("Ngày hội thể thao chào mừng ngày thành lập Đoàn", "Các vận động viên thi đấu sôi nổi.", "other"),
    ("HOI NGHI SO KET", "", "so-ket"),
])
def test_kind(title, lead, kind):
    assert classify_kind(title, lead) == kind


@pytest.mark.parametrize("text, unit", [
    ("(GD&ĐT) - Quảng Ngãi - Ngày 15/11/2016, Sở Giáo dục và Đào tạo Quảng Ngãi tổ chức", "Sở Giáo dục và Đào tạo Quảng Ngãi"),
    ("Phòng GD&ĐT huyện Sơn Động tổ chức Hội nghị", "Phòng GD&ĐT huyện Sơn Động"),
    ("Chiều 6/11, Tỉnh ủy Thanh Hóa tổ chức Hội nghị tổng kết", "Tỉnh ủy Thanh Hóa"),
    ("Công đoàn Giáo dục tỉnh Lào Cai tổ chức Đại hội", "Công đoàn Giáo dục tỉnh Lào Cai"),
    ("Trường THPT Minh Hóa tổ chức Hội nghị viên chức", "Trường THPT Minh Hóa"),
    ("các đại biểu tham dự hội nghị", None),
])
def test_unit_named_in_the_article(text, unit):
    from cleaner.places import find_unit

    assert find_unit(text) == unit
