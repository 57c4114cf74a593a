"""Date forms printed on department sites."""
from __future__ import annotations

import pytest

from cleaner.dates import context_year, parse_date, parse_partial_date


@pytest.mark.parametrize("text, iso", [
    ("03/07/2020", "2020-07-03"),
    ("Thứ hai, 05/08/2019 08:43", "2019-08-05"),
    ("Cập nhật lúc : 17:15 14/01/2021", "2021-01-14"),
    ("14:47, 26/4/2016", "2016-04-26"),
    ("Ngày 24 tháng 02 năm 2021", "2021-02-24"),
    ("ngày 4 tháng 8, năm 2017", "2017-08-04"),
    ("Thứ Năm, 23 tháng 7, 2020", "2020-07-23"),
    ("25Th12/18", "2018-12-25"),
    ("2022-07-19T08:00:00+07:00", "2022-07-19"),
    ("sáng ngày 03-7-2020, tại Hội trường", "2020-07-03"),
    ("21/11/2015 09:53 AM", "2015-11-21"),
    ("Ngày đăng: 31/08/2021 | Lượt xem: 1143", "2021-08-31"),
    ("Được đăng ngày Thứ ba, 10 Tháng 1 2017 08:20", "2017-01-10"),
    ("Đăng lúc 2019/03/08 10:15", "2019-03-08"),
])
def test_full_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", [
    "lần 1/2020", "4/4 chỉ tiêu", "326,7 điểm/350", "năm học 2021-2022", "31/02/2020", "0204 3886 118", "",
])
def test_not_dates(text):
    assert parse_date(text) is None


def test_year_less_dates_take_the_context_year():
    assert parse_partial_date("Sáng 18/7, Đảng ủy Sở tổ chức Hội nghị", 2022) == "2022-07-18"
    assert parse_partial_date("Sáng 20-8, Phòng GD&ĐT tổ chức", 2020) == "2020-08-20"
    assert parse_partial_date("Chiều 13-6, Chi bộ", 2019) == "2019-06-13"
    assert parse_partial_date("Sáng 18/7", None) is None
    assert parse_partial_date("đạt 4/4 chỉ tiêu", 2022) is None


def test_context_year_from_url_or_text_not_copyright():
    assert context_year("http://x.vn/2022/07/19/hoi-nghi/", "") == 2022
    assert context_year("http://x.vn/hoi-nghi/", "nhiệm vụ năm 2021 và") == 2021
    assert context_year("http://x.vn/hoi-nghi/", "© 2024 Sở GD&ĐT") is None
